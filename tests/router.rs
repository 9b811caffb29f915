//! The app's router in headless Chromium: which page an address shows, and
//! which link clicks it takes over (shown without a reload) or leaves to the
//! browser.

mod support;

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use unknot::platform::address::{self, strip_base, AppUrl};
use unknot::state::router::{Route, Router};
use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn url(path: &str, query: &str) -> AppUrl {
    AppUrl {
        path: path.to_string(),
        query: query.to_string(),
    }
}

#[wasm_bindgen_test]
fn addresses_map_to_pages() {
    let cases = [
        ("/", Route::Home),
        ("/quick", Route::QuickHold),
        ("/quick/", Route::QuickHold),
        ("/routine/neck-basics", Route::Routine("neck-basics".into())),
        ("/routine/my%20one", Route::Routine("my one".into())),
        ("/routines", Route::MyRoutines),
        ("/routines/new", Route::NewRoutine { from: None }),
        ("/routines/r-1/edit", Route::EditRoutine("r-1".into())),
        ("/share", Route::Share),
        ("/session", Route::Session),
        ("/settings", Route::Settings),
        ("/history", Route::History),
        ("/learn", Route::Learn),
        ("/about", Route::About),
        ("/doctor", Route::Doctor),
        ("/routine", Route::NotFound),
        ("/routine/a/b", Route::NotFound),
        ("/nowhere", Route::NotFound),
    ];
    for (path, page) in cases {
        assert_eq!(Route::of(&url(path, "")), page, "{path}");
    }
    assert_eq!(
        Route::of(&url("/routines/new", "from=calves%2Dheel&x=1")),
        Route::NewRoutine {
            from: Some("calves-heel".into())
        }
    );
}

#[wasm_bindgen_test]
fn the_base_path_is_taken_off() {
    assert_eq!(strip_base("", "/quick"), "/quick");
    assert_eq!(strip_base("", "/"), "/");
    assert_eq!(strip_base("/unknot", "/unknot/quick"), "/quick");
    assert_eq!(strip_base("/unknot", "/unknot/"), "/");
    assert_eq!(strip_base("/unknot", "/unknot"), "/");
    assert_eq!(strip_base("/unknot", "/unknotted"), "/unknotted");
}

/// Clicks `a` (with ctrl held if asked) and tells whether the router took
/// the click over. A listener on the window, which runs after the router's
/// on the document, reads that and then stops the browser from following
/// the link, so the test page stays.
fn click_taken(a: &web_sys::HtmlAnchorElement, ctrl: bool) -> bool {
    let taken = Rc::new(RefCell::new(None));
    let seen = taken.clone();
    let on_window = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        *seen.borrow_mut() = Some(e.default_prevented());
        e.prevent_default();
    });
    let window = web_sys::window().unwrap();
    window
        .add_event_listener_with_callback("click", on_window.as_ref().unchecked_ref())
        .unwrap();
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_ctrl_key(ctrl);
    let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    a.dispatch_event(&event).unwrap();
    window
        .remove_event_listener_with_callback("click", on_window.as_ref().unchecked_ref())
        .unwrap();
    let answer = taken.borrow().expect("the click reached the window");
    answer
}

fn anchor(html: &str) -> web_sys::HtmlAnchorElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_inner_html(html);
    document.body().unwrap().append_child(&host).unwrap();
    host.query_selector("a").unwrap().unwrap().unchecked_into()
}

#[wasm_bindgen_test]
async fn own_links_are_shown_in_place_and_others_left_to_the_browser() {
    let start = web_sys::window().unwrap().location().href().unwrap();
    let route = support::with_owner(|_| Router::follow_page().route());

    // A link in markup (as the library's cards are) to one of the app's pages.
    let learn = anchor(r#"<a href="/learn"><span>Learn</span></a>"#);
    assert!(click_taken(&learn, false));
    support::settle().await;
    assert_eq!(route.get_untracked(), Route::Learn);
    assert_eq!(address::current().path, "/learn");

    let with_query = anchor(r#"<a href="/routines/new?from=neck-basics">Customize</a>"#);
    assert!(click_taken(&with_query, false));
    support::settle().await;
    assert_eq!(
        route.get_untracked(),
        Route::NewRoutine {
            from: Some("neck-basics".into())
        }
    );

    // Left to the browser: a new tab, a download, another site, a modified
    // click, and a jump within the page.
    for html in [
        r#"<a href="/about" target="_blank">About</a>"#,
        r#"<a href="/backup.json" download>Backup</a>"#,
        r#"<a href="https://example.com/">Elsewhere</a>"#,
        "<a href=\"#steps\">Steps</a>",
    ] {
        assert!(!click_taken(&anchor(html), false), "{html}");
    }
    assert!(!click_taken(&anchor(r#"<a href="/about">About</a>"#), true));
    support::settle().await;
    assert_eq!(
        route.get_untracked(),
        Route::NewRoutine {
            from: Some("neck-basics".into())
        },
        "none of those changed the page"
    );

    let _ = web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&start));
}

/// Every route, built into an address and read back, is the same route:
/// ids with characters that need escaping included.
#[wasm_bindgen_test]
fn every_route_round_trips_through_its_address() {
    let odd = "u-a b/c?d#e%f&g".to_string();
    let routes = [
        Route::Home,
        Route::QuickHold,
        Route::Routine("neck-basics".into()),
        Route::Routine(odd.clone()),
        Route::MyRoutines,
        Route::NewRoutine { from: None },
        Route::NewRoutine {
            from: Some("neck-basics".into()),
        },
        Route::NewRoutine {
            from: Some(odd.clone()),
        },
        Route::EditRoutine("u-1".into()),
        Route::EditRoutine(odd),
        Route::Share,
        Route::Session,
        Route::Settings,
        Route::History,
        Route::Learn,
        Route::About,
        Route::Doctor,
        Route::Finder { zone: None },
        Route::Finder {
            zone: Some("heel".into()),
        },
        Route::NotFound,
    ];
    for route in routes {
        let path = route.path();
        let (path_part, query) = path.split_once('?').unwrap_or((&path, ""));
        let url = AppUrl {
            path: path_part.to_string(),
            query: query.to_string(),
        };
        assert_eq!(Route::of(&url), route, "{path}");
        assert!(route.href().ends_with(&path), "{path}");
    }
}
