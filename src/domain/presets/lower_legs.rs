//! Calves and heel, soles of the feet, the front of the shin.

use super::*;
use crate::routine::{BodyArea::*, Tool::*};

pub(super) fn all() -> Vec<Routine> {
    vec![calves(), feet(), front_of_shin()]
}

fn calves() -> Routine {
    routine(
        "calves-heel",
        "Calves and heel",
        "Tight calves can send pain into the heel: a slow roll, ball holds on the thickest part, then a wall stretch.",
        vec![
            roll(
                "Roll the calf",
                "Sit with the roller under one calf, hands on the floor behind you. Lift the hips and roll slowly from just above the ankle up the calf, stopping a hand's width below the knee crease: stay out of the hollow behind the knee. Turn the leg a little in and out to reach both sides.",
                45,
                Calves,
                FoamRoller,
            ).pic(Pose::SeatedFloor, Spot::Calf)
            .both_sides()
            .caution(CALVES),
            hold(
                "Ball in the calf",
                "Still sitting, put the ball under the thickest part of the calf. Cross the other leg on top for more pressure if you need it, up to about 7 out of 10. Point and flex the foot slowly a few times, then hold still and breathe. An ache toward the heel is expected.",
                30,
                Calves,
                Ball,
            ).pic(Pose::SeatedFloor, Spot::Calf)
            .both_sides()
            .sets(3, 15)
            .caution(CALVES),
            stretch(
                "Wall calf stretch",
                "Hands on a wall, one foot back, heel down and toes pointing forward, back knee straight. Lean in until you feel a stretch in the calf. Breathe slowly; never bounce.",
                30,
                Calves,
            ).pic(Pose::WallCalf, Spot::Calf)
            .both_sides()
            .sets(2, 10),
        ],
    )
}

fn feet() -> Routine {
    routine(
        "soles-of-feet",
        "Soles of the feet",
        "For tired or tight feet: roll the sole on a ball, press into the arch, then stretch the toes back.",
        vec![
            roll(
                "Roll the sole",
                "Sit or stand with a hand on a wall. Put the ball under one foot and roll it slowly from the heel to the ball of the foot and back, with as much weight as feels good.",
                45,
                Feet,
                Ball,
            ).pic(Pose::StandingHandOnWall, Spot::Sole)
            .both_sides()
            .caution(FEET),
            hold(
                "Press into the arch",
                "Stop the ball on the most tender point of the arch or just in front of the heel. Lean some weight onto it and hold still, breathing slowly.",
                30,
                Feet,
                Ball,
            ).pic(Pose::StandingHandOnWall, Spot::Sole)
            .both_sides(),
            stretch(
                "Toes back",
                "Sit and rest one ankle on the other knee. Pull the toes gently back toward the shin until you feel a stretch along the sole.",
                30,
                Feet,
            ).pic(Pose::SeatedAnkleOnKnee, Spot::Sole)
            .both_sides()
            .sets(2, 10),
        ],
    )
}

const SHIN: &str = "Press the muscle beside the shin bone, never the bone itself. Skip this if the lower leg is swollen, red or warm for no clear reason: that can be a blood clot and needs a doctor, not pressure. Keep off varicose veins.";

/// The muscle beside the shin bone (tibialis anterior).
fn front_of_shin() -> Routine {
    routine(
        "front-of-shin",
        "Front of the shin",
        "For an ache at the front of the ankle or the top of the foot: thumb holds on the muscle beside the shin bone, then a stretch.",
        vec![
            hold(
                "Below the knee",
                "Sit and rest one foot on a low step, or cross the ankle over the other knee. Find the shin bone, then slide both thumbs just off it toward the outside of the leg, onto the muscle, about a hand's width below the knee. Press in at 4 to 7 out of 10, lift and point the foot slowly a few times, then hold still. An ache toward the ankle or the big toe is normal.",
                30,
                Calves,
                Hands,
            ).pic(Pose::SeatedAnkleOnKnee, Spot::Shin)
            .both_sides()
            .sets(3, 15)
            .caution(SHIN),
            hold(
                "Halfway down the shin",
                "Move the thumbs halfway down toward the ankle, still on the muscle just outside the shin bone. Look for the most tender point, hold still on it and breathe out slowly.",
                30,
                Calves,
                Hands,
            ).pic(Pose::SeatedAnkleOnKnee, Spot::Shin)
            .both_sides()
            .sets(2, 15)
            .caution(SHIN),
            stretch(
                "Top of the foot stretch",
                "Stand with a hand on a wall. Rest the tops of the toes of one foot on the floor just behind you, then gently ease the ankle forward until you feel a stretch along the front of the shin and the top of the foot. Keep the knee soft; no pain in the ankle.",
                30,
                Calves,
            ).pic(Pose::StandingToesBehind, Spot::Shin)
            .both_sides()
            .sets(2, 10),
        ],
    )
    .with_also_works(&[Feet])
}
