//! What the routine editor does to a routine: new routines and steps, copies
//! of presets, and moving steps around. The editor keeps a key with each
//! step, so the list operations are generic.

use crate::limits;
use crate::routine::{BodyArea, Routine, Sides, Step, StepKind, Tool};
use crate::time::{Millis, SECOND};
use crate::validate::NAME_MAX_CHARS;

/// Where a routine's first step starts: the shoulders, where knots are
/// most common. The user changes it in one tap.
pub const FIRST_AREA: BodyArea = BodyArea::Shoulders;

/// The length a step of `kind` starts with: ten minutes of heat, half a
/// minute of anything else (all inside the limits `validate` applies).
pub fn default_duration(kind: StepKind) -> Millis {
    match kind {
        StepKind::Heat => 10 * 60 * SECOND,
        StepKind::Hold | StepKind::Roll | StepKind::Stretch | StepKind::Rest => 30 * SECOND,
    }
}

/// Whether `tool` is something that presses (what a hold or roll uses).
pub fn is_pressure_tool(tool: Tool) -> bool {
    matches!(
        tool,
        Tool::Ball | Tool::FoamRoller | Tool::Cane | Tool::Hands
    )
}

/// The pressure tool used last among `steps`, if any.
fn last_pressure_tool(steps: &[Step]) -> Option<Tool> {
    steps
        .iter()
        .rev()
        .map(|s| s.tool)
        .find(|t| is_pressure_tool(*t))
}

/// The step "Add step" appends after `before` (the steps already there): a
/// 0:30 hold on the area of the last step, with the last pressure tool used
/// (a stretch or heat step in between does not lose it). A first step is a
/// hold on [`FIRST_AREA`] with the massage ball.
pub fn new_step(before: &[Step]) -> Step {
    let area = before.last().map_or(FIRST_AREA, |s| s.area);
    let tool = last_pressure_tool(before).unwrap_or(Tool::Ball);
    let mut step = Step::new(StepKind::Hold, "", "", 0, area, tool);
    step.duration_ms = default_duration(StepKind::Hold);
    step
}

/// The first step of a new routine.
pub fn blank_step() -> Step {
    new_step(&[])
}

/// Makes `step` a step of `kind` with that kind's defaults, keeping its
/// title, instructions and area; `before` are the steps ahead of it.
///
/// - Heat: 10:00 with the heat source.
/// - Stretch: 0:30 with no equipment.
/// - Hold and roll: 0:30, keeping the step's pressure tool, else the last
///   one used before it, else the ball (a roll: the foam roller).
/// - Rest: 0:30, no equipment, in the centre (a rest has no sides). The
///   model has no "no area", so a rest keeps the area it follows, as the
///   presets' rests do; choosing "Full body" would file the routine under
///   an area it does not work.
///
/// Every default lies within the new kind's limits ([`limits::bounds`]), and
/// heat goes on once: a step made heat keeps one set.
pub fn change_kind(step: &mut Step, kind: StepKind, before: &[Step]) {
    step.kind = kind;
    step.duration_ms = default_duration(kind);
    if kind == StepKind::Heat && step.sets > limits::HEAT_SETS_MAX {
        step.sets = limits::HEAT_SETS_MAX;
        step.rest_between_sets_ms = None;
    }
    step.tool = match kind {
        StepKind::Heat => Tool::HeatSource,
        StepKind::Stretch | StepKind::Rest => Tool::None,
        StepKind::Hold | StepKind::Roll => Some(step.tool)
            .filter(|t| is_pressure_tool(*t))
            .or_else(|| last_pressure_tool(before))
            .unwrap_or(if kind == StepKind::Roll {
                Tool::FoamRoller
            } else {
                Tool::Ball
            }),
    };
    if kind == StepKind::Rest {
        step.sides = Sides::Center;
    }
}

/// A new routine with one blank step.
pub fn blank_routine(id: String) -> Routine {
    Routine::new(id, String::new(), String::new(), vec![blank_step()])
}

/// An editable copy of a preset (or any routine) under a new id, named
/// "<name> (mine)" within the name limit; when one of `taken` (the names
/// of the user's routines) already has that name, "(mine 2)", "(mine 3)"
/// and so on. A copy of a copy is numbered from the same name, never
/// "(mine) (mine)".
pub fn customized_copy(source: &Routine, id: String, taken: &[String]) -> Routine {
    let base = without_mine(source.name.trim());
    let is_taken = |name: &str| {
        taken
            .iter()
            .any(|t| t.trim().to_lowercase() == name.to_lowercase())
    };
    let mut n = 1;
    let name = loop {
        let suffix = if n == 1 {
            " (mine)".to_string()
        } else {
            format!(" (mine {n})")
        };
        let keep = NAME_MAX_CHARS - suffix.chars().count();
        let mut name: String = base.chars().take(keep).collect::<String>();
        name = name.trim_end().to_string();
        name.push_str(&suffix);
        if !is_taken(&name) || n > taken.len() {
            break name;
        }
        n += 1;
    };
    Routine {
        id,
        name,
        ..source.clone()
    }
}

/// `name` without a trailing " (mine)" or " (mine 3)".
fn without_mine(name: &str) -> &str {
    let Some(open) = name.rfind(" (mine") else {
        return name;
    };
    let tail = &name[open + " (mine".len()..];
    let number = tail.strip_suffix(')').map(str::trim);
    match number {
        Some(n) if n.is_empty() || n.bytes().all(|b| b.is_ascii_digit()) => name[..open].trim_end(),
        _ => name,
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
