//! Neck and base of the skull, upper trapezius, jaw, and neck stretches
//! with no pressure at all.

use super::*;
use crate::routine::{BodyArea::*, Tool::*};

pub(super) fn all() -> Vec<Routine> {
    vec![neck(), shoulders(), jaw(), neck_stretches()]
}

fn neck() -> Routine {
    routine(
        "neck-headache",
        "Neck and base of the skull",
        "For tension headaches: slow holds where the neck meets the skull, the temples, then gentle neck stretches.",
        vec![
            hold(
                "Base of the skull",
                "Lie on your back, knees bent. Place the ball under the ridge at the back of your head, about two fingers out from the middle, in the soft hollow just below the bone. Let the head's weight sink in; aim for a 4 to 7 out of 10. Breathe out slowly and let the jaw go loose.",
                30,
                Neck,
                Ball,
            ).pic(Pose::BackKneesBent, Spot::SkullBase)
            .both_sides()
            .sets(3, 15)
            .caution(NECK),
            hold(
                "Back of the neck",
                "Sit tall. Reach one hand behind the neck and rest your fingertips on the ropy muscle beside the spine, halfway down the neck. Press in gently and tip your chin slightly down. A dull ache that spreads toward the head is normal; breathe slowly through it.",
                30,
                Neck,
                Hands,
            ).pic(Pose::SeatedChair, Spot::BackOfNeck)
            .both_sides()
            .sets(2, 15)
            .caution(NECK),
            hold(
                "Temples",
                "Put two fingertips of each hand on the temples, just above and in front of the ears. Clench lightly to feel the muscle, relax, then press in small slow circles that stop on the sorest point. Keep the teeth apart and breathe out long.",
                30,
                Head,
                Hands,
            ).pic(Pose::SeatedChairFront, Spot::Temples),
            stretch(
                "Ear toward shoulder",
                "Sit tall, shoulders down. Let one ear drop toward the shoulder on the same side until you feel a gentle pull along the other side of the neck. Rest the hand on the head for a little extra weight if comfortable. Never stretch into pain; breathe into the pull.",
                30,
                Neck,
            ).pic(Pose::SeatedHeadTipped, Spot::Neck)
            .both_sides()
            .sets(2, 10),
        ],
    )
}

fn shoulders() -> Routine {
    routine(
        "upper-traps-shoulders",
        "Upper trapezius and shoulders",
        "The thick muscle between the neck and the shoulder tip: cane or hand holds, then a side-neck stretch.",
        vec![
            heat(
                "Warm the shoulders",
                "Drape a warm pack or heated wrap over both shoulders, with a cloth between it and your skin. Sit back, drop the shoulders and breathe slowly.",
                60,
                Shoulders,
            ).pic(Pose::SeatedChair, Spot::ShoulderTop),
            hold(
                "Top of the shoulder",
                "Hook the cane over one shoulder so the knob rests on the top of the muscle, halfway between the neck and the shoulder tip. Pull the handle down slowly with the other hand until the pressure is about 6 out of 10. Keep the shoulder relaxed and breathe out as you press. No cane? A ball against a door frame works too.",
                30,
                Shoulders,
                Cane,
            ).pic(Pose::SeatedChair, Spot::ShoulderTop)
            .both_sides()
            .sets(3, 15)
            .caution(SHOULDER_TOP),
            hold(
                "Shoulder pinch",
                "Reach across with the opposite hand and grasp the top of the shoulder muscle between thumb and fingers. Squeeze until you find a tender band, then hold still. Let the arm on that side hang heavy and breathe slowly.",
                30,
                Shoulders,
                Hands,
            ).pic(Pose::SeatedChairFront, Spot::ShoulderTop)
            .both_sides()
            .sets(2, 15)
            .caution(SHOULDER_TOP),
            stretch(
                "Side neck stretch",
                "Sit on one hand to anchor that shoulder. Tip the head away and slightly forward until you feel a gentle pull from the neck down to the shoulder. Stay easy; breathe into the stretch, never into pain.",
                30,
                Shoulders,
            ).pic(Pose::SeatedHeadTipped, Spot::ShoulderTop)
            .both_sides()
            .sets(2, 10),
        ],
    )
    .with_also_works(&[Neck])
}

fn jaw() -> Routine {
    routine(
        "jaw-release",
        "Jaw",
        "For a clenched or tired jaw: a little warmth, light fingertip holds on the chewing muscles, then a relaxed open.",
        vec![
            heat(
                "Warm the cheeks",
                "Hold a warm, damp cloth against both sides of the jaw, in front of the ears. Let the teeth part and the tongue rest on the floor of the mouth.",
                60,
                Jaw,
            ).pic(Pose::SeatedChairFront, Spot::JawMuscle),
            hold(
                "Chewing muscles",
                "Clench briefly to feel the muscle bulge between the cheekbone and the angle of the jaw, then relax. Place two fingertips of each hand on that muscle on both sides and press gently, about 4 out of 10. Keep the mouth slightly open and breathe through the nose.",
                30,
                Jaw,
                Hands,
            ).pic(Pose::SeatedChairFront, Spot::JawMuscle)
            .sets(3, 15)
            .caution(JAW),
            hold(
                "Temples",
                "Move the fingertips up to the temples, just above the ears. Press gently and hold on the most tender point while the jaw hangs loose.",
                30,
                Head,
                Hands,
            ).pic(Pose::SeatedChairFront, Spot::Temples),
            stretch(
                "Relaxed open",
                "Put the tip of the tongue on the roof of the mouth behind the front teeth, then slowly let the jaw drop open as far as is comfortable, keeping the tongue there. Hold, breathing through the nose.",
                20,
                Jaw,
            ).pic(Pose::SeatedChairFront, Spot::JawMuscle)
            .sets(3, 10),
        ],
    )
}

/// Stretches only: the muscle at the front and side of the neck
/// (sternocleidomastoid) lies where nothing should press, so this is what
/// the app offers for it instead of holds.
fn neck_stretches() -> Routine {
    routine(
        "neck-stretches",
        "Gentle neck stretches",
        "No pressure at all: slow stretches for the back, sides and front of the neck, for a stiff neck or an ache behind the eye.",
        vec![
            stretch(
                "Chin tuck",
                "Sit tall with the shoulders loose. Keeping the eyes level, slide the chin straight back, as if making a double chin, until you feel a mild pull where the neck meets the skull. Breathe out slowly, then let go.",
                20,
                Neck,
            ).pic(Pose::SeatedChair, Spot::SkullBase)
            .sets(3, 10),
            stretch(
                "Ear toward shoulder",
                "Sit tall and let one ear sink toward the shoulder on the same side, both shoulders level, until the other side of the neck feels a gentle pull. Let the arm on the stretched side hang heavy. Breathe into the pull, never into pain.",
                30,
                Neck,
            ).pic(Pose::SeatedHeadTipped, Spot::Neck)
            .both_sides()
            .sets(2, 10),
            stretch(
                "Tip and look up",
                "Sit tall. Tip one ear a little toward its shoulder, then slowly turn the face a little up toward the ceiling until you feel a mild pull along the front and side of the neck on the other side, down toward the collarbone. Keep the mouth closed and the movement small.",
                20,
                Neck,
            ).pic(Pose::SeatedHeadTipped, Spot::Neck)
            .both_sides()
            .sets(2, 10)
            .caution("A stretch only: never press, pinch or rub the front or sides of the neck. If you feel dizzy or your hand tingles, come back to upright slowly and stop."),
            stretch(
                "Nose toward armpit",
                "Turn the head halfway toward one armpit and let the chin drop toward it. Rest that hand lightly on the back of the head for a little extra weight. Feel the pull from the back of the neck down to the top of the shoulder blade on the other side.",
                30,
                Neck,
            ).pic(Pose::SeatedHeadTipped, Spot::Neck)
            .both_sides()
            .sets(2, 10),
        ],
    )
    .with_also_works(&[Shoulders])
}
