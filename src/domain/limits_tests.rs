//! Tests of `limits`: the table against the facts, the words, fitting.
use super::*;
use crate::routine::{BodyArea, Step, Tool};

#[test]
fn the_table_holds_the_limits_of_the_domain_notes() {
    let s = SECOND;
    let table: Vec<_> = StepKind::ALL
        .iter()
        .map(|&k| (k, bounds(k).min, bounds(k).max))
        .collect();
    assert_eq!(
        table,
        [
            // One hold on one spot: 10 to 60 seconds.
            (StepKind::Hold, 10 * s, 60 * s),
            // Beginners roll 15-20 s; 120 s at most per pass.
            (StepKind::Roll, 15 * s, 120 * s),
            // A stretch: 60 s at most.
            (StepKind::Stretch, 15 * s, 60 * s),
            // Heat: at most 20 minutes on one area.
            (StepKind::Heat, 60 * s, 20 * 60 * s),
            (StepKind::Rest, 5 * s, 60 * s),
        ]
    );
    assert_eq!(PAUSE_MAX, 60 * s);
    assert_eq!(HEAT_SETS_MAX, 1);
}

#[test]
fn each_limit_says_why_in_plain_words() {
    let reasons: Vec<_> = StepKind::ALL.iter().map(|&k| limit_reason(k)).collect();
    assert_eq!(
        reasons,
        [
            "60 s is the most for one hold: move to the next spot",
            "2 minutes is the most for one pass: move on to the next area",
            "60 s is the most for one stretch: ease out of it slowly",
            "20 minutes is the most heat on one area: remove the heat",
            "60 s is the most for a rest: tap Pause if you need longer",
        ]
    );
    assert_eq!(
        pause_reason(true),
        "60 s is the most to get ready: tap Pause if you need longer"
    );
    assert_eq!(
        pause_reason(false),
        "60 s is the most for a pause between steps: tap Pause if you need longer"
    );
}

#[test]
fn lengths_read_as_seconds_below_two_minutes_then_minutes() {
    let words: Vec<_> = [45, 60, 90, 119, 120, 150, 1200]
        .iter()
        .map(|&s| length_words(s * SECOND))
        .collect();
    assert_eq!(
        words,
        [
            "45 s",
            "60 s",
            "90 s",
            "119 s",
            "2 minutes",
            "150 s",
            "20 minutes"
        ]
    );
}

#[test]
fn bounds_contain_both_ends_and_clamp_into_them() {
    assert!(HOLD.contains(HOLD.min) && HOLD.contains(HOLD.max));
    assert!(!HOLD.contains(HOLD.min - 1) && !HOLD.contains(HOLD.max + 1));
    assert_eq!(HOLD.clamp(0), HOLD.min);
    assert_eq!(HOLD.clamp(HOLD.max + 1), HOLD.max);
    assert_eq!(HOLD.clamp(30 * SECOND), 30 * SECOND);
}

fn step(kind: StepKind, title: &str, ms: Millis) -> Step {
    let mut s = Step::new(kind, title, "Do it.", 0, BodyArea::Neck, Tool::Ball);
    s.duration_ms = ms;
    s
}

fn routine(steps: Vec<Step>) -> Routine {
    Routine::new("u-1".into(), " Neck (mine) ".into(), String::new(), steps)
}

#[test]
fn every_kind_at_its_maximum_is_left_alone_and_one_past_is_brought_to_it() {
    for kind in StepKind::ALL {
        let max = bounds(kind).max;
        let (fitted, fits) = fit_routine(&routine(vec![step(kind, "A", max)]));
        assert_eq!(
            (fitted.steps[0].duration_ms, fits.len()),
            (max, 0),
            "{kind:?}"
        );
        let (fitted, fits) = fit_routine(&routine(vec![step(kind, "A", max + 1)]));
        assert_eq!(fitted.steps[0].duration_ms, max, "{kind:?}");
        assert_eq!(
            fits,
            [Fit {
                step: 0,
                title: "A".into(),
                kind,
                shortened: Some((max + 1, max)),
                sets_from: None,
            }]
        );
    }
}

#[test]
fn a_step_too_short_is_not_lengthened() {
    let (fitted, fits) = fit_routine(&routine(vec![step(StepKind::Hold, "A", 5 * SECOND)]));
    assert_eq!(fitted.steps[0].duration_ms, 5 * SECOND);
    assert!(fits.is_empty());
}

#[test]
fn heat_in_sets_becomes_one_application() {
    let heat = step(StepKind::Heat, "Warm", 10 * 60 * SECOND).sets(2, 30);
    let (fitted, fits) = fit_routine(&routine(vec![heat]));
    assert_eq!(
        (fitted.steps[0].sets, fitted.steps[0].rest_between_sets_ms),
        (1, None)
    );
    assert_eq!(fits[0].sets_from, Some(2));
    assert_eq!(
        fits[0].describe(),
        "step 1 \u{201c}Warm\u{201d}: 2 sets of heat made one (20 minutes is the most heat on one area)"
    );
    // Other kinds keep their sets.
    let hold = step(StepKind::Hold, "Calf", 30 * SECOND).sets(3, 10);
    assert!(fit_routine(&routine(vec![hold])).1.is_empty());
}

#[test]
fn the_note_names_the_routine_and_each_step_changed() {
    let r = routine(vec![
        step(StepKind::Hold, "Top of the shoulder", 90 * SECOND),
        step(StepKind::Stretch, "Side bend", 30 * SECOND),
        step(StepKind::Heat, "  ", 30 * 60 * SECOND),
    ]);
    let (fitted, fits) = fit_routine(&r);
    assert_eq!(fits.iter().map(|f| f.step).collect::<Vec<_>>(), [0, 2]);
    assert_eq!(fitted.steps[1], r.steps[1]);
    assert_eq!(
        fit_note(&fitted.name, &fits),
        "\u{201c}Neck (mine)\u{201d}, \
         step 1 \u{201c}Top of the shoulder\u{201d}: hold shortened from 1:30 to 1:00 \
         (60 s is the most for one hold); \
         step 3: heat shortened from 30:00 to 20:00 (20 minutes is the most heat on one area)."
    );
}

#[test]
fn every_preset_step_lies_within_its_kinds_limits() {
    for r in crate::presets::all() {
        for (i, s) in r.steps.iter().enumerate() {
            let b = bounds(s.kind);
            assert!(
                b.contains(s.duration_ms),
                "{} step {i}: {:?} of {} ms",
                r.id,
                s.kind,
                s.duration_ms
            );
            if s.kind == StepKind::Heat {
                assert!(s.sets <= HEAT_SETS_MAX, "{} step {i}", r.id);
            }
        }
        // Nothing a preset holds needs fitting.
        assert!(fit_routine(&r).1.is_empty(), "{}", r.id);
    }
}
