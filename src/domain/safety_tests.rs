//! Tests of `safety`: examples and invariants, run natively.
use super::*;
use crate::routine::BodyArea;

#[test]
fn the_lists_cover_the_signs_that_need_a_clinician() {
    let all: String = RED_FLAGS.iter().map(|f| f.text.to_lowercase()).collect();
    for word in [
        "weeks",
        "numbness",
        "weakness",
        "swollen",
        "breathing",
        "fever",
    ] {
        assert!(all.contains(word), "{word}");
    }
    assert_eq!(urgent().count(), 2);
    assert_eq!(non_urgent().count() + urgent().count(), RED_FLAGS.len());
    assert!(urgent().all(|f| f.text.contains("breathing") || f.text.contains("fever")));
}

#[test]
fn the_never_press_list_names_every_place_the_facts_list() {
    let never: String = NEVER_PRESS.join(" ").to_lowercase();
    for spot in [
        "front or sides of the neck below the ear",
        "arteries and nerves",
        "throat",
        "armpit",
        "hollow behind the knee",
        "inner groin",
        "spine itself",
        "the belly",
        "kidneys",
        "below the lowest ribs at the back",
        "bruises",
        "varicose veins",
        "open wounds",
        "recent fracture",
        "surgery",
        "blood clot",
        "lower back during pregnancy",
        "numb skin",
    ] {
        assert!(never.contains(spot), "{spot}");
    }
    let rules = PRESSURE_RULES.join(" ").to_lowercase();
    for words in [
        "blood thinners",
        "bleeding disorder",
        "ask a doctor",
        "dizzy",
        "neck",
        "ends at once",
    ] {
        assert!(rules.contains(words), "{words}");
    }
}

#[test]
fn each_never_press_place_has_its_line_in_the_list() {
    assert_eq!(NeverPress::ALL.len(), NEVER_PRESS.len());
    for (i, place) in NeverPress::ALL.iter().enumerate() {
        assert_eq!(*place as usize, i);
        assert_eq!(place.text(), NEVER_PRESS[i]);
        assert!(place.is_named_in(place.text()), "{place:?}");
    }
    assert!(NeverPress::FrontOfNeck.always());
    assert!(NeverPress::Kidneys.always());
    assert!(!NeverPress::BloodClot.always());
    assert!(!NeverPress::PregnancyBellyAndLowerBack.always());
    assert!(NeverPress::FrontOfNeck.near().contains(&BodyArea::Neck));
    assert!(NeverPress::Kidneys.near().contains(&BodyArea::LowerBack));
    assert!(NeverPress::PregnancyBellyAndLowerBack
        .near()
        .contains(&BodyArea::LowerBack));
    assert!(NeverPress::PregnancyBellyAndLowerBack.is_named_in("Skip it if you are Pregnant."));
    assert!(!NeverPress::FrontOfNeck.is_named_in("Work the back of the neck."));
    // The old wording named only the front: the sides hold the artery too.
    assert!(!NeverPress::FrontOfNeck.is_named_in("Never press on the front of the neck."));
    assert!(NeverPress::FrontOfNeck.is_named_in("Never the front or sides of the neck."));
}

#[test]
fn what_a_step_says_tells_which_places_it_comes_close_to() {
    use crate::routine::{Step, StepKind, Tool};
    let top = Step::new(
        StepKind::Hold,
        "Shoulder pinch",
        "Grasp the top of the shoulder muscle.",
        30,
        BodyArea::Shoulders,
        Tool::Hands,
    );
    assert!(NeverPress::FrontOfNeck.is_near(&top));
    let blade = Step::new(
        StepKind::Hold,
        "Flat of the shoulder blade",
        "Put the ball on the flat of the shoulder blade.",
        30,
        BodyArea::Shoulders,
        Tool::Ball,
    );
    assert!(!NeverPress::FrontOfNeck.is_near(&blade));
    assert!(NeverPress::Armpit.is_near(&blade));
    assert!(NeverPress::BonyPoints.is_near(&blade));
    let calf = Step::new(
        StepKind::Roll,
        "Roll the calf",
        "Roll slowly.",
        45,
        BodyArea::Calves,
        Tool::FoamRoller,
    );
    assert!(NeverPress::KneeHollow.is_near(&calf));
    assert!(NeverPress::BloodClot.is_near(&calf));
    let shin = Step::new(
        StepKind::Hold,
        "Below the knee",
        "Thumbs on the muscle beside the shin bone.",
        30,
        BodyArea::Calves,
        Tool::Hands,
    );
    assert!(!NeverPress::KneeHollow.is_near(&shin));
    // A stretch presses nothing, wherever it is.
    let mut stretch = calf.clone();
    stretch.kind = StepKind::Stretch;
    assert!(NeverPress::ALL.iter().all(|p| !p.is_near(&stretch)));
}

#[test]
fn the_nerve_flag_and_the_ache_text_tell_the_two_apart() {
    let flag = nerve_flag().text.to_lowercase();
    for word in ["numbness", "pins and needles", "weakness", "arm", "leg"] {
        assert!(flag.contains(word), "{word}");
    }
    assert!(!nerve_flag().urgent);
    let text = ACHE_OR_NERVE.to_lowercase();
    for word in [
        "dull",
        "ache",
        "spreads",
        "knot",
        "shooting",
        "burning",
        "electric",
        "numbness",
        "pins and needles",
        "weakness",
        "clinician",
    ] {
        assert!(text.contains(word), "{word}");
    }
    assert!(ACHE_OR_NERVE.chars().count() <= 300, "keep it short");
}
