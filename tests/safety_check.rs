//! The safety check, mounted in headless Chromium, with localStorage.

mod support;

use leptos::prelude::*;
use support::*;
use unknot::domain::safety::{Urgency, RED_FLAGS, VERSION};
use unknot::platform::storage;
use unknot::state::keys;
use unknot::state::safety::SafetyAck;
use unknot::ui::components::safety_check::SafetyCheck;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mounted() -> (Element, RwSignal<u32>) {
    storage::remove(keys::SAFETY_ACK).unwrap();
    let done = RwSignal::new(0);
    let root = mount(move || {
        view! { <SafetyCheck on_done=Callback::new(move |_| done.update(|n| *n += 1))/> }
    });
    (root, done)
}

/// Whether the app, starting now, would count the check as answered.
fn safety_acknowledged() -> bool {
    with_owner(|state| state.safety.acknowledged())
}

fn stored() -> Option<SafetyAck> {
    storage::read(keys::SAFETY_ACK).unwrap()
}

fn checkbox(root: &Element) -> HtmlInputElement {
    root.query_selector("input[type=checkbox]")
        .unwrap()
        .unwrap()
        .unchecked_into()
}

fn disabled(root: &Element, name: &str) -> bool {
    button(root, name).unwrap().has_attribute("disabled")
}

#[wasm_bindgen_test]
async fn lists_every_warning_sign_and_asks_the_question() {
    let (root, done) = mounted();
    settle().await;
    let text = root.text_content().unwrap();
    for flag in RED_FLAGS {
        assert!(text.contains(flag.text), "missing {:?}", flag.text);
    }
    assert!(text.contains("Does any of these apply to you?"));
    assert!(button(&root, "None of these apply: continue").is_some());
    assert!(button(&root, "One or more applies").is_some());
    assert!(
        button(&root, "Continue").is_none(),
        "no way past without answering"
    );
    assert_eq!(done.get_untracked(), 0);
    assert!(!safety_acknowledged());
}

#[wasm_bindgen_test]
async fn the_signs_are_grouped_by_urgency_emergencies_first_with_the_emergency_number() {
    let (root, _) = mounted();
    settle().await;
    let headings: Vec<String> = heading_texts(&root)
        .into_iter()
        .filter(|h| Urgency::ALL.iter().any(|u| u.heading() == h))
        .collect();
    assert_eq!(
        headings,
        Urgency::ALL
            .iter()
            .map(|u| u.heading().to_string())
            .collect::<Vec<_>>()
    );
    assert!(headings[0].contains("call your local emergency number"));
    // Each sign sits in its own urgency's group, the heart first of all.
    for flag in RED_FLAGS {
        let item = root
            .query_selector(&format!("[data-flag=\"{}\"]", flag.id))
            .unwrap()
            .unwrap_or_else(|| panic!("no item for {}", flag.id));
        let group = item.closest(".flag-group").unwrap().unwrap();
        assert!(
            group.class_list().contains(flag.urgency.slug()),
            "{}",
            flag.id
        );
    }
    let first = root.query_selector(".flag-list li").unwrap().unwrap();
    assert_eq!(first.get_attribute("data-flag").as_deref(), Some("heart"));
}

#[wasm_bindgen_test]
async fn none_apply_continues_at_once_and_is_remembered() {
    let (root, done) = mounted();
    settle().await;
    click(&root, "None of these apply: continue");
    settle().await;
    assert_eq!(done.get_untracked(), 1);
    assert_eq!(
        stored(),
        Some(SafetyAck {
            version: VERSION,
            flag_applies: false
        })
    );
    assert!(safety_acknowledged());
}

#[wasm_bindgen_test]
async fn a_sign_that_applies_advises_a_clinician_and_continues_only_on_purpose() {
    let (root, done) = mounted();
    settle().await;
    click(&root, "One or more applies");
    settle().await;
    assert!(heading_texts(&root).contains(&"Please see a clinician first".to_string()));
    assert!(has_role(&root, "alert"));
    assert!(disabled(&root, "Continue"), "continue needs the checkbox");
    click(&root, "Continue");
    settle().await;
    assert_eq!(done.get_untracked(), 0);
    assert_eq!(stored(), None);

    let check = checkbox(&root);
    check.click();
    settle().await;
    assert!(check.checked());
    assert!(!disabled(&root, "Continue"));
    click(&root, "Continue");
    settle().await;
    assert_eq!(done.get_untracked(), 1);
    assert_eq!(
        stored(),
        Some(SafetyAck {
            version: VERSION,
            flag_applies: true
        })
    );
    assert!(safety_acknowledged());
}

#[wasm_bindgen_test]
async fn going_back_clears_the_checkbox() {
    let (root, done) = mounted();
    settle().await;
    click(&root, "One or more applies");
    settle().await;
    checkbox(&root).click();
    settle().await;
    click(&root, "Back to the list");
    settle().await;
    assert!(button(&root, "None of these apply: continue").is_some());
    click(&root, "One or more applies");
    settle().await;
    assert!(!checkbox(&root).checked());
    assert!(disabled(&root, "Continue"));
    assert_eq!(done.get_untracked(), 0);
}

#[wasm_bindgen_test]
fn an_answer_to_an_older_list_or_an_unreadable_one_does_not_count() {
    storage::write(
        keys::SAFETY_ACK,
        &SafetyAck {
            version: VERSION - 1,
            flag_applies: false,
        },
    )
    .unwrap();
    assert!(!safety_acknowledged());
    storage::write(keys::SAFETY_ACK, &"garbage").unwrap();
    assert!(!safety_acknowledged());
    storage::write(
        keys::SAFETY_ACK,
        &SafetyAck {
            version: VERSION,
            flag_applies: true,
        },
    )
    .unwrap();
    assert!(safety_acknowledged());
    storage::remove(keys::SAFETY_ACK).unwrap();
    assert!(!safety_acknowledged());
}
