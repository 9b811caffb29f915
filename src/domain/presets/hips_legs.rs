//! Glutes, hips and hip flexors, quads and outer thigh, hamstrings, and the
//! small muscles at the side of the hip.

use super::*;
use crate::routine::{BodyArea::*, Tool::*};

pub(super) fn all() -> Vec<Routine> {
    vec![glutes(), hips(), quads(), hamstrings(), side_of_hip()]
}

const FIGURE_FOUR: &str = "Lie on your back, knees bent. Cross one ankle over the other knee, then draw the lower leg toward you until you feel a stretch deep in the buttock of the crossed leg. Keep the head down and breathe slowly; no pain in the knee.";

fn glutes() -> Routine {
    routine(
        "glutes-sciatic",
        "Glutes and sciatic-like pain",
        "Buttock knots send a dull ache down the leg; shooting pain or numbness is a nerve sign instead. Ball holds, then a stretch.",
        vec![
            hold(
                "Side of the buttock",
                "Sit or lie on the floor and lean onto one hip. Place the ball just below the back of the hip bone, toward the outer side of the buttock. Shift your weight until you find a tender point at 4 to 7 out of 10. A dull ache that spreads down the leg is common here; breathe and let the muscle soften.",
                30,
                Glutes,
                Ball,
            ).pic(Pose::SeatedFloor, Spot::OuterButtock)
            .both_sides()
            .sets(3, 15)
            .caution(GLUTES),
            hold(
                "Middle of the buttock",
                "Cross the ankle of the working side over the other knee, which opens the deep muscles. Move the ball to the middle of the buttock, halfway between the tailbone and the side of the hip. Lower your weight slowly and hold.",
                30,
                Glutes,
                Ball,
            ).pic(Pose::BackFigureFour, Spot::MidButtock)
            .both_sides()
            .sets(2, 15)
            .caution(GLUTES),
            stretch("Figure-four", FIGURE_FOUR, 30, Glutes).pic(Pose::BackFigureFour, Spot::MidButtock)
                .both_sides()
                .sets(2, 10),
        ],
    )
}

fn hips() -> Routine {
    routine(
        "hips-hip-flexors",
        "Hips and hip flexors",
        "For tight hips after long sitting: a ball hold on the front of the hip, then a kneeling hip-flexor stretch.",
        vec![
            hold(
                "Front of the hip",
                "Lie face down on your forearms. Place the ball just below and to the outside of the bony point at the front of the hip. Let the hip sink onto it and hold. A dull ache may spread down the outer thigh; breathe slowly.",
                30,
                Hips,
                Ball,
            ).pic(Pose::FrontForearms, Spot::FrontOfHip)
            .both_sides()
            .sets(2, 15)
            .caution("Keep the ball on muscle below the hip bone: away from the belly and the groin crease, and not at all during pregnancy."),
            stretch(
                "Kneeling hip-flexor stretch",
                "Kneel on one knee on a cushion, other foot flat in front. Tuck the tailbone under and shift the hips forward until you feel a stretch at the front of the hip on the kneeling side. Stand tall and breathe; keep it gentle.",
                30,
                Hips,
            ).pic(Pose::KneelingOneKnee, Spot::FrontOfHip)
            .both_sides()
            .sets(2, 10),
        ],
    )
}

fn quads() -> Routine {
    routine(
        "quads-it-band",
        "Quads and outer thigh (IT band)",
        "Slow rolling of the front and outer thigh, a pause on a tender spot, then a standing quad stretch.",
        vec![
            roll(
                "Front of the thigh",
                "Lie face down on your forearms with the roller under one thigh; the other leg bent out to the side. Roll slowly from just above the kneecap to just below the hip, about two centimetres a second. Breathe steadily.",
                45,
                Quads,
                FoamRoller,
            ).pic(Pose::FrontForearms, Spot::FrontOfThigh)
            .both_sides()
            .sets(2, 15)
            .caution(QUADS),
            roll(
                "Outer thigh",
                "Lie on your side with the roller under the outer thigh. Cross the top leg in front with the foot on the floor to take some weight. Roll slowly between above the knee and below the hip. It is often very tender here: keep the pressure light.",
                45,
                Quads,
                FoamRoller,
            ).pic(Pose::SideForearm, Spot::OuterThigh)
            .both_sides()
            .caution("Light pressure on the outer thigh, and never roll over the knee or the hip bone."),
            hold(
                "Pause on a tender spot",
                "Go back to the most tender spot on the front or outer thigh. Stop there, let the weight settle and breathe out slowly until it eases.",
                30,
                Quads,
                FoamRoller,
            ).pic(Pose::FrontForearms, Spot::FrontOfThigh)
            .both_sides()
            .caution(QUADS),
            stretch(
                "Standing quad stretch",
                "Stand with a hand on a wall. Bend one knee and hold the ankle behind you, knees together, hips pushed gently forward. Feel the stretch along the front of the thigh; never into the knee.",
                30,
                Quads,
            ).pic(Pose::StandingQuad, Spot::FrontOfThigh)
            .both_sides()
            .sets(2, 10),
        ],
    )
}

fn hamstrings() -> Routine {
    routine(
        "hamstrings",
        "Hamstrings",
        "Back of the thigh: a seated ball hold, a slow roll, then a lying hamstring stretch with a towel.",
        vec![
            hold(
                "Ball under the thigh",
                "Sit on a firm chair or table edge. Put the ball under the back of one thigh, halfway between the knee and the buttock and a little to the inner or outer side rather than the very middle, where the sciatic nerve runs. Let the leg's weight press down. Slowly straighten and bend the knee a few times, then hold still on the most tender point.",
                30,
                Hamstrings,
                Ball,
            ).pic(Pose::SeatedChair, Spot::BackOfThigh)
            .both_sides()
            .sets(2, 15)
            .caution(HAMSTRINGS),
            roll(
                "Roll the back of the thigh",
                "Sit with the roller under one thigh, hands on the floor behind you, the other leg bent. Lift the hips and roll slowly up and down the back of the thigh, stopping a hand's width above the knee crease and just below the buttock.",
                45,
                Hamstrings,
                FoamRoller,
            ).pic(Pose::SeatedFloor, Spot::BackOfThigh)
            .both_sides()
            .caution(HAMSTRINGS),
            stretch(
                "Lying hamstring stretch",
                "Lie on your back with a towel or strap around one foot. Raise the leg, knee slightly soft, until you feel a stretch along the back of the thigh. Keep the other leg on the floor and breathe slowly.",
                30,
                Hamstrings,
            ).pic(Pose::BackLegRaised, Spot::BackOfThigh)
            .both_sides()
            .sets(2, 10),
        ],
    )
}

/// The small glute under the side of the hip (gluteus minimus) and the
/// muscle at the front corner of the hip (tensor fasciae latae).
fn side_of_hip() -> Routine {
    routine(
        "side-of-hip",
        "Side of the hip",
        "For pain at the side of the hip or down the side of the leg: ball holds on the small muscles at the side of the hip, then stretches.",
        vec![
            hold(
                "Side of the hip",
                "Lie on your side, propped on the forearm, with the ball under the fleshy side of the hip: just below the rim of the pelvis and above the bony knob at the top of the thigh. Roll a little forward or back to find a tender point at 4 to 7 out of 10. An ache down the side of the thigh, even toward the ankle, is common here; breathe and let the hip soften.",
                30,
                Glutes,
                Ball,
            )
            .pic(Pose::SideForearm, Spot::SideOfHip)
            .both_sides()
            .sets(3, 15)
            .caution("Keep the ball on muscle, off the rim of the pelvis and the bony knob at the top of the thigh. Tingling, numbness or burning down the leg means a nerve: move off at once."),
            hold(
                "Front corner of the hip",
                "Turn a little toward the floor. Place the ball just below and to the outside of the bony point at the front of the pelvis, in the muscle at the front edge of the hip. Let your weight sink onto it and hold at 4 to 7 out of 10; a dull ache down the outer thigh is normal.",
                30,
                Hips,
                Ball,
            ).pic(Pose::FrontForearms, Spot::FrontOfHip)
            .both_sides()
            .sets(2, 15)
            .caution("Keep the ball below the bony point of the hip, away from the belly and the groin crease, and skip this step if you are pregnant."),
            stretch(
                "Standing side-hip stretch",
                "Stand side-on to a wall with one hand on it. Cross the leg nearer the wall behind the other, then let that hip drift toward the wall while the upper body leans gently away. Feel the stretch along the outside of the hip; keep both feet flat and breathe.",
                30,
                Hips,
            ).pic(Pose::StandingCrossedAtWall, Spot::OuterHip)
            .both_sides()
            .sets(2, 10),
            stretch("Figure-four", FIGURE_FOUR, 30, Glutes).pic(Pose::BackFigureFour, Spot::MidButtock).both_sides(),
        ],
    )
}
