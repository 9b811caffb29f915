//! The phone's share sheet (`navigator.share`): hands a link to the apps the
//! person picks (messages, mail, notes). Absent on most desktop browsers,
//! where the caller offers the link to copy instead.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// How a share went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// Handed to the app the person chose.
    Done,
    /// The person closed the sheet without choosing: nothing to say.
    Cancelled,
    /// The browser refused (no share sheet, or the data was not accepted).
    Failed,
}

fn navigator() -> Option<web_sys::Navigator> {
    web_sys::window().map(|w| w.navigator())
}

/// Whether this browser has a share sheet.
pub fn is_supported() -> bool {
    navigator().is_some_and(|n| {
        js_sys::Reflect::get(&n, &JsValue::from_str("share")).is_ok_and(|f| f.is_function())
    })
}

/// Opens the share sheet with a title, a line of text and a link. Must be
/// called from a tap (browsers allow it only then).
pub async fn share_link(title: &str, text: &str, url: &str) -> Shared {
    let Some(navigator) = navigator().filter(|_| is_supported()) else {
        return Shared::Failed;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_text(text);
    data.set_url(url);
    match JsFuture::from(navigator.share_with_data(&data)).await {
        Ok(_) => Shared::Done,
        Err(e) => {
            let name = js_sys::Reflect::get(&e, &JsValue::from_str("name"))
                .ok()
                .and_then(|n| n.as_string());
            if name.as_deref() == Some("AbortError") {
                Shared::Cancelled
            } else {
                Shared::Failed
            }
        }
    }
}
