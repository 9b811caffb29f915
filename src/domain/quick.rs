//! Quick hold: one pressure hold on one spot, with no routine to choose. It
//! is a one-step routine built from the chosen length, so it runs through
//! the same session engine as every routine (clock, cues, wake lock, reload,
//! history).

use crate::picture::Spot;
use crate::presets;
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

/// What a quick hold tells a person to do, wherever it presses.
pub const HOW: &str =
    "Press the tender spot until it is uncomfortable but not sharp, about 4 to 7 out of 10, and \
breathe slowly. Ease off if it turns sharp.";

/// The one-step routine for a hold of `seconds` anywhere (one of
/// [`CHOICES`]; any other length is pulled to the nearest one, so a
/// hand-made address or a stored value can never make an unsafe hold).
pub fn routine(seconds: u64) -> Routine {
    routine_at(seconds, None)
}

/// The one-step routine for a hold of `seconds` on `spot`: the spot's
/// name, area, tool, picture and caution come from a preset's hold on it
/// ([`spots`]), so a quick hold shows the same picture as the routine that
/// works that spot. A spot no preset holds gives a hold anywhere.
pub fn routine_at(seconds: u64, spot: Option<Spot>) -> Routine {
    let model = spot.and_then(preset_hold);
    let step = match model {
        Some(model) => Step {
            title: model.picture.map_or("Hold", |p| p.spot.label()).to_string(),
            instruction: HOW.to_string(),
            duration_ms: nearest_choice(seconds) * crate::time::SECOND,
            sets: 1,
            rest_between_sets_ms: None,
            sides: crate::routine::Sides::Center,
            ..model
        },
        None => Step::new(
            StepKind::Hold,
            "Hold",
            HOW,
            nearest_choice(seconds),
            BodyArea::FullBody,
            Tool::Ball,
        ),
    };
    Routine {
        id: ID.to_string(),
        name: NAME.to_string(),
        description: String::new(),
        also_works: Vec::new(),
        steps: vec![step],
    }
}

/// The first preset hold whose picture presses `spot`.
fn preset_hold(spot: Spot) -> Option<Step> {
    presets::all()
        .into_iter()
        .flat_map(|r| r.steps)
        .find(|s| s.kind == StepKind::Hold && s.picture.is_some_and(|p| p.spot == spot))
}

/// The spots a quick hold offers: every spot a preset holds with pressure,
/// head to feet. None is a place the app never presses, since no preset
/// presses one.
pub fn spots() -> Vec<Spot> {
    presets::held_spots()
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
