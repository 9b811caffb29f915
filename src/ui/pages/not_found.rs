//! Any address the app does not know: says so and offers the way home.

use leptos::prelude::*;

use crate::state::router::Route;

/// Shown for any route the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="page">
            <h1>"Page not found"</h1>
            <p>"There is nothing at this address. It may have moved, or the link may be incomplete."</p>
            <p>
                <a href=Route::Home.href() class="button">"Go to the home page"</a>
            </p>
        </section>
    }
}
