//! `/`: the home page: Quick hold, the pain finder, "Resume session", the gentle note and the
//! routine library with its body map and filters.

use leptos::prelude::*;

use crate::state::router::Route;

use crate::ui::components::{gentle_note::GentleNote, library::Library, resume_link::ResumeLink};

/// The start page: Quick hold and "Resume session" first, then the routine library.
#[component]
pub fn Home() -> impl IntoView {
    view! {
        <section class="page home">
            <h1>"Release a knot, one hold at a time"</h1>
            <p class="lede">
                "Unknot times your massage-ball and foam-roller holds so you can keep your eyes "
                "closed and your hands free."
            </p>
            <GentleNote/>
            <ResumeLink/>
            <ul class="cards" role="list">
                <li>
                    <a href=Route::QuickHold.href() class="card">
                        <span class="card-title">"Quick hold"</span>
                    </a>
                    <p class="card-text">
                        "One timed pressure hold on one spot: 10 to 60 seconds."
                    </p>
                </li>
                <li>
                    <a href=Route::Finder { zone: None }.href() class="card">
                        <span class="card-title">"Where do you feel it?"</span>
                    </a>
                    <p class="card-text">
                        "Pain often comes from a knot somewhere else. Find where it usually starts, and the routines that work it."
                    </p>
                </li>
            </ul>
            <Library/>
        </section>
    }
}
