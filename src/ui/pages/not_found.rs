use leptos::prelude::*;

use crate::platform::base_path::href;

/// Shown for any route the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="page">
            <h1>"Page not found"</h1>
            <p>"There is nothing at this address. It may have moved, or the link may be incomplete."</p>
            <p>
                <a href=href("/") class="button">"Go to the home page"</a>
            </p>
        </section>
    }
}
