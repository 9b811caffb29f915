//! Finding a routine: its length in whole minutes and the library filters
//! (body area, tool, length).

use crate::routine::{BodyArea, Routine, Tool};
use crate::settings::Settings;
use crate::time::{Millis, SECOND};
use crate::timeline::{expand, total};

/// The "up to" lengths offered by the length filter, in minutes.
pub const LENGTHS: [u64; 3] = [5, 10, 20];

/// Total time of a routine with these settings: get-ready, every set and
/// side, switch pauses and rests.
pub fn total_ms(routine: &Routine, settings: &Settings) -> Millis {
    total(&expand(routine, settings))
}

/// Length shown in the library: minutes rounded to the nearest whole one,
/// and never 0 for a routine that has steps.
pub fn minutes(routine: &Routine, settings: &Settings) -> u64 {
    let ms = total_ms(routine, settings);
    if ms == 0 {
        return 0;
    }
    ((ms + 30 * SECOND) / (60 * SECOND)).max(1)
}

/// What the user narrowed the library to; `None` means "any".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub area: Option<BodyArea>,
    pub tool: Option<Tool>,
    pub max_minutes: Option<u64>,
}

impl Filter {
    pub fn is_any(&self) -> bool {
        *self == Filter::default()
    }

    /// Whether `routine`, which lasts `minutes`, passes every chosen filter:
    /// it works the area, uses the tool, and is no longer than the limit.
    pub fn matches(&self, routine: &Routine, minutes: u64) -> bool {
        self.area.is_none_or(|a| routine.areas().contains(&a))
            && self.tool.is_none_or(|t| routine.tools().contains(&t))
            && self.max_minutes.is_none_or(|max| minutes <= max)
    }
}

#[cfg(test)]
#[path = "library_tests.rs"]
mod tests;
