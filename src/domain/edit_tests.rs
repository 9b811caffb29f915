//! Tests of `edit`: examples and invariants, run natively.
use super::*;
use crate::presets;
use crate::validate::{validate, Policy};

#[test]
fn moving_steps() {
    let mut v = vec![1, 2, 3];
    assert!(!move_up(&mut v, 0));
    assert!(move_up(&mut v, 2));
    assert_eq!(v, [1, 3, 2]);
    assert!(!move_down(&mut v, 2));
    assert!(move_down(&mut v, 0));
    assert_eq!(v, [3, 1, 2]);
    assert!(!move_down(&mut v, 9));
    assert!(!move_up(&mut v, 9));
}

#[test]
fn a_copy_of_any_preset_is_a_valid_user_routine_with_a_new_id() {
    for p in presets::all() {
        let copy = customized_copy(&p, "u-1".into(), &[]);
        assert_eq!(copy.id, "u-1");
        assert_eq!(copy.steps, p.steps);
        assert!(copy.name.ends_with(" (mine)"));
        let problems = validate(&copy, Policy::User);
        assert!(problems.is_empty(), "{}: {problems:?}", p.id);
    }
    let long = Routine {
        name: "x".repeat(60),
        ..presets::all()[0].clone()
    };
    assert_eq!(
        customized_copy(&long, "u-2".into(), &[])
            .name
            .chars()
            .count(),
        60
    );
}

#[test]
fn a_blank_routine_asks_for_names_only() {
    let problems = validate(&blank_routine("u-1".into()), Policy::User);
    let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["name", "steps[0].title"]);
}

fn hold(area: BodyArea, tool: Tool) -> Step {
    Step::new(StepKind::Hold, "Hold", "", 30, area, tool)
}

#[test]
fn a_new_step_follows_the_area_and_pressure_tool_before_it() {
    let first = new_step(&[]);
    assert_eq!(
        (first.kind, first.area, first.tool, first.duration_ms),
        (StepKind::Hold, FIRST_AREA, Tool::Ball, 30_000)
    );
    let neck_cane = hold(BodyArea::Neck, Tool::Cane);
    let next = new_step(std::slice::from_ref(&neck_cane));
    assert_eq!((next.area, next.tool), (BodyArea::Neck, Tool::Cane));
    // A stretch in between: its area, the cane from before it.
    let stretch = Step::new(StepKind::Stretch, "S", "", 30, BodyArea::Hips, Tool::None);
    let next = new_step(&[neck_cane, stretch]);
    assert_eq!((next.area, next.tool), (BodyArea::Hips, Tool::Cane));
    // Only heat before: the ball, never the heat source on a hold.
    let heat = Step::new(
        StepKind::Heat,
        "H",
        "",
        600,
        BodyArea::LowerBack,
        Tool::HeatSource,
    );
    let next = new_step(&[heat]);
    assert_eq!((next.area, next.tool), (BodyArea::LowerBack, Tool::Ball));
}

#[test]
fn changing_the_kind_sets_that_kinds_defaults() {
    let before = [hold(BodyArea::Glutes, Tool::Cane)];
    let mut s = hold(BodyArea::Neck, Tool::Hands).both_sides();

    change_kind(&mut s, StepKind::Heat, &before);
    assert_eq!(
        (s.kind, s.duration_ms, s.tool, s.area),
        (StepKind::Heat, 600_000, Tool::HeatSource, BodyArea::Neck)
    );

    change_kind(&mut s, StepKind::Stretch, &before);
    assert_eq!(
        (s.duration_ms, s.tool, s.area),
        (30_000, Tool::None, BodyArea::Neck)
    );

    // Back to a hold: no pressure tool on the step, so the one used before.
    change_kind(&mut s, StepKind::Hold, &before);
    assert_eq!((s.duration_ms, s.tool), (30_000, Tool::Cane));
    // A hold that becomes a roll keeps its own pressure tool.
    change_kind(&mut s, StepKind::Roll, &[]);
    assert_eq!(s.tool, Tool::Cane);
    // Nothing to go on: the ball for a hold, the roller for a roll.
    let mut s = Step::new(StepKind::Stretch, "S", "", 30, BodyArea::Calves, Tool::None);
    change_kind(&mut s, StepKind::Hold, &[]);
    assert_eq!(s.tool, Tool::Ball);
    let mut s = Step::new(StepKind::Stretch, "S", "", 30, BodyArea::Calves, Tool::None);
    change_kind(&mut s, StepKind::Roll, &[]);
    assert_eq!(s.tool, Tool::FoamRoller);

    let mut s = hold(BodyArea::Calves, Tool::Ball).both_sides();
    change_kind(&mut s, StepKind::Rest, &[]);
    assert_eq!(
        (s.duration_ms, s.tool, s.area, s.sides),
        (30_000, Tool::None, BodyArea::Calves, Sides::Center)
    );
}

#[test]
fn a_step_in_sets_made_heat_goes_on_once() {
    let mut s = hold(BodyArea::LowerBack, Tool::Ball).sets(3, 15);
    change_kind(&mut s, StepKind::Heat, &[]);
    assert_eq!((s.sets, s.rest_between_sets_ms), (1, None));
    // Other kinds keep the sets chosen.
    let mut s = hold(BodyArea::LowerBack, Tool::Ball).sets(3, 15);
    change_kind(&mut s, StepKind::Stretch, &[]);
    assert_eq!((s.sets, s.rest_between_sets_ms), (3, Some(15_000)));
}

#[test]
fn every_default_lies_within_its_kinds_limits() {
    for kind in StepKind::ALL {
        assert!(
            crate::limits::bounds(kind).contains(default_duration(kind)),
            "{kind:?}"
        );
    }
}

#[test]
fn every_kind_change_leaves_a_valid_step() {
    for from in StepKind::ALL {
        for to in StepKind::ALL {
            let mut r = blank_routine("u-1".into());
            r.name = "R".into();
            r.steps[0].title = "T".into();
            r.steps[0] = r.steps[0].clone().sets(3, 15);
            change_kind(&mut r.steps[0], from, &[]);
            change_kind(&mut r.steps[0], to, &[]);
            assert_eq!(validate(&r, Policy::User), [], "{from:?} -> {to:?}");
        }
    }
}

#[test]
fn a_heat_routine_needs_only_the_heat_source() {
    let mut r = blank_routine("u-1".into());
    change_kind(&mut r.steps[0], StepKind::Heat, &[]);
    let rest = {
        let mut s = new_step(&r.steps);
        change_kind(&mut s, StepKind::Rest, &r.steps);
        s
    };
    r.steps.push(rest);
    assert_eq!(r.tools(), [Tool::HeatSource]);
}

#[test]
fn customizing_twice_numbers_the_copies() {
    let preset = presets::by_id("calves-heel").unwrap();
    let first = customized_copy(&preset, "u-1".into(), &[]);
    assert_eq!(first.name, "Calves and heel (mine)");
    let taken = vec![first.name.clone()];
    let second = customized_copy(&preset, "u-2".into(), &taken);
    assert_eq!(second.name, "Calves and heel (mine 2)");
    let taken = vec![second.name.clone(), "calves and heel (MINE)".into()];
    assert_eq!(
        customized_copy(&preset, "u-3".into(), &taken).name,
        "Calves and heel (mine 3)"
    );
    // A copy of a copy is numbered from the plain name.
    assert_eq!(
        customized_copy(&first, "u-4".into(), std::slice::from_ref(&first.name)).name,
        "Calves and heel (mine 2)"
    );
    assert_eq!(
        customized_copy(&second, "u-5".into(), &[]).name,
        "Calves and heel (mine)"
    );
    // Numbered names stay within the limit.
    let long = Routine {
        name: "x".repeat(60),
        ..preset.clone()
    };
    let taken = vec![customized_copy(&long, "a".into(), &[]).name];
    let numbered = customized_copy(&long, "u-6".into(), &taken).name;
    assert!(numbered.ends_with(" (mine 2)"), "{numbered}");
    assert_eq!(numbered.chars().count(), 60);
    // A name that only looks like a copy is kept whole.
    let odd = Routine {
        name: "Calves (mine of gold)".into(),
        ..preset
    };
    assert_eq!(
        customized_copy(&odd, "u-7".into(), &[]).name,
        "Calves (mine of gold) (mine)"
    );
}
