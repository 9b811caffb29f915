//! Heat only: warm one sore area for a capped time, then take the heat off.

use super::*;
use crate::routine::{BodyArea::*, Tool::*};

pub(super) fn all() -> Vec<Routine> {
    vec![heat_neck_shoulders(), heat_lower_back()]
}

const REMOVE: &str = "Time is up: take the heat off now, even if it still feels good. Look at the skin: a light pink is normal. Blisters, white or dark patches, or lasting redness mean it was too hot; cool the area and use less heat next time.";

fn heat_neck_shoulders() -> Routine {
    routine(
        "heat-neck-shoulders",
        "Heat for the neck and shoulders",
        "Fifteen minutes of warmth on a stiff neck and shoulders, ending with a reminder to take the heat off.",
        vec![
            heat(
                "Warm the neck and shoulders",
                "Sit or lie comfortably with a warm pack or heated wrap over the back of the neck and the tops of the shoulders, a cloth between it and the skin. Let the shoulders drop and breathe slowly. If it feels too hot at any point, take it off.",
                15 * 60,
                Shoulders,
            ).pic(Pose::SeatedChair, Spot::ShoulderTop),
            Step::new(StepKind::Rest, "Remove the heat", REMOVE, 15, Shoulders, HeatSource).pic_off(Pose::SeatedChair, Spot::ShoulderTop),
        ],
    )
    .with_also_works(&[Neck])
}

fn heat_lower_back() -> Routine {
    routine(
        "heat-lower-back",
        "Heat for the lower back",
        "Twenty minutes of warmth on a sore lower back (the most one area should get), ending with a reminder to take the heat off.",
        vec![
            heat(
                "Warm the lower back",
                "Lie on your side or front, or sit leaning back, with a warm pack across the lower back and a cloth between it and the skin. Let the belly soften and breathe low and slow. If it feels too hot at any point, take it off.",
                20 * 60,
                LowerBack,
            ).pic(Pose::FrontForearms, Spot::LowerBack)
            .caution(HEAT_PREGNANT),
            Step::new(StepKind::Rest, "Remove the heat", REMOVE, 15, LowerBack, HeatSource).pic_off(Pose::FrontForearms, Spot::LowerBack),
        ],
    )
}
