//! The home page's gentle note when the last session was a while ago.

use leptos::prelude::*;
use unknot_domain::stats::days_since_last;

use crate::platform::local_time;
use crate::ui::history_store::HistoryStore;
use crate::ui::settings_store::SettingsStore;

#[component]
pub fn GentleNote() -> impl IntoView {
    let history = HistoryStore::use_context();
    let settings = SettingsStore::use_context();
    let today = local_time::today();
    move || {
        let after = settings.settings.with(|s| s.remind_after_days) as i64;
        let days = history.history.with(|h| days_since_last(h, today))?;
        (after > 0 && days > after).then(|| {
            view! {
                <p class="gentle-note">
                    {format!("It has been {days} days since your last session. ")}
                    "A few easy minutes today can keep a knot from settling back in."
                </p>
            }
        })
    }
}
