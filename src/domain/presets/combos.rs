//! Routines that cover several areas: the desk reset and the full body.

use super::*;
use crate::routine::{BodyArea::*, Tool::*};

pub(super) fn all() -> Vec<Routine> {
    vec![desk_reset(), full_body()]
}

fn desk_reset() -> Routine {
    routine(
        "desk-reset",
        "10-minute desk reset",
        "A break from the screen: neck, shoulders and forearms with hands and a ball, then stretches for the chest and hips.",
        vec![
            hold(
                "Base of the skull",
                "Sit tall. Lace the fingers behind the head and rest both thumbs in the hollows just under the back of the skull, either side of the middle. Tip the head back onto the thumbs and let them take its weight. Breathe out slowly.",
                30,
                Neck,
                Hands,
            ).pic(Pose::SeatedChair, Spot::SkullBase)
            .sets(2, 10)
            .caution(NECK),
            hold(
                "Shoulder pinch",
                "Reach across and grasp the top of the opposite shoulder between thumb and fingers. Squeeze until you find a tender band and hold still, letting that arm hang heavy.",
                30,
                Shoulders,
                Hands,
            ).pic(Pose::SeatedChairFront, Spot::ShoulderTop)
            .both_sides()
            .caution(SHOULDER_TOP),
            hold(
                "Shoulder blade on the wall",
                "Stand with your back to a wall and put the ball on the flat of the shoulder blade. Lean back and bend the knees to move it onto a tender point. Hold still and breathe into it.",
                30,
                Shoulders,
                Ball,
            ).pic(Pose::BackToWall, Spot::ShoulderBlade)
            .both_sides()
            .sets(2, 10)
            .caution(BLADE_FLAT),
            hold(
                "Forearm on the desk",
                "Put the ball on the desk and lay the forearm on it palm up, the ball under the top of the forearm just below the elbow on the thumb side. Lean gently and breathe.",
                30,
                Forearms,
                Ball,
            ).pic(Pose::SeatedAtTable, Spot::ForearmTop)
            .both_sides()
            .caution(FOREARMS),
            stretch(
                "Doorway chest stretch",
                "Forearms on a door frame, elbows just below shoulder height. Step forward until the chest opens gently. Breathe slowly.",
                30,
                Chest,
            ).pic(Pose::Doorway, Spot::Chest)
            .sets(2, 10),
            stretch(
                "Ear toward shoulder",
                "Sit tall, let one ear drop toward the same shoulder and feel the other side of the neck lengthen. Keep it gentle.",
                30,
                Neck,
            ).pic(Pose::SeatedHeadTipped, Spot::Neck)
            .both_sides(),
            stretch(
                "Wrist back",
                "Arm straight, palm up: gently pull the fingers back until the underside of the forearm stretches.",
                20,
                Forearms,
            ).pic(Pose::StandingArmOut, Spot::ForearmUnder)
            .both_sides(),
            stretch(
                "Standing hip-flexor stretch",
                "Step one foot back into a short lunge, tuck the tailbone under and shift forward until the front of the back hip stretches. Stand tall and breathe.",
                30,
                Hips,
            ).pic(Pose::Lunge, Spot::FrontOfHip)
            .both_sides(),
        ],
    )
}

fn full_body() -> Routine {
    routine(
        "full-body-20",
        "20-minute full body",
        "Top to toe: upper back on the roller, neck, shoulders, glutes and legs, then a stretch for each area worked.",
        vec![
            roll(
                "Upper back",
                "Lie with the roller across the back under the shoulder blades, hands behind the head, hips lifted. Roll slowly up to the top of the shoulder blades and back.",
                45,
                UpperBack,
                FoamRoller,
            ).pic(Pose::BackOverRoller, Spot::UpperBack)
            .sets(2, 15)
            .caution("Never roll the lower spine or the neck."),
            hold(
                "Upper back tender spot",
                "Stop the roller under the most tender spot, lower the hips and let the weight settle while you breathe out.",
                30,
                UpperBack,
                FoamRoller,
            ).pic(Pose::BackOverRoller, Spot::UpperBack)
            .caution(ROLLER_SPOT),
            hold(
                "Base of the skull",
                "On your back, place the ball in the soft hollow below the back of the skull, two fingers out from the middle. Let the head sink and breathe out.",
                30,
                Neck,
                Ball,
            ).pic(Pose::BackKneesBent, Spot::SkullBase)
            .both_sides()
            .caution(NECK),
            hold(
                "Top of the shoulder",
                "Stand by a door frame and pin the ball between the frame and the top of the shoulder, halfway to the shoulder tip. Lean in gently and breathe.",
                30,
                Shoulders,
                Ball,
            ).pic(Pose::StandingAtFrame, Spot::ShoulderTop)
            .both_sides()
            .caution(SHOULDER_TOP),
            hold(
                "Side of the buttock",
                "Sit on the floor, lean onto one hip with the ball just below the back of the hip bone. Find a tender point and hold.",
                30,
                Glutes,
                Ball,
            ).pic(Pose::SeatedFloor, Spot::OuterButtock)
            .both_sides()
            .sets(2, 15)
            .caution(GLUTES),
            roll(
                "Front of the thigh",
                "Face down on your forearms, roller under one thigh. Roll slowly between above the kneecap and below the hip.",
                45,
                Quads,
                FoamRoller,
            ).pic(Pose::FrontForearms, Spot::FrontOfThigh)
            .both_sides()
            .caution(QUADS),
            roll(
                "Back of the thigh",
                "Sit with the roller under one thigh, hands behind you, hips lifted. Roll slowly up and down, stopping a hand's width above the knee crease and just below the buttock.",
                45,
                Hamstrings,
                FoamRoller,
            ).pic(Pose::SeatedFloor, Spot::BackOfThigh)
            .both_sides()
            .caution(HAMSTRINGS),
            roll(
                "Calf",
                "Sit with the roller under one calf, hips lifted. Roll slowly from above the ankle, stopping a hand's width below the knee crease, out of the hollow behind the knee.",
                45,
                Calves,
                FoamRoller,
            ).pic(Pose::SeatedFloor, Spot::Calf)
            .both_sides()
            .caution(CALVES),
            hold(
                "Sole of the foot",
                "Stand with a hand on a wall, the ball under the arch. Lean some weight on and hold on a tender point.",
                30,
                Feet,
                Ball,
            ).pic(Pose::StandingHandOnWall, Spot::Sole)
            .both_sides(),
            rest(
                "Breathe",
                "Lie on your back, arms by your sides. Breathe slowly and notice which areas feel looser.",
                30,
                FullBody,
            ).pic(Pose::BackFlat, Spot::WholeBody),
            stretch(
                "Doorway chest stretch",
                "Forearms on a door frame, elbows just below shoulder height. Step forward until the chest opens gently.",
                30,
                Chest,
            ).pic(Pose::Doorway, Spot::Chest)
            .sets(2, 10),
            stretch(
                "Ear toward shoulder",
                "Sit up tall and let one ear drop toward the shoulder. Feel the other side of the neck lengthen.",
                30,
                Neck,
            ).pic(Pose::SeatedHeadTipped, Spot::Neck)
            .both_sides(),
            stretch(
                "Figure-four",
                "On your back, cross one ankle over the other knee and draw the legs toward you until the buttock stretches.",
                30,
                Glutes,
            ).pic(Pose::BackFigureFour, Spot::MidButtock)
            .both_sides(),
            stretch(
                "Standing quad stretch",
                "Hand on a wall, hold one ankle behind you, knees together, hips slightly forward.",
                30,
                Quads,
            ).pic(Pose::StandingQuad, Spot::FrontOfThigh)
            .both_sides(),
            stretch(
                "Lying hamstring stretch",
                "On your back with a towel around one foot, raise the leg, knee soft, until the back of the thigh stretches.",
                30,
                Hamstrings,
            ).pic(Pose::BackLegRaised, Spot::BackOfThigh)
            .both_sides(),
            stretch(
                "Wall calf stretch",
                "Hands on a wall, one foot back with the heel down and knee straight. Lean in gently.",
                30,
                Calves,
            ).pic(Pose::WallCalf, Spot::Calf)
            .both_sides(),
        ],
    )
}
