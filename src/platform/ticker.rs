//! A one-shot timer aimed at the next moment the display must change.
//!
//! We never use a free-running interval: each wake computes the next one from
//! the deadline, so a late wake (throttled tab, blocked thread) is corrected
//! at once instead of adding up.

use gloo_timers::callback::Timeout;
use unknot_domain::time::Millis;
use wasm_bindgen::JsCast;

#[derive(Default)]
pub struct Ticker {
    pending: Option<Timeout>,
}

impl Ticker {
    pub fn new() -> Self {
        Self::default()
    }

    /// Calls `wake` once after `delay` ms, replacing any wake still pending.
    pub fn schedule(&mut self, delay: Millis, wake: impl FnOnce() + 'static) {
        let delay = u32::try_from(delay).unwrap_or(u32::MAX);
        self.pending = Some(Timeout::new(delay, wake));
    }

    /// Drops the pending wake, if any.
    pub fn cancel(&mut self) {
        if let Some(t) = self.pending.take() {
            t.cancel();
        }
    }

    pub fn is_pending(&self) -> bool {
        self.pending.is_some()
    }
}

/// Runs `task` once, in a task of its own, as soon as the page is free
/// (after the current event and the rendering it caused).
pub fn soon(task: impl FnOnce() + 'static) {
    Timeout::new(0, task).forget();
}

/// Resolves when the browser has nothing more urgent to do
/// (`requestIdleCallback`, at most `within` ms later), or after a short
/// timeout where that is not supported.
pub async fn idle(within: Millis) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"timeout".into(), &(within as f64).into());
        let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let scheduled = idle.is_some_and(|f| f.call2(&window, &resolve, &options).is_ok());
        if !scheduled {
            Timeout::new(100, move || {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            })
            .forget();
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
