//! Moving keyboard focus to an element by its id, once the page has drawn
//! the change that made it (a moved step's button, an "Undo", the first
//! field with a problem).

use wasm_bindgen::JsCast;

use super::ticker;

/// Focuses the element with `id` after the current event and the
/// rendering it caused; nothing happens if there is no such element.
pub fn focus_soon(id: String) {
    ticker::soon(move || {
        focus(&id);
    });
}

/// Focuses the element with `id` now; false if there is none.
pub fn focus(id: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|e| e.focus().is_ok())
}
