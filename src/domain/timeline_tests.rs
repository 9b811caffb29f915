//! Tests of `timeline`: examples and invariants, run natively.
use super::*;
use crate::routine::{BodyArea, Step, Tool};

fn routine(steps: Vec<Step>) -> Routine {
    Routine {
        id: "t".into(),
        name: "Test".into(),
        description: String::new(),
        steps,
        also_works: Vec::new(),
    }
}

fn hold(secs: u64) -> Step {
    Step::new(
        StepKind::Hold,
        "Calf",
        "Ball under the calf.",
        secs,
        BodyArea::Calves,
        Tool::Ball,
    )
}

#[test]
fn both_sides_in_sets_with_switches_and_rests() {
    let r = routine(vec![hold(30).both_sides().sets(2, 10)]);
    let kinds: Vec<_> = expand(&r, &Settings::default())
        .iter()
        .map(|s| (s.kind, s.side, s.set, s.duration_ms))
        .collect();
    use SegmentKind::*;
    let (l, r_) = (Some(Side::Left), Some(Side::Right));
    assert_eq!(
        kinds,
        vec![
            (GetReady, l, 1, 5_000),
            (Work, l, 1, 30_000),
            (SwitchSides, r_, 1, 5_000),
            (Work, r_, 1, 30_000),
            (SetRest, l, 2, 10_000),
            (Work, l, 2, 30_000),
            (SwitchSides, r_, 2, 5_000),
            (Work, r_, 2, 30_000),
        ]
    );
}

#[test]
fn zero_get_ready_is_left_out_and_total_adds_up() {
    let settings = Settings {
        get_ready_ms: 0,
        ..Settings::default()
    };
    let r = routine(vec![hold(20), hold(40).sets(3, 15)]);
    let t = expand(&r, &settings);
    assert_eq!(t[0].kind, SegmentKind::Work);
    assert_eq!(total(&t), 20_000 + 3 * 40_000 + 2 * 15_000);
}

#[test]
fn a_step_without_its_own_rest_uses_the_setting() {
    let mut step = hold(20);
    step.sets = 2;
    let t = expand(
        &routine(vec![step]),
        &Settings {
            get_ready_ms: 0,
            ..Settings::default()
        },
    );
    assert_eq!(t[1].kind, SegmentKind::SetRest);
    assert_eq!(t[1].duration_ms, 15_000);
}

#[test]
fn an_empty_routine_has_an_empty_timeline() {
    assert!(expand(&routine(vec![]), &Settings::default()).is_empty());
}

#[test]
fn only_work_segments_are_steps() {
    let r = routine(vec![hold(30).both_sides().sets(2, 10)]);
    let connectors: Vec<_> = expand(&r, &Settings::default())
        .iter()
        .map(|s| (s.kind, s.is_connector()))
        .collect();
    use SegmentKind::*;
    assert_eq!(
        connectors,
        vec![
            (GetReady, true),
            (Work, false),
            (SwitchSides, true),
            (Work, false),
            (SetRest, true),
            (Work, false),
            (SwitchSides, true),
            (Work, false),
        ]
    );
}

#[test]
fn every_segment_names_its_step_set_and_side() {
    let mut only_right = hold(20).sets(3, 5);
    only_right.sides = crate::routine::Sides::Only(Side::Right);
    let settings = Settings {
        get_ready_ms: 3_000,
        ..Settings::default()
    };
    let t: Vec<_> = expand(&routine(vec![only_right, hold(10)]), &settings)
        .iter()
        .map(|s| (s.kind, s.step, s.side, s.set, s.sets, s.duration_ms))
        .collect();
    use SegmentKind::*;
    let r = Some(Side::Right);
    assert_eq!(
        t,
        vec![
            (GetReady, 0, r, 1, 3, 3_000),
            (Work, 0, r, 1, 3, 20_000),
            (SetRest, 0, r, 2, 3, 5_000),
            (Work, 0, r, 2, 3, 20_000),
            (SetRest, 0, r, 3, 3, 5_000),
            (Work, 0, r, 3, 3, 20_000),
            (Work, 1, None, 1, 1, 10_000),
        ]
    );
    assert_eq!(total(&expand(&routine(vec![hold(10)]), &settings)), 13_000);
}

#[test]
fn a_rest_step_in_sets_has_no_rest_between_them() {
    let mut rest = hold(10).sets(3, 20);
    rest.kind = StepKind::Rest;
    let settings = Settings {
        get_ready_ms: 0,
        ..Settings::default()
    };
    let kinds: Vec<_> = expand(&routine(vec![rest]), &settings)
        .iter()
        .map(|s| (s.kind, s.set))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (SegmentKind::Work, 1),
            (SegmentKind::Work, 2),
            (SegmentKind::Work, 3)
        ]
    );
}

#[test]
fn zero_length_connectors_are_left_out_but_zero_sets_count_as_one() {
    let mut step = hold(10).both_sides().sets(0, 0);
    step.rest_between_sets_ms = Some(0);
    let settings = Settings {
        get_ready_ms: 0,
        switch_pause_ms: 0,
        ..Settings::default()
    };
    let t = expand(&routine(vec![step]), &settings);
    assert_eq!(t.len(), 2);
    assert!(t.iter().all(|s| s.kind == SegmentKind::Work && s.sets == 1));
    assert_eq!(total(&[]), 0);
    let huge = [Segment {
        duration_ms: u64::MAX,
        ..t[0]
    }; 2];
    assert_eq!(total(&huge), u64::MAX);
}
