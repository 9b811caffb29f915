//! The monotonic clock the timers run on.

use unknot_domain::time::Instant;

/// Milliseconds since page load on the monotonic clock (`performance.now()`).
///
/// Rounded down, so a deadline computed from it is never reported as passed
/// before it really has. Unlike `Date.now()`, this clock never jumps when the
/// user or the network changes the wall-clock time.
pub fn now() -> Instant {
    let perf = web_sys::window()
        .and_then(|w| w.performance())
        .expect("performance.now() is available in every supported browser");
    perf.now().max(0.0).floor() as Instant
}
