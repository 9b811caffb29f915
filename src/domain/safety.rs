//! When self-care is not enough: the warning signs shown before the first
//! session and on the "When to see a doctor" page, and the places never to
//! press. One list, so both screens always say the same thing.

use crate::routine::{BodyArea, Step, StepKind};

/// Bump when the lists change in a way the user should see again: a stored
/// answer with an older version no longer counts.
pub const VERSION: u32 = 1;

/// A sign that a clinician should look first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RedFlag {
    pub text: &'static str,
    /// Needs urgent care today, not just an appointment.
    pub urgent: bool,
}

pub const RED_FLAGS: [RedFlag; 6] = [
    RedFlag {
        text: "Pain that has lasted more than a few weeks even with regular self-care",
        urgent: false,
    },
    RedFlag {
        text: "Numbness, pins and needles or weakness, or pain that shoots along an arm or a leg",
        urgent: false,
    },
    RedFlag {
        text: "Pain that keeps you awake, or gets in the way of your work or your mood",
        urgent: false,
    },
    RedFlag {
        text: "A spot that is swollen, red or warm to the touch, above all a swollen calf",
        urgent: false,
    },
    RedFlag {
        text: "Trouble breathing, or feeling dizzy or faint",
        urgent: true,
    },
    RedFlag {
        text: "A fever together with a stiff neck",
        urgent: true,
    },
];

/// Places no routine should ever press on: first the places of the body,
/// then what depends on the person (a clot, a bruise, a pregnancy).
pub const NEVER_PRESS: [&str; 15] = [
    "The front or sides of the neck below the ear, where arteries and nerves run",
    "The throat",
    "The armpit",
    "The hollow behind the knee",
    "The inner groin",
    "The spine itself, and other bony points: kneecaps, hip bones, collarbones and elbows",
    "The belly",
    "The kidneys: the soft area just below the lowest ribs at the back",
    "A possible blood clot: a calf or leg that is swollen, warm, red or tender for no reason",
    "Varicose veins",
    "Bruises",
    "Open wounds, cuts, burns or infected skin",
    "A recent fracture, or anywhere still healing after surgery",
    "Numb skin",
    "The belly or the lower back during pregnancy",
];

/// What goes with the list of [`NEVER_PRESS`] places wherever it is shown.
pub const PRESSURE_RULES: [&str; 2] = [
    "If you take blood thinners or have a bleeding disorder, ask a doctor before pressing anywhere: you can bruise or bleed easily.",
    "A hold that makes you dizzy or light-headed (above all on the neck) ends at once: ease off and sit up slowly.",
];

/// The places of [`NEVER_PRESS`], one each, in the same order, so code can
/// check a routine or a suggestion against them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NeverPress {
    FrontOfNeck,
    Throat,
    Armpit,
    KneeHollow,
    InnerGroin,
    BonyPoints,
    Belly,
    Kidneys,
    BloodClot,
    VaricoseVeins,
    Bruises,
    Wounds,
    RecentInjury,
    NumbSkin,
    PregnancyBellyAndLowerBack,
}

impl NeverPress {
    pub const ALL: [NeverPress; 15] = [
        NeverPress::FrontOfNeck,
        NeverPress::Throat,
        NeverPress::Armpit,
        NeverPress::KneeHollow,
        NeverPress::InnerGroin,
        NeverPress::BonyPoints,
        NeverPress::Belly,
        NeverPress::Kidneys,
        NeverPress::BloodClot,
        NeverPress::VaricoseVeins,
        NeverPress::Bruises,
        NeverPress::Wounds,
        NeverPress::RecentInjury,
        NeverPress::NumbSkin,
        NeverPress::PregnancyBellyAndLowerBack,
    ];

    /// Its line in [`NEVER_PRESS`].
    pub fn text(self) -> &'static str {
        NEVER_PRESS[self as usize]
    }

    /// Off limits for everyone: a place of the body. The others depend on
    /// the person (a clot, a wound, a pregnancy), so a routine near them
    /// warns instead.
    pub fn always(self) -> bool {
        matches!(
            self,
            NeverPress::FrontOfNeck
                | NeverPress::Throat
                | NeverPress::Armpit
                | NeverPress::KneeHollow
                | NeverPress::InnerGroin
                | NeverPress::BonyPoints
                | NeverPress::Belly
                | NeverPress::Kidneys
        )
    }

    /// Body areas where any pressure comes close to this place: a step that
    /// presses there must carry a caution that names it. Bruises, wounds,
    /// a recent injury and numb skin can be anywhere: the list says so.
    pub fn near(self) -> &'static [BodyArea] {
        use BodyArea::*;
        match self {
            NeverPress::FrontOfNeck => &[Neck, Jaw],
            NeverPress::Throat => &[Neck],
            NeverPress::Armpit => &[Chest, Arms],
            NeverPress::KneeHollow => &[Hamstrings],
            NeverPress::InnerGroin => &[Hips],
            NeverPress::BonyPoints => &[Neck, UpperBack, LowerBack, Hips, Quads],
            NeverPress::Belly => &[Hips],
            NeverPress::Kidneys => &[LowerBack],
            NeverPress::BloodClot | NeverPress::VaricoseVeins => &[Calves],
            NeverPress::PregnancyBellyAndLowerBack => &[LowerBack, Hips],
            NeverPress::Bruises
            | NeverPress::Wounds
            | NeverPress::RecentInjury
            | NeverPress::NumbSkin => &[],
        }
    }

    /// Places within an area that come close to this place, told by what
    /// the step says (its title or instruction): the top of the shoulder
    /// lies against the side of the neck, while the shoulder blade does not;
    /// the calf runs up to the knee hollow, while the front of the shin does
    /// not.
    pub fn near_when(self) -> &'static [(BodyArea, &'static str)] {
        match self {
            NeverPress::FrontOfNeck => &[(BodyArea::Shoulders, "top of the")],
            NeverPress::KneeHollow => &[(BodyArea::Calves, "calf")],
            NeverPress::Armpit => &[(BodyArea::Shoulders, "flat of the shoulder blade")],
            NeverPress::BonyPoints => &[
                (BodyArea::Shoulders, "shoulder blade"),
                (BodyArea::Forearms, "elbow"),
            ],
            _ => &[],
        }
    }

    /// Whether pressing where `step` says comes close to this place (only
    /// holds and rolls press).
    pub fn is_near(self, step: &Step) -> bool {
        if !matches!(step.kind, StepKind::Hold | StepKind::Roll) {
            return false;
        }
        let said = format!("{} {}", step.title, step.instruction).to_ascii_lowercase();
        self.near().contains(&step.area)
            || self
                .near_when()
                .iter()
                .any(|(area, words)| *area == step.area && said.contains(words))
    }

    /// Whether a caution's text names this place.
    pub fn is_named_in(self, caution: &str) -> bool {
        // The words looked for are ASCII, so ASCII case folding finds them.
        let text = caution.to_ascii_lowercase();
        let words: &[&str] = match self {
            NeverPress::FrontOfNeck => &["side of the neck", "sides of the neck"],
            NeverPress::Throat => &["throat"],
            NeverPress::Armpit => &["armpit"],
            NeverPress::KneeHollow => &["behind the knee", "back of the knee", "knee crease"],
            NeverPress::InnerGroin => &["groin"],
            NeverPress::BonyPoints => &["bone", "bony", "spine", "kneecap"],
            NeverPress::Belly => &["belly", "abdomen"],
            NeverPress::Kidneys => &["kidney"],
            NeverPress::BloodClot => &["blood clot"],
            NeverPress::VaricoseVeins => &["varicose"],
            NeverPress::Bruises => &["bruise"],
            NeverPress::Wounds => &["wound", "cut", "blister"],
            NeverPress::RecentInjury => &["fracture", "surgery"],
            NeverPress::NumbSkin => &["numb"],
            NeverPress::PregnancyBellyAndLowerBack => &["pregnant", "pregnancy"],
        };
        words.iter().any(|w| text.contains(w))
    }
}

/// Which is which: the spreading ache a knot gives, and the signs of a
/// nerve that need a clinician. Shown where pain travels (the finder, the
/// glute routine, the safety check).
pub const ACHE_OR_NERVE: &str = "A dull, deep ache that spreads, even a long way from the sore spot, is what a knot usually feels like. Shooting, burning or electric pain, numbness, pins and needles, or weakness is different: it can come from a nerve, so have a clinician look at it before you press.";

/// The red flag for pain that travels along an arm or a leg.
pub fn nerve_flag() -> &'static RedFlag {
    &RED_FLAGS[1]
}

pub fn urgent() -> impl Iterator<Item = &'static RedFlag> {
    RED_FLAGS.iter().filter(|f| f.urgent)
}

pub fn non_urgent() -> impl Iterator<Item = &'static RedFlag> {
    RED_FLAGS.iter().filter(|f| !f.urgent)
}

#[cfg(test)]
#[path = "safety_tests.rs"]
mod tests;
