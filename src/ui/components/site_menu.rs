//! The shell's menu: a disclosure button that shows links to the reading
//! pages. It closes when a link is followed or on Escape.

use leptos::{ev, html, prelude::*};

use crate::state::router::Route;

/// Links in the menu: (page, text).
pub const LINKS: [(Route, &str); 8] = [
    (Route::Home, "Home"),
    (Route::QuickHold, "Quick hold"),
    (Route::MyRoutines, "My routines"),
    (Route::History, "History"),
    (Route::Settings, "Settings"),
    (Route::Learn, "Learn"),
    (Route::Doctor, "When to see a doctor"),
    (Route::About, "About"),
];

#[component]
pub fn SiteMenu() -> impl IntoView {
    let open = RwSignal::new(false);
    let button = NodeRef::<html::Button>::new();
    let on_key = move |e: ev::KeyboardEvent| {
        if e.key() == "Escape" && open.get_untracked() {
            open.set(false);
            if let Some(b) = button.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    view! {
        <nav class="site-menu" aria-label="Main" on:keydown=on_key>
            <button
                node_ref=button
                class="menu-button"
                aria-expanded=move || open.get().to_string()
                aria-controls="site-menu-links"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
                    <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>
                </svg>
                "Menu"
            </button>
            <ul id="site-menu-links" class="menu-links" hidden=move || !open.get()>
                {LINKS
                    .iter()
                    .map(|(route, text)| {
                        let text = *text;
                        view! {
                            <li>
                                // Through the base path, so the menu works under a sub-path too.
                                <a href=route.href() on:click=move |_| open.set(false)>{text}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
