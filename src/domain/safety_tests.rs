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
