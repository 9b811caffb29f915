//! The router and the shell (header, main landmark, live region) around
//! every page, and the app-wide state provided to all of them.

use crate::platform::{page, service_worker, ticker};
use crate::state::router::{Route, Router};
use crate::state::routines::RoutineStore;
use crate::state::AppState;
use crate::ui::components::{
    install_prompt::InstallPrompt, limits_notice::LimitsNotice, session_prompts::SessionPrompts,
    site_menu::SiteMenu, storage_banner::StorageBanner, update_banner::UpdateBanner,
};
use crate::ui::pages::{
    home::Home, not_found::NotFound, quick_hold::QuickHoldPage, session::SessionPage,
};
use crate::ui::split::{self, lazy_page};
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
    // Where the page chunks come from the service worker's cache, load them
    // while the app is idle, so each page opens at once the first time.
    // Not while a session runs: its timers come first.
    if service_worker::controls_page() {
        let quiet = move || player.status().is_none();
        if quiet() {
            leptos::task::spawn_local(split::warm_up(quiet));
        }
    }
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
        <LimitsNotice/>
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

/// The page for `route`. Home, Quick hold and the session are in the main
/// module; the other pages load on demand in release builds (`ui::split`).
fn page(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <Home/> }.into_any(),
        Route::QuickHold => view! { <QuickHoldPage/> }.into_any(),
        Route::Session => view! { <SessionPage/> }.into_any(),
        Route::NotFound => view! { <NotFound/> }.into_any(),
        Route::Routine(id) => {
            // The name is known without the page's code (the library shows it).
            let store = expect_context::<RoutineStore>();
            let heading = untrack(|| store.find_any(&id)).map_or("Routine".into(), |r| r.name);
            lazy_page(heading, move || split::routine(id.clone()))
        }
        Route::MyRoutines => lazy_page("My routines", split::my_routines),
        Route::NewRoutine { from } => {
            lazy_page("New routine", move || split::new_routine(from.clone()))
        }
        Route::EditRoutine(id) => {
            lazy_page("Edit routine", move || split::edit_routine(id.clone()))
        }
        Route::Share => lazy_page("Shared routine", split::share),
        Route::Settings => lazy_page("Settings", split::settings),
        Route::History => lazy_page("Your progress", split::history),
        Route::Learn => lazy_page("Learn", split::learn),
        Route::About => lazy_page("About Unknot", split::about),
        Route::Doctor => lazy_page("When to see a doctor", split::doctor),
        Route::Finder { zone } => {
            lazy_page("Where do you feel it?", move || split::finder(zone.clone()))
        }
    }
}
