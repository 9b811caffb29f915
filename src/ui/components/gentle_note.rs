//! The home page's gentle note when the last session was a while ago.

use leptos::prelude::*;
use unknot_domain::stats::days_since_last;

use crate::platform::local_time;
use crate::state::history::HistoryStore;
use crate::state::settings::SettingsStore;

#[component]
pub fn GentleNote() -> impl IntoView {
    let history = expect_context::<HistoryStore>();
    let settings = expect_context::<SettingsStore>();
    let today = local_time::today();
    move || {
        let after = settings.settings.with(|s| s.remind_after_days) as i64;
        let days = history.history.with(|h| days_since_last(h, today))?;
        (after > 0 && days > after).then(|| {
            view! {
                <p class="gentle-note">
                    {format!("It has been {days} days since your last session. ")}
                    "A few easy minutes today may help keep a knot from settling back in."
                </p>
            }
        })
    }
}
