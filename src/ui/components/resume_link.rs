//! "Resume session", shown while a session is running or paused (also after
//! a reload). The tap that follows it also turns sound back on.

use leptos::prelude::*;

use crate::state::router::Route;

use crate::state::player::controller::Player;

#[component]
pub fn ResumeLink() -> impl IntoView {
    let player = expect_context::<Player>();
    view! {
        <Show when=move || player.resumable()>
            <p class="resume">
                // A quick hold is shown on its own page, a routine on the session page.
                <a href=move || if player.is_quick() { Route::QuickHold.href() } else { Route::Session.href() }
                    class="button primary" on:click=move |_| player.unlock_sound()>
                    "Resume session"
                </a>
            </p>
        </Show>
    }
}
