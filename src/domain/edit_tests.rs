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
        let copy = customized_copy(&p, "u-1".into());
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
        customized_copy(&long, "u-2".into()).name.chars().count(),
        60
    );
}

#[test]
fn a_blank_routine_asks_for_names_only() {
    let problems = validate(&blank_routine("u-1".into()), Policy::User);
    let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["name", "steps[0].title"]);
}
