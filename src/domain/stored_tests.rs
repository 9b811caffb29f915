//! Tests of `stored`: examples and invariants, run natively.
use super::*;
use crate::presets;
use proptest::prelude::*;

#[test]
fn migration_settings_v1_to_v2_keeps_every_setting() {
    // Version 1: the bare settings object, as the first releases stored it.
    let v1 = r#"{"sound":false,"voice":true,"voice_rate_percent":120,"vibration":false,
        "wake_lock":true,"get_ready_ms":0,"switch_pause_ms":3000,"set_rest_ms":20000}"#;
    let loaded = settings_from_json(v1);
    assert_eq!(loaded.damage, None);
    assert!(loaded.migrated);
    let s = loaded.value;
    assert!(!s.sound && !s.vibration);
    assert_eq!(s.voice_rate_percent, 120);
    assert_eq!(
        (s.get_ready_ms, s.switch_pause_ms, s.set_rest_ms),
        (0, 3000, 20000)
    );
    // A partial version 1 object (older fields only) takes defaults for the rest.
    let partial = settings_from_json(r#"{"voice":false}"#);
    assert!(!partial.value.voice && partial.value.sound && partial.damage.is_none());
}

#[test]
fn settings_round_trip_in_the_current_version() {
    let s = Settings {
        sound: false,
        set_rest_ms: 30_000,
        ..Settings::default()
    };
    let text = settings_json(&s);
    assert!(text.starts_with(r#"{"version":2,"settings":{"#), "{text}");
    let loaded = settings_from_json(&text);
    assert_eq!(
        loaded,
        Loaded {
            value: s,
            damage: None,
            migrated: false,
            repaired: false,
        }
    );
}

#[test]
fn damaged_settings_keep_what_can_be_read() {
    let bad = settings_from_json(r#"{"version":2,"settings":{"sound":false,"voice":7}}"#);
    assert!(!bad.value.sound);
    assert!(bad.value.voice);
    assert_eq!(
        bad.damage.as_deref(),
        Some("settings.voice: must be true or false")
    );
    for broken in [
        "{",
        "",
        "[]",
        "null",
        r#"{"version":"x"}"#,
        r#"{"version":2}"#,
    ] {
        let l = settings_from_json(broken);
        assert_eq!(l.value, Settings::default(), "{broken}");
        assert!(l.damage.is_some(), "{broken}");
    }
}

#[test]
fn settings_from_a_newer_version_are_read_but_flagged() {
    let l = settings_from_json(r#"{"version":9,"settings":{"sound":false}}"#);
    assert!(!l.value.sound);
    assert!(l.damage.unwrap().contains("newer version"));
}

#[test]
fn book_round_trips_in_the_current_version() {
    let mut routines: Vec<_> = presets::all().into_iter().take(3).collect();
    routines[1].also_works = vec![crate::routine::BodyArea::Arms];
    let book = RoutineBook::new(routines);
    let loaded = book_from_json(&book_json(&book));
    assert_eq!(
        loaded,
        Loaded {
            value: book,
            damage: None,
            migrated: false,
            repaired: false,
        }
    );
}

#[test]
fn book_version_1_is_current_and_has_no_migration() {
    // The first stored form already carried `version: 1`; the migration
    // list must grow with every new version.
    assert_eq!(BOOK_VERSION as usize, BOOK_MIGRATIONS.len() + 1);
    assert_eq!(SETTINGS_VERSION as usize, SETTINGS_MIGRATIONS.len() + 1);
    let l = book_from_json(r#"{"version":1,"routines":[]}"#);
    assert_eq!(l.value, RoutineBook::default());
    assert!(!l.migrated && l.damage.is_none());
}

#[test]
fn a_damaged_book_keeps_the_routines_it_can_read() {
    let good = serde_json::to_value(presets::all().remove(0)).unwrap();
    let raw = serde_json::json!({"version":1,"routines":[good, {"id":"x"}, good]}).to_string();
    let l = book_from_json(&raw);
    assert_eq!(l.value.routines.len(), 2);
    let damage = l.damage.unwrap();
    assert!(
        damage.starts_with("routines[1].name: is missing"),
        "{damage}"
    );
    for broken in ["{\"version\":1,\"routines\":[", "42", r#"{"routines":{}}"#] {
        let l = book_from_json(broken);
        assert!(l.value.routines.is_empty());
        assert!(l.damage.is_some(), "{broken}");
    }
}

/// A stored book whose one routine has a hold of `secs`, as an older
/// version (which allowed holds up to two minutes) may have saved it.
fn book_with_hold(secs: u64) -> String {
    let mut r = presets::by_id("calves-heel").unwrap();
    r.id = "u-1".into();
    r.name = "Calves (mine)".into();
    let i = r
        .steps
        .iter()
        .position(|s| s.kind == crate::routine::StepKind::Hold)
        .unwrap();
    r.steps[i].duration_ms = secs * 1_000;
    book_json(&RoutineBook::new(vec![r]))
}

#[test]
fn a_stored_hold_at_the_limit_is_read_as_it_is() {
    let l = book_from_json(&book_with_hold(60));
    assert!(!l.repaired);
    assert!(l.value.notices.is_empty());
}

#[test]
fn a_stored_hold_past_the_limit_is_brought_to_it_with_a_notice() {
    let l = book_from_json(&book_with_hold(90));
    assert!(l.repaired, "the caller writes the repair back");
    assert!(l.damage.is_none());
    let r = &l.value.routines[0];
    assert!(r.steps.iter().all(|s| s.duration_ms <= 60_000));
    assert_eq!(l.value.notices.len(), 1);
    let notice = &l.value.notices[0];
    assert!(
        notice.starts_with("\u{201c}Calves (mine)\u{201d}, step "),
        "{notice}"
    );
    assert!(
        notice.ends_with("hold shortened from 1:30 to 1:00 (60 s is the most for one hold)."),
        "{notice}"
    );
    // Written back, it reads the same, notice and all, with nothing more
    // to repair.
    let again = book_from_json(&book_json(&l.value));
    assert_eq!((&again.value, again.repaired), (&l.value, false));
    // Read again while the repair could not be written back: the notice
    // is found again, and not doubled.
    let mut unsaved: serde_json::Value = serde_json::from_str(&book_with_hold(90)).unwrap();
    unsaved["notices"] = serde_json::json!(l.value.notices);
    assert_eq!(
        book_from_json(&unsaved.to_string()).value.notices,
        l.value.notices
    );
}

#[test]
fn a_stored_routine_no_editor_could_make_never_reaches_the_player() {
    use crate::validate::{has_errors, validate, Policy};
    // 100 steps, and a step of 10^15 ms: what a hand edit or a bug could store.
    let mut many = presets::by_id("calves-heel").unwrap();
    many.id = "u-many".into();
    many.steps = many.steps.iter().cycle().take(100).cloned().collect();
    let mut endless = presets::by_id("calves-heel").unwrap();
    endless.id = "u-endless".into();
    endless.steps[0].duration_ms = 1_000_000_000_000_000;
    let l = book_from_json(&book_json(&RoutineBook::new(vec![many, endless])));
    // The step past its kind's limit is brought to it (with a notice); the
    // routine past the step count is left out and said to be (the damaged
    // text is kept by the caller). What is read back is a routine the
    // player may start.
    assert!(l.value.routines.iter().any(|r| r.id == "u-endless"));
    assert!(l.repaired, "the fitted step is written back");
    for r in &l.value.routines {
        assert!(!has_errors(&validate(r, Policy::User)), "{}", r.id);
        assert!(r.steps.len() <= crate::validate::MAX_STEPS);
        assert!(
            r.steps.iter().all(|s| s.duration_ms <= 20 * 60 * 1_000),
            "{}",
            r.id
        );
    }
    assert!(l.value.routines.iter().all(|r| r.id != "u-many"));
    assert!(l.damage.is_some(), "the 100-step routine is reported");
}

#[test]
fn stored_notices_are_cleaned_and_bounded() {
    let raw = serde_json::json!({
        "version": 1,
        "routines": [],
        "notices": ["  one\u{202e} ", 7, "", "one", "x".repeat(10_000)],
    })
    .to_string();
    let l = book_from_json(&raw);
    assert_eq!(l.value.notices.len(), 2);
    assert_eq!(l.value.notices[0], "one");
    assert_eq!(l.value.notices[1].chars().count(), 4_000);
    let many: Vec<String> = (0..200).map(|i| format!("n{i}")).collect();
    let raw = serde_json::json!({"version": 1, "routines": [], "notices": many}).to_string();
    assert_eq!(
        book_from_json(&raw).value.notices.len(),
        crate::routine_book::MAX_NOTICES
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn reading_stored_text_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = settings_from_json(&text);
        let _ = book_from_json(&text);
    }
}

#[test]
fn stored_settings_without_the_eyes_free_options_load_with_them_off() {
    let loaded = settings_from_json(r#"{"version":2,"settings":{"sound":false,"voice":true}}"#);
    assert_eq!(loaded.damage, None);
    let s = loaded.value;
    assert!(!s.halfway_cue && !s.read_instructions && !s.flash && !s.sound_through_silent);
    let on = Settings {
        halfway_cue: true,
        read_instructions: true,
        flash: true,
        sound_through_silent: true,
        ..Settings::default()
    };
    let loaded = settings_from_json(&settings_json(&on));
    assert_eq!((loaded.value, loaded.damage), (on, None));
}
