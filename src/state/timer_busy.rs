//! Whether a timer is running right now (not paused, not finished).
//!
//! The player sets it; anything that would disturb a running hold (an update
//! reload, say) waits while it is true.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct TimerBusy(RwSignal<bool>);

impl TimerBusy {
    pub(super) fn new() -> Self {
        TimerBusy(RwSignal::new(false))
    }

    pub fn set(self, running: bool) {
        if self.0.get_untracked() != running {
            self.0.set(running);
        }
    }

    pub fn get(self) -> bool {
        self.0.get()
    }
}
