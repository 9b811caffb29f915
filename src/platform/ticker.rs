//! A one-shot timer aimed at the next moment the display must change.
//!
//! We never use a free-running interval: each wake computes the next one from
//! the deadline, so a late wake (throttled tab, blocked thread) is corrected
//! at once instead of adding up.

use gloo_timers::callback::Timeout;
use unknot_domain::time::Millis;

#[derive(Default)]
pub struct Ticker {
    pending: Option<Timeout>,
}

impl Ticker {
    pub fn new() -> Self {
        Self::default()
    }

    /// Calls `wake` once after `delay` ms, replacing any wake still pending.
    pub fn schedule(&mut self, delay: Millis, wake: impl FnOnce() + 'static) {
        let delay = u32::try_from(delay).unwrap_or(u32::MAX);
        self.pending = Some(Timeout::new(delay, wake));
    }

    /// Drops the pending wake, if any.
    pub fn cancel(&mut self) {
        if let Some(t) = self.pending.take() {
            t.cancel();
        }
    }

    pub fn is_pending(&self) -> bool {
        self.pending.is_some()
    }
}

/// Runs `task` once, in a task of its own, as soon as the page is free
/// (after the current event and the rendering it caused).
pub fn soon(task: impl FnOnce() + 'static) {
    Timeout::new(0, task).forget();
}
