//! Helpers for component tests: mount into a fresh element, find things the
//! way a person would (by role and visible name), and let the app settle.

#![allow(dead_code)]

use leptos::prelude::*;
use std::time::Duration;
use unknot::state::{router::Router, AppState};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Mounts `view` into a new `<div>` appended to `<body>` and returns it,
/// with the app-wide state provided as the app does (see [`app_state`]).
/// The mount lives until the page ends, like the real app.
pub fn mount<F, N>(view: F) -> Element
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    let document = document();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), move || {
        app_state();
        view()
    })
    .forget();
    host.into()
}

/// The one way tests get app-wide state: every owner loaded from storage
/// and provided as context, exactly as the app shell does, with a router
/// that does not take over the page's links.
pub fn app_state() -> AppState {
    AppState::provide(Router::detached())
}

/// Runs `f` under a reactive owner that lives until the page ends, with the
/// app-wide state provided, for tests that use state without a view.
pub fn with_owner<T>(f: impl FnOnce(AppState) -> T) -> T {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let out = owner.with(|| f(app_state()));
    std::mem::forget(owner);
    out
}

/// Lets pending reactive effects and microtasks run.
pub async fn settle() {
    leptos::task::tick().await;
    sleep(Duration::from_millis(0)).await;
}

pub async fn sleep(d: Duration) {
    gloo_timers::future::sleep(d).await;
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// The button whose text is exactly `name`, if shown.
pub fn button(root: &Element, name: &str) -> Option<HtmlElement> {
    all(root, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().trim() == name)
        .map(|b| b.unchecked_into())
}

pub fn click(root: &Element, name: &str) {
    button(root, name)
        .unwrap_or_else(|| panic!("no button named {name:?}"))
        .click();
}

/// The radio whose accessible name (aria-label) is `name`.
pub fn radio(root: &Element, name: &str) -> web_sys::HtmlInputElement {
    all(root, "input[type=radio]")
        .into_iter()
        .find(|r| r.get_attribute("aria-label").as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no radio named {name:?}"))
        .unchecked_into()
}

/// Text of the single element with the given role.
pub fn text_of_role(root: &Element, role: &str) -> String {
    let found = all(root, &format!("[role={role}]"));
    assert_eq!(found.len(), 1, "expected one element with role {role}");
    found[0]
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_string()
}

pub fn has_role(root: &Element, role: &str) -> bool {
    !all(root, &format!("[role={role}]")).is_empty()
}

pub fn heading_texts(root: &Element) -> Vec<String> {
    all(root, "h1, h2, h3")
        .iter()
        .map(|h| h.text_content().unwrap_or_default().trim().to_string())
        .collect()
}
