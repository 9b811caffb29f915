//! The offline/installable shell pieces, in headless Chromium: the update
//! prompt, the recovery screen, the router base and iOS detection.

mod support;

use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use support::*;
use unknot::platform::{
    base_path::{base_path_of, join},
    install::ua_is_ios,
    recovery,
};
use unknot::ui::components::update_banner::update_prompt;
use wasm_bindgen::{prelude::Closure, JsCast};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

thread_local! {
    static RELOADS: Cell<u32> = const { Cell::new(0) };
}

fn count_reload() {
    RELOADS.with(|r| r.set(r.get() + 1));
}

fn banner_shown(root: &web_sys::Element) -> bool {
    let banner = root.query_selector(".update-banner").unwrap().unwrap();
    !banner.has_attribute("hidden")
        && banner
            .text_content()
            .unwrap()
            .contains("A new version is ready")
}

#[wasm_bindgen_test]
async fn the_update_prompt_waits_for_a_new_version_and_for_the_timer() {
    let ready = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let root = mount(move || update_prompt(ready.into(), busy.into(), count_reload));
    settle().await;
    assert!(!banner_shown(&root), "nothing to announce yet");

    busy.set(true);
    ready.set(true);
    settle().await;
    assert!(!banner_shown(&root), "a running hold holds the prompt back");

    busy.set(false);
    settle().await;
    assert!(banner_shown(&root), "shown once the hold stops");
    assert_eq!(text_of_role(&root, "status"), "A new version is ready");

    let before = RELOADS.with(Cell::get);
    click(&root, "Reload");
    assert_eq!(
        RELOADS.with(Cell::get),
        before + 1,
        "Reload asks for the update"
    );

    busy.set(true);
    settle().await;
    assert!(!banner_shown(&root), "hidden again when a hold starts");
}

#[wasm_bindgen_test]
fn the_recovery_screen_shows_the_error_and_reloads_without_touching_data() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .set_item("unknot.settings", "{\"kept\":true}")
        .unwrap();

    let host = document().create_element("div").unwrap();
    let old = document().create_element("p").unwrap();
    old.set_text_content(Some("the dead app"));
    host.append_child(&old).unwrap();
    document().body().unwrap().append_child(&host).unwrap();

    let clicks = Rc::new(Cell::new(0));
    let c = clicks.clone();
    let on_reload = Closure::<dyn Fn()>::new(move || c.set(c.get() + 1));
    let message = "panicked at src/ui/pages/quick_hold.rs:10:5:\nthe countdown went backwards";
    recovery::render_into(&host, message, on_reload.as_ref().unchecked_ref()).unwrap();

    assert!(
        !host.text_content().unwrap().contains("the dead app"),
        "the app is replaced"
    );
    assert!(has_role(&host, "alert"));
    assert_eq!(heading_texts(&host), vec![recovery::TITLE.to_string()]);
    let error = host.query_selector(".recovery-error").unwrap().unwrap();
    assert_eq!(
        error.text_content().unwrap(),
        message,
        "the error text is shown as is"
    );
    assert!(host
        .text_content()
        .unwrap()
        .contains("have not been changed"));

    click(&host, "Reload");
    assert_eq!(clicks.get(), 1);
    assert_eq!(
        storage.get_item("unknot.settings").unwrap().as_deref(),
        Some("{\"kept\":true}"),
        "stored data untouched"
    );
    storage.remove_item("unknot.settings").unwrap();
}

#[wasm_bindgen_test]
fn the_router_base_follows_the_public_url() {
    assert_eq!(base_path_of("http://127.0.0.1:8080/"), "");
    assert_eq!(base_path_of("https://example.org/unknot/"), "/unknot");
    assert_eq!(
        base_path_of("https://example.org/apps/unknot/"),
        "/apps/unknot"
    );
    assert_eq!(join("", "/"), "/");
    assert_eq!(join("", "/quick"), "/quick");
    assert_eq!(join("/unknot", "/"), "/unknot/");
    assert_eq!(join("/unknot", "/quick"), "/unknot/quick");
}

#[wasm_bindgen_test]
fn recognises_ios_and_ipados() {
    let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
    let ipad_as_mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15";
    let android = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36";
    assert!(ua_is_ios(iphone, 5));
    assert!(ua_is_ios(ipad_as_mac, 5), "iPadOS presents itself as a Mac");
    assert!(!ua_is_ios(ipad_as_mac, 0), "a Mac has no touch screen");
    assert!(!ua_is_ios(android, 5));
}

/// A crash right after a reload offers a way out instead of another
/// Reload: starting without the saved session, and downloading every stored
/// document first.
#[wasm_bindgen_test]
fn a_crash_loop_offers_to_start_without_the_saved_session_and_to_download() {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .set_item("unknot.session", "{\"bent\": true}")
        .unwrap();
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let on_reload = Closure::<dyn Fn()>::new(|| {});
    recovery::render_into(&host, "again", on_reload.as_ref().unchecked_ref()).unwrap();
    recovery::render_way_out(&host, unknot::state::keys::PREFIX).unwrap();

    let links = host.query_selector_all("a").unwrap();
    let link = |i: u32| -> web_sys::Element { links.item(i).unwrap().unchecked_into() };
    assert_eq!(links.length(), 2);
    assert_eq!(
        link(0).text_content().unwrap(),
        "Start without the saved session"
    );
    assert!(link(0)
        .get_attribute("href")
        .unwrap()
        .ends_with(&format!("?{}", recovery::SET_ASIDE)));
    assert_eq!(link(1).text_content().unwrap(), "Download my data");
    assert_eq!(
        link(1).get_attribute("download").as_deref(),
        Some("unknot-data.json")
    );
    assert!(link(1).get_attribute("href").unwrap().starts_with("blob:"));
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .remove_item("unknot.session")
        .unwrap();
}
