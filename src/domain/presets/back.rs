//! Between the shoulder blades, upper back on the roller, lower back and
//! the side of the lower back.

use super::*;
use crate::routine::{BodyArea::*, Tool::*};

pub(super) fn all() -> Vec<Routine> {
    vec![
        between_blades(),
        upper_back_roller(),
        lower_back(),
        side_of_low_back(),
    ]
}

const BLADE_HOLD: &str = "Stand with your back to a wall. Put the ball between the inner edge of the shoulder blade and the spine. Cross your arms over the chest to spread the blades apart, then lean back and bend the knees a little to move the ball onto the most tender point. Hold still at 4 to 7 out of 10 and breathe into the back.";
const BLADE_CAUTION: &str =
    "Keep the ball on muscle beside the spine, not on the bumps of the spine itself.";

fn between_blades() -> Routine {
    routine(
        "between-shoulder-blades",
        "Between the shoulder blades",
        "That nagging ache beside the spine: ball holds against a wall on each side, then a rounding stretch.",
        vec![
            left(hold("Left of the spine", BLADE_HOLD, 30, UpperBack, Ball).pic(Pose::BackToWall, Spot::UpperBack))
                .sets(3, 15)
                .caution(BLADE_CAUTION),
            right(hold("Right of the spine", BLADE_HOLD, 30, UpperBack, Ball).pic(Pose::BackToWall, Spot::UpperBack))
                .sets(3, 15)
                .caution(BLADE_CAUTION),
            stretch(
                "Hug and round",
                "Hug yourself, hands reaching for the shoulder blades. Drop the chin and round the upper back, as if curling around a big ball. Breathe into the space between the blades.",
                30,
                UpperBack,
            ).pic(Pose::SeatedChair, Spot::UpperBack)
            .sets(3, 10),
        ],
    )
}

fn upper_back_roller() -> Routine {
    routine(
        "upper-back-roller",
        "Upper back on the foam roller",
        "Slow rolling across the upper back, a pause on a tender spot, then a gentle opening over the roller.",
        vec![
            roll(
                "Slow roll",
                "Lie on your back with the roller across the back, just below the shoulder blades. Hands behind the head to support the neck, feet flat, hips lifted. Roll slowly, a couple of centimetres a second, up to the top of the shoulder blades and back. Breathe steadily.",
                45,
                UpperBack,
                FoamRoller,
            ).pic(Pose::BackOverRoller, Spot::UpperBack)
            .sets(2, 15)
            .caution("Stay between the bottom of the shoulder blades and the top of the shoulders: never roll the lower spine or the neck."),
            hold(
                "Tender spot",
                "Stop with the roller under the most tender spot you found. Lower the hips to the floor and let the weight settle. Breathe out slowly until the spot eases.",
                30,
                UpperBack,
                FoamRoller,
            ).pic(Pose::BackOverRoller, Spot::UpperBack)
            .sets(2, 15)
            .caution(ROLLER_SPOT),
            stretch(
                "Open over the roller",
                "With the roller under the shoulder blades and the hips on the floor, support the head and let the upper back arch gently over it. Move the roller up a little and repeat if comfortable. Breathe into the chest.",
                30,
                UpperBack,
            ).pic_tool(Pose::BackOverRoller, Tool::FoamRoller, Spot::UpperBack),
            stretch(
                "Thread the needle",
                "On hands and knees, slide one arm under the body along the floor, palm up, and rest the shoulder and side of the head down. Feel the stretch between the shoulder blades; breathe slowly.",
                30,
                Shoulders,
            ).pic(Pose::ThreadTheNeedle, Spot::BackOfShoulder)
            .both_sides(),
        ],
    )
}

fn lower_back() -> Routine {
    routine(
        "lower-back-gentle",
        "Lower back, gently",
        "Warmth first, then light ball holds beside the spine and at the top of the buttocks, and easy stretches.",
        vec![
            heat(
                "Warm the lower back",
                "Lie on your side or front with a warm pack across the lower back, a cloth between it and your skin. Let the belly soften and breathe low and slow.",
                180,
                LowerBack,
            ).pic(Pose::FrontForearms, Spot::LowerBack)
            .caution(HEAT_PREGNANT),
            hold(
                "Beside the spine",
                "Lie on your back, knees bent, feet flat. Place the ball on the thick muscle two fingers' width to one side of the spine, just above the top of the pelvis (the bony rim at your waistband). Lower onto it slowly; keep the pressure moderate. Breathe into the belly.",
                30,
                LowerBack,
                Ball,
            ).pic(Pose::BackKneesBent, Spot::LowerBack)
            .both_sides()
            .sets(2, 15)
            .caution(LOWER_BACK),
            hold(
                "Top of the buttock",
                "Still on your back, move the ball under the top of the buttock, just below the rim of the pelvis and out toward the side. Let the knee fall slightly outward to find the tender point. Hold still and breathe.",
                30,
                Glutes,
                Ball,
            ).pic(Pose::BackKneesBent, Spot::TopOfButtock)
            .both_sides()
            .sets(2, 15)
            .caution(GLUTES),
            stretch(
                "Knees to chest",
                "Lying on your back, hug both knees toward the chest until you feel a gentle stretch across the lower back. Let the head rest and breathe slowly.",
                30,
                LowerBack,
            ).pic(Pose::BackKneesToChest, Spot::LowerBack)
            .sets(2, 10),
            stretch(
                "Lying twist",
                "On your back, knees bent, lower both knees to one side while the shoulders stay on the floor. Stop where the stretch is gentle and breathe into the side of the back.",
                30,
                LowerBack,
            ).pic(Pose::BackTwist, Spot::LowerBack)
            .both_sides(),
        ],
    )
}

/// The deep muscle at the side of the lower back (quadratus lumborum).
fn side_of_low_back() -> Routine {
    routine(
        "side-of-low-back",
        "Side of the lower back",
        "For an ache low in the back or at the top of the hip: ball holds on the side of the lower back, never the spine, then side stretches.",
        vec![
            hold(
                "Side of the lower back",
                "Stand with your back to a wall. Put the ball on the muscle just above the rim of the pelvis, a hand's width out from the spine, then turn a little so it sits toward the side of the waist. Keep it low, well below the lowest ribs. Lean in until the pressure is about 4 to 7 out of 10. An ache toward the top of the hip or the buttock is normal; breathe into the belly.",
                30,
                LowerBack,
                Ball,
            )
            .pic(Pose::BackToWall, Spot::SideOfLowBack)
            .both_sides()
            .sets(3, 15)
            .caution("Stay on the muscle just above the rim of the pelvis: never on the spine, the rim itself, or the soft area just below the back ribs, where the kidneys lie. Skip pressure on the lower back and belly if you are pregnant."),
            stretch(
                "Standing side bend",
                "Stand with the feet hip-width apart. Lift one arm overhead and lean slowly to the other side, hips steady, until you feel a stretch along the side of the waist and lower back. Breathe into the stretched side.",
                30,
                LowerBack,
            ).pic(Pose::StandingSideBend, Spot::SideOfLowBack)
            .both_sides()
            .sets(2, 10),
            stretch(
                "Kneeling side reach",
                "Kneel and sit back toward the heels with the arms stretched forward on the floor. Walk both hands over to one side until you feel a stretch along the other side of the lower back. Let the forehead rest and breathe slowly.",
                30,
                LowerBack,
            ).pic(Pose::KneelingSitBack, Spot::SideOfLowBack)
            .both_sides(),
        ],
    )
}
