//! What a step and a routine ask the user to take care of: each step's own
//! caution, what pressure in its area must keep clear of, the heat
//! cautions every heat step carries (the user's own too), and the words
//! that tell a spreading ache from a nerve. The routine page lists them
//! before Start, the session shows them with each step.

use crate::routine::{BodyArea, Routine, Step, StepKind};
use crate::safety::NeverPress;

/// What a hold can feel like, and when to stop: shown with every pressure
/// step and on the Learn page.
pub const SPREAD_OR_NERVE: &str = "A dull ache that spreads to another area is expected: it often means you found the spot. Tingling, numbness, burning or electric pain is not: that is a nerve, so move off the spot at once.";

/// Carried by every heat step, a preset's or the user's own.
pub const HEAT: &str = "Medium setting, with a cloth between the heat and your skin. Never on a numb area, never fall asleep with it on, and at most 20 minutes on one area.";

/// Heat on the lower back in pregnancy.
pub const HEAT_PREGNANT: &str =
    "If you are pregnant, ask your midwife or doctor before putting heat on the lower back.";

/// A nerve close under the muscle, anywhere.
pub const NERVE: &str =
    "Tingling, numbness, burning or electric pain means a nerve: move off the spot at once.";

pub const NECK: &str = "Back of the neck only: never press the throat or the front or sides of the neck below the ear, where arteries and nerves run, and keep off the bony bumps of the spine. If you feel dizzy or light-headed, stop at once.";
pub const JAW: &str = "Light pressure only: these muscles are small. Stay above the angle of the jaw, never below it on the side of the neck. Stop if the jaw locks or a click becomes painful.";
pub const SHOULDERS: &str = "Keep to muscle: away from the side of the neck, the collarbone and the armpit, and off the spine and the bony ridge of the shoulder blade.";
pub const CHEST: &str = "Keep the ball on muscle: off the collarbone, the breastbone, the armpit and breast tissue. Nerves to the arm run close by: tingling or numbness into the arm or hand means move off at once.";
pub const UPPER_BACK: &str =
    "Keep to the muscle beside the spine, never on the bumps of the spine itself.";
pub const LOWER_BACK: &str = "Stay on the thick muscle just above the rim of the pelvis: never on the spine itself, or on the soft area just below the back ribs, where the kidneys lie. Skip pressure on the lower back and belly if you are pregnant.";
pub const ARMS: &str = "Work the back and outside of the arm only, never the soft inner side or the armpit, where nerves and blood vessels run. Tingling or numbness in the hand means a nerve: move off at once.";
pub const FOREARMS: &str = "Keep off the elbow crease, the bony bump of the elbow and the inside of the wrist, where nerves lie close under the skin. Tingling, numbness or burning in the hand means a nerve: move off at once.";
pub const HIPS: &str = "Keep the ball below the bony point of the hip, away from the belly and the inner groin, and skip this if you are pregnant.";
pub const GLUTES: &str = "The sciatic nerve runs deep through the middle of the buttock: tingling, numbness, burning or electric pain down the leg means move off the spot at once.";
pub const QUADS: &str = "Muscle only: stay above the kneecap and below the hip bone.";
pub const HAMSTRINGS: &str = "Stay a hand's width above the knee crease, out of the hollow behind the knee. The sciatic nerve runs down the back of the thigh: tingling, numbness or burning down the leg means move off at once.";
pub const CALVES: &str = "Skip this if the calf is swollen, red, warm or sore for no clear reason: that can be a blood clot and needs a doctor, not pressure. Keep off varicose veins, and stop a hand's width below the knee crease, out of the hollow behind the knee.";
pub const FEET: &str =
    "Go easy on a sore heel, and skip any area with a cut, blister, bruise or swelling.";

/// What pressure (a hold or a roll) in `area` keeps clear of: the caution
/// a step without its own gets.
pub fn pressure_caution(area: BodyArea) -> Option<&'static str> {
    Some(match area {
        BodyArea::Neck => NECK,
        BodyArea::Jaw => JAW,
        BodyArea::Shoulders => SHOULDERS,
        BodyArea::Chest => CHEST,
        BodyArea::UpperBack => UPPER_BACK,
        BodyArea::LowerBack => LOWER_BACK,
        BodyArea::Arms => ARMS,
        BodyArea::Forearms => FOREARMS,
        BodyArea::Hips => HIPS,
        BodyArea::Glutes => GLUTES,
        BodyArea::Quads => QUADS,
        BodyArea::Hamstrings => HAMSTRINGS,
        BodyArea::Calves => CALVES,
        BodyArea::Feet => FEET,
        BodyArea::Head | BodyArea::FullBody => return None,
    })
}

/// Areas where a nerve runs close under the muscle: pressure there carries
/// the nerve signs and "move off at once".
pub const NERVE_PATHS: [BodyArea; 6] = [
    BodyArea::Neck,
    BodyArea::Chest,
    BodyArea::Arms,
    BodyArea::Forearms,
    BodyArea::Glutes,
    BodyArea::Hamstrings,
];

/// Cautions the app wrote in earlier versions and has since corrected. A
/// copy of a preset keeps its steps' cautions, so a copy made before reads
/// as the correction (`None`: what the step's kind now says covers it).
const CORRECTED: [(&str, Option<&str>); 11] = [
    ("Work only the back and sides of the neck. Never press on the front of the neck or on the bony bumps of the spine.", Some(NECK)),
    ("Skip this if the calf is swollen, red, warm or sore for no clear reason: that can be a blood clot and needs a doctor, not pressure. Keep off varicose veins.", Some(CALVES)),
    ("Medium setting, with a cloth between the heat and your skin. Not on a numb area, and do not fall asleep with it on.", None),
    ("Medium setting, with a cloth under it. Not on a numb area, do not fall asleep with it on, and if you are pregnant ask your midwife or doctor first.", Some(HEAT_PREGNANT)),
    ("Medium heat, never on a numb area, never while asleep. If you are pregnant, ask your midwife or doctor first.", Some(HEAT_PREGNANT)),
    ("Keep the ball on muscle: off the collarbone, the breastbone, the armpit and breast tissue.", Some(CHEST)),
    ("Keep away from the back of the knee.", Some(HAMSTRINGS)),
    ("A sharp, electric or burning feeling, or tingling down the limb, means a nerve: ease off and move the ball slightly.", Some(NERVE)),
    ("Stay on the muscle beside the spine, never on the spine itself. Skip pressure on the lower back and belly if you are pregnant.", Some(LOWER_BACK)),
    ("Stay on the soft muscle at the side, never on the spine, the lowest ribs or the rim of the pelvis. Skip pressure on the lower back and belly if you are pregnant.", Some(LOWER_BACK)),
    ("Light pressure only: these muscles are small. Stop if the jaw locks or a click becomes painful.", Some(JAW)),
];

/// A step's own caution as the app says it now: blank is none, and one the
/// app has since corrected reads as the correction.
fn own(step: &Step) -> Option<&str> {
    let text = step.caution.as_deref()?.trim();
    if text.is_empty() {
        return None;
    }
    match CORRECTED.iter().find(|(old, _)| *old == text) {
        Some((_, now)) => *now,
        None => Some(text),
    }
}

impl Step {
    /// Everything to take care of in this step, in the order to read it:
    /// its own caution; for a hold or roll with no caution of its own (or
    /// one that misses a never-press place close by), what pressure in its
    /// area keeps clear of; for heat, the heat cautions. The same for a
    /// preset's step and the user's own.
    pub fn cautions(&self) -> Vec<&str> {
        let mut out: Vec<&str> = own(self).into_iter().collect();
        if matches!(self.kind, StepKind::Hold | StepKind::Roll) {
            if let Some(area) = pressure_caution(self.area) {
                let missed = NeverPress::ALL
                    .iter()
                    .any(|p| p.is_near(self) && !out.iter().any(|c| p.is_named_in(c)));
                if (out.is_empty() || missed) && !out.contains(&area) {
                    out.push(area);
                }
            }
        }
        if self.kind == StepKind::Heat {
            out.push(HEAT);
        }
        out
    }
}

impl Routine {
    /// Every step's cautions in step order, each text once: what the
    /// routine's page lists before Start.
    pub fn cautions(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for caution in self.steps.iter().flat_map(Step::cautions) {
            if !out.contains(&caution) {
                out.push(caution);
            }
        }
        out
    }
}

#[cfg(test)]
#[path = "cautions_tests.rs"]
mod tests;
