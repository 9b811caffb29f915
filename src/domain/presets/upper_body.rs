//! Chest, forearms and wrists.

use super::*;
use crate::routine::{BodyArea::*, Tool::*};

pub(super) fn all() -> Vec<Routine> {
    vec![chest(), forearms()]
}

const CHEST_HOLD: &str = "Stand facing a wall or door frame. Put the ball on the chest muscle just below the collarbone, about a hand's width in from the front of the shoulder. Lean in slowly until the pressure is 4 to 7 out of 10, and let the arm hang. Breathe out slowly; a spread of feeling into the arm is normal.";
const CHEST_CAUTION: &str =
    "Keep the ball on muscle: off the collarbone, the breastbone, the armpit and breast tissue.";

fn chest() -> Routine {
    routine(
        "chest-opener",
        "Chest",
        "For rounded shoulders after desk or phone time: ball holds on each side of the chest, then a doorway stretch.",
        vec![
            left(hold("Left chest", CHEST_HOLD, 30, Chest, Ball))
                .sets(3, 15)
                .caution(CHEST_CAUTION),
            right(hold("Right chest", CHEST_HOLD, 30, Chest, Ball))
                .sets(3, 15)
                .caution(CHEST_CAUTION),
            stretch(
                "Doorway stretch",
                "Stand in a doorway with the forearms on the frame, elbows just below shoulder height. Step one foot through until you feel a gentle opening across the chest. Keep the ribs down and breathe slowly; no pain in the shoulders.",
                30,
                Chest,
            )
            .sets(2, 10),
        ],
    )
}

fn forearms() -> Routine {
    routine(
        "forearms-wrists",
        "Forearms and wrists for desk work",
        "For hours of typing and mouse work: holds on the top and underside of the forearm, then two wrist stretches.",
        vec![
            hold(
                "Top of the forearm",
                "Put the ball on a table. Lay the forearm on it palm down, with the ball two or three fingers below the elbow on the thumb side. Lean gently with the other hand on top. Slowly open and close the fingers if you like. Breathe steadily.",
                30,
                Forearms,
                Ball,
            )
            .both_sides()
            .sets(2, 15)
            .caution(NERVE),
            hold(
                "Underside of the forearm",
                "Turn the palm up. With the thumb of the other hand, press into the fleshy muscle a few fingers below the elbow crease until you find a tender point, then hold still at 4 to 7 out of 10. Keep the shoulders loose.",
                30,
                Forearms,
                Hands,
            )
            .both_sides()
            .sets(2, 15)
            .caution(NERVE),
            stretch(
                "Wrist down",
                "Hold the arm out straight, palm down. With the other hand, gently bend the wrist down until you feel a stretch along the top of the forearm. Keep the elbow straight but soft.",
                30,
                Forearms,
            )
            .both_sides(),
            stretch(
                "Wrist back",
                "Hold the arm out straight, palm up. Gently pull the fingers back toward you until you feel a stretch along the underside of the forearm. Stop before any tingling.",
                30,
                Forearms,
            )
            .both_sides(),
        ],
    )
}
