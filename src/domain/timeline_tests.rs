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
