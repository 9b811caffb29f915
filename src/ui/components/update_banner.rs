//! "A new version is ready" with "Reload", shown once a new version of the
//! app is waiting, and held back while a timer runs: an update never
//! interrupts a hold. The new version takes over only when "Reload" is
//! pressed.

use leptos::prelude::*;

use crate::platform::service_worker;
use crate::state::timer_busy::TimerBusy;

/// The shell's banner, wired to the service worker.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let ready = RwSignal::new(false);
    if service_worker::ENABLED {
        service_worker::register(move || ready.set(true));
    }
    let busy = expect_context::<TimerBusy>();
    update_prompt(
        ready.into(),
        Signal::derive(move || busy.get()),
        service_worker::apply_update,
    )
}

/// The banner itself: shown when `ready` and not `busy`; "Reload" calls
/// `on_reload`. (One static view with a reactive `hidden`: cheaper in wasm
/// than a conditional view.)
pub fn update_prompt(ready: Signal<bool>, busy: Signal<bool>, on_reload: fn()) -> impl IntoView {
    let shown = move || ready.get() && !busy.get();
    view! {
        <div class="update-banner" hidden=move || !shown()>
            <p role="status">{move || if shown() { "A new version is ready" } else { "" }}</p>
            <button class="primary" on:click=move |_| on_reload()>"Reload"</button>
        </div>
    }
}
