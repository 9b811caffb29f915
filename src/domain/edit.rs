//! What the routine editor does to a routine: new routines and steps, copies
//! of presets, and moving steps around. The editor keeps a key with each
//! step, so the list operations are generic.

use crate::routine::{BodyArea, Routine, Sides, Step, StepKind, Tool};
use crate::validate::NAME_MAX_CHARS;

/// The step "Add step" appends: a 30 s hold, ready to be changed.
pub fn blank_step() -> Step {
    Step::new(StepKind::Hold, "", "", 30, BodyArea::Calves, Tool::Ball)
}

/// A new routine with one blank step.
pub fn blank_routine(id: String) -> Routine {
    Routine::new(id, String::new(), String::new(), vec![blank_step()])
}

/// An editable copy of a preset (or any routine) under a new id, named
/// "<name> (mine)" within the name limit.
pub fn customized_copy(source: &Routine, id: String) -> Routine {
    const SUFFIX: &str = " (mine)";
    let keep = NAME_MAX_CHARS - SUFFIX.chars().count();
    let mut name: String = source.name.trim().chars().take(keep).collect();
    name.push_str(SUFFIX);
    Routine {
        id,
        name,
        ..source.clone()
    }
}

/// Swaps item `i` with the one before it; false if it is already first.
pub fn move_up<T>(items: &mut [T], i: usize) -> bool {
    if i == 0 || i >= items.len() {
        return false;
    }
    items.swap(i - 1, i);
    true
}

/// Swaps item `i` with the one after it; false if it is already last.
pub fn move_down<T>(items: &mut [T], i: usize) -> bool {
    if i + 1 >= items.len() {
        return false;
    }
    items.swap(i, i + 1);
    true
}

/// The sides choices the editor offers, in order, with their labels.
pub const SIDES_CHOICES: [(Sides, &str); 4] = [
    (Sides::Center, "Centre (no sides)"),
    (Sides::Both, "Both sides"),
    (Sides::Only(crate::routine::Side::Left), "Left side only"),
    (Sides::Only(crate::routine::Side::Right), "Right side only"),
];

#[cfg(test)]
#[path = "edit_tests.rs"]
mod tests;
