//! Saving a file: a download made in the page (Blob, object URL and a
//! temporary `<a download>`).

use wasm_bindgen::JsCast;

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
