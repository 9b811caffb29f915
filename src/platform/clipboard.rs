//! The clipboard: copying text, and selecting a field's text so the user can
//! copy it by hand.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Copies `text` to the clipboard; `false` if the browser refuses.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    if clipboard.is_undefined() {
        return false;
    }
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Selects all the text of the input that sent `event` (a field whose
/// whole value is meant to be copied).
pub fn select_all(event: &web_sys::Event) {
    if let Some(input) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.select();
    }
}
