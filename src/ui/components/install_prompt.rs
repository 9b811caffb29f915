//! The way to install the app: an "Install app" button when the browser
//! offers installing (Chromium browsers), a short "Share, then Add to Home
//! Screen" hint on iOS, and nothing once the app runs installed.

use leptos::prelude::*;

use crate::platform::install::{self, InstallOffer, InstallWatch};

/// The shell's install offer, wired to the browser.
#[component]
pub fn InstallPrompt() -> impl IntoView {
    let standalone = install::is_standalone();
    let can_install = RwSignal::new(false);
    let ios_hint = RwSignal::new(!standalone && install::is_ios());
    let offer = StoredValue::new_local(None::<InstallOffer>);
    let watch = InstallWatch::new(
        move |o| {
            if !install::is_standalone() {
                offer.set_value(Some(o));
                can_install.set(true);
            }
        },
        move || {
            offer.set_value(None);
            can_install.set(false);
            ios_hint.set(false);
        },
    );
    // Listens as long as the shell lives.
    StoredValue::new_local(watch);

    let install = move |_| {
        offer.with_value(|o| {
            if let Some(o) = o {
                o.prompt();
            }
        });
        // An offer can be used once; the browser makes a new one if the user
        // declines, which shows the button again.
        offer.set_value(None);
        can_install.set(false);
    };
    view! {
        // "Install" alone on a narrow phone, so the header stays one row.
        <button class="install-button" aria-label="Install app" hidden=move || !can_install.get() on:click=install>
            "Install"<span class="install-more">" app"</span>
        </button>
        <aside class="install-hint" aria-label="Install Unknot" hidden=move || !ios_hint.get()>
            <p>
                "Use Unknot offline from your home screen: tap "
                <strong>"Share"</strong>
                " then "
                <strong>"Add to Home Screen"</strong>
                "."
            </p>
            <button on:click=move |_| ios_hint.set(false)>"Not now"</button>
        </aside>
    }
}
