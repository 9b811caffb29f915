//! Keeps the screen on while a session runs (Screen Wake Lock API).
//!
//! web-sys only exposes this API behind an unstable flag, so the two calls we
//! need go through `js_sys::Reflect`. The browser drops the lock whenever the
//! page is hidden; the owner re-acquires it when the page is visible again.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

fn api() -> Option<JsValue> {
    let nav = web_sys::window()?.navigator();
    let lock = js_sys::Reflect::get(&nav, &"wakeLock".into()).ok()?;
    (!lock.is_undefined() && !lock.is_null()).then_some(lock)
}

pub fn is_supported() -> bool {
    api().is_some()
}

/// Holds at most one screen wake lock.
#[derive(Default)]
pub struct WakeLock {
    sentinel: Rc<RefCell<Option<JsValue>>>,
    wanted: Rc<RefCell<bool>>,
}

impl WakeLock {
    pub fn new() -> Self {
        Self::default()
    }

    /// Asks for the lock (again, if the browser released it). Quietly does
    /// nothing where unsupported or refused (e.g. battery saver).
    pub fn acquire(&self) {
        *self.wanted.borrow_mut() = true;
        if self.is_held() {
            return;
        }
        let Some(api) = api() else { return };
        let Ok(request) = js_sys::Reflect::get(&api, &"request".into()) else {
            return;
        };
        let Ok(request) = request.dyn_into::<js_sys::Function>() else {
            return;
        };
        let Ok(promise) = request.call1(&api, &"screen".into()) else {
            return;
        };
        let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
            return;
        };
        let slot = self.sentinel.clone();
        let wanted = self.wanted.clone();
        let on_ok = Closure::once(move |sentinel: JsValue| {
            if *wanted.borrow() {
                *slot.borrow_mut() = Some(sentinel);
            } else {
                release_sentinel(&sentinel);
            }
        });
        let on_err = Closure::once(|_: JsValue| {});
        let _ = promise.then2(&on_ok, &on_err);
        on_ok.forget();
        on_err.forget();
    }

    /// Lets the screen sleep again.
    pub fn release(&self) {
        *self.wanted.borrow_mut() = false;
        if let Some(s) = self.sentinel.borrow_mut().take() {
            release_sentinel(&s);
        }
    }

    /// Whether a lock is held right now (the browser may have dropped it).
    pub fn is_held(&self) -> bool {
        self.sentinel.borrow().as_ref().is_some_and(|s| {
            !js_sys::Reflect::get(s, &"released".into())
                .ok()
                .and_then(|r| r.as_bool())
                .unwrap_or(true)
        })
    }

    pub fn is_wanted(&self) -> bool {
        *self.wanted.borrow()
    }
}

fn release_sentinel(s: &JsValue) {
    if let Ok(f) = js_sys::Reflect::get(s, &"release".into()) {
        if let Ok(f) = f.dyn_into::<js_sys::Function>() {
            let _ = f.call0(s);
        }
    }
}
