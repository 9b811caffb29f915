//! The clock the timers run on.
//!
//! `now()` is `performance.timeOrigin + performance.now()`: monotonic while
//! the page lives (a wall-clock change does not move it) and aligned with the
//! wall clock at page start, so a deadline saved before a reload still means
//! the same moment afterwards.
//!
//! Some systems stop the monotonic clock while the device sleeps. If the wall
//! clock has run ahead of it by more than [`SLEEP_GAP`], that gap is added from
//! then on, so a session started before the phone slept is right after it
//! wakes. The correction only grows: a wall clock set backwards changes nothing.

use std::cell::Cell;
use unknot_domain::time::{Instant, Millis};

/// A difference this large between the two clocks means the device slept.
const SLEEP_GAP: f64 = 2_000.0;

thread_local! {
    static SLEEP_CORRECTION: Cell<f64> = const { Cell::new(0.0) };
    /// Looked up once: every wake reads the clock several times.
    static PERFORMANCE: web_sys::Performance = web_sys::window()
        .and_then(|w| w.performance())
        .expect("performance is available in every supported browser");
}

/// Milliseconds on the timers' clock, rounded down (so a deadline is never
/// reported as passed before it has).
pub fn now() -> Instant {
    let mono = PERFORMANCE.with(|perf| perf.time_origin() + perf.now());
    let gap = js_sys::Date::now() - mono;
    let correction = SLEEP_CORRECTION.with(|c| {
        if gap > c.get() + SLEEP_GAP {
            c.set(gap);
        }
        c.get()
    });
    (mono + correction).max(0.0).floor() as Instant
}

/// Milliseconds between two readings, never negative.
pub fn since(earlier: Instant) -> Millis {
    now().saturating_sub(earlier)
}
