//! When self-care is not enough: the warning signs shown before the first
//! session and on the "When to see a doctor" page, and the places never to
//! press. One list, so both screens always say the same thing.

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

pub fn urgent() -> impl Iterator<Item = &'static RedFlag> {
    RED_FLAGS.iter().filter(|f| f.urgent)
}

pub fn non_urgent() -> impl Iterator<Item = &'static RedFlag> {
    RED_FLAGS.iter().filter(|f| !f.urgent)
}

#[cfg(test)]
#[path = "safety_tests.rs"]
mod tests;
