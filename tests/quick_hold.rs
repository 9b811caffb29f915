//! Quick hold, mounted in headless Chromium.

mod support;

use std::time::Duration;
use support::*;
use unknot::ui::pages::quick_hold::QuickHold;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Quick hold mounted on fresh storage, with the count-in off so a hold
/// starts at the tap (a session left by the test before would be resumed).
fn mounted() -> web_sys::Element {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    storage
        .set_item("unknot.settings", r#"{"get_ready_ms":0}"#)
        .unwrap();
    mount(QuickHold)
}

#[wasm_bindgen_test]
async fn offers_the_hold_lengths_with_thirty_seconds_chosen() {
    let root = mounted();
    settle().await;
    for secs in [10, 20, 30, 45, 60] {
        let r = radio(&root, &format!("{secs} seconds"));
        assert_eq!(r.checked(), secs == 30, "{secs} seconds checked");
    }
    assert_eq!(text_of_role(&root, "timer"), "0:30");
    assert!(button(&root, "Start").is_some());
}

#[wasm_bindgen_test]
async fn choosing_a_length_sets_the_clock() {
    let root = mounted();
    settle().await;
    let ten = radio(&root, "10 seconds");
    ten.click();
    settle().await;
    assert!(ten.checked());
    assert_eq!(text_of_role(&root, "timer"), "0:10");
}

#[wasm_bindgen_test]
async fn runs_pauses_resumes_and_resets() {
    let root = mounted();
    settle().await;
    radio(&root, "10 seconds").click();
    settle().await;

    click(&root, "Start");
    settle().await;
    assert!(button(&root, "Pause").is_some(), "running shows Pause");
    assert_eq!(radio_count(&root), 0, "the length is fixed while running");

    sleep(Duration::from_millis(1_150)).await;
    assert_eq!(text_of_role(&root, "timer"), "0:09", "ticks on the second");

    click(&root, "Pause");
    settle().await;
    let frozen = text_of_role(&root, "timer");
    sleep(Duration::from_millis(1_200)).await;
    assert_eq!(
        text_of_role(&root, "timer"),
        frozen,
        "pause freezes the display"
    );
    assert!(button(&root, "Resume").is_some());

    click(&root, "Resume");
    settle().await;
    assert!(button(&root, "Pause").is_some());

    click(&root, "Stop");
    settle().await;
    assert_eq!(text_of_role(&root, "timer"), "0:10");
    assert!(
        radio(&root, "10 seconds").checked(),
        "Stop keeps the chosen length"
    );
    assert!(button(&root, "Start").is_some());
}

fn radio_count(root: &web_sys::Element) -> u32 {
    root.query_selector_all("input[type=radio]")
        .unwrap()
        .length()
}
