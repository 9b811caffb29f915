//! Saving a generated text file (CSV, calendar) through the browser's own
//! download: a Blob, an object URL and a temporary `<a download>`.

use wasm_bindgen::JsCast;

/// Offers `text` as a file named `filename` of type `mime`.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |what: &str| format!("Could not prepare the file ({what}).");
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("url"))?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("document"))?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("link"))?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(filename);
    a.set_hidden(true);
    let body = document.body().ok_or_else(|| fail("body"))?;
    let _ = body.append_child(&a);
    a.click();
    a.remove();
    // Some browsers read the URL after the click returns: revoke it later.
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
