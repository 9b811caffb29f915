//! When self-care is not enough: the warning signs shown before the first
//! session and on the "When to see a doctor" page, and the places never to
//! press. One list, so both screens always say the same thing.

use crate::routine::BodyArea;

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

/// Places no routine should ever press on.
pub const NEVER_PRESS: [&str; 7] = [
    "A possible blood clot: a calf or leg that is swollen, warm, red or tender for no reason",
    "Varicose veins",
    "Open wounds, cuts, burns or infected skin",
    "A recent fracture, or anywhere still healing after surgery",
    "The front of the neck",
    "Bony points: the spine, kneecaps, hip bones, collarbones and elbows",
    "The belly or the lower back during pregnancy",
];

/// The places of [`NEVER_PRESS`], one each, in the same order, so code can
/// check a routine or a suggestion against them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NeverPress {
    BloodClot,
    VaricoseVeins,
    Wounds,
    RecentInjury,
    FrontOfNeck,
    BonyPoints,
    PregnancyBellyAndLowerBack,
}

impl NeverPress {
    pub const ALL: [NeverPress; 7] = [
        NeverPress::BloodClot,
        NeverPress::VaricoseVeins,
        NeverPress::Wounds,
        NeverPress::RecentInjury,
        NeverPress::FrontOfNeck,
        NeverPress::BonyPoints,
        NeverPress::PregnancyBellyAndLowerBack,
    ];

    /// Its line in [`NEVER_PRESS`].
    pub fn text(self) -> &'static str {
        NEVER_PRESS[self as usize]
    }

    /// Off limits for everyone. The others depend on the person (a clot, a
    /// wound, a pregnancy), so a routine near them warns instead.
    pub fn always(self) -> bool {
        matches!(self, NeverPress::FrontOfNeck | NeverPress::BonyPoints)
    }

    /// Body areas where pressure comes close to this place: a step that
    /// presses there must carry a caution that names it.
    pub fn near(self) -> &'static [BodyArea] {
        match self {
            NeverPress::BloodClot => &[BodyArea::Calves],
            NeverPress::FrontOfNeck => &[BodyArea::Neck],
            NeverPress::PregnancyBellyAndLowerBack => &[BodyArea::LowerBack, BodyArea::Hips],
            _ => &[],
        }
    }

    /// Whether a caution's text names this place.
    pub fn is_named_in(self, caution: &str) -> bool {
        // The words looked for are ASCII, so ASCII case folding finds them.
        let text = caution.to_ascii_lowercase();
        let words: &[&str] = match self {
            NeverPress::BloodClot => &["blood clot"],
            NeverPress::VaricoseVeins => &["varicose"],
            NeverPress::Wounds => &["wound", "cut", "blister"],
            NeverPress::RecentInjury => &["fracture", "surgery"],
            NeverPress::FrontOfNeck => &["front of the neck"],
            NeverPress::BonyPoints => &["bone", "bony", "spine"],
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
