//! The router and the shell (header, main landmark) around every page.

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes, A},
    path,
};

use crate::platform::base_path::{base_path, href};
use crate::ui::components::{install_prompt::InstallPrompt, update_banner::UpdateBanner};
use crate::ui::pages::{home::Home, not_found::NotFound, quick_hold::QuickHoldPage};
use crate::ui::timer_busy::TimerBusy;

#[component]
pub fn App() -> impl IntoView {
    TimerBusy::provide();
    view! {
        <Router base=base_path()>
            <header class="topbar">
                <A href=href("/") attr:class="brand">
                    <span aria-hidden="true" class="brand-mark"></span>
                    "Unknot"
                </A>
                <InstallPrompt/>
            </header>
            <UpdateBanner/>
            <main id="main">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=Home/>
                    <Route path=path!("/quick") view=QuickHoldPage/>
                </Routes>
            </main>
        </Router>
    }
}
