//! Files in and out: a download made in the page (Blob, object URL and a
//! temporary `<a download>`), reading a file the user picked, and the local
//! date and wall clock used to name and identify things.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a file called `file_name`.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |_| "The download could not be started.".to_string();
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("No document.")?;
    let a: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.set_hidden(true);
    let body = document.body().ok_or("No document body.")?;
    let _ = body.append_child(&a);
    a.click();
    a.remove();
    // Let the download take the data before the URL goes.
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// The file picked in the `<input type="file">` that sent `event`, if any;
/// the input is cleared, so picking the same file again is noticed.
pub fn take_picked(event: &web_sys::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}

/// A random whole number below `limit` (not for secrets).
pub fn random_below(limit: u64) -> u64 {
    (js_sys::Math::random() * limit as f64) as u64
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

/// Calls `changed` whenever the address's `#fragment` changes, while the
/// returned listener lives.
pub fn on_fragment_change(changed: impl Fn() + 'static) -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(
        &window,
        "hashchange",
        move |_| changed(),
    ))
}

/// The text of a file the user picked.
pub async fn read_text(file: web_sys::File) -> Result<String, String> {
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| "The file could not be read.".to_string())?;
    text.as_string()
        .ok_or_else(|| "The file could not be read as text.".to_string())
}

/// Today's local date: (year, month 1-12, day 1-31), for file names.
pub fn today() -> (u32, u32, u32) {
    let d = super::local_time::today();
    (d.y as u32, u32::from(d.m), u32::from(d.d))
}

/// The wall clock in milliseconds since 1970 (only for ids and names; timers
/// use `clock`).
pub fn now_ms() -> u64 {
    super::local_time::epoch_ms().max(0) as u64
}

/// The page's origin, e.g. `https://example.org`.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// The fragment of the page's address, without the `#`.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

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
