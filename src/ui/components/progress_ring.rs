//! The step's progress ring and the routine's progress bar, both animated by
//! CSS alone: an animation as long as what it shows, started part-way through
//! with a negative delay and paused with the session. No per-frame script,
//! no DOM writes while it runs. The caller re-creates them (by keying) when
//! the segment, its length or the paused state changes.

use leptos::prelude::*;
use unknot_domain::time::{Millis, SECOND};

/// A ring that fills over `length`, `elapsed` of it already done.
#[component]
pub fn ProgressRing(
    length: Millis,
    elapsed: Millis,
    paused: bool,
    children: Children,
) -> impl IntoView {
    let steps = length.div_ceil(SECOND).max(1).to_string();
    // CSS variables are set through the CSSOM (`style:`), which the
    // Content-Security-Policy allows, unlike a `style="..."` attribute.
    view! {
        <div
            class="ring"
            class:paused=paused
            style:--dur=format!("{length}ms")
            style:--delay=format!("-{elapsed}ms")
            style:--steps=steps
        >
            <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false">
                <circle class="ring-track" cx="50" cy="50" r="45" pathLength="100"></circle>
                <circle class="ring-fill" cx="50" cy="50" r="45" pathLength="100"></circle>
            </svg>
            <div class="ring-content">{children()}</div>
        </div>
    }
}

/// The whole routine's progress as a bar, with its value for assistive tech
/// (updated when the step changes, not every second).
#[component]
pub fn RoutineProgress(total: Millis, position: Millis, paused: bool) -> impl IntoView {
    let total = total.max(1);
    let done = position.min(total);
    // Integer maths only: float formatting would add kilobytes to the wasm.
    let from_css = format!("calc({} / 10000)", done * 10_000 / total);
    let dur_css = format!("{}ms", total - done);
    let percent = done * 100 / total;
    view! {
        <div
            class="routine-progress"
            class:paused=paused
            role="progressbar"
            aria-label="Routine progress"
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=percent
            style:--from=from_css
            style:--dur=dur_css
        >
            <div class="routine-progress-fill"></div>
        </div>
    }
}
