//! Vibration, where the device and browser support it (not iOS Safari).

use wasm_bindgen::JsValue;

pub fn is_supported() -> bool {
    web_sys::window()
        .map(|w| {
            js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("vibrate")).unwrap_or(false)
        })
        .unwrap_or(false)
}

/// Vibrates with `pattern` (ms on, off, on, ...); does nothing if unsupported.
pub fn buzz(pattern: &[u32]) {
    if !is_supported() {
        return;
    }
    if let Some(w) = web_sys::window() {
        let list = js_sys::Array::new();
        for ms in pattern {
            list.push(&JsValue::from(*ms));
        }
        let _ = w.navigator().vibrate_with_pattern(&list);
    }
}
