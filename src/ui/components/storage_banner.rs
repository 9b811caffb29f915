//! "Some saved data could not be read", shown app-wide while a kept copy of
//! damaged text has not been downloaded or dismissed (on every load until
//! then). The copies stay reachable from Settings afterwards.

use leptos::prelude::*;
use unknot_domain::backup::date_text;
use unknot_domain::text::capitalized;

use crate::platform::{download::download, local_time, storage};
use crate::state::kept::{self, KeptStore};

#[component]
pub fn StorageBanner() -> impl IntoView {
    let kept = expect_context::<KeptStore>();
    // Found this visit but not kept (no room): shown until this page closes.
    let unkept: Vec<storage::Damaged> = kept
        .found_this_visit()
        .into_iter()
        .filter(|d| d.backup_key.is_none())
        .collect();
    let reasons = kept.found_this_visit();
    let error = RwSignal::new(None::<String>);
    let hidden_unkept = RwSignal::new(false);
    let found = Memo::new(move |_| {
        let mut out: Vec<storage::Damaged> = kept
            .unseen()
            .into_iter()
            .map(|c| {
                let reason = reasons
                    .iter()
                    .find(|d| d.raw == c.text)
                    .map(|d| d.reason.clone())
                    .unwrap_or_else(|| kept::reason(&c).to_string());
                storage::Damaged {
                    what: kept::what(&c),
                    reason,
                    backup_key: Some(c.key),
                    raw: c.text,
                }
            })
            .collect();
        if !hidden_unkept.get() {
            out.extend(unkept.iter().cloned());
        }
        out
    });
    let all_kept = move || found.with(|f| f.iter().all(|d| d.backup_key.is_some()));
    let download = move |_| {
        let (y, m, d) = local_time::today_ymd();
        let name = format!("unknot-unreadable-data-{}.txt", date_text(y, m, d));
        let text = found.with_untracked(|f| backup_text(f));
        match download(&name, "text/plain", &text) {
            Ok(()) => {
                kept.mark_seen();
                hidden_unkept.set(true);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let dismiss = move |_| {
        kept.mark_seen();
        hidden_unkept.set(true);
    };
    // Repaired on opening, but the repaired copy could not be stored.
    let repairs = kept.repairs_not_saved();
    let repairs_hidden = RwSignal::new(repairs.is_empty());
    let repairs_line = repairs_sentence(&repairs);
    view! {
        <Show when=move || !repairs_hidden.get()>
            <div class="storage-banner" role="alert">
                <p>{repairs_line.clone()}</p>
                <div class="banner-actions">
                    <button on:click=move |_| repairs_hidden.set(true)>"Dismiss"</button>
                </div>
            </div>
        </Show>
        <Show when=move || found.with(|f| !f.is_empty())>
            <div class="storage-banner" role="alert">
                <p><strong>"Some saved data could not be read."</strong>" "
                    {move || if all_kept() {
                        "The app started with what it could read, and kept a copy of the rest on this device (Settings lists it)."
                    } else {
                        "The app started with what it could read. There was no room to keep a copy on this device: download it now."
                    }}</p>
                <ul>{move || found.get().into_iter()
                    .map(|d| view! { <li>{format!("{}: {}", capitalized(d.what), d.reason)}</li> })
                    .collect_view()}</ul>
                <div class="banner-actions">
                    <button class="primary" on:click=download>"Download backup"</button>
                    <button on:click=dismiss>"Dismiss"</button>
                </div>
                {move || error.get().or(kept.error.get()).map(|e| view! { <p class="error">{e}</p> })}
            </div>
        </Show>
    }
}

/// "Unknot repaired your routines and your history when it opened, but ...".
fn repairs_sentence(what: &[&str]) -> String {
    let list = match what {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    format!(
        "Unknot repaired {list} when it opened, but the storage on this device is full, so the repaired copy \
         could not be saved. Nothing is lost: the same repair is made each time the app opens. Free some space \
         (kept copies in Settings, or old history) to make it stick."
    )
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
