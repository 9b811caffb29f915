//! The service worker (`sw.js`, written at build by scripts/post-build.mjs):
//! registration, noticing that a new version of the app is waiting, and
//! switching to it only when the user asks.
//!
//! A new version never takes over by itself: the worker waits until
//! [`apply_update`] asks it to (the "Reload" of the update banner), then the
//! page reloads once the new worker controls it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::{prelude::Closure, JsCast, JsValue};
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

use super::visibility::VisibilityWatch;

/// Registered in release builds only: `trunk serve` (a debug build with live
/// reload) would otherwise be served stale files by a cache-first worker.
pub const ENABLED: bool = !cfg!(debug_assertions);

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    static RELOAD_REQUESTED: Cell<bool> = const { Cell::new(false) };
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent in insecure contexts and some private modes.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .ok()
        .filter(|&has| has)?;
    Some(navigator.service_worker())
}

/// Whether a service worker controls this page, so the app's files (page
/// chunks included) come from its cache rather than the network.
pub fn controls_page() -> bool {
    container().is_some_and(|c| c.controller().is_some())
}

/// Registers `sw.js` (resolved against the document's base URL, so a
/// sub-path deploy works) and calls `on_ready` whenever a newer version than
/// the one running is there: installed (and usually waiting), or put in
/// control of this page by another tab.
pub fn register(on_ready: impl Fn() + 'static) {
    let Some(container) = container() else {
        return;
    };
    let on_ready: Rc<dyn Fn()> = Rc::new(on_ready);
    if container.controller().is_some() {
        let on_ready = on_ready.clone();
        EventListener::new(&container, "controllerchange", move |_| {
            if !RELOAD_REQUESTED.get() {
                on_ready();
            }
        })
        .forget();
    }
    let registered = Closure::once(move |reg: JsValue| {
        let reg: ServiceWorkerRegistration = reg.unchecked_into();
        watch(&reg, on_ready);
        REGISTRATION.with(|r| *r.borrow_mut() = Some(reg));
        // The browser checks for a new version on each navigation; an app
        // left open on a phone also checks each time it comes back to the
        // foreground.
        std::mem::forget(VisibilityWatch::on_visible(check_for_update));
    });
    ignore_failure(&container.register("sw.js").then(&registered));
    registered.forget();
}

/// Handles a promise's rejection (offline, refused) by ignoring it, so it is
/// not reported as an unhandled error.
pub(crate) fn ignore_failure(promise: &js_sys::Promise) {
    thread_local! {
        static IGNORE: Closure<dyn FnMut(JsValue)> = Closure::new(|_| {});
    }
    IGNORE.with(|f| {
        let _ = promise.catch(f);
    });
}

/// Calls `on_ready` when a worker of a new version is installed.
fn watch(reg: &ServiceWorkerRegistration, on_ready: Rc<dyn Fn()>) {
    // A version installed during an earlier visit may already be waiting.
    if reg.waiting().is_some() {
        on_ready();
    }
    let r = reg.clone();
    EventListener::new(reg, "updatefound", move |_| {
        // The very first install (no active worker yet) is not an update.
        let is_update = r.active().is_some();
        let Some(worker) = r.installing() else {
            return;
        };
        let on_ready = on_ready.clone();
        let w: ServiceWorker = worker.clone();
        EventListener::new(&worker, "statechange", move |_| {
            if is_update && w.state() == ServiceWorkerState::Installed {
                on_ready();
            }
        })
        .forget();
    })
    .forget();
}

/// Asks the host for a new version now.
pub fn check_for_update() {
    let Some(reg) = REGISTRATION.with(|r| r.borrow().clone()) else {
        return;
    };
    // Offline, this fails: nothing to do, the next check will tell.
    if let Ok(promise) = reg.update() {
        ignore_failure(&promise);
    }
}

/// Lets the waiting version take over, then reloads into it. Call only when
/// no session is running.
pub fn apply_update() {
    RELOAD_REQUESTED.set(true);
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
    match waiting {
        Some(worker) => {
            // Reload once the new version is active (its activation has
            // also removed the old version's cache).
            let w = worker.clone();
            EventListener::new(&worker, "statechange", move |_| {
                if w.state() == ServiceWorkerState::Activated {
                    reload();
                }
            })
            .forget();
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
            if worker.post_message(&message).is_err() {
                reload();
            }
        }
        // Already active (nothing was waiting, or another tab switched):
        // the new version only needs a load.
        None => reload(),
    }
}

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}
