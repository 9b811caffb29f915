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
    let never: String = NEVER_PRESS.join(" ").to_lowercase();
    for spot in [
        "blood clot",
        "varicose",
        "wounds",
        "fracture",
        "front of the neck",
        "pregnancy",
    ] {
        assert!(never.contains(spot), "{spot}");
    }
}

#[test]
fn each_never_press_place_has_its_line_in_the_list() {
    assert_eq!(NeverPress::ALL.len(), NEVER_PRESS.len());
    for (i, place) in NeverPress::ALL.iter().enumerate() {
        assert_eq!(place.text(), NEVER_PRESS[i]);
        assert!(place.is_named_in(place.text()), "{place:?}");
    }
    assert!(NeverPress::FrontOfNeck.always());
    assert!(!NeverPress::BloodClot.always());
    assert_eq!(NeverPress::FrontOfNeck.near(), [BodyArea::Neck]);
    assert!(NeverPress::PregnancyBellyAndLowerBack
        .near()
        .contains(&BodyArea::LowerBack));
    assert!(NeverPress::PregnancyBellyAndLowerBack.is_named_in("Skip it if you are Pregnant."));
    assert!(!NeverPress::FrontOfNeck.is_named_in("Work the back of the neck."));
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
