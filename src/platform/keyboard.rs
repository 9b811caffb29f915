//! Keyboard key presses anywhere on the page, for shortcuts.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

/// A plain key press (no Alt, Ctrl or Meta).
pub struct KeyPress {
    /// `KeyboardEvent.key`: " ", "ArrowRight", "a"...
    pub key: String,
    /// Whether it was aimed at a control that uses keys itself (a button,
    /// a link, a field).
    pub on_control: bool,
}

/// Calls `handle` for every plain key press on the page while the returned
/// listener lives; when `handle` returns true the browser's own action for
/// the key (scrolling, for Space) is cancelled.
pub fn on_key(handle: impl Fn(&KeyPress) -> bool + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    let options = EventListenerOptions::enable_prevent_default();
    Some(EventListener::new_with_options(
        &window,
        "keydown",
        options,
        move |e| {
            let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            let on_control = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| {
                    matches!(
                        el.tag_name().as_str(),
                        "BUTTON" | "INPUT" | "SELECT" | "TEXTAREA" | "A"
                    )
                });
            let press = KeyPress {
                key: e.key(),
                on_control,
            };
            if handle(&press) {
                e.prevent_default();
            }
        },
    ))
}
