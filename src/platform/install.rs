//! Installing the app on the home screen: the browser's install offer
//! (`beforeinstallprompt`, Chromium browsers), iOS Safari (no offer: the
//! user adds it from the Share menu), and whether the app already runs
//! installed.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Event;

/// The browser's deferred install offer; [`InstallOffer::prompt`] shows the
/// browser's install dialog (once: the browser then makes a new offer if the
/// user declines).
pub struct InstallOffer(Event);

impl InstallOffer {
    pub fn prompt(&self) {
        let event: &JsValue = self.0.as_ref();
        if let Some(prompt) = js_sys::Reflect::get(event, &"prompt".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        {
            // The returned promise settles with the user's answer; the
            // `appinstalled` event reports a real install.
            if let Ok(promise) = prompt.call0(event) {
                if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                    super::service_worker::ignore_failure(&promise);
                }
            }
        }
    }
}

/// Listens while alive for the browser's install offer and for a finished
/// install.
pub struct InstallWatch {
    _offer: EventListener,
    _installed: EventListener,
}

impl InstallWatch {
    pub fn new(
        mut on_offer: impl FnMut(InstallOffer) + 'static,
        mut on_installed: impl FnMut() + 'static,
    ) -> Option<Self> {
        let window = web_sys::window()?;
        let offer = EventListener::new_with_options(
            &window,
            "beforeinstallprompt",
            EventListenerOptions::enable_prevent_default(),
            move |e| {
                // Keep the mini-infobar away; the app offers its own button.
                e.prevent_default();
                on_offer(InstallOffer(e.clone()));
            },
        );
        let installed = EventListener::new(&window, "appinstalled", move |_| on_installed());
        Some(Self {
            _offer: offer,
            _installed: installed,
        })
    }
}

/// Whether the app runs installed (from the home screen), not in a tab.
pub fn is_standalone() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let media = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    // iOS Safari's own flag.
    let ios = js_sys::Reflect::get(&window.navigator(), &"standalone".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    media || ios
}

/// Whether this is iOS or iPadOS, where only Share -> Add to Home Screen
/// installs a web app.
pub fn is_ios() -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    let ua = navigator.user_agent().unwrap_or_default();
    // iPadOS presents itself as a Mac, but a Mac has no touch screen.
    ua_is_ios(&ua, navigator.max_touch_points())
}

pub fn ua_is_ios(ua: &str, touch_points: i32) -> bool {
    ua.contains("iPhone")
        || ua.contains("iPad")
        || ua.contains("iPod")
        || (ua.contains("Macintosh") && touch_points > 1)
}
