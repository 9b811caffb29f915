//! The big `m:ss` countdown, readable from the floor.

use leptos::prelude::*;
use unknot_domain::time::{format_clock, Millis};

/// Shows `remaining` as `m:ss` inside `role="timer"`.
///
/// The text is a memo, so the DOM is written only when the shown second
/// actually changes. A timer role is not announced by screen readers on every
/// change (its live setting is off), which is what we want: step changes are
/// announced elsewhere, politely.
#[component]
pub fn ClockFace(#[prop(into)] remaining: Signal<Millis>) -> impl IntoView {
    let label = Memo::new(move |_| format_clock(remaining.get()));
    view! {
        <div class="clock" role="timer" aria-label="Time left">
            {move || label.get()}
        </div>
    }
}
