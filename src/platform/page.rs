//! What the browser shows about the page as a whole after the app moves to
//! another page: the document's title, and where keyboard and screen-reader
//! focus lands.

use wasm_bindgen::JsCast;

/// The app's name, after the page's own heading in every title.
const APP: &str = "Unknot";

thread_local! {
    /// The document's own title, read before the app first changes it.
    static HOME_TITLE: std::cell::OnceCell<String> = const { std::cell::OnceCell::new() };
}

/// Names the document after the page's heading ("Calves and heel ·
/// Unknot"), and with `focus`, moves focus to that heading unless the page
/// already put it somewhere (the finder focuses its answer): a person using
/// a keyboard or a screen reader starts reading the new page at its top,
/// not at the end of the old one.
/// The home page keeps the app's own title (`home`).
pub fn after_page_change(home: bool, focus: bool) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let heading = document
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    // The home page keeps the title the document came with (index.html's).
    let home_title = HOME_TITLE.with(|t| t.get_or_init(|| document.title()).clone());
    let title = heading
        .as_ref()
        .and_then(|h| h.text_content())
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !home && !t.is_empty())
        .map_or(home_title, |t| format!("{t} · {APP}"));
    document.set_title(&title);
    if !focus {
        return;
    }
    let elsewhere = document
        .active_element()
        .is_some_and(|a| a.tag_name() != "BODY" && a.tag_name() != "A");
    if let (Some(h), false) = (heading, elsewhere) {
        if !h.has_attribute("tabindex") {
            let _ = h.set_attribute("tabindex", "-1");
        }
        let _ = h.focus();
    }
}
