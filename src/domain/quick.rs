//! Quick hold: one pressure hold on one spot, with no routine to choose. It
//! is a one-step routine built from the chosen length, so it runs through
//! the same session engine as every routine (clock, cues, wake lock, reload,
//! history).

use crate::routine::{BodyArea, Routine, Step, StepKind, Tool};
use crate::settings::Settings;

/// The id a quick hold's routine (and its history entries) carry.
pub const ID: &str = "quick-hold";
/// Its name in the history.
pub const NAME: &str = "Quick hold";
/// Hold lengths offered, in seconds, the default and the nearest offered
/// length: a setting's allowed values, so they live with the settings.
pub use crate::settings::{
    nearest_quick_hold as nearest_choice, QUICK_HOLD_CHOICES as CHOICES,
    QUICK_HOLD_DEFAULT as DEFAULT_SECONDS,
};

/// The one-step routine for a hold of `seconds` (one of [`CHOICES`]; any
/// other length is pulled to the nearest one, so a hand-made address or a
/// stored value can never make an unsafe hold).
pub fn routine(seconds: u64) -> Routine {
    Routine {
        id: ID.to_string(),
        name: NAME.to_string(),
        description: String::new(),
        also_works: Vec::new(),
        steps: vec![Step::new(
            StepKind::Hold,
            "Hold",
            "Press the tender spot and breathe slowly. Ease off if it turns sharp.",
            nearest_choice(seconds),
            BodyArea::FullBody,
            Tool::Ball,
        )],
    }
}

/// Whether `routine` is a quick hold.
pub fn is_quick(routine: &Routine) -> bool {
    routine.id == ID
}

/// The settings a quick hold runs with: the user's, count-in included, as
/// routines run (time to lie down on the ball after the tap).
pub fn session_settings(settings: &Settings) -> Settings {
    settings.clone()
}

#[cfg(test)]
#[path = "quick_tests.rs"]
mod tests;
