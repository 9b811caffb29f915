//! The routine editor's duration input and draft in headless Chromium:
//! typed durations, the stepper, and what holds Save.

mod support;

use leptos::prelude::*;
use support::{mount, settle};
use unknot::domain::{edit, presets};
use unknot::ui::editor::{draft::Draft, duration::DurationInput};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let e = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&e).unwrap();
}

fn labelled(root: &Element, label: &str) -> HtmlElement {
    root.query_selector(&format!("[aria-label='{label}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("nothing labelled {label:?}"))
        .unchecked_into()
}

fn messages(root: &Element) -> String {
    root.query_selector(".field-messages")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn typed_durations_update_the_step_or_say_what_to_type() {
    let draft = support::with_owner(|_| {
        let mut r = edit::blank_routine("u-test".into());
        r.name = "Test".into();
        r.steps[0].title = "Calf".into();
        Draft::new(r)
    });
    let root = mount(move || {
        view! { <DurationInput draft=draft key=0 number=Signal::derive(|| 1) path=Signal::derive(|| "steps[0].duration_ms".to_string())/> }
    });
    settle().await;
    let input: HtmlInputElement = root
        .query_selector("input")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(input.value(), "0:30");
    assert_eq!(draft.error_count(), 0);

    type_into(&input, "0:45");
    settle().await;
    assert_eq!(draft.routine().steps[0].duration_ms, 45_000);
    assert!(messages(&root).is_empty(), "{}", messages(&root));

    // A bare number says how it was read; its error waits until the field is left.
    type_into(&input, "5");
    settle().await;
    assert_eq!(draft.routine().steps[0].duration_ms, 5_000);
    assert_eq!(messages(&root), "5 = 0:05");
    assert_eq!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
    assert_eq!(draft.error_count(), 1);
    draft.touch("step-0-duration");
    settle().await;
    assert_eq!(messages(&root), "5 = 0:05; hold must be 0:10 to 1:00");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));

    type_into(&input, "a minute");
    settle().await;
    assert_eq!(input.value(), "a minute", "what was typed stays");
    assert_eq!(
        messages(&root),
        "Type seconds (90) or minutes and seconds (1:30)"
    );
    assert_eq!(draft.bad_inputs.get_untracked(), vec![0]);
    assert_eq!(draft.error_count(), 1, "one field, one error");

    // The stepper starts again from the last duration read, and clears the text.
    let (minus, plus) = (
        labelled(&root, "Decrease duration of step 1"),
        labelled(&root, "Increase duration of step 1"),
    );
    plus.click();
    settle().await;
    assert_eq!(input.value(), "0:10");
    assert_eq!(draft.error_count(), 0);
    // "-" stops at the shortest hold: it never makes a length it would flag.
    assert_eq!(
        minus.get_attribute("aria-disabled").as_deref(),
        Some("true")
    );
    minus.click();
    settle().await;
    assert_eq!(input.value(), "0:10");
    assert_eq!(draft.error_count(), 0);
    // "+" stops at the longest.
    for _ in 0..12 {
        plus.click();
    }
    settle().await;
    assert_eq!(input.value(), "1:00");
    assert_eq!(draft.error_count(), 0);
    assert_eq!(plus.get_attribute("aria-disabled").as_deref(), Some("true"));
    assert_eq!(
        minus.get_attribute("aria-disabled").as_deref(),
        Some("false")
    );
    assert!(
        root.text_content()
            .unwrap()
            .contains("(m:ss or seconds, 0:10 to 1:00)"),
        "the label says the limits"
    );

    // A new kind sets its own length, and the text and limits follow.
    draft.change_kind(0, unknot::domain::routine::StepKind::Heat);
    settle().await;
    assert_eq!(input.value(), "10:00");
    assert_eq!(draft.error_count(), 0);
    assert!(root
        .text_content()
        .unwrap()
        .contains("(m:ss or seconds, 1:00 to 20:00)"));
}

#[wasm_bindgen_test]
fn draft_operations_keep_step_keys_with_their_steps() {
    support::with_owner(|_| {
        let preset = presets::all().remove(0);
        let draft = Draft::new(edit::customized_copy(&preset, "u-x".into(), &[]));
        let titles = || {
            draft
                .routine()
                .steps
                .iter()
                .map(|s| s.title.clone())
                .collect::<Vec<_>>()
        };
        let original = titles();
        draft.move_step(1, true);
        assert_eq!(titles()[0], original[1]);
        assert_eq!(draft.index_of(1), Some(0));
        draft.duplicate(1);
        assert_eq!(titles()[1], original[1]);
        assert_eq!(titles().len(), original.len() + 1);
        let new_key = draft.steps.with_untracked(|s| s[1].0);
        draft.remove(new_key);
        assert!(draft.dirty.get_untracked());
        draft.move_step(1, false);
        assert_eq!(titles(), original);
        assert!(!draft.dirty.get_untracked(), "back as opened");
        // Undo puts a removed step back where it was, with its key.
        let third = draft.steps.with_untracked(|s| s[2].0);
        draft.remove(third);
        assert_eq!(titles().len(), original.len() - 1);
        assert_eq!(draft.undo_remove(), Some(third));
        assert_eq!(titles(), original);
        assert_eq!(draft.index_of(third), Some(2));
        draft.name.set(String::new());
        assert_eq!(draft.error_count(), 1);
        assert_eq!(draft.messages("name")[0].message, "Give the routine a name");
    });
}
