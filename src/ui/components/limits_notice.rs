//! "Some of your routines were changed to stay within the safe limits":
//! shown app-wide while the stored routines carry notes about steps brought
//! inside the limits (a hold made longer than 60 s by an older version), until
//! the user dismisses it. Never a silent change.

use leptos::prelude::*;

use crate::state::routines::RoutineStore;

#[component]
pub fn LimitsNotice() -> impl IntoView {
    let store = expect_context::<RoutineStore>();
    let notices = Memo::new(move |_| store.notices());
    let error = RwSignal::new(None::<String>);
    let dismiss = move |_| match store.dismiss_notices() {
        Ok(()) => error.set(None),
        Err(e) => error.set(Some(e)),
    };
    view! {
        <Show when=move || notices.with(|n| !n.is_empty())>
            <section class="limits-notice" aria-labelledby="limits-notice-title">
                <p id="limits-notice-title">
                    <strong>"Some of your routines were changed to stay within the safe limits."</strong>
                </p>
                <ul>{move || notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                <div class="banner-actions">
                    <button class="primary" on:click=dismiss>"Dismiss"</button>
                </div>
                {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            </section>
        </Show>
    }
}
