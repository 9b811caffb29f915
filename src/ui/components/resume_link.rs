//! "Back to your session · 0:34 left", shown while a session is running or
//! paused (also after a reload). The tap that follows it also turns sound
//! back on. The time left follows the player's clock, which only moves
//! while a session runs.

use leptos::prelude::*;

use crate::state::router::Route;
use unknot_domain::{session::Status, time::format_clock};

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
                    {move || {
                        let now = player.now.get();
                        player.session.with(|s| s.as_ref().map(|s| {
                            let left = format_clock(s.remaining(now));
                            if s.status() == Status::Paused {
                                format!("Back to your session · paused, {left} left")
                            } else {
                                format!("Back to your session · {left} left")
                            }
                        })).unwrap_or_else(|| "Back to your session".to_string())
                    }}
                </a>
            </p>
        </Show>
    }
}
