//! Checks a routine against the safe limits before it is saved, imported or
//! shipped as a preset.
//!
//! Each problem names the field it is about (`steps[2].duration_ms`) so an
//! editor can put the message next to the right input, and says in plain
//! words what is allowed.

use crate::limits::{self, HEAT_SETS_MAX};
use crate::routine::{Routine, Sides, Step, StepKind};
use crate::text::is_visible;
use crate::time::{format_clock, Millis, SECOND};

/// Whose routine is checked. The limits of time are the same for both (one
/// table, [`crate::limits`]); a preset must also have a slug id and say how
/// to do each step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    Preset,
    User,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The routine cannot be used as it is.
    Error,
    /// Allowed, but worth a second look.
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The field, e.g. `name` or `steps[2].duration_ms`.
    pub path: String,
    /// What is wrong, in words for the user.
    pub message: String,
    pub severity: Severity,
}

pub const SET_REST_RANGE: (Millis, Millis) = (5 * SECOND, 60 * SECOND);
pub const SETS_RANGE: (u8, u8) = (1, 5);
pub const NAME_MAX_CHARS: usize = 60;
pub const DESCRIPTION_MAX_CHARS: usize = 300;
pub const TITLE_MAX_CHARS: usize = 60;
pub const INSTRUCTION_MAX_CHARS: usize = 1_000;
pub const CAUTION_MAX_CHARS: usize = 300;
pub const MAX_STEPS: usize = 50;

/// Every problem found, in field order. Empty means the routine is fine.
pub fn validate(routine: &Routine, policy: Policy) -> Vec<Problem> {
    let mut out = Problems(Vec::new());
    let name = routine.name.trim();
    if name.is_empty() {
        out.error("name", "Give the routine a name".into());
    } else if !is_visible(name) {
        out.error("name", "Give the routine a name you can see".into());
    } else if name.chars().count() > NAME_MAX_CHARS {
        out.error(
            "name",
            format!("Name must be at most {NAME_MAX_CHARS} characters"),
        );
    }
    if routine.description.chars().count() > DESCRIPTION_MAX_CHARS {
        out.error(
            "description",
            format!("Description must be at most {DESCRIPTION_MAX_CHARS} characters"),
        );
    }
    if policy == Policy::Preset && !is_slug(&routine.id) {
        out.error(
            "id",
            "Preset id must be lower-case letters, digits and dashes".into(),
        );
    }
    check_steps(&mut out, routine, policy, Scope::All);
    out.0
}

/// Only the problems that bear on timing: the number of steps, each step's
/// length, sets and rest between sets. Used where the texts do not matter,
/// such as a saved session being picked up again.
pub fn validate_timing(routine: &Routine, policy: Policy) -> Vec<Problem> {
    let mut out = Problems(Vec::new());
    check_steps(&mut out, routine, policy, Scope::Timing);
    out.0
}

/// Which checks to run.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    All,
    Timing,
}

fn check_steps(out: &mut Problems, routine: &Routine, policy: Policy, scope: Scope) {
    if routine.steps.is_empty() {
        out.error("steps", "Add at least one step".into());
    } else if routine.steps.len() > MAX_STEPS {
        out.error(
            "steps",
            format!("A routine can have at most {MAX_STEPS} steps"),
        );
    }
    for (i, step) in routine.steps.iter().enumerate() {
        check_step(out, &format!("steps[{i}]"), step, policy, scope);
    }
    if scope == Scope::All {
        for (i, area) in routine.also_works.iter().enumerate() {
            if routine.also_works[..i].contains(area) {
                out.error(
                    &format!("also_works[{i}]"),
                    format!("{} is already in the list", area.label()),
                );
            }
        }
    }
}

/// Whether any problem stops the routine from being used.
pub fn has_errors(problems: &[Problem]) -> bool {
    problems.iter().any(|p| p.severity == Severity::Error)
}

struct Problems(Vec<Problem>);

impl Problems {
    fn push(&mut self, path: String, message: String, severity: Severity) {
        self.0.push(Problem {
            path,
            message,
            severity,
        });
    }

    fn error(&mut self, path: &str, message: String) {
        self.push(path.to_string(), message, Severity::Error);
    }
}

fn check_step(out: &mut Problems, at: &str, step: &Step, policy: Policy, scope: Scope) {
    let field = |name: &str| format!("{at}.{name}");
    if scope == Scope::All {
        check_step_texts(out, &field, step, policy);
    }
    check_duration(out, &field("duration_ms"), step);
    if !(SETS_RANGE.0..=SETS_RANGE.1).contains(&step.sets) {
        out.error(
            &field("sets"),
            format!("Sets must be {} to {}", SETS_RANGE.0, SETS_RANGE.1),
        );
    } else if step.kind == StepKind::Heat && step.sets > HEAT_SETS_MAX {
        out.error(
            &field("sets"),
            format!(
                "Heat goes on once: choose 1 set ({})",
                limits::most(StepKind::Heat)
            ),
        );
    }
    if let Some(rest) = step.rest_between_sets_ms {
        if !in_range(rest, SET_REST_RANGE) {
            out.error(
                &field("rest_between_sets_ms"),
                format!("Rest between sets {}", range_text(SET_REST_RANGE)),
            );
        }
    }
    if scope == Scope::All && step.sides == Sides::Both && !step.area.is_paired() {
        out.error(
            &field("sides"),
            format!(
                "{} is not on two sides: choose the centre instead of both sides",
                step.area.label()
            ),
        );
    }
}

fn check_step_texts(
    out: &mut Problems,
    field: &dyn Fn(&str) -> String,
    step: &Step,
    policy: Policy,
) {
    let title = step.title.trim();
    if title.is_empty() {
        out.error(&field("title"), "Give the step a title".into());
    } else if !is_visible(title) {
        out.error(&field("title"), "Give the step a title you can see".into());
    } else if title.chars().count() > TITLE_MAX_CHARS {
        out.error(
            &field("title"),
            format!("Step title must be at most {TITLE_MAX_CHARS} characters"),
        );
    }
    if policy == Policy::Preset && step.instruction.trim().is_empty() {
        out.error(
            &field("instruction"),
            "Say how to do this step: where, what position, what to feel".into(),
        );
    }
    if step.instruction.chars().count() > INSTRUCTION_MAX_CHARS {
        out.error(
            &field("instruction"),
            format!("Instructions must be at most {INSTRUCTION_MAX_CHARS} characters"),
        );
    }
    if let Some(caution) = &step.caution {
        let n = caution.trim().chars().count();
        if n == 0 || n > CAUTION_MAX_CHARS {
            out.error(
                &field("caution"),
                format!("A caution must have 1 to {CAUTION_MAX_CHARS} characters"),
            );
        }
    }
}

fn check_duration(out: &mut Problems, path: &str, step: &Step) {
    let bounds = limits::bounds(step.kind);
    if !bounds.contains(step.duration_ms) {
        out.error(
            path,
            format!(
                "{} must be {} to {}",
                step.kind.label(),
                format_clock(bounds.min),
                format_clock(bounds.max)
            ),
        );
    }
}

fn in_range(value: Millis, (min, max): (Millis, Millis)) -> bool {
    (min..=max).contains(&value)
}

/// "must be 5 s to 1 min".
fn range_text((min, max): (Millis, Millis)) -> String {
    format!("must be {} to {}", length_text(min), length_text(max))
}

/// "45 s", "90 s", "2 min", "20 min": short and exact.
fn length_text(ms: Millis) -> String {
    let secs = ms.div_ceil(SECOND);
    if secs >= 60 && secs.is_multiple_of(60) {
        format!("{} min", secs / 60)
    } else {
        format!("{secs} s")
    }
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
