//! The browser's address bar and its Back/Forward stack, for the app's router:
//! where the page is (relative to the base path), moving to a new address
//! without a reload, and noticing Back/Forward and clicks on the app's own
//! links.
//!
//! The router these feed (`state::router`) replaced leptos_router, which cost
//! about 13% of the WebAssembly for features the app does not use.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

use super::base_path::{base_path, join};

/// An address inside the app: the path below the base path ("/routine/x")
/// and the query without its "?" ("from=y").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppUrl {
    pub path: String,
    pub query: String,
}

impl AppUrl {
    /// The value of `name` in the query, decoded.
    pub fn query_param(&self, name: &str) -> Option<String> {
        web_sys::UrlSearchParams::new_with_str(&self.query)
            .ok()
            .and_then(|q| q.get(name))
    }
}

/// A path segment with its %-escapes undone (ids are plain, but a typed
/// address may escape them).
pub fn decode_segment(segment: &str) -> String {
    js_sys::decode_uri_component(segment)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| segment.to_string())
}

/// `text` %-escaped for a path segment or a query value.
pub fn encode_component(text: &str) -> String {
    String::from(js_sys::encode_uri_component(text))
}

/// Where the page is now.
pub fn current() -> AppUrl {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return AppUrl::default();
    };
    let path = location.pathname().unwrap_or_default();
    let query = location.search().unwrap_or_default();
    AppUrl {
        path: strip_base(&base_path(), &path),
        query: query.trim_start_matches('?').to_string(),
    }
}

/// `pathname` below `base` ("/unknot/quick" -> "/quick"); "/" for the base
/// itself. A path that only starts with the same letters ("/unknotted") is
/// not below it and is returned whole (it shows "Page not found").
pub fn strip_base(base: &str, pathname: &str) -> String {
    let rest = match pathname.strip_prefix(base) {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => rest,
        _ => pathname,
    };
    if rest.is_empty() {
        "/".to_string()
    } else {
        rest.to_string()
    }
}

/// Adds `href` (a full path, base included) to the session history without
/// loading it, and scrolls to the top as a new page would.
pub fn push(href: &str) {
    push_in_place(href);
    scroll_to_top();
}

/// Adds `href` to the session history without loading it or scrolling:
/// for putting back the address of a page that stays (Back was refused).
pub fn push_in_place(href: &str) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
    }
}

/// Puts `href` (a full path, base included) in place of the current
/// address, without a new history entry and without scrolling: for a choice
/// made on a page that Back should find again.
pub fn replace(href: &str) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
    }
}

/// Goes one entry back in the session history, as the browser's Back does.
pub fn back() {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.back();
    }
}

/// Scrolls to the top, as a new page would.
pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// While kept, closing or reloading the tab (or leaving the app by an
/// address) makes the browser ask first. Dropping it stops asking.
pub struct UnloadGuard(#[allow(dead_code)] EventListener);

impl UnloadGuard {
    pub fn new() -> Option<Self> {
        let w = web_sys::window()?;
        let options = EventListenerOptions::enable_prevent_default();
        Some(Self(EventListener::new_with_options(
            &w,
            "beforeunload",
            options,
            |event| {
                event.prevent_default();
                // Older browsers ask only when a return value is set.
                if let Some(e) = event.dyn_ref::<web_sys::BeforeUnloadEvent>() {
                    e.set_return_value("unsaved");
                }
            },
        )))
    }
}

/// Calls `changed` after Back or Forward.
pub fn on_back_forward(changed: impl Fn() + 'static) -> Option<EventListener> {
    let w = web_sys::window()?;
    Some(EventListener::new(&w, "popstate", move |_| changed()))
}

/// Takes over plain clicks on links to the app's own pages (those in views
/// and those in markup strings alike): `follow` gets the full path to push.
/// Modified clicks, other windows, downloads and other sites are left to
/// the browser, and so is a link that only changes the `#fragment`.
pub fn intercept_links(follow: impl Fn(String) + 'static) -> Option<EventListener> {
    let document = web_sys::window()?.document()?;
    let options = EventListenerOptions::enable_prevent_default();
    Some(EventListener::new_with_options(
        &document,
        "click",
        options,
        move |event| {
            let Some(e) = event.dyn_ref::<web_sys::MouseEvent>() else {
                return;
            };
            if e.default_prevented()
                || e.button() != 0
                || e.meta_key()
                || e.ctrl_key()
                || e.shift_key()
                || e.alt_key()
            {
                return;
            }
            let Some(a) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("a[href]").ok().flatten())
                .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
            else {
                return;
            };
            if let Some(path) = own_page(&a) {
                e.prevent_default();
                follow(path);
            }
        },
    ))
}

/// The full path (with query and fragment) `a` leads to, if it is one of the app's pages
/// and should be shown without a reload.
fn own_page(a: &web_sys::HtmlAnchorElement) -> Option<String> {
    let location = web_sys::window()?.location();
    let same_origin = a.origin() == location.origin().ok()?;
    let plain = a.target().is_empty() && !a.has_attribute("download");
    let base = base_path();
    let inside = a.pathname() == join(&base, "/") || a.pathname().starts_with(&format!("{base}/"));
    if !(same_origin && plain && inside) {
        return None;
    }
    let only_fragment = a.pathname() == location.pathname().ok()?
        && a.search() == location.search().ok()?
        && !a.hash().is_empty();
    (!only_fragment).then(|| format!("{}{}{}", a.pathname(), a.search(), a.hash()))
}

/// The page's origin, e.g. `https://example.org`.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// The fragment of the page's address, without the `#`.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Calls `changed` whenever the address's `#fragment` changes, while the
/// returned listener lives.
pub fn on_fragment_change(changed: impl Fn() + 'static) -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(
        &window,
        "hashchange",
        move |_| changed(),
    ))
}
