//! Tests of `presets`: examples and invariants, run natively.
use super::*;
use crate::library::minutes;
use crate::routine::Sides;
use crate::settings::Settings;
use crate::validate::{validate, Policy, Severity};
use std::collections::HashSet;

fn lengths() -> Vec<(String, u64)> {
    all()
        .iter()
        .map(|r| (r.id.clone(), minutes(r, &Settings::default())))
        .collect()
}

#[test]
fn every_preset_passes_the_preset_rules_without_even_a_warning() {
    for r in all() {
        let problems = validate(&r, Policy::Preset);
        assert!(problems.is_empty(), "{}: {problems:#?}", r.id);
    }
}

#[test]
fn the_validator_rejects_a_deliberately_broken_preset() {
    let mut bad = by_id("calves-heel").unwrap();
    bad.steps[1].duration_ms = 200_000;
    bad.steps[2].instruction = "  ".into();
    bad.steps.push(heat(
        "Too long",
        "Warm the calf.",
        30 * 60,
        BodyArea::Calves,
    ));
    let found: Vec<_> = validate(&bad, Policy::Preset)
        .into_iter()
        .map(|p| (p.path, p.severity))
        .collect();
    assert_eq!(
        found,
        vec![
            ("steps[1].duration_ms".to_string(), Severity::Error),
            ("steps[2].instruction".to_string(), Severity::Error),
            ("steps[3].duration_ms".to_string(), Severity::Error),
        ]
    );
}

#[test]
fn there_are_at_least_16_presets_with_unique_slug_ids() {
    let all = all();
    assert!(all.len() >= 16, "only {}", all.len());
    let ids: HashSet<_> = all.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids.len(), all.len(), "duplicate id");
    let names: HashSet<_> = all.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names.len(), all.len(), "duplicate name");
    for r in &all {
        assert!(
            !r.description.trim().is_empty(),
            "{} has no description",
            r.id
        );
        assert!(
            r.description.chars().count() <= 140,
            "{}: keep it short",
            r.id
        );
    }
}

#[test]
fn by_id_finds_each_preset_and_nothing_else() {
    for r in all() {
        assert_eq!(by_id(&r.id), Some(r.clone()));
    }
    assert_eq!(by_id("no-such-routine"), None);
    assert_eq!(by_id(""), None);
}

#[test]
fn the_promised_topics_are_covered() {
    for id in [
        "neck-headache",
        "upper-traps-shoulders",
        "between-shoulder-blades",
        "upper-back-roller",
        "chest-opener",
        "lower-back-gentle",
        "glutes-sciatic",
        "hips-hip-flexors",
        "quads-it-band",
        "hamstrings",
        "calves-heel",
        "soles-of-feet",
        "forearms-wrists",
        "jaw-release",
        "desk-reset",
        "full-body-20",
        "heat-neck-shoulders",
        "heat-lower-back",
        "neck-stretches",
        "back-of-shoulder-blade",
        "outer-elbow-forearm",
        "inner-forearm-palm",
        "side-of-low-back",
        "side-of-hip",
        "front-of-shin",
    ] {
        assert!(by_id(id).is_some(), "missing {id}");
    }
}

#[test]
fn every_body_area_has_presets_that_work_it() {
    let all = all();
    for area in BodyArea::ALL {
        let n = all.iter().filter(|r| r.areas().contains(&area)).count();
        assert!(n >= 1, "nothing for {area:?}");
    }
    let works = |area: BodyArea| -> Vec<String> {
        all.iter()
            .filter(|r| r.areas().contains(&area))
            .map(|r| r.id.clone())
            .collect()
    };
    for id in [
        "upper-traps-shoulders",
        "heat-neck-shoulders",
        "neck-headache",
    ] {
        assert!(works(BodyArea::Neck).contains(&id.to_string()), "{id}");
    }
    assert!(
        works(BodyArea::Arms).len() >= 2,
        "{:?}",
        works(BodyArea::Arms)
    );
}

#[test]
fn extra_areas_add_something_the_steps_do_not_already_say() {
    for r in all() {
        let steps: Vec<_> = r.steps.iter().map(|s| s.area).collect();
        for a in &r.also_works {
            assert!(!steps.contains(a), "{}: {a:?} is a step's area", r.id);
        }
    }
}

fn presses(s: &Step) -> bool {
    matches!(s.kind, StepKind::Hold | StepKind::Roll)
}

/// Every step of every preset, with where it is: "neck-headache step 1".
fn steps() -> Vec<(String, Step)> {
    all()
        .into_iter()
        .flat_map(|r| {
            r.steps
                .into_iter()
                .enumerate()
                .map(move |(i, s)| (format!("{} step {i}", r.id), s))
        })
        .collect()
}

#[test]
fn no_preset_presses_a_never_press_place_without_naming_it() {
    // Each hold and roll close to a never-press place (by its area, or by
    // where its words put it) carries its own caution naming that place.
    use crate::safety::NeverPress;
    let mut checked = 0;
    for (at, s) in steps() {
        for place in NeverPress::ALL {
            if place.is_near(&s) {
                checked += 1;
                let caution = s.caution.as_deref().unwrap_or("");
                assert!(place.is_named_in(caution), "{at}: {place:?}: {caution}");
            }
        }
    }
    assert!(checked >= 40, "{checked}");
}

/// The places a sentence of an instruction may only name to keep away
/// from them.
const KEEP_AWAY: [&str; 14] = [
    "front of the neck",
    "side of the neck",
    "sides of the neck",
    "throat",
    "armpit",
    "behind the knee",
    "back of the knee",
    "knee crease",
    "knee hollow",
    "groin",
    "kidney",
    "on the spine",
    "varicose",
    "bruise",
];

#[test]
fn no_instruction_sends_pressure_to_a_never_press_place() {
    let away = [
        "never",
        "not",
        "away from",
        "off the",
        "out of",
        "clear of",
        "stop",
        "keep off",
    ];
    for (at, s) in steps().into_iter().filter(|(_, s)| presses(s)) {
        for sentence in s.instruction.split(['.', ';', ':']) {
            let text = sentence.to_lowercase();
            for place in KEEP_AWAY {
                if text.contains(place) {
                    assert!(
                        away.iter().any(|w| text.contains(w)),
                        "{at}: \"{sentence}\" names {place} without keeping away"
                    );
                }
            }
        }
    }
    // The check bites: the old calf roll went up to the knee hollow.
    let old = "Roll slowly from just above the ankle to the back of the knee.";
    assert!(old
        .split('.')
        .any(|t| t.to_lowercase().contains("back of the knee") && !t.contains("never")));
}

#[test]
fn a_spread_during_a_hold_is_only_ever_an_ache() {
    // "A spread of feeling is normal" could be a nerve: only a dull ache
    // that spreads is expected, and every pressure step is shown with the
    // words that tell the two apart (`cautions::SPREAD_OR_NERVE`).
    for (at, s) in steps() {
        for sentence in s.instruction.split(['.', ';']) {
            let text = sentence.to_lowercase();
            let calm = ["normal", "expected", "common"]
                .iter()
                .any(|w| text.contains(w));
            if calm && (text.contains("spread") || text.contains("feeling")) {
                assert!(text.contains("ache"), "{at}: {sentence}");
                assert!(!text.contains("feeling"), "{at}: {sentence}");
            }
            assert!(!text.contains("tingl") || !calm, "{at}: {sentence}");
        }
    }
}

#[test]
fn neck_holds_say_stop_if_dizzy_and_keep_to_the_back_of_the_neck() {
    let mut n = 0;
    for (at, s) in steps() {
        if presses(&s) && s.area == BodyArea::Neck {
            n += 1;
            let caution = s.caution.as_deref().unwrap_or("").to_lowercase();
            assert!(caution.contains("dizzy"), "{at}");
            assert!(caution.contains("stop"), "{at}");
            assert!(caution.contains("back of the neck only"), "{at}");
            assert!(!caution.contains("and sides of the neck"), "{at}");
        }
    }
    assert!(n >= 4, "{n}");
    // Nothing else tells anyone to work the sides of the neck.
    for (at, s) in steps() {
        let all = format!("{} {}", s.instruction, s.caution.unwrap_or_default()).to_lowercase();
        assert!(!all.contains("back and sides of the neck"), "{at}");
    }
}

#[test]
fn pressure_on_a_nerve_path_carries_the_nerve_signs() {
    use crate::cautions::NERVE_PATHS;
    for (at, s) in steps() {
        if presses(&s) && NERVE_PATHS.contains(&s.area) && s.area != BodyArea::Neck {
            let caution = s.caution.as_deref().unwrap_or("").to_lowercase();
            assert!(caution.contains("tingling"), "{at}: {caution}");
            assert!(caution.contains("numb"), "{at}: {caution}");
            assert!(caution.contains("move off"), "{at}: {caution}");
        }
    }
    // The seated hold on the back of the thigh lies on the sciatic nerve's path.
    let ham = by_id("hamstrings").unwrap();
    let caution = ham.steps[0].caution.as_deref().unwrap();
    assert!(caution.contains("sciatic nerve"), "{caution}");
}

#[test]
fn calf_rolls_stop_a_hands_width_below_the_knee_crease() {
    let mut n = 0;
    for (at, s) in steps() {
        if presses(&s) && s.area == BodyArea::Calves && s.title.to_lowercase().contains("calf") {
            n += 1;
            if s.kind == StepKind::Roll {
                assert!(
                    s.instruction.contains("hand's width below the knee crease"),
                    "{at}"
                );
            }
            let caution = s.caution.as_deref().unwrap_or("");
            assert!(caution.contains("hollow behind the knee"), "{at}");
        }
    }
    assert!(n >= 3, "{n}");
}

#[test]
fn the_chest_hold_tells_an_ache_from_the_nerves_to_the_arm() {
    let chest = by_id("chest-opener").unwrap();
    for s in chest.steps.iter().filter(|s| presses(s)) {
        assert!(!s.instruction.contains("into the arm is normal"));
        let caution = s.caution.as_deref().unwrap();
        assert!(caution.contains("tingling or numbness into the arm"));
        assert!(caution.contains("move off at once"));
    }
}

#[test]
fn every_heat_step_carries_the_heat_cautions() {
    use crate::cautions::HEAT;
    let mut n = 0;
    for (at, s) in steps() {
        if s.kind == StepKind::Heat {
            n += 1;
            let cautions = s.cautions();
            assert_eq!(cautions.iter().filter(|c| **c == HEAT).count(), 1, "{at}");
        } else {
            assert!(!s.cautions().contains(&HEAT), "{at}");
        }
    }
    assert!(n >= 5, "{n}");
}

#[test]
fn every_preset_ends_with_aftercare_unless_it_only_warms() {
    for r in all() {
        if is_heat_only(&r) {
            continue;
        }
        assert!(
            r.steps.iter().any(|s| s.kind == StepKind::Stretch),
            "{} has no stretch",
            r.id
        );
        assert_eq!(
            r.steps.last().unwrap().kind,
            StepKind::Stretch,
            "{} should finish with a stretch",
            r.id
        );
    }
}

#[test]
fn heat_only_routines_stay_under_20_minutes_and_end_by_removing_the_heat() {
    let heat_only: Vec<_> = all().into_iter().filter(is_heat_only).collect();
    assert!(!heat_only.is_empty());
    for r in heat_only {
        let heat_ms: u64 = r
            .steps
            .iter()
            .filter(|s| s.kind == StepKind::Heat)
            .map(|s| s.duration_ms * u64::from(s.sets))
            .sum();
        assert!(heat_ms <= 20 * 60_000, "{}", r.id);
        let last = r.steps.last().unwrap();
        assert_eq!(last.title, "Remove the heat", "{}", r.id);
        assert!(last.instruction.contains("take the heat off"), "{}", r.id);
    }
}

#[test]
fn pressure_holds_repeat_with_short_rests_and_stretches_stay_gentle() {
    for r in all() {
        for (i, s) in r.steps.iter().enumerate() {
            if let Some(rest) = s.rest_between_sets_ms {
                assert!((10_000..=20_000).contains(&rest), "{} step {i}", r.id);
            }
            if s.kind == StepKind::Stretch {
                assert!(
                    (20_000..=30_000).contains(&s.duration_ms) && s.sets <= 3,
                    "{} step {i}",
                    r.id
                );
            }
            if s.kind == StepKind::Roll {
                assert!(
                    (30_000..=60_000).contains(&s.duration_ms),
                    "{} step {i}",
                    r.id
                );
                assert_eq!(s.tool == Tool::FoamRoller, s.area != BodyArea::Feet);
            }
            let presses = matches!(s.kind, StepKind::Hold | StepKind::Roll);
            if presses && s.area.is_paired() {
                assert!(
                    s.sides != Sides::Center || s.area == BodyArea::Jaw || s.area == BodyArea::Neck,
                    "{} step {i}: a paired area is pressed on both sides",
                    r.id
                );
            }
        }
    }
}

#[test]
fn risky_spots_carry_their_caution() {
    for (at, s) in steps() {
        let caution = s.caution.as_deref().unwrap_or("");
        if presses(&s) && s.area == BodyArea::Calves {
            assert!(caution.contains("blood clot"), "{at}");
        }
        if presses(&s) && s.area == BodyArea::Neck {
            assert!(caution.contains("front or sides of the neck"), "{at}");
            assert!(caution.contains("throat"), "{at}");
        }
        if presses(&s) && s.area == BodyArea::LowerBack {
            assert!(caution.contains("never on the spine"), "{at}");
            assert!(caution.contains("kidneys"), "{at}");
            assert!(caution.contains("pregnant"), "{at}");
        }
    }
}

#[test]
fn lengths_spread_over_the_time_filters() {
    let lengths = lengths();
    let count = |lo: u64, hi: u64| {
        lengths
            .iter()
            .filter(|(_, m)| (lo..=hi).contains(m))
            .count()
    };
    assert!(count(1, 5) >= 4, "short ones: {lengths:?}");
    assert!(count(6, 10) >= 5, "about ten minutes: {lengths:?}");
    assert!(count(15, 20) >= 3, "about twenty minutes: {lengths:?}");
    assert!(lengths.iter().all(|(_, m)| *m <= 20), "{lengths:?}");
    assert_eq!(
        lengths.iter().find(|(id, _)| id == "desk-reset").unwrap().1,
        10
    );
    assert_eq!(
        lengths
            .iter()
            .find(|(id, _)| id == "full-body-20")
            .unwrap()
            .1,
        20
    );
}

/// Words that name a place the app never presses (`NEVER_PRESS`, the places
/// of the body): a picture's spot must name none of them.
const NEVER_PRESS_WORDS: [&str; 17] = [
    "front of the neck",
    "side of the neck",
    "throat",
    "armpit",
    "behind the knee",
    "knee crease",
    "hollow",
    "groin",
    "spine",
    "kneecap",
    "hip bone",
    "collarbone",
    "elbow",
    "belly",
    "kidney",
    "ribs",
    "abdomen",
];

#[test]
fn every_preset_step_has_a_picture_on_its_own_area_never_on_a_never_press_place() {
    use crate::picture::reads_as_sentence;
    use crate::picture::{Movement, Spot};
    use crate::routine::Side;
    // The word list covers every place of the body on the never-press list.
    let always = crate::safety::NeverPress::ALL
        .iter()
        .filter(|p| p.always())
        .count();
    assert_eq!(always, 8, "a new never-press place needs its words above");
    for routine in all() {
        for (i, step) in routine.steps.iter().enumerate() {
            let at = format!("{} step {} ({})", routine.id, i + 1, step.title);
            let pic = step
                .picture
                .unwrap_or_else(|| panic!("{at} has no picture"));
            assert_eq!(
                pic.spot.area(),
                step.area,
                "{at}: the picture's spot is another area"
            );
            for side in [None, Some(Side::Left), Some(Side::Right)] {
                let place = pic.spot.words(side);
                for word in NEVER_PRESS_WORDS {
                    assert!(!place.contains(word), "{at}: {place} names {word}");
                }
            }
            for &side in step.sides.order() {
                let s = pic.sentence(side);
                assert!(reads_as_sentence(&s), "{at}: {s}");
                if let Some(side) = side {
                    if pic.spot != Spot::WholeBody {
                        assert!(s.contains(&side.label().to_ascii_lowercase()), "{at}: {s}");
                    }
                }
            }
            // The picture presses with what the step presses with.
            if matches!(step.kind, StepKind::Hold | StepKind::Roll) {
                assert_eq!(pic.tool, step.tool, "{at}");
            }
            assert_eq!(
                pic.movement == Some(Movement::UpAndDown),
                step.kind == StepKind::Roll,
                "{at}: only a roll moves"
            );
        }
    }
}
