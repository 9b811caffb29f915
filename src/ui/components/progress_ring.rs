//! The step's progress ring and the routine's progress bar, both animated by
//! CSS alone: an animation as long as what it shows, started part-way through
//! with a negative delay and paused with the session. No per-frame script,
//! no DOM writes while it runs. The caller re-creates them (by keying) when
//! the segment, its length or the paused state changes.
//!
//! Both animate `transform` only, so the compositor runs them and the main
//! thread does no style, layout or paint per frame (an animated SVG
//! `stroke-dashoffset` cost the main thread hundreds of ms a second). The
//! ring is two half-circle arcs, each rotating behind a half-ring window.

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
    // Reduced motion moves in whole seconds; each half of the ring is one
    // keyframe interval, so it gets half of the steps.
    let steps = length.div_ceil(2 * SECOND).max(1).to_string();
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
                <circle class="ring-track" cx="50" cy="50" r="45"></circle>
            </svg>
            <div class="ring-half right" aria-hidden="true"><HalfArc/></div>
            <div class="ring-half left" aria-hidden="true"><HalfArc/></div>
            <div class="ring-content">{children()}</div>
        </div>
    }
}

/// The left half of the ring as an arc in a full-size box; rotated, it shows
/// the filled part through its half window.
#[component]
fn HalfArc() -> impl IntoView {
    view! {
        <div class="ring-arc">
            <svg viewBox="0 0 100 100" focusable="false">
                <path class="ring-fill" d="M50 5A45 45 0 0 0 50 95"></path>
            </svg>
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
