//! "Some saved data could not be read", shown app-wide when stored text was
//! found damaged at start. The text itself was kept (under a backup key and
//! in memory); "Download backup" saves it as a file.

use leptos::prelude::*;
use unknot_domain::backup::date_text;

use crate::platform::{files, storage};

#[component]
pub fn StorageBanner() -> impl IntoView {
    let found = storage::damaged();
    if found.is_empty() {
        return ().into_any();
    }
    let shown = RwSignal::new(true);
    let error = RwSignal::new(None::<String>);
    let lines = found
        .iter()
        .map(|d| view! { <li>{format!("{}: {}", capitalized(d.what), d.reason)}</li> })
        .collect_view();
    let kept = if found.iter().all(|d| d.backup_key.is_some()) {
        "The app started with what it could read, and kept a copy of the rest on this device."
    } else {
        "The app started with what it could read. There was no room to keep a copy on this device: download it now."
    };
    let download = move |_| {
        let (y, m, d) = files::today();
        let name = format!("unknot-unreadable-data-{}.txt", date_text(y, m, d));
        error.set(files::download(&name, "text/plain", &backup_text(&found)).err());
    };
    view! {
        <div class="storage-banner" role="alert" hidden=move || !shown.get()>
            <p><strong>"Some saved data could not be read."</strong>" "{kept}</p>
            <ul>{lines}</ul>
            <div class="banner-actions">
                <button class="primary" on:click=download>"Download backup"</button>
                <button on:click=move |_| shown.set(false)>"Dismiss"</button>
            </div>
            {move || error.get().map(|e| view! { <p class="error">{e}</p> })}
        </div>
    }
    .into_any()
}

/// One piece of damaged text as it was; several as a JSON object from
/// where each was kept to its text.
fn backup_text(found: &[storage::Damaged]) -> String {
    match found {
        [one] => one.raw.clone(),
        many => {
            let map: serde_json::Map<String, serde_json::Value> = many
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let key = d
                        .backup_key
                        .clone()
                        .unwrap_or_else(|| format!("{} ({i})", d.what));
                    (key, serde_json::Value::String(d.raw.clone()))
                })
                .collect();
            serde_json::Value::Object(map).to_string()
        }
    }
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
