//! Opening a file: the file the user picked in an `<input type="file">`,
//! and its text.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The file picked in the `<input type="file">` that sent `event`, if any;
/// the input is cleared, so picking the same file again is noticed.
pub fn take_picked(event: &web_sys::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}

/// The text of a file the user picked.
pub async fn read_text(file: web_sys::File) -> Result<String, String> {
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| "The file could not be read.".to_string())?;
    text.as_string()
        .ok_or_else(|| "The file could not be read as text.".to_string())
}
