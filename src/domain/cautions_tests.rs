//! Tests of `cautions`: examples and invariants, run natively.
use super::*;
use crate::edit::{change_kind, new_step};
use crate::presets;
use crate::routine::{Sides, Tool};
use crate::safety::NeverPress;
use crate::validate::CAUTION_MAX_CHARS;

fn user_step(kind: StepKind, area: BodyArea) -> Step {
    let mut step = new_step(&[]);
    step.title = "My step".into();
    step.instruction = "Do it.".into();
    step.area = area;
    change_kind(&mut step, kind, &[]);
    step
}

#[test]
fn a_heat_step_made_in_the_editor_carries_the_heat_cautions() {
    let step = user_step(StepKind::Heat, BodyArea::LowerBack);
    assert_eq!(step.caution, None);
    assert_eq!(step.cautions(), vec![HEAT]);
    let text = HEAT.to_lowercase();
    for words in [
        "medium setting",
        "cloth between",
        "numb",
        "fall asleep",
        "20 minutes",
    ] {
        assert!(text.contains(words), "{words}");
    }
    // A caution of its own comes first, the heat cautions after it.
    let mut own = step.clone();
    own.caution = Some("Not over the scar.".into());
    assert_eq!(own.cautions(), vec!["Not over the scar.", HEAT]);
}

#[test]
fn a_users_hold_gets_what_pressure_in_its_area_keeps_clear_of() {
    for area in BodyArea::ALL {
        let hold = user_step(StepKind::Hold, area);
        assert_eq!(
            hold.cautions(),
            pressure_caution(area).into_iter().collect::<Vec<_>>(),
            "{area:?}"
        );
        // Stretches and rests press nothing, so they get none.
        assert!(user_step(StepKind::Stretch, area).cautions().is_empty());
        assert!(user_step(StepKind::Rest, area).cautions().is_empty());
    }
    let neck = user_step(StepKind::Roll, BodyArea::Neck);
    assert_eq!(neck.cautions(), vec![NECK]);
}

#[test]
fn each_area_caution_names_every_never_press_place_close_to_it() {
    for area in BodyArea::ALL {
        let Some(caution) = pressure_caution(area) else {
            continue;
        };
        for place in NeverPress::ALL {
            let close =
                place.near().contains(&area) || place.near_when().iter().any(|(a, _)| *a == area);
            if close {
                assert!(place.is_named_in(caution), "{area:?}: {place:?}");
            }
        }
        if NERVE_PATHS.contains(&area) && area != BodyArea::Neck {
            assert!(caution.contains("move off"), "{area:?}");
            assert!(caution.to_lowercase().contains("tingling"), "{area:?}");
        }
    }
    assert!(NECK.contains("dizzy"));
    assert!(NECK.contains("Back of the neck only"));
}

#[test]
fn a_caution_that_misses_a_place_close_by_gets_the_areas_too() {
    // A copied neck step moved to the calf keeps its neck caution, which
    // says nothing about a clot or the knee hollow.
    let mut step = user_step(StepKind::Roll, BodyArea::Calves);
    step.title = "Roll the calf".into();
    step.caution = Some(NECK.into());
    assert_eq!(step.cautions(), vec![NECK, CALVES]);
    // One that names every place close by stands alone.
    step.caution = Some(
        "Keep off varicose veins, a possible blood clot and the hollow behind the knee.".into(),
    );
    assert_eq!(step.cautions().len(), 1);
    // The glutes have no never-press place close by: a caution of its own
    // is enough there.
    let mut glute = user_step(StepKind::Hold, BodyArea::Glutes);
    glute.caution = Some("Gently.".into());
    assert_eq!(glute.cautions(), vec!["Gently."]);
    // A blank caution is none.
    glute.caution = Some("   ".into());
    assert_eq!(glute.cautions(), vec![GLUTES]);
}

#[test]
fn cautions_the_app_has_corrected_read_as_the_correction() {
    let mut neck = user_step(StepKind::Hold, BodyArea::Neck);
    neck.caution = Some(CORRECTED[0].0.into());
    assert_eq!(neck.cautions(), vec![NECK]);
    let mut heat = user_step(StepKind::Heat, BodyArea::Shoulders);
    heat.caution = Some(
        "Medium setting, with a cloth between the heat and your skin. Not on a numb area, and do not fall asleep with it on."
            .into(),
    );
    assert_eq!(heat.cautions(), vec![HEAT]);
    for (old, now) in CORRECTED {
        assert_ne!(Some(old), now);
        // The presets say it the new way.
        for r in presets::all() {
            for s in &r.steps {
                assert_ne!(s.caution.as_deref(), Some(old), "{}", r.id);
            }
        }
    }
}

#[test]
fn every_caution_fits_the_limit_a_step_caution_has() {
    let all = [
        SPREAD_OR_NERVE,
        HEAT,
        HEAT_PREGNANT,
        NERVE,
        NECK,
        JAW,
        SHOULDERS,
        CHEST,
        UPPER_BACK,
        LOWER_BACK,
        ARMS,
        FOREARMS,
        HIPS,
        GLUTES,
        QUADS,
        HAMSTRINGS,
        CALVES,
        FEET,
    ];
    for text in all {
        assert!(text.chars().count() <= CAUTION_MAX_CHARS, "{text}");
        assert!(text.ends_with('.'), "{text}");
    }
}

#[test]
fn the_spread_text_tells_an_ache_from_a_nerve() {
    let text = SPREAD_OR_NERVE.to_lowercase();
    for words in [
        "dull ache",
        "spreads",
        "expected",
        "tingling",
        "numbness",
        "burning",
        "electric",
        "nerve",
        "move off the spot at once",
    ] {
        assert!(text.contains(words), "{words}");
    }
}

#[test]
fn a_routines_cautions_are_each_steps_once_in_step_order() {
    for r in presets::all() {
        let list = r.cautions();
        for (i, c) in list.iter().enumerate() {
            assert!(!list[i + 1..].contains(c), "{}: {c} twice", r.id);
        }
        for s in &r.steps {
            for c in s.cautions() {
                assert!(list.contains(&c), "{}: {c} missing", r.id);
            }
        }
        // In the order the steps first say them.
        let first: Vec<usize> = list
            .iter()
            .map(|c| {
                r.steps
                    .iter()
                    .position(|s| s.cautions().contains(c))
                    .unwrap()
            })
            .collect();
        assert!(first.windows(2).all(|w| w[0] <= w[1]), "{}", r.id);
        let heat = r.steps.iter().any(|s| s.kind == StepKind::Heat);
        assert_eq!(list.contains(&HEAT), heat, "{}", r.id);
        let presses = r
            .steps
            .iter()
            .any(|s| matches!(s.kind, StepKind::Hold | StepKind::Roll));
        // Every routine that presses or warms has something to take care of.
        if presses || heat {
            assert!(!list.is_empty(), "{}", r.id);
        }
    }
    // Two steps with the same caution list it once.
    let neck = presets::by_id("neck-headache").unwrap();
    assert_eq!(neck.cautions().iter().filter(|c| **c == NECK).count(), 1);
    assert_eq!(
        neck.steps
            .iter()
            .filter(|s| s.caution.as_deref() == Some(NECK))
            .count(),
        2
    );
    // The heat routine for the lower back lists the pregnancy note and the
    // heat cautions.
    let heat = presets::by_id("heat-lower-back").unwrap();
    assert_eq!(heat.cautions(), vec![HEAT_PREGNANT, HEAT]);
}

#[test]
fn a_routine_of_the_users_own_lists_its_heat_and_pressure_cautions() {
    let mut heat = user_step(StepKind::Heat, BodyArea::Calves);
    heat.tool = Tool::HeatSource;
    let mut hold = user_step(StepKind::Hold, BodyArea::Calves);
    hold.sides = Sides::Both;
    let again = heat.clone();
    let r = Routine::new(
        "u-1".into(),
        "Mine".into(),
        String::new(),
        vec![heat, hold, again],
    );
    assert_eq!(r.cautions(), vec![HEAT, CALVES]);
}
