//! Whether a timer is running right now (not paused, not finished).
//!
//! Provided once by the app shell. Timer pages set it; anything that would
//! disturb a running hold (an update reload, say) waits while it is true.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct TimerBusy(pub RwSignal<bool>);

impl TimerBusy {
    pub fn provide() -> Self {
        let busy = TimerBusy(RwSignal::new(false));
        provide_context(busy);
        busy
    }

    /// The app's flag, or a private one outside the app (component tests).
    pub fn use_context() -> Self {
        use_context::<TimerBusy>().unwrap_or_else(|| TimerBusy(RwSignal::new(false)))
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
