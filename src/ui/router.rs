//! Which page the address shows, and moving between pages without a reload.
//!
//! A small router of our own: the app has a dozen flat routes and two
//! parameters, and leptos_router cost about 13% of the WebAssembly (see
//! docs/PERFORMANCE.md). `Route::of` maps a path to a page; `Router` keeps
//! the current address in a signal fed by link clicks, Back/Forward and
//! `navigate`.

use leptos::prelude::*;

use crate::platform::history::{self, decode_segment as decode, AppUrl};

/// The app's pages, with what their address carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    QuickHold,
    Routine(String),
    MyRoutines,
    /// A new routine, blank or (`from`) a copy of another one.
    NewRoutine {
        from: Option<String>,
    },
    EditRoutine(String),
    Share,
    Session,
    Settings,
    History,
    Learn,
    About,
    Doctor,
    NotFound,
}

impl Route {
    /// The page for `url` (its path below the base path).
    pub fn of(url: &AppUrl) -> Self {
        let path = url.path.trim_end_matches('/');
        let parts: Vec<&str> = path.split('/').skip(1).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["quick"] => Route::QuickHold,
            ["routine", id] => Route::Routine(decode(id)),
            ["routines"] => Route::MyRoutines,
            ["routines", "new"] => Route::NewRoutine {
                from: url.query_param("from"),
            },
            ["routines", id, "edit"] => Route::EditRoutine(decode(id)),
            ["share"] => Route::Share,
            ["session"] => Route::Session,
            ["settings"] => Route::Settings,
            ["history"] => Route::History,
            ["learn"] => Route::Learn,
            ["about"] => Route::About,
            ["doctor"] => Route::Doctor,
            _ => Route::NotFound,
        }
    }
}

/// The current address, provided to the whole app.
#[derive(Clone, Copy)]
pub struct Router {
    url: RwSignal<AppUrl>,
}

impl Router {
    /// Starts following the address bar and the app's links.
    pub fn provide() -> Self {
        let router = Self {
            url: RwSignal::new(history::current()),
        };
        let back_forward = history::on_back_forward(move || router.url.set(history::current()));
        let links = history::intercept_links(move |href| router.go(&href));
        // The app lives as long as the page: the listeners do too.
        std::mem::forget((back_forward, links));
        provide_context(router);
        router
    }

    /// The app's router (a fresh one, not following anything, in component
    /// tests that mount a page alone).
    pub fn use_context() -> Self {
        use_context::<Router>().unwrap_or_else(|| Self {
            url: RwSignal::new(history::current()),
        })
    }

    /// The page shown now.
    pub fn route(self) -> Memo<Route> {
        Memo::new(move |_| self.url.with(Route::of))
    }

    /// Shows the page at `href` (a full path from `href()`), as a link would.
    pub fn go(self, href: &str) {
        history::push(href);
        self.url.set(history::current());
    }
}
