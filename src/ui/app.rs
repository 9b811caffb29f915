//! The router and the shell (header, main landmark, live region) around
//! every page, and the app-wide state provided to all of them.

use crate::platform::{page, ticker};
use crate::state::router::{Route, Router};
use crate::state::AppState;
use crate::ui::components::{
    install_prompt::InstallPrompt, session_prompts::SessionPrompts, site_menu::SiteMenu,
    storage_banner::StorageBanner, update_banner::UpdateBanner,
};
use crate::ui::editor::page::{EditRoutinePage, NewRoutinePage};
use crate::ui::pages::{
    about::AboutPage, doctor::DoctorPage, finder::FinderPage, history::HistoryPage, home::Home,
    learn::LearnPage, my_routines::MyRoutinesPage, not_found::NotFound, quick_hold::QuickHoldPage,
    routine::RoutinePage, session::SessionPage, settings::SettingsPage, share::SharePage,
};
use leptos::prelude::*;
use unknot_domain::cues::Flash;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::provide(Router::follow_page());
    state.follow_other_tabs();
    let player = state.player;
    let route = state.router.route();
    // After each page change: the title from the page's heading, and focus
    // to it (not on the first load: the page starts at the top anyway).
    Effect::new(move |first: Option<()>| {
        let home = route.with(|r| *r == Route::Home);
        let focus = first.is_some();
        ticker::soon(move || page::after_page_change(home, focus));
    });
    view! {
        <header class="topbar">
            <a href=Route::Home.href() class="brand">
                <span aria-hidden="true" class="brand-mark"></span>
                "Unknot"
            </a>
            <InstallPrompt/>
            <SiteMenu/>
        </header>
        <UpdateBanner/>
        <StorageBanner/>
        <SessionPrompts/>
        <main id="main">{move || page(route.get())}</main>
        // Step changes are announced here, politely, whatever page is shown.
        <div class="visually-hidden" role="status" aria-live="polite">
            {move || player.announcement.get()}
        </div>
        // The "Flash at each step" setting: one element per flash, so its
        // animation runs once each time.
        {move || player.flash.get().map(|f| view! {
            <div class=format!("flash flash-{}", flash_class(f.kind)) aria-hidden="true"></div>
        })}
    }
}

/// The CSS class of a transition flash.
fn flash_class(kind: Flash) -> &'static str {
    match kind {
        Flash::Step => "step",
        Flash::Switch => "switch",
        Flash::Finish => "finish",
    }
}

/// The page for `route`.
fn page(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <Home/> }.into_any(),
        Route::QuickHold => view! { <QuickHoldPage/> }.into_any(),
        Route::Routine(id) => view! { <RoutinePage id=id/> }.into_any(),
        Route::MyRoutines => view! { <MyRoutinesPage/> }.into_any(),
        Route::NewRoutine { from } => view! { <NewRoutinePage from=from/> }.into_any(),
        Route::EditRoutine(id) => view! { <EditRoutinePage id=id/> }.into_any(),
        Route::Share => view! { <SharePage/> }.into_any(),
        Route::Session => view! { <SessionPage/> }.into_any(),
        Route::Settings => view! { <SettingsPage/> }.into_any(),
        Route::History => view! { <HistoryPage/> }.into_any(),
        Route::Learn => view! { <LearnPage/> }.into_any(),
        Route::About => view! { <AboutPage/> }.into_any(),
        Route::Doctor => view! { <DoctorPage/> }.into_any(),
        Route::Finder { zone } => view! { <FinderPage zone=zone/> }.into_any(),
        Route::NotFound => view! { <NotFound/> }.into_any(),
    }
}
