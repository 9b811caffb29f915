//! Which page the address shows, and moving between pages without a reload.
//!
//! A small router of our own: the app has a dozen flat routes and two
//! parameters, and leptos_router cost about 13% of the WebAssembly (see
//! docs/PERFORMANCE.md). Routes go both ways: `Route::of` maps an address to
//! a page and `Route::href` a page to its address, so no view builds a path
//! by hand. `Router` keeps the current address in a signal fed by link
//! clicks, Back/Forward and `go`.

use leptos::prelude::*;

use unknot_domain::routine::Routine;

use crate::platform::address::{
    self, decode_segment as decode, encode_component, AppUrl, UnloadGuard,
};
use crate::platform::base_path;

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
    /// "Where do you feel it?", with the zone chosen (kept in the address
    /// so Back returns to it).
    Finder {
        zone: Option<String>,
    },
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
            ["finder"] => Route::Finder {
                zone: url.query_param("zone"),
            },
            _ => Route::NotFound,
        }
    }

    /// The route's path below the base path ("/routine/neck-release"), ids
    /// escaped so any id reads back whole.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".to_string(),
            Route::QuickHold => "/quick".to_string(),
            Route::Routine(id) => format!("/routine/{}", encode_component(id)),
            Route::MyRoutines => "/routines".to_string(),
            Route::NewRoutine { from: None } => "/routines/new".to_string(),
            Route::NewRoutine { from: Some(id) } => {
                format!("/routines/new?from={}", encode_component(id))
            }
            Route::EditRoutine(id) => format!("/routines/{}/edit", encode_component(id)),
            Route::Share => "/share".to_string(),
            Route::Session => "/session".to_string(),
            Route::Settings => "/settings".to_string(),
            Route::History => "/history".to_string(),
            Route::Learn => "/learn".to_string(),
            Route::About => "/about".to_string(),
            Route::Doctor => "/doctor".to_string(),
            Route::Finder { zone: None } => "/finder".to_string(),
            Route::Finder { zone: Some(z) } => format!("/finder?zone={}", encode_component(z)),
            Route::NotFound => "/not-found".to_string(),
        }
    }

    /// The route's full address on this host (through the base path), for
    /// links and [`Router::go`].
    pub fn href(&self) -> String {
        base_path::href(&self.path())
    }

    /// The whole address of a shared routine, to send to someone:
    /// `<origin><base>/share#<data>` (the routine is in the fragment, which
    /// never reaches a server).
    pub fn share_address(routine: &Routine) -> String {
        format!(
            "{}{}#{}",
            address::origin(),
            Route::Share.href(),
            unknot_domain::share::encode(routine)
        )
    }
}

/// Where the user tried to go while a page held them (see [`Router::hold`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Leave {
    /// A link, or [`Router::go`]: this full address.
    To(String),
    /// The browser's Back or Forward.
    BackOrForward,
}

/// The current address, provided to the whole app.
#[derive(Clone, Copy)]
pub struct Router {
    url: RwSignal<AppUrl>,
    /// While set, leaving the page asks this instead (unsaved edits).
    held: StoredValue<Option<Callback<Leave>>>,
    /// While held, closing or reloading the tab asks too.
    unload: StoredValue<Option<UnloadGuard>, LocalStorage>,
}

impl Router {
    fn at(url: AppUrl) -> Self {
        Self {
            url: RwSignal::new(url),
            held: StoredValue::new(None),
            unload: StoredValue::new_local(None),
        }
    }

    /// Starts following the address bar and the app's links.
    pub fn follow_page() -> Self {
        let router = Self::at(address::current());
        let back_forward = address::on_back_forward(move || router.back_or_forward());
        let links = address::intercept_links(move |href| router.go_to(&href));
        // The app lives as long as the page: the listeners do too.
        std::mem::forget((back_forward, links));
        router
    }

    /// A router that starts at the current address and moves only when told
    /// (component tests mount pages alone, without taking over the links).
    pub fn detached() -> Self {
        Self::at(address::current())
    }

    /// The page shown now.
    pub fn route(self) -> Memo<Route> {
        Memo::new(move |_| self.url.with(Route::of))
    }

    /// Shows the page of `route`, as a link to it would.
    pub fn go(self, route: &Route) {
        self.go_to(&route.href());
    }

    /// Shows the page of `route` in place of the current one in the session
    /// history, so Back skips the page left (an editor after Save).
    pub fn replace(self, route: &Route) {
        address::replace(&route.href());
        address::scroll_to_top();
        self.url.set(address::current());
    }

    /// Holds the user on this page: following a link, [`Router::go`], Back
    /// and Forward call `ask` instead of moving, and closing or reloading
    /// the tab makes the browser ask. The page answers with
    /// [`Router::leave`] or by staying; [`Router::release`] ends it.
    pub fn hold(self, ask: Callback<Leave>) {
        self.held.set_value(Some(ask));
        if self.unload.with_value(Option::is_none) {
            self.unload.set_value(UnloadGuard::new());
        }
    }

    /// Lets the user leave freely again.
    pub fn release(self) {
        self.held.set_value(None);
        self.unload.set_value(None);
    }

    /// Whether the page holds the user (see [`Router::hold`]).
    pub fn is_held(self) -> bool {
        self.held.with_value(Option::is_some)
    }

    /// Releases the page and goes where the user tried to go.
    pub fn leave(self, to: Leave) {
        self.release();
        match to {
            Leave::To(href) => self.go_to(&href),
            // The held page put its address back on top: one step back is
            // where Back (or Forward) was going.
            Leave::BackOrForward => address::back(),
        }
    }

    /// The value of `name` in the current address's query.
    pub fn param(self, name: &str) -> Option<String> {
        self.url.with_untracked(|u| u.query_param(name))
    }

    /// Keeps a choice made on the current page in its address (`?name=value`,
    /// or no query for `None`) without a new history entry, so Back from the
    /// next page finds it again. The page stays as it is.
    pub fn keep_param(self, name: &str, value: Option<&str>) {
        let path = self.url.with_untracked(|u| u.path.clone());
        let address = match value {
            Some(v) => format!("{path}?{name}={}", encode_component(v)),
            None => path,
        };
        address::replace(&base_path::href(&address));
        self.url.set(address::current());
    }

    /// Shows the page at `href` (a full address), as a link would.
    fn go_to(self, href: &str) {
        if let Some(ask) = self.held.get_value() {
            ask.run(Leave::To(href.to_string()));
            return;
        }
        address::push(href);
        self.url.set(address::current());
    }

    /// After Back or Forward: follows the address, or, while the page holds
    /// the user, puts the page's address back and asks.
    fn back_or_forward(self) {
        match self.held.get_value() {
            Some(ask) => {
                let here = self.url.with_untracked(|u| {
                    if u.query.is_empty() {
                        u.path.clone()
                    } else {
                        format!("{}?{}", u.path, u.query)
                    }
                });
                address::push_in_place(&base_path::href(&here));
                ask.run(Leave::BackOrForward);
            }
            None => self.url.set(address::current()),
        }
    }
}
