//! The storage layer in headless Chromium: damaged documents are kept and
//! the rest still loads, several writes are one change, and settings from
//! the first version are migrated.

mod support;

use unknot::domain::{routine_book::RoutineBook, settings::Settings};
use unknot::platform::storage::{self, StorageError};
use unknot::state::{backup::store_import, keys, routines, settings};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn keys_starting(prefix: &str) -> Vec<String> {
    let s = local();
    (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

fn clear(prefix: &str) {
    for k in keys_starting(prefix) {
        local().remove_item(&k).unwrap();
    }
}

#[wasm_bindgen_test]
fn a_stored_hold_past_the_limit_is_shortened_stored_so_and_noted() {
    clear("unknot.routines");
    let mut r = unknot::domain::presets::by_id("calves-heel").unwrap();
    r.id = "u-old".into();
    r.name = "Old calves".into();
    let at = r
        .steps
        .iter()
        .position(|s| s.kind == unknot::domain::routine::StepKind::Hold)
        .unwrap();
    r.steps[at].duration_ms = 90_000;
    let raw = serde_json::json!({"version": 1, "routines": [r]}).to_string();
    local().set_item(keys::ROUTINES, &raw).unwrap();

    let book = routines::read_stored();
    assert_eq!(book.routines[0].steps[at].duration_ms, 60_000);
    assert_eq!(book.notices.len(), 1);
    assert!(book.notices[0].starts_with("\u{201c}Old calves\u{201d}, step "));
    // Not damage: nothing is kept aside, and the repair is stored with its
    // notice, so the next start shows the same.
    assert!(storage::damaged().iter().all(|d| d.raw != raw));
    let stored = local().get_item(keys::ROUTINES).unwrap().unwrap();
    assert!(stored.contains("\"notices\""), "{stored}");
    assert_eq!(routines::read_stored(), book);
    clear("unknot.routines");
}

#[wasm_bindgen_test]
fn a_damaged_routine_book_is_kept_and_the_readable_routines_load() {
    clear("unknot.routines");
    let good = serde_json::to_value(unknot::domain::presets::all().remove(0)).unwrap();
    let raw = serde_json::json!({"version": 1, "routines": [good, {"id": 5}]}).to_string();
    local().set_item(keys::ROUTINES, &raw).unwrap();

    let book = routines::read_stored();
    assert_eq!(book.routines.len(), 1);
    let damaged = storage::damaged();
    let found = damaged.iter().find(|d| d.raw == raw).expect("reported");
    assert_eq!(found.what, "your routines");
    let backup = found.backup_key.clone().expect("a copy was stored");
    assert!(backup.starts_with("unknot.routines.corrupt-"));
    assert_eq!(local().get_item(&backup).unwrap(), Some(raw));
    // The original now holds what could be read, so the next start is clean.
    let again = routines::read_stored();
    assert_eq!(again, book);
    assert_eq!(storage::damaged().len(), damaged.len());
    clear("unknot.routines");
}

#[wasm_bindgen_test]
fn settings_of_the_first_version_load_and_are_saved_as_version_2() {
    local()
        .set_item(keys::SETTINGS, r#"{"sound":false,"set_rest_ms":30000}"#)
        .unwrap();
    let s = settings::read_stored();
    assert!(!s.sound);
    assert_eq!(s.set_rest_ms, 30_000);
    settings::write_stored(&s).unwrap();
    let text = local().get_item(keys::SETTINGS).unwrap().unwrap();
    assert!(text.starts_with(r#"{"version":2,"settings":"#), "{text}");
    assert_eq!(settings::read_stored(), s);
    local().remove_item(keys::SETTINGS).unwrap();
    assert_eq!(settings::read_stored(), Settings::default());
}

/// Fills the storage until only `room` bytes (about) are left.
fn fill_leaving(room: usize) {
    let big = "x".repeat(512 * 1024);
    let mut i = 0;
    while local().set_item(&format!("filler-{i}"), &big).is_ok() {
        i += 1;
    }
    let mut n = 256 * 1024;
    while n >= 64 {
        let _ = local().set_item(&format!("filler-s{n}"), &"x".repeat(n));
        n /= 2;
    }
    let _ = local().remove_item("filler-0");
    let _ = local().set_item("filler-0", &"x".repeat(512 * 1024 - room));
}

#[wasm_bindgen_test]
fn a_write_that_does_not_fit_changes_nothing() {
    let before = RoutineBook::new(unknot::domain::presets::all().into_iter().take(1).collect());
    routines::write_stored(&before).unwrap();
    local().set_item(keys::HISTORY, "[1]").unwrap();
    fill_leaving(8 * 1024);

    // One write alone: refused as "full", the old text stays.
    let huge = RoutineBook::new(
        unknot::domain::presets::all()
            .into_iter()
            .cycle()
            .take(200)
            .collect(),
    );
    assert_eq!(routines::write_stored(&huge), Err(StorageError::Full));
    assert_eq!(routines::read_stored(), before);
    assert!(StorageError::Full.to_string().contains("full"));

    // Several writes as one change: the first fits, the second does not,
    // so the first is undone.
    let history = serde_json::json!(["x".repeat(64 * 1024)]);
    let small = RoutineBook::default();
    assert_eq!(
        store_import(&small, None, Some(&history)),
        Err(StorageError::Full)
    );
    assert_eq!(routines::read_stored(), before);
    assert_eq!(
        local().get_item(keys::HISTORY).unwrap().as_deref(),
        Some("[1]")
    );

    clear("filler-");
    store_import(&small, None, Some(&history)).unwrap();
    assert_eq!(routines::read_stored(), small);
    local().remove_item(keys::ROUTINES).unwrap();
    local().remove_item(keys::HISTORY).unwrap();
}

#[wasm_bindgen_test]
fn damaged_text_is_kept_once_and_the_copies_stay_under_their_cap() {
    clear("unknot.test");
    let raw = "{\"version\": 1, \"routines\": [".to_string();
    assert!(storage::keep_damaged(
        "unknot.test",
        "test data",
        raw.clone(),
        "cut short".into()
    ));
    assert!(storage::keep_damaged(
        "unknot.test",
        "test data",
        raw.clone(),
        "cut short".into()
    ));
    assert_eq!(keys_starting("unknot.test.corrupt-").len(), 1, "kept once");

    // Copies past the cap make room by deleting the oldest first.
    let big = "x".repeat(storage::KEPT_CAP / 2 + 1);
    for n in 0..3 {
        let text = format!("{n}{big}");
        assert!(storage::keep_damaged(
            "unknot.test",
            "test data",
            text,
            "big".into()
        ));
        // Distinct times in the key names.
        let until = js_sys::Date::now() + 2.0;
        while js_sys::Date::now() < until {}
    }
    let used: usize = storage::kept_copies(keys::PREFIX)
        .iter()
        .filter(|k| k.key.starts_with("unknot.test."))
        .map(|k| k.text.len())
        .sum();
    assert!(used <= storage::KEPT_CAP, "{used}");
    let left = storage::kept_copies(keys::PREFIX);
    assert!(
        left.iter().any(|k| k.text.starts_with('2')),
        "the newest stays"
    );
    assert!(!left.iter().any(|k| k.text == raw), "the oldest went first");

    // Seen copies leave the banner's list but stay on the device.
    let newest = left
        .iter()
        .find(|k| k.text.starts_with('2'))
        .unwrap()
        .clone();
    storage::mark_seen(&newest).unwrap();
    let after = storage::kept_copies(keys::PREFIX);
    let seen = after.iter().find(|k| k.text == newest.text).unwrap();
    assert!(!seen.unseen);
    assert!(seen.key.starts_with("unknot.test.kept-"));
    clear("unknot.test");
}
