//! Tests of `safety`: examples and invariants, run natively.
use super::*;
use crate::routine::BodyArea;
use std::collections::HashSet;

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
    let urgent: Vec<_> = RED_FLAGS
        .iter()
        .filter(|f| f.urgent())
        .map(|f| f.id)
        .collect();
    assert_eq!(
        urgent,
        [
            "heart",
            "sudden-headache",
            "saddle",
            "fever-breathing",
            "blood-clot",
            "temple-after-50"
        ]
    );
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

/// The warning-sign table of the domain notes, row by row: the id we gave
/// the row, words its text must carry (the facts, never softened), its
/// urgency, and where it belongs (`None`: everywhere).
/// One row: id, words, urgency, places.
type Row = (
    &'static str,
    &'static [&'static str],
    Urgency,
    Option<&'static [Place]>,
);

const TABLE: [Row; 9] = {
    use Place::*;
    use Urgency::*;
    [
        (
            "heart",
            &[
                "chest pain",
                "pressure",
                "arm",
                "jaw",
                "back",
                "breathlessness",
                "sweating",
                "nausea",
                "heart",
            ],
            EmergencyNow,
            Some(&[
                Chest,
                FrontOfShoulder,
                DownTheArm,
                BetweenShoulderBlades,
                Jaw,
            ]),
        ),
        (
            "sudden-headache",
            &[
                "sudden",
                "severe",
                "worst",
                "weakness",
                "confusion",
                "trouble speaking or seeing",
                "blow to the head",
            ],
            EmergencyNow,
            Some(&[Head]),
        ),
        (
            "saddle",
            &[
                "numbness",
                "groin",
                "saddle",
                "bladder",
                "bowel",
                "back pain",
            ],
            EmergencyNow,
            Some(&[LowerBack, Buttock, BackOfLeg, SideOfLeg]),
        ),
        (
            "blood-clot",
            &[
                "calf",
                "leg",
                "swollen",
                "red",
                "warm",
                "painful",
                "blood clot",
                "never massage",
            ],
            SameDay,
            Some(&[Calf, BackOfKnee, Heel, Sole]),
        ),
        (
            "fever-breathing",
            &[
                "fever",
                "stiff neck",
                "trouble breathing",
                "dizzy",
                "fainting",
            ],
            EmergencyNow,
            Some(&[Neck, Head]),
        ),
        (
            "temple-after-50",
            &[
                "new headache",
                "temple",
                "after the age of 50",
                "chewing",
                "tender scalp",
            ],
            SameDay,
            Some(&[Temple, Jaw]),
        ),
        (
            "back-pain-with",
            &[
                "back pain",
                "fever",
                "weight loss",
                "cancer",
                "fall",
                "injury",
            ],
            DoctorSoon,
            Some(&[LowerBack, BetweenShoulderBlades]),
        ),
        (
            "nerve",
            &[
                "numbness",
                "pins and needles",
                "weakness",
                "travels along an arm or a leg",
            ],
            Doctor,
            Some(&[DownTheArm, WristAndHand, BackOfLeg, SideOfLeg, Buttock]),
        ),
        (
            "lasting",
            &[
                "more than a few weeks",
                "self-care",
                "sleep",
                "mood",
                "work",
            ],
            Doctor,
            None,
        ),
    ]
};

#[test]
fn every_sign_of_the_domain_table_is_there_with_its_urgency_and_places() {
    assert_eq!(RED_FLAGS.len(), TABLE.len());
    for (id, words, urgency, places) in TABLE {
        let f = flag(id).unwrap_or_else(|| panic!("no sign {id}"));
        let text = f.text.to_lowercase();
        for w in words {
            assert!(text.contains(w), "{id}: {w:?}");
        }
        assert_eq!(f.urgency, urgency, "{id}");
        match (f.belongs, places) {
            (Belongs::Everywhere, None) => {}
            (Belongs::At(own), Some(want)) => {
                let own: HashSet<_> = own.iter().collect();
                let want: HashSet<_> = want.iter().collect();
                assert_eq!(own, want, "{id}");
            }
            (got, want) => panic!("{id}: belongs {got:?}, the table says {want:?}"),
        }
        assert!(!f.text.ends_with('.'), "{id}: a list item, no full stop");
        assert!(f.text.chars().count() <= 200, "{id}: keep it short");
    }
    let ids: HashSet<_> = RED_FLAGS.iter().map(|f| f.id).collect();
    assert_eq!(ids.len(), RED_FLAGS.len(), "ids are unique");
    assert_eq!(flag("nowhere"), None);
    assert_eq!(nerve_flag().id, "nerve");
    // Every place has at least one sign of its own.
    for p in Place::ALL {
        assert!(
            RED_FLAGS
                .iter()
                .any(|f| matches!(f.belongs, Belongs::At(at) if at.contains(&p))),
            "{p:?}"
        );
    }
}

#[test]
fn the_most_urgent_come_first_and_the_heart_first_of_all() {
    assert_eq!(RED_FLAGS[0].id, "heart");
    assert!(RED_FLAGS.windows(2).all(|w| w[0].urgency <= w[1].urgency));
    assert!(Urgency::ALL.windows(2).all(|w| w[0] < w[1]));
    let groups = all_by_urgency();
    assert_eq!(
        groups.iter().map(|(u, _)| *u).collect::<Vec<_>>(),
        Urgency::ALL
    );
    assert_eq!(
        groups.iter().map(|(_, l)| l.len()).sum::<usize>(),
        RED_FLAGS.len()
    );
    assert!(Urgency::EmergencyNow
        .heading()
        .contains("call your local emergency number"));
    assert!(Urgency::EmergencyNow.is_urgent() && Urgency::SameDay.is_urgent());
    assert!(!Urgency::DoctorSoon.is_urgent() && !Urgency::Doctor.is_urgent());
    let slugs: HashSet<_> = Urgency::ALL.iter().map(|u| u.slug()).collect();
    assert_eq!(slugs.len(), 4);
    // A selection keeps the order, and empty groups are left out.
    let some = flags_for(&[Place::Calf]);
    assert_eq!(
        some.iter().map(|f| f.id).collect::<Vec<_>>(),
        ["blood-clot", "lasting"]
    );
    let grouped = by_urgency(&some);
    assert_eq!(
        grouped.iter().map(|(u, _)| *u).collect::<Vec<_>>(),
        [Urgency::SameDay, Urgency::Doctor]
    );
    assert_eq!(
        flags_for(&[]).iter().map(|f| f.id).collect::<Vec<_>>(),
        ["lasting"]
    );
}

/// Which signs each body-map area shows, written from the domain table:
/// an area shows the signs of the places it holds.
#[test]
fn every_body_map_area_gets_exactly_the_signs_of_its_places() {
    let table: [(BodyArea, &[&str]); 16] = [
        (
            BodyArea::Head,
            &[
                "sudden-headache",
                "fever-breathing",
                "temple-after-50",
                "lasting",
            ],
        ),
        (BodyArea::Jaw, &["heart", "temple-after-50", "lasting"]),
        (BodyArea::Neck, &["fever-breathing", "lasting"]),
        (
            BodyArea::Shoulders,
            &["heart", "fever-breathing", "lasting"],
        ),
        (BodyArea::Chest, &["heart", "lasting"]),
        (BodyArea::UpperBack, &["heart", "back-pain-with", "lasting"]),
        (
            BodyArea::LowerBack,
            &["saddle", "back-pain-with", "lasting"],
        ),
        (BodyArea::Arms, &["heart", "nerve", "lasting"]),
        (BodyArea::Forearms, &["nerve", "lasting"]),
        (BodyArea::Hips, &["lasting"]),
        (BodyArea::Glutes, &["saddle", "nerve", "lasting"]),
        (BodyArea::Quads, &["saddle", "nerve", "lasting"]),
        (BodyArea::Hamstrings, &["saddle", "nerve", "lasting"]),
        (BodyArea::Calves, &["blood-clot", "lasting"]),
        (BodyArea::Feet, &["blood-clot", "lasting"]),
        (BodyArea::FullBody, &["lasting"]),
    ];
    assert_eq!(
        table.iter().map(|(a, _)| *a).collect::<Vec<_>>(),
        BodyArea::ALL,
        "every area, in order"
    );
    for (area, want) in table {
        let got: Vec<_> = flags_for_area(area).iter().map(|f| f.id).collect();
        assert_eq!(got, want, "{area:?}");
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
    assert!(!nerve_flag().urgent());
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
