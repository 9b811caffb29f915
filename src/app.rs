//! The router and the shell (header, main landmark, live region) around
//! every page, and the app-wide state provided to all of them.

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes, A},
    path,
};

use crate::platform::base_path::{base_path, href};
use crate::ui::components::{
    install_prompt::InstallPrompt, site_menu::SiteMenu, storage_banner::StorageBanner,
    update_banner::UpdateBanner,
};
use crate::ui::editor::page::{EditRoutinePage, NewRoutinePage};
use crate::ui::history_store::HistoryStore;
use crate::ui::pages::{
    about::AboutPage, doctor::DoctorPage, history::HistoryPage, home::Home, learn::LearnPage,
    my_routines::MyRoutinesPage, not_found::NotFound, quick_hold::QuickHoldPage,
    routine::RoutinePage, session::SessionPage, settings::SettingsPage, share::SharePage,
};
use crate::ui::player::controller::Player;
use crate::ui::routine_store::RoutineStore;
use crate::ui::settings_store::SettingsStore;
use crate::ui::timer_busy::TimerBusy;

#[component]
pub fn App() -> impl IntoView {
    TimerBusy::provide();
    SettingsStore::provide();
    HistoryStore::provide();
    RoutineStore::provide();
    let player = Player::provide();
    view! {
        <Router base=base_path()>
            <header class="topbar">
                <A href=href("/") attr:class="brand">
                    <span aria-hidden="true" class="brand-mark"></span>
                    "Unknot"
                </A>
                <InstallPrompt/>
                <SiteMenu/>
            </header>
            <UpdateBanner/>
            <StorageBanner/>
            <main id="main">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=Home/>
                    <Route path=path!("/quick") view=QuickHoldPage/>
                    <Route path=path!("/routine/:id") view=RoutinePage/>
                    <Route path=path!("/routines") view=MyRoutinesPage/>
                    <Route path=path!("/routines/new") view=NewRoutinePage/>
                    <Route path=path!("/routines/:id/edit") view=EditRoutinePage/>
                    <Route path=path!("/share") view=SharePage/>
                    <Route path=path!("/session") view=SessionPage/>
                    <Route path=path!("/settings") view=SettingsPage/>
                    <Route path=path!("/history") view=HistoryPage/>
                    <Route path=path!("/learn") view=LearnPage/>
                    <Route path=path!("/about") view=AboutPage/>
                    <Route path=path!("/doctor") view=DoctorPage/>
                </Routes>
            </main>
            // Step changes are announced here, politely, whatever page is shown.
            <div class="visually-hidden" role="status" aria-live="polite">
                {move || player.announcement.get()}
            </div>
        </Router>
    }
}
