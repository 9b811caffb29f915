//! Vibration, where the device and browser support it (not iOS Safari).

use std::cell::OnceCell;
use wasm_bindgen::JsValue;

thread_local! {
    /// Asked once: the answer cannot change while the page lives, and the
    /// check sits on the path from a step's end to the screen showing it.
    static SUPPORTED: OnceCell<bool> = const { OnceCell::new() };
}

pub fn is_supported() -> bool {
    SUPPORTED.with(|s| {
        *s.get_or_init(|| {
            web_sys::window()
                .map(|w| {
                    js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("vibrate"))
                        .unwrap_or(false)
                })
                .unwrap_or(false)
        })
    })
}

/// Vibrates with `pattern` (ms on, off, on, ...); does nothing if unsupported.
/// A new pattern replaces one still playing.
pub fn buzz(pattern: &[u32]) {
    if !is_supported() {
        return;
    }
    if let Some(w) = web_sys::window() {
        let list: js_sys::Array = pattern.iter().map(|ms| JsValue::from(*ms)).collect();
        let _ = w.navigator().vibrate_with_pattern(&list);
    }
}
