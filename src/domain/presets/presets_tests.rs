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

#[test]
fn pressure_near_a_never_press_place_names_it_in_the_caution() {
    use crate::safety::NeverPress;
    for r in all() {
        for (i, s) in r.steps.iter().enumerate() {
            if !matches!(s.kind, StepKind::Hold | StepKind::Roll) {
                continue;
            }
            for place in NeverPress::ALL {
                if place.near().contains(&s.area) {
                    let caution = s.caution.as_deref().unwrap_or("");
                    assert!(place.is_named_in(caution), "{} step {i}: {place:?}", r.id);
                }
            }
        }
    }
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
    for r in all() {
        for (i, s) in r.steps.iter().enumerate() {
            let presses = matches!(s.kind, StepKind::Hold | StepKind::Roll);
            let caution = s.caution.as_deref().unwrap_or("");
            if presses && s.area == BodyArea::Calves {
                assert!(caution.contains("blood clot"), "{} step {i}", r.id);
            }
            if presses && s.area == BodyArea::Neck {
                assert!(caution.contains("front of the neck"), "{} step {i}", r.id);
            }
            if presses && s.area == BodyArea::LowerBack {
                assert!(caution.contains("never on the spine"), "{} step {i}", r.id);
                assert!(caution.contains("pregnant"), "{} step {i}", r.id);
            }
            if s.kind == StepKind::Heat {
                assert!(caution.contains("numb"), "{} step {i}", r.id);
            }
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
