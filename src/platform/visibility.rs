//! Page visibility: when the page comes back from the background, timers
//! that were throttled or frozen must catch up at once.

use gloo_events::EventListener;

/// Listens for `visibilitychange` while alive; removed when dropped.
pub struct VisibilityWatch {
    _listener: EventListener,
}

impl VisibilityWatch {
    /// Calls `on_visible` each time the page becomes visible again.
    pub fn on_visible(mut on_visible: impl FnMut() + 'static) -> Option<Self> {
        let document = web_sys::window()?.document()?;
        let doc = document.clone();
        let listener = EventListener::new(&document, "visibilitychange", move |_| {
            if !doc.hidden() {
                on_visible();
            }
        });
        Some(Self {
            _listener: listener,
        })
    }
}

/// Whether the page is currently visible.
pub fn is_visible() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .map(|d| !d.hidden())
        .unwrap_or(true)
}
