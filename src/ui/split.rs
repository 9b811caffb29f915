//! Pages loaded on demand: in release builds each page below is cut out of the
//! main WebAssembly module into a chunk fetched the first time it is opened,
//! so the first visit loads only the home page, Quick hold and the session.
//!
//! Where the service worker already serves the app, [`warm_up`] loads the
//! chunks while the app is idle, so a page opens at once the first time too.
//!
//! `split_page!` defines a page as `async fn(..) -> Result<AnyView, ChunkError>`.
//! With `cfg(unknot_split)` (release wasm builds, see build.rs) it is a split
//! point for `wasm_split` (the machinery behind Leptos's `#[lazy]`, here with
//! `fallible` so a chunk that cannot be fetched is an error rather than a
//! panic); otherwise the body simply runs. [`lazy_page`] shows it: the page's
//! heading while the chunk loads, a retry if it fails.

use crate::platform::{page, ticker};
use crate::ui::editor::page::{EditRoutinePage, NewRoutinePage};
use crate::ui::pages::{
    about::AboutPage, doctor::DoctorPage, finder::FinderPage, history::HistoryPage,
    learn::LearnPage, my_routines::MyRoutinesPage, routine::RoutinePage, settings::SettingsPage,
    share::SharePage,
};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::future::Future;

/// A page's code could not be fetched (offline before it was cached, or a
/// network error). The failure is not remembered: the next try fetches again.
#[derive(Debug, Clone, Copy)]
pub struct ChunkError;

#[cfg(unknot_split)]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

/// `split_page!(chunk, fn name(args) { view })`: pages naming the same chunk
/// share one `.wasm` file. `split_page!(chunk, preload = load_it, fn ...)`
/// also defines `async fn load_it()`, which fetches the chunk without showing
/// the page (one per chunk is enough; see [`warm_up`]).
macro_rules! split_page {
    ($chunk:ident, preload = $preload:ident, fn $name:ident($($arg:ident: $ty:ty),*) $body:block) => {
        #[cfg(unknot_split)]
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible, preload($preload))]
        #[allow(unused_braces)]
        pub fn $name($($arg: $ty),*) -> Result<AnyView, ChunkError> {
            Ok($body)
        }

        #[cfg(not(unknot_split))]
        #[allow(unused_braces)]
        pub async fn $name($($arg: $ty),*) -> Result<AnyView, ChunkError> {
            Ok($body)
        }

        /// Nothing to fetch in a build that is not split.
        #[cfg(not(unknot_split))]
        async fn $preload() -> Result<(), ChunkError> {
            Ok(())
        }
    };
    ($chunk:ident, fn $name:ident($($arg:ident: $ty:ty),*) $body:block) => {
        #[cfg(unknot_split)]
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        #[allow(unused_braces)]
        pub fn $name($($arg: $ty),*) -> Result<AnyView, ChunkError> {
            Ok($body)
        }

        #[cfg(not(unknot_split))]
        #[allow(unused_braces)]
        pub async fn $name($($arg: $ty),*) -> Result<AnyView, ChunkError> {
            Ok($body)
        }
    };
}

split_page!(
    routine,
    preload = load_routine,
    fn routine(id: String) {
        view! { <RoutinePage id=id/> }.into_any()
    }
);
split_page!(
    my_routines,
    preload = load_my_routines,
    fn my_routines() {
        view! { <MyRoutinesPage/> }.into_any()
    }
);
split_page!(
    editor,
    preload = load_editor,
    fn new_routine(from: Option<String>) {
        view! { <NewRoutinePage from=from/> }.into_any()
    }
);
split_page!(
    editor,
    fn edit_routine(id: String) {
        view! { <EditRoutinePage id=id/> }.into_any()
    }
);
split_page!(
    share,
    preload = load_share,
    fn share() {
        view! { <SharePage/> }.into_any()
    }
);
split_page!(
    settings,
    preload = load_settings,
    fn settings() {
        view! { <SettingsPage/> }.into_any()
    }
);
split_page!(
    history,
    preload = load_history,
    fn history() {
        view! { <HistoryPage/> }.into_any()
    }
);
split_page!(
    reading,
    preload = load_reading,
    fn learn() {
        view! { <LearnPage/> }.into_any()
    }
);
split_page!(
    reading,
    fn about() {
        view! { <AboutPage/> }.into_any()
    }
);
split_page!(
    reading,
    fn doctor() {
        view! { <DoctorPage/> }.into_any()
    }
);
split_page!(
    finder,
    preload = load_finder,
    fn finder(zone: Option<String>) {
        view! { <FinderPage zone=zone/> }.into_any()
    }
);

/// Fetches the page chunks ahead of need, one at a time while the browser is
/// idle, most likely first (a routine from the home page's library), for as
/// long as `keep_going` says so. The app calls it only when the service
/// worker serves the chunks from its cache, so it costs no network; a
/// chunk that fails is simply fetched again when its page opens.
pub async fn warm_up(keep_going: impl Fn() -> bool) {
    // Each step is an `async fn` of its own: a list of futures would need boxing.
    macro_rules! each {
        ($($load:ident),*) => {$(
            ticker::idle(2_000).await;
            if !keep_going() {
                return;
            }
            let _ = $load().await;
        )*};
    }
    each!(
        load_routine,
        load_finder,
        load_my_routines,
        load_settings,
        load_history,
        load_reading,
        load_share,
        load_editor
    );
}

/// Shows the page `load` makes. While its chunk is fetched the page shows
/// `heading` and "Loading"; if the fetch fails, the heading, what happened and
/// "Try again". A chunk already loaded (and every page in a build that is not
/// split) shows at once, with no loading state.
pub fn lazy_page<F, Fut>(heading: impl Into<String>, load: F) -> AnyView
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, ChunkError>> + 'static,
{
    let heading: String = heading.into();
    let attempt = RwSignal::new(0u32);
    let loading = {
        let heading = heading.clone();
        move || {
            view! {
                <section class="page page-loading" aria-busy="true">
                    <h1>{heading.clone()}</h1>
                    <p>"Loading…"</p>
                </section>
            }
        }
    };
    view! {
        <Suspense fallback=loading>
            {move || {
                attempt.track();
                let page = SendWrapper::new(load());
                let heading = heading.clone();
                Suspend::new(async move {
                    match page.await {
                        Ok(view) => {
                            // The loading heading had the focus and the
                            // title: hand both to the page's own heading.
                            ticker::soon(|| page::after_page_change(false, true));
                            view
                        }
                        Err(ChunkError) => failed(heading, attempt),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// The page could not be loaded: say so, offer to try again.
fn failed(heading: String, attempt: RwSignal<u32>) -> AnyView {
    view! {
        <section class="page page-load-failed">
            <h1>{heading}</h1>
            <p role="alert">
                "This page could not be loaded. Check the connection, then try again."
            </p>
            <button type="button" class="button" on:click=move |_| attempt.update(|n| *n += 1)>
                "Try again"
            </button>
        </section>
    }
    .into_any()
}
