//! Tests of `safety`: examples and invariants, run natively.
use super::*;

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
