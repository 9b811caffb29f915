//! Platform adapters in headless Chromium: clock, audio scheduling, wake
//! lock, visibility and storage, as far as a headless browser allows.

mod support;

use std::cell::Cell;
use std::rc::Rc;
use unknot::domain::cues::{PlannedTone, Tone};
use unknot::platform::{audio::CuePlayer, clock, storage, visibility::VisibilityWatch, wake_lock};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_clock_is_monotonic_and_close_to_wall_time() {
    let a = clock::now();
    let b = clock::now();
    assert!(b >= a);
    let wall = js_sys::Date::now() as u64;
    assert!(a.abs_diff(wall) < 2_000, "clock {a} vs wall {wall}");
}

#[wasm_bindgen_test]
fn tones_are_scheduled_replanned_and_cleared() {
    let mut audio = CuePlayer::new();
    audio.unlock();
    let now = clock::now();
    let tone = |ms, tone| PlannedTone { at: now + ms, tone };
    let plan = vec![
        tone(7_000, Tone::Tick),
        tone(8_000, Tone::Tick),
        tone(9_000, Tone::Tick),
        tone(10_000, Tone::StepEnd),
    ];
    audio.plan(&plan, now);
    assert_eq!(audio.pending(), plan);

    // A re-plan keeps what is still wanted and drops the rest.
    audio.plan(&plan[2..], now);
    assert_eq!(audio.pending(), plan[2..].to_vec());

    // Tones already in the past are never started late.
    audio.plan(&[tone(0, Tone::Finish)], now + 1);
    assert!(!audio.pending().iter().any(|p| p.tone == Tone::Finish));

    audio.clear();
    assert!(audio.pending().is_empty());
}

#[wasm_bindgen_test]
fn wake_lock_reports_support_and_never_panics() {
    let in_navigator =
        js_sys::Reflect::has(&web_sys::window().unwrap().navigator(), &"wakeLock".into()).unwrap();
    assert_eq!(wake_lock::is_supported(), in_navigator);
    let lock = wake_lock::WakeLock::new();
    lock.acquire();
    assert!(lock.is_wanted());
    lock.release();
    assert!(!lock.is_wanted());
    assert!(!lock.is_held());
}

#[wasm_bindgen_test]
fn visibility_watch_calls_back_when_the_page_is_visible() {
    let calls = Rc::new(Cell::new(0));
    let c = calls.clone();
    let watch = VisibilityWatch::on_visible(move || c.set(c.get() + 1)).unwrap();
    let doc = web_sys::window().unwrap().document().unwrap();
    doc.dispatch_event(&web_sys::Event::new("visibilitychange").unwrap())
        .unwrap();
    assert_eq!(calls.get(), 1, "headless pages are visible");
    drop(watch);
    doc.dispatch_event(&web_sys::Event::new("visibilitychange").unwrap())
        .unwrap();
    assert_eq!(calls.get(), 1, "the listener is removed with the watch");
}

#[wasm_bindgen_test]
fn storage_round_trips_and_reports_unreadable_documents() {
    storage::write("unknot.test", &vec![1, 2, 3]).unwrap();
    assert_eq!(
        storage::read::<Vec<u32>>("unknot.test").unwrap(),
        Some(vec![1, 2, 3])
    );
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .set_item("unknot.test", "{not json")
        .unwrap();
    assert!(matches!(
        storage::read::<Vec<u32>>("unknot.test"),
        Err(storage::StorageError::Unreadable(_))
    ));
    storage::remove("unknot.test").unwrap();
    assert_eq!(storage::read::<Vec<u32>>("unknot.test").unwrap(), None);
}
