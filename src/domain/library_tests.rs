//! Tests of `library`: examples and invariants, run natively.
use super::*;
use crate::routine::{Step, StepKind};

fn routine(steps: Vec<Step>) -> Routine {
    Routine {
        id: "r".into(),
        name: "R".into(),
        description: String::new(),
        steps,
        also_works: Vec::new(),
    }
}

fn calf_ball(secs: u64) -> Step {
    Step::new(
        StepKind::Hold,
        "Calf",
        "Ball.",
        secs,
        BodyArea::Calves,
        Tool::Ball,
    )
}

#[test]
fn minutes_round_to_the_nearest_and_never_show_zero() {
    let s = Settings::default();
    // 5 s get-ready + 60 s = 65 s: 1 min.
    assert_eq!(minutes(&routine(vec![calf_ball(60)]), &s), 1);
    // 5 + 24 = 29 s still shows 1 min.
    assert_eq!(minutes(&routine(vec![calf_ball(24)]), &s), 1);
    // 5 + 85 + 5 + 85 = 180 s: 3 min; 150 s rounds up to 3, 210 s to 4.
    assert_eq!(minutes(&routine(vec![calf_ball(85).both_sides()]), &s), 3);
    assert_eq!(minutes(&routine(vec![calf_ball(85), calf_ball(60)]), &s), 3);
    assert_eq!(
        minutes(
            &routine(vec![calf_ball(85), calf_ball(60), calf_ball(60)]),
            &s
        ),
        4
    );
    assert_eq!(minutes(&routine(vec![]), &s), 0);
}

#[test]
fn an_empty_filter_matches_everything() {
    assert!(Filter::default().is_any());
    assert!(Filter::default().matches(&routine(vec![calf_ball(30)]), 99));
}

#[test]
fn each_filter_narrows() {
    let r = routine(vec![
        calf_ball(30),
        Step::new(
            StepKind::Stretch,
            "S",
            "S.",
            30,
            BodyArea::Calves,
            Tool::None,
        ),
    ]);
    let area = |a| Filter {
        area: Some(a),
        ..Filter::default()
    };
    let tool = |t| Filter {
        tool: Some(t),
        ..Filter::default()
    };
    let max = |m| Filter {
        max_minutes: Some(m),
        ..Filter::default()
    };
    assert!(area(BodyArea::Calves).matches(&r, 5));
    assert!(!area(BodyArea::Neck).matches(&r, 5));
    assert!(tool(Tool::Ball).matches(&r, 5));
    assert!(!tool(Tool::FoamRoller).matches(&r, 5));
    assert!(
        !tool(Tool::None).matches(&r, 5),
        "needs a ball, so not equipment-free"
    );
    assert!(max(5).matches(&r, 5));
    assert!(!max(5).matches(&r, 6));
    let all = Filter {
        area: Some(BodyArea::Calves),
        tool: Some(Tool::Ball),
        max_minutes: Some(10),
    };
    assert!(all.matches(&r, 10));
    assert!(!all.matches(&r, 11));
}
