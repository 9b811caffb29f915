//! "Back to your session · step 2 of 5 · 12:34 left" (the whole session's
//! time left, not the step's), shown while a session is running or paused
//! (also after a reload). The tap that follows it also turns sound
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
                            let left = format_clock(s.session_remaining(now));
                            let step = s.step_number().map_or(String::new(), |n| {
                                format!("step {n} of {} · ", s.step_count())
                            });
                            if s.status() == Status::Paused {
                                format!("Back to your session · paused, {step}{left} left")
                            } else {
                                format!("Back to your session · {step}{left} left")
                            }
                        })).unwrap_or_else(|| "Back to your session".to_string())
                    }}
                </a>
            </p>
        </Show>
    }
}
