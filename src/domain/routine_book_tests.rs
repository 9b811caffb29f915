//! Tests of `routine_book`: examples and invariants, run natively.
use super::*;
use crate::routine::{BodyArea, Step, StepKind, Tool};

fn routine(id: &str) -> Routine {
    Routine {
        id: id.into(),
        name: id.into(),
        description: String::new(),
        steps: vec![Step::new(
            StepKind::Hold,
            "Calf",
            "",
            30,
            BodyArea::Calves,
            Tool::Ball,
        )],
        also_works: Vec::new(),
    }
}

#[test]
fn fresh_ids_are_unique_and_never_a_preset_id() {
    let mut book = RoutineBook::default();
    let a = book.fresh_id(1_700_000_000_000);
    assert!(a.starts_with("u-") && is_user_id(&a), "{a}");
    book.upsert(routine(&a));
    let b = book.fresh_id(1_700_000_000_000);
    assert_eq!(b, format!("{a}-2"));
    book.upsert(routine(&b));
    assert_eq!(book.fresh_id(1_700_000_000_000), format!("{a}-3"));
    for p in presets::all() {
        assert!(!p.id.starts_with(USER_ID_PREFIX), "{}", p.id);
    }
}

#[test]
fn base36_is_plain() {
    assert_eq!(base36(0), "0");
    assert_eq!(base36(35), "z");
    assert_eq!(base36(36), "10");
}

#[test]
fn upsert_replaces_in_place_and_remove_restore_round_trips() {
    let mut book = RoutineBook::new(vec![routine("u-a"), routine("u-b"), routine("u-c")]);
    let mut changed = routine("u-b");
    changed.name = "Changed".into();
    book.upsert(changed.clone());
    assert_eq!(book.routines[1], changed);
    let before = book.clone();
    let (at, r) = book.remove("u-b").unwrap();
    assert_eq!(book.routines.len(), 2);
    book.restore(at, r);
    assert_eq!(book, before);
    assert!(book.remove("nope").is_none());
}

#[test]
fn a_routine_added_once_is_found_again_by_everything_but_its_id() {
    let book = RoutineBook::new(vec![routine("u-a"), routine("u-b")]);
    let mut shared = routine("u-b");
    shared.id = "u-elsewhere".into();
    assert_eq!(book.same_as(&shared).map(|r| r.id.as_str()), Some("u-b"));
    // Any other difference makes it another routine.
    let mut longer = shared.clone();
    longer.steps[0].duration_ms += 5_000;
    assert!(book.same_as(&longer).is_none());
    let mut described = shared.clone();
    described.description = "Mine".into();
    assert!(book.same_as(&described).is_none());
    let mut also = shared;
    also.also_works.push(BodyArea::Feet);
    assert!(book.same_as(&also).is_none());
    assert!(RoutineBook::default().same_as(&routine("u-a")).is_none());
}

#[test]
fn user_ids_are_link_safe() {
    assert!(is_user_id("u-lx2k9-2"));
    assert!(!is_user_id(""));
    assert!(!is_user_id("a/b"));
    assert!(!is_user_id("<img>"));
    assert!(!is_user_id(&"a".repeat(65)));
}

#[test]
fn a_notice_is_added_once_and_the_newest_are_kept() {
    let mut book = RoutineBook::default();
    book.add_notice("a".into());
    book.add_notice("a".into());
    assert_eq!(book.notices, ["a"]);
    for i in 0..crate::routine_book::MAX_NOTICES + 5 {
        book.add_notice(format!("n{i}"));
    }
    assert_eq!(book.notices.len(), MAX_NOTICES);
    assert_eq!(
        book.notices.last().unwrap(),
        &format!("n{}", MAX_NOTICES + 4)
    );
    // Left out of the stored JSON when there are none.
    let empty = serde_json::to_string(&RoutineBook::default()).unwrap();
    assert!(!empty.contains("notices"), "{empty}");
}
