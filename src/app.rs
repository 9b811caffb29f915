//! The router and the shell (header, main landmark) around every page.

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes, A},
    path,
};

use crate::ui::components::site_menu::SiteMenu;
use crate::ui::pages::{about::AboutPage, doctor::DoctorPage, learn::LearnPage};
use crate::ui::pages::{home::Home, not_found::NotFound, quick_hold::QuickHoldPage};
use crate::ui::timer_busy::TimerBusy;

#[component]
pub fn App() -> impl IntoView {
    TimerBusy::provide();
    view! {
        <Router>
            <header class="topbar">
                <A href="/" attr:class="brand">
                    <span aria-hidden="true" class="brand-mark"></span>
                    "Unknot"
                </A>
                <SiteMenu/>
            </header>
            <main id="main">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=Home/>
                    <Route path=path!("/quick") view=QuickHoldPage/>
                    <Route path=path!("/learn") view=LearnPage/>
                    <Route path=path!("/about") view=AboutPage/>
                    <Route path=path!("/doctor") view=DoctorPage/>
                </Routes>
            </main>
        </Router>
    }
}
