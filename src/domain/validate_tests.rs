//! Tests of `validate`: examples and invariants, run natively.
use super::*;
use crate::routine::{BodyArea, Side, Tool};

fn step(kind: StepKind, secs: u64) -> Step {
    Step::new(
        kind,
        "Calf",
        "Ball under the calf, lean in slowly.",
        secs,
        BodyArea::Calves,
        Tool::Ball,
    )
}

fn routine(steps: Vec<Step>) -> Routine {
    Routine {
        id: "calf-test".into(),
        name: "Calf test".into(),
        description: "A test.".into(),
        steps,
        also_works: Vec::new(),
    }
}

fn problems(r: &Routine, policy: Policy) -> Vec<(String, Severity)> {
    validate(r, policy)
        .into_iter()
        .map(|p| (p.path, p.severity))
        .collect()
}

fn only(r: &Routine, policy: Policy, path: &str, severity: Severity) -> Problem {
    let found = validate(r, policy);
    assert_eq!(found.len(), 1, "expected one problem, got {found:?}");
    assert_eq!(found[0].path, path);
    assert_eq!(found[0].severity, severity);
    found[0].clone()
}

#[test]
fn a_good_routine_has_no_problems_under_either_policy() {
    let r = routine(vec![
        step(StepKind::Heat, 300),
        step(StepKind::Hold, 30).both_sides().sets(3, 15),
        step(StepKind::Rest, 10),
        step(StepKind::Stretch, 30).both_sides(),
    ]);
    assert!(validate(&r, Policy::Preset).is_empty());
    assert!(validate(&r, Policy::User).is_empty());
}

#[test]
fn holds_are_10_to_60_seconds_for_presets_and_users_alike() {
    for policy in [Policy::Preset, Policy::User] {
        for ok in [10, 30, 60] {
            assert!(validate(&routine(vec![step(StepKind::Hold, ok)]), policy).is_empty());
        }
        for bad in [0, 9, 61, 90, 120, 200] {
            let p = only(
                &routine(vec![step(StepKind::Hold, bad)]),
                policy,
                "steps[0].duration_ms",
                Severity::Error,
            );
            assert_eq!(p.message, "Hold must be 0:10 to 1:00");
        }
    }
}

#[test]
fn rolls_are_15_seconds_to_2_minutes_a_pass() {
    for policy in [Policy::Preset, Policy::User] {
        for ok in [15, 60, 120] {
            assert!(validate(&routine(vec![step(StepKind::Roll, ok)]), policy).is_empty());
        }
        for bad in [10, 14, 121] {
            let p = only(
                &routine(vec![step(StepKind::Roll, bad)]),
                policy,
                "steps[0].duration_ms",
                Severity::Error,
            );
            assert_eq!(p.message, "Roll must be 0:15 to 2:00");
        }
    }
}

#[test]
fn every_kind_at_each_bound_passes_and_one_past_fails() {
    for kind in StepKind::ALL {
        let b = crate::limits::bounds(kind);
        for (ms, ok) in [
            (b.min, true),
            (b.max, true),
            (b.min - 1, false),
            (b.max + 1, false),
        ] {
            let mut s = step(kind, 0);
            s.duration_ms = ms;
            let found = validate(&routine(vec![s]), Policy::User);
            assert_eq!(found.is_empty(), ok, "{kind:?} {ms} ms: {found:?}");
        }
    }
}

#[test]
fn heat_goes_on_once() {
    let one = step(StepKind::Heat, 20 * 60);
    assert!(validate(&routine(vec![one.clone()]), Policy::User).is_empty());
    let p = only(
        &routine(vec![one.sets(2, 30)]),
        Policy::User,
        "steps[0].sets",
        Severity::Error,
    );
    assert_eq!(
        p.message,
        "Heat goes on once: choose 1 set (20 minutes is the most heat on one area)"
    );
}

#[test]
fn stretches_are_15_to_60_seconds() {
    for ok in [15, 60] {
        assert!(validate(&routine(vec![step(StepKind::Stretch, ok)]), Policy::User).is_empty());
    }
    for bad in [14, 61] {
        let p = only(
            &routine(vec![step(StepKind::Stretch, bad)]),
            Policy::User,
            "steps[0].duration_ms",
            Severity::Error,
        );
        assert_eq!(p.message, "Stretch must be 0:15 to 1:00");
    }
}

#[test]
fn heat_is_1_to_20_minutes_for_everyone() {
    for policy in [Policy::Preset, Policy::User] {
        assert!(validate(&routine(vec![step(StepKind::Heat, 20 * 60)]), policy).is_empty());
        for bad in [30, 20 * 60 + 1, 30 * 60] {
            let p = only(
                &routine(vec![step(StepKind::Heat, bad)]),
                policy,
                "steps[0].duration_ms",
                Severity::Error,
            );
            assert_eq!(p.message, "Heat must be 1:00 to 20:00");
        }
    }
}

#[test]
fn rests_are_5_to_60_seconds() {
    assert!(validate(&routine(vec![step(StepKind::Rest, 5)]), Policy::Preset).is_empty());
    for bad in [4, 61] {
        let p = only(
            &routine(vec![step(StepKind::Rest, bad)]),
            Policy::Preset,
            "steps[0].duration_ms",
            Severity::Error,
        );
        assert_eq!(p.message, "Rest must be 0:05 to 1:00");
    }
}

#[test]
fn rest_between_sets_is_5_to_60_seconds_when_set() {
    for bad in [2, 90] {
        let p = only(
            &routine(vec![step(StepKind::Hold, 30).sets(2, bad)]),
            Policy::User,
            "steps[0].rest_between_sets_ms",
            Severity::Error,
        );
        assert_eq!(p.message, "Rest between sets must be 5 s to 1 min");
    }
    let mut uses_setting = step(StepKind::Hold, 30);
    uses_setting.sets = 2;
    assert!(validate(&routine(vec![uses_setting]), Policy::User).is_empty());
}

#[test]
fn sets_are_1_to_5() {
    for bad in [0, 6] {
        let mut s = step(StepKind::Hold, 30);
        s.sets = bad;
        let p = only(
            &routine(vec![s]),
            Policy::User,
            "steps[0].sets",
            Severity::Error,
        );
        assert_eq!(p.message, "Sets must be 1 to 5");
    }
}

#[test]
fn name_is_1_to_60_characters() {
    let mut r = routine(vec![step(StepKind::Hold, 30)]);
    r.name = "   ".into();
    assert_eq!(
        only(&r, Policy::User, "name", Severity::Error).message,
        "Give the routine a name"
    );
    r.name = "é".repeat(60);
    assert!(
        validate(&r, Policy::User).is_empty(),
        "60 characters, not bytes"
    );
    r.name = "a".repeat(61);
    only(&r, Policy::User, "name", Severity::Error);
}

#[test]
fn description_has_a_maximum() {
    let mut r = routine(vec![step(StepKind::Hold, 30)]);
    r.description = "a".repeat(301);
    only(&r, Policy::User, "description", Severity::Error);
}

#[test]
fn step_titles_are_required_and_short() {
    let mut s = step(StepKind::Hold, 30);
    s.title = " ".into();
    only(
        &routine(vec![s.clone()]),
        Policy::User,
        "steps[0].title",
        Severity::Error,
    );
    s.title = "x".repeat(61);
    only(
        &routine(vec![s]),
        Policy::User,
        "steps[0].title",
        Severity::Error,
    );
}

#[test]
fn presets_need_instructions_and_user_routines_do_not() {
    let mut s = step(StepKind::Hold, 30);
    s.instruction = String::new();
    let r = routine(vec![step(StepKind::Rest, 10), s]);
    only(&r, Policy::Preset, "steps[1].instruction", Severity::Error);
    assert!(validate(&r, Policy::User).is_empty());
}

#[test]
fn instructions_and_cautions_have_a_maximum() {
    let mut s = step(StepKind::Hold, 30);
    s.instruction = "a".repeat(1_001);
    only(
        &routine(vec![s]),
        Policy::User,
        "steps[0].instruction",
        Severity::Error,
    );
    let blank = step(StepKind::Hold, 30).caution("  ");
    only(
        &routine(vec![blank]),
        Policy::User,
        "steps[0].caution",
        Severity::Error,
    );
}

#[test]
fn a_routine_has_1_to_50_steps() {
    let p = only(&routine(vec![]), Policy::User, "steps", Severity::Error);
    assert_eq!(p.message, "Add at least one step");
    assert!(validate(&routine(vec![step(StepKind::Rest, 10); 50]), Policy::User).is_empty());
    only(
        &routine(vec![step(StepKind::Rest, 10); 51]),
        Policy::User,
        "steps",
        Severity::Error,
    );
}

#[test]
fn both_sides_only_on_a_paired_area() {
    let mut s = step(StepKind::Roll, 45).both_sides();
    s.area = BodyArea::UpperBack;
    let p = only(
        &routine(vec![s.clone()]),
        Policy::User,
        "steps[0].sides",
        Severity::Error,
    );
    assert!(p.message.starts_with("Upper back"), "{}", p.message);
    s.sides = Sides::Center;
    assert!(validate(&routine(vec![s.clone()]), Policy::User).is_empty());
    s.sides = Sides::Only(Side::Left);
    assert!(validate(&routine(vec![s]), Policy::User).is_empty());
}

#[test]
fn preset_ids_are_slugs() {
    let mut r = routine(vec![step(StepKind::Hold, 30)]);
    for bad in ["", "Calf", "calf test", "-calf", "calf-"] {
        r.id = bad.into();
        only(&r, Policy::Preset, "id", Severity::Error);
        assert!(
            validate(&r, Policy::User).is_empty(),
            "user ids are generated"
        );
    }
}

#[test]
fn paths_point_at_the_right_step_and_every_problem_is_reported() {
    let mut second = step(StepKind::Stretch, 5);
    second.title = String::new();
    let r = routine(vec![
        step(StepKind::Hold, 30),
        second,
        step(StepKind::Heat, 30 * 60),
    ]);
    assert_eq!(
        problems(&r, Policy::Preset),
        vec![
            ("steps[1].title".to_string(), Severity::Error),
            ("steps[1].duration_ms".to_string(), Severity::Error),
            ("steps[2].duration_ms".to_string(), Severity::Error),
        ]
    );
    assert!(has_errors(&validate(&r, Policy::Preset)));
}

#[test]
fn an_extra_area_is_listed_once() {
    let mut r = routine(vec![step(StepKind::Hold, 30)]);
    r.also_works = vec![BodyArea::Neck, BodyArea::Calves];
    assert!(
        validate(&r, Policy::Preset).is_empty(),
        "a step's area may be listed too"
    );
    r.also_works.push(BodyArea::Neck);
    let p = only(&r, Policy::User, "also_works[2]", Severity::Error);
    assert_eq!(p.message, "Neck is already in the list");
}

#[test]
fn a_name_or_title_with_nothing_to_see_is_an_error() {
    let mut r = routine(vec![step(StepKind::Hold, 30)]);
    r.name = "\u{200B}\u{FEFF}\u{3164}".into();
    let p = only(&r, Policy::User, "name", Severity::Error);
    assert_eq!(p.message, "Give the routine a name you can see");
    r.name = "Calves".into();
    r.steps[0].title = "\u{2800}".into();
    let p = only(&r, Policy::User, "steps[0].title", Severity::Error);
    assert_eq!(p.message, "Give the step a title you can see");
}

#[test]
fn timing_checks_leave_the_texts_alone() {
    let mut bad_text = step(StepKind::Hold, 30);
    bad_text.title = String::new();
    bad_text.area = BodyArea::Head;
    bad_text.sides = Sides::Both;
    let mut r = routine(vec![bad_text, step(StepKind::Heat, 36_000)]);
    r.name = String::new();
    assert!(validate(&r, Policy::User).len() > 1);
    let timing: Vec<_> = validate_timing(&r, Policy::User)
        .into_iter()
        .map(|p| (p.path, p.message))
        .collect();
    assert_eq!(
        timing,
        vec![(
            "steps[1].duration_ms".to_string(),
            "Heat must be 1:00 to 20:00".to_string()
        )]
    );
    let mut sets = step(StepKind::Hold, 30).sets(9, 1);
    sets.title = String::new();
    let paths: Vec<_> = validate_timing(&routine(vec![sets]), Policy::User)
        .into_iter()
        .map(|p| p.path)
        .collect();
    assert_eq!(paths, ["steps[0].sets", "steps[0].rest_between_sets_ms"]);
    assert_eq!(
        validate_timing(&routine(vec![]), Policy::User)[0].path,
        "steps"
    );
}
