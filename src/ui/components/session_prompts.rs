//! Two questions about sessions, asked wherever the user is:
//! - a session ran out while the app was closed: "You left Calves and heel
//!   12 minutes ago" - I finished it / I stopped early / Discard (the
//!   history is never told it was finished without asking);
//! - a start while another session runs: replace it (it is logged as ended
//!   early) or keep it;
//! - the session runs in another tab: "Take it over here".

use leptos::prelude::*;

use crate::platform::clock;
use crate::state::history::HistoryStore;
use crate::state::player::controller::Player;

#[component]
pub fn SessionPrompts() -> impl IntoView {
    let player = expect_context::<Player>();
    let history = expect_context::<HistoryStore>();
    let left_text = move || {
        player.left.with(|l| {
            l.as_ref().map(|s| {
                let minutes = (clock::now().saturating_sub(s.touched_at()) + 30_000) / 60_000;
                let ago = match minutes {
                    0 => "less than a minute ago".to_string(),
                    1 => "1 minute ago".to_string(),
                    m if m < 120 => format!("{m} minutes ago"),
                    m => format!("{} hours ago", m / 60),
                };
                format!(
                    "You left {} {ago}. It has run out since. How did it go?",
                    s.routine().name
                )
            })
        })
    };
    let pending_text = move || {
        player.pending_start.with(|p| {
            p.as_ref().map(|(next, _)| {
                // Running here, or else in another tab.
                let here = player
                    .session
                    .with(|s| s.as_ref().map(|s| s.routine().name.clone()));
                let (running, where_) = match here {
                    Some(name) => (name, ""),
                    None => (
                        player.elsewhere.get().unwrap_or_default(),
                        " in another tab",
                    ),
                };
                (
                    format!("{running} is still going{where_}."),
                    format!(
                        "Start {} instead? {running} is kept in your history as ended early.",
                        next.name
                    ),
                )
            })
        })
    };
    view! {
        {move || left_text().map(|text| view! {
            <section class="notice session-prompt" role="alertdialog" aria-labelledby="left-title" aria-describedby="left-text">
                <h2 id="left-title">"A session ran out while Unknot was closed"</h2>
                <p id="left-text">{text}</p>
                <div class="row-actions">
                    <button class="primary" on:click=move |_| player.answer_left(Some(true))>"I finished it"</button>
                    <button on:click=move |_| player.answer_left(Some(false))>"I stopped early"</button>
                    <button on:click=move |_| player.answer_left(None)>"Discard"</button>
                </div>
                {move || history.error.get().map(|e| view! { <p class="error">{e}</p> })}
            </section>
        })}
        {move || player.elsewhere.get().map(|name| view! {
            <section class="notice session-prompt" role="region" aria-labelledby="elsewhere-title">
                <h2 id="elsewhere-title">"Your session runs in another tab"</h2>
                <p>{format!("{name} goes on in another Unknot tab or window. Only one can run a session at a time.")}</p>
                <div class="row-actions">
                    <button class="primary" on:click=move |_| player.take_over()>"Take it over here"</button>
                </div>
            </section>
        })}
        {move || pending_text().map(|(title, text)| view! {
            <section class="notice session-prompt" role="alertdialog" aria-labelledby="pending-title" aria-describedby="pending-text">
                <h2 id="pending-title">{title}</h2>
                <p id="pending-text">{text}</p>
                <div class="row-actions">
                    <button class="primary" on:click=move |_| player.answer_start(true)>"Start the new one"</button>
                    <button on:click=move |_| player.answer_start(false)>"Keep the one that runs"</button>
                </div>
            </section>
        })}
    }
}
