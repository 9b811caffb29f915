//! The recovery screen: after a panic (or any WebAssembly trap) the app is
//! dead, so instead of a frozen page the body is replaced with the error text
//! and a "Reload" button. Built with plain DOM calls, because Leptos may be
//! in any state by then, and its button reloads through the browser's own
//! `location.reload` (no Rust runs after the crash). Stored data is not
//! changed: reloading resumes from what was saved. After a second crash in a
//! row it offers a way out (see [`render_way_out`]); setting the saved
//! session aside is its owner's work in `src/state/`, asked for through the
//! address ([`take_set_aside_request`]).

use std::cell::Cell;
use wasm_bindgen::{prelude::Closure, JsCast, JsValue};
use web_sys::{Document, Element};

thread_local! {
    static SHOWN: Cell<bool> = const { Cell::new(false) };
    static NAMES: Cell<Option<DataNames>> = const { Cell::new(None) };
}

/// What the crash screen needs to know of the app's stored data, given by
/// the state layer (the only one that spells storage keys).
#[derive(Clone, Copy, Debug)]
pub struct DataNames {
    /// Every key of the app's data starts with this ("Download my data").
    pub prefix: &'static str,
    /// Where this tab notes the time of its last crash (sessionStorage).
    pub crashed_at: &'static str,
}

pub const TITLE: &str = "Something went wrong";
pub const EXPLANATION: &str = "Unknot stopped because of an error. Your routines, settings and \
     history are saved on this device and have not been changed. Reload to start again.";

/// Removes the static shell `index.html` paints while the wasm loads (the
/// app mounts its own).
pub fn remove_loading_shell() {
    if let Some(shell) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("shell"))
    {
        shell.remove();
    }
}

/// Installs the panic hook (console message plus the recovery screen) and
/// listens for traps that are not panics (`WebAssembly.RuntimeError` from an
/// event handler or a promise). Other JavaScript errors are left alone: they
/// do not stop the app.
pub fn install(names: DataNames) {
    NAMES.with(|n| n.set(Some(names)));
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_error = Closure::<dyn Fn(web_sys::ErrorEvent)>::new(|e: web_sys::ErrorEvent| {
        if is_trap(&e.error()) {
            show(&e.message());
        }
    });
    let on_rejection = Closure::<dyn Fn(web_sys::PromiseRejectionEvent)>::new(
        |e: web_sys::PromiseRejectionEvent| {
            let reason = e.reason();
            if is_trap(&reason) {
                show(&error_text(&reason));
            }
        },
    );
    let _ = window.add_event_listener_with_callback("error", on_error.as_ref().unchecked_ref());
    let _ = window.add_event_listener_with_callback(
        "unhandledrejection",
        on_rejection.as_ref().unchecked_ref(),
    );
    // They listen for the life of the page.
    on_error.forget();
    on_rejection.forget();
}

fn is_trap(value: &JsValue) -> bool {
    value.is_instance_of::<js_sys::WebAssembly::RuntimeError>()
}

fn error_text(value: &JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "Unknown error".to_string())
}

/// Replaces the page with the recovery screen, once per page load.
pub fn show(error: &str) {
    if SHOWN.with(|s| s.replace(true)) {
        return;
    }
    let (Some(window), Some(names)) = (web_sys::window(), NAMES.with(Cell::get)) else {
        return;
    };
    let location = window.location();
    let reload = js_sys::Reflect::get(&location, &"reload".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .map(|f| f.bind0(&location));
    if let (Some(body), Some(reload)) = (window.document().and_then(|d| d.body()), reload) {
        let _ = render_into(&body, error, &reload);
        // A crash again right after a reload: Reload alone would loop.
        if crashed_just_before(&window, names.crashed_at) {
            let _ = render_way_out(&body, names.prefix);
        }
    }
    if let Ok(Some(session)) = window.session_storage() {
        // Whole milliseconds: parsing an integer keeps the float parser out of
        // the first download.
        let _ = session.set_item(names.crashed_at, &super::local_time::epoch_ms().to_string());
    }
}

/// A crash this soon after the one before counts as a loop.
const LOOP_WINDOW_MS: f64 = 60_000.0;
/// The address query that starts the app without the saved session.
pub const SET_ASIDE: &str = "set-aside-session";

fn crashed_just_before(window: &web_sys::Window, crashed_at: &str) -> bool {
    let Ok(Some(session)) = window.session_storage() else {
        return false;
    };
    session
        .get_item(crashed_at)
        .ok()
        .flatten()
        .and_then(|t| t.parse::<u64>().ok())
        .is_some_and(|at| (super::local_time::epoch_ms() as f64) - (at as f64) < LOOP_WINDOW_MS)
}

/// The way out of a crash loop, as plain links (no Rust runs after a
/// crash): "Start without the saved session" (an address the app reads at
/// start, see [`take_set_aside_request`]) and "Download my data" (every
/// stored document of the app, every key starting with `prefix`, as one
/// file made now).
pub fn render_way_out(host: &Element, prefix: &str) -> Result<(), JsValue> {
    let doc: Document = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let screen = host
        .query_selector(".recovery")?
        .ok_or_else(|| JsValue::from_str("no recovery screen"))?;
    let note = doc.create_element("p")?;
    note.set_text_content(Some(
        "It stopped again right after reloading. Start without the session that was running \
         (it is kept, and can be downloaded), or download everything first.",
    ));
    let start = doc.create_element("a")?;
    start.set_class_name("button primary");
    start.set_attribute("href", &format!("./?{SET_ASIDE}"))?;
    start.set_text_content(Some("Start without the saved session"));
    let download = doc.create_element("a")?;
    download.set_class_name("button");
    download.set_attribute("download", "unknot-data.json")?;
    download.set_attribute("href", &all_data_url(prefix)?)?;
    download.set_text_content(Some("Download my data"));
    for part in [&note, &start, &download] {
        screen.append_child(part)?;
    }
    Ok(())
}

/// Every stored key starting with `prefix` as one JSON object, as a blob
/// URL.
fn all_data_url(prefix: &str) -> Result<String, JsValue> {
    let all = js_sys::Object::new();
    for (key, text) in super::storage::read_all_starting(prefix) {
        js_sys::Reflect::set(&all, &key.into(), &text.into())?;
    }
    let json = js_sys::JSON::stringify(&all)?;
    let parts = js_sys::Array::of1(&json);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    web_sys::Url::create_object_url_with_blob(&blob)
}

/// Whether the address asks to start without the saved session (the crash
/// screen's "Start without the saved session"); if it does, the address is
/// cleaned, so a reload does not ask again. The session's owner then sets it
/// aside before anything reads it.
pub fn take_set_aside_request() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let asked = window
        .location()
        .search()
        .is_ok_and(|q| q.trim_start_matches('?').split('&').any(|p| p == SET_ASIDE));
    if asked {
        if let (Ok(history), Ok(path)) = (window.history(), window.location().pathname()) {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&path));
        }
    }
    asked
}

/// Fills `host` (the body, in the app) with the recovery screen; the
/// "Reload" button calls `on_reload`.
pub fn render_into(
    host: &Element,
    error: &str,
    on_reload: &js_sys::Function,
) -> Result<(), JsValue> {
    let doc: Document = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let el = |tag: &str, class: &str, text: &str| -> Result<Element, JsValue> {
        let e = doc.create_element(tag)?;
        if !class.is_empty() {
            e.set_class_name(class);
        }
        if !text.is_empty() {
            e.set_text_content(Some(text));
        }
        Ok(e)
    };
    let screen = el("section", "recovery", "")?;
    screen.set_attribute("role", "alert")?;
    screen.set_attribute("aria-labelledby", "recovery-title")?;
    let title = el("h1", "", TITLE)?;
    title.set_id("recovery-title");
    let details = el("pre", "recovery-error", error)?;
    let button = el("button", "primary", "Reload")?;
    button.set_attribute("type", "button")?;
    button.add_event_listener_with_callback("click", on_reload)?;
    let explanation = el("p", "", EXPLANATION)?;
    for part in [&title, &explanation, &details, &button] {
        screen.append_child(part)?;
    }
    host.set_text_content(None);
    host.append_child(&screen)?;
    Ok(())
}
