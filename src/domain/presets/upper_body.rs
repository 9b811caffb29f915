//! Chest, the back of the shoulder blade and the upper arm, forearms,
//! wrists and hands.

use super::*;
use crate::routine::{BodyArea::*, Tool::*};

pub(super) fn all() -> Vec<Routine> {
    vec![
        chest(),
        forearms(),
        back_of_shoulder_blade(),
        outer_elbow(),
        inner_forearm(),
    ]
}

const CHEST_HOLD: &str = "Stand facing a wall or door frame. Put the ball on the thick chest muscle three fingers below the collarbone, about a hand's width in from the front of the shoulder and well away from the armpit. Lean in slowly until the pressure is 4 to 7 out of 10, and let the arm hang. Breathe out slowly; a dull ache across the chest or into the front of the shoulder is common.";

fn chest() -> Routine {
    routine(
        "chest-opener",
        "Chest",
        "For rounded shoulders after desk or phone time: ball holds on each side of the chest, then a doorway stretch.",
        vec![
            left(hold("Left chest", CHEST_HOLD, 30, Chest, Ball).pic(Pose::FacingWall, Spot::Chest))
                .sets(3, 15)
                .caution(CHEST),
            right(hold("Right chest", CHEST_HOLD, 30, Chest, Ball).pic(Pose::FacingWall, Spot::Chest))
                .sets(3, 15)
                .caution(CHEST),
            stretch(
                "Doorway stretch",
                "Stand in a doorway with the forearms on the frame, elbows just below shoulder height. Step one foot through until you feel a gentle opening across the chest. Keep the ribs down and breathe slowly; no pain in the shoulders.",
                30,
                Chest,
            ).pic(Pose::Doorway, Spot::Chest)
            .sets(2, 10),
        ],
    )
    .with_also_works(&[Shoulders])
}

fn forearms() -> Routine {
    routine(
        "forearms-wrists",
        "Forearms and wrists for desk work",
        "For hours of typing and mouse work: holds on the top and underside of the forearm, then two wrist stretches.",
        vec![
            hold(
                "Top of the forearm",
                "Put the ball on a table. Lay the forearm on it palm up, so the ball sits under the top of the forearm two or three fingers below the elbow on the thumb side. Lean gently with the other hand on top. Slowly open and close the fingers if you like. Breathe steadily.",
                30,
                Forearms,
                Ball,
            ).pic(Pose::SeatedAtTable, Spot::ForearmTop)
            .both_sides()
            .sets(2, 15)
            .caution(FOREARMS),
            hold(
                "Underside of the forearm",
                "Turn the palm up. With the thumb of the other hand, press into the fleshy muscle a few fingers below the elbow crease until you find a tender point, then hold still at 4 to 7 out of 10. Keep the shoulders loose.",
                30,
                Forearms,
                Hands,
            ).pic(Pose::SeatedAtTable, Spot::ForearmUnder)
            .both_sides()
            .sets(2, 15)
            .caution(FOREARMS),
            stretch(
                "Wrist down",
                "Hold the arm out straight, palm down. With the other hand, gently bend the wrist down until you feel a stretch along the top of the forearm. Keep the elbow straight but soft.",
                30,
                Forearms,
            ).pic(Pose::StandingArmOut, Spot::ForearmTop)
            .both_sides(),
            stretch(
                "Wrist back",
                "Hold the arm out straight, palm up. Gently pull the fingers back toward you until you feel a stretch along the underside of the forearm. Stop before any tingling.",
                30,
                Forearms,
            ).pic(Pose::StandingArmOut, Spot::ForearmUnder)
            .both_sides(),
        ],
    )
}

fn back_of_shoulder_blade() -> Routine {
    routine(
        "back-of-shoulder-blade",
        "Back of the shoulder blade",
        "For an ache deep in the shoulder or down the arm: ball holds on the shoulder blade against a wall, the upper arm, then stretches.",
        vec![
            hold(
                "Flat of the shoulder blade",
                "Stand with your back to a wall. Put the ball on the flat middle of the shoulder blade, below the bony ridge that runs across its top. Rest that arm across your belly, then lean back and bend the knees a little to roll the ball onto the most tender point, about 4 to 7 out of 10. An ache deep in the front of the shoulder or down the arm is common here; breathe slowly and let it fade.",
                30,
                Shoulders,
                Ball,
            ).pic(Pose::BackToWall, Spot::ShoulderBlade)
            .both_sides()
            .sets(3, 15)
            .caution(BLADE_FLAT),
            hold(
                "Top of the shoulder blade",
                "Reach the opposite hand over the front of the shoulder and hook the fingertips into the hollow just above the bony ridge of the shoulder blade. Press down and in until it is tender but bearable, lift the arm a little out to the side and lower it again, then hold still on the sore point and breathe.",
                30,
                Shoulders,
                Hands,
            ).pic(Pose::SeatedChair, Spot::BladeTop)
            .both_sides()
            .sets(2, 15)
            .caution("Keep the fingertips on muscle in the hollow above the ridge: away from the side of the neck and the collarbone, and off the bony ridge itself."),
            hold(
                "Back of the upper arm",
                "Let the arm hang loose. With the other hand, grasp the back of the upper arm halfway between the shoulder and the elbow, thumb on the outside and fingers behind. Squeeze gently until you find a tender band, hold still at 4 to 7 out of 10 and breathe out slowly.",
                30,
                Arms,
                Hands,
            ).pic(Pose::Standing, Spot::UpperArmBack)
            .both_sides()
            .sets(2, 15)
            .caution(ARMS),
            stretch(
                "Arm across the chest",
                "Bring one arm across the chest at shoulder height and hold it above the elbow with the other hand. Draw it gently closer until you feel a stretch at the back of the shoulder. Keep that shoulder down, away from the ear, and breathe slowly.",
                30,
                Shoulders,
            ).pic(Pose::StandingArmAcross, Spot::BackOfShoulder)
            .both_sides()
            .sets(2, 10),
            stretch(
                "Hand behind the back",
                "Stand tall and rest the back of one hand on the lower back. Let the elbow ease forward slowly until you feel a gentle stretch at the back of the shoulder. Never force it: a pinch at the front of the shoulder means you went too far.",
                30,
                Shoulders,
            ).pic(Pose::Standing, Spot::BackOfShoulder)
            .both_sides(),
        ],
    )
    .with_also_works(&[UpperBack])
}

const OUTER_ELBOW_CAUTION: &str = "Keep the ball on muscle below the bony bump of the elbow, never on the bump itself. Tingling, numbness or burning in the hand means a nerve: move off at once.";

fn outer_elbow() -> Routine {
    routine(
        "outer-elbow-forearm",
        "Outer elbow and back of the forearm",
        "For an aching outer elbow or back of the wrist after gripping or typing: holds just below the elbow, then a wrist stretch.",
        vec![
            hold(
                "Just below the outer elbow",
                "Put the ball on a table. Rest the forearm on it palm up, so the ball sits in the muscle two or three fingers below the bony bump on the outside of the elbow. Lay the other hand on the forearm and lean gently until the pressure is 4 to 7 out of 10. An ache toward the elbow or the back of the wrist is normal; breathe slowly.",
                30,
                Forearms,
                Ball,
            ).pic(Pose::SeatedAtTable, Spot::ForearmTop)
            .both_sides()
            .sets(3, 15)
            .caution(OUTER_ELBOW_CAUTION),
            hold(
                "Back of the forearm",
                "Turn the palm down. With the thumb of the other hand, search along the back of the forearm from the elbow toward the wrist for a tender band. Hold still on it at 4 to 7 out of 10 and slowly open and close the fingers a few times.",
                30,
                Forearms,
                Hands,
            ).pic(Pose::SeatedAtTable, Spot::ForearmBack)
            .both_sides()
            .sets(2, 15)
            .caution(OUTER_ELBOW_CAUTION),
            stretch(
                "Fist and wrist down",
                "Hold the arm out straight in front, palm down, and make a loose fist. With the other hand, gently bend the wrist down and turn the fist a little toward the little finger until you feel a stretch along the back of the forearm up to the elbow. Keep the shoulder relaxed; no pain at the elbow.",
                30,
                Forearms,
            ).pic(Pose::StandingArmOut, Spot::ForearmBack)
            .both_sides()
            .sets(2, 10),
        ],
    )
    .with_also_works(&[Arms])
}

fn inner_forearm() -> Routine {
    routine(
        "inner-forearm-palm",
        "Inner forearm, wrist and palm",
        "For a sore inner forearm, wrist or palm: holds on the fleshy inner forearm and the base of the thumb, then two stretches.",
        vec![
            hold(
                "Inner forearm",
                "Put the ball on a table and rest the forearm on it palm down, with the ball in the fleshy muscle a hand's width below the elbow crease. Lean on it gently with the other hand, about 4 to 7 out of 10, and slowly curl and open the fingers. A dull ache toward the wrist or palm is expected.",
                30,
                Forearms,
                Ball,
            ).pic(Pose::SeatedAtTable, Spot::ForearmUnder)
            .both_sides()
            .sets(3, 15)
            .caution(FOREARMS),
            hold(
                "Base of the thumb",
                "Turn the palm up. With the thumb of the other hand, press into the fleshy pad at the base of the thumb, then work slowly toward the middle of the palm until you find a tender point. Hold still there and breathe.",
                30,
                Forearms,
                Hands,
            ).pic(Pose::SeatedAtTable, Spot::ThumbBase)
            .both_sides()
            .sets(2, 15)
            .caution(FOREARMS),
            stretch(
                "Fingers back",
                "Hold the arm out straight, palm facing away and fingers pointing down. With the other hand, ease the fingers back toward you until you feel a stretch along the inner forearm. Stop before any tingling.",
                30,
                Forearms,
            ).pic(Pose::StandingArmOut, Spot::ForearmUnder)
            .both_sides()
            .sets(2, 10),
            stretch(
                "Palms together",
                "Press the palms together in front of the chest, fingers pointing up. Keeping them together, slowly lower the hands toward the waist until the wrists and inner forearms stretch. Breathe slowly.",
                20,
                Forearms,
            ).pic(Pose::StandingPalms, Spot::ForearmUnder),
        ],
    )
}
