//! "Resume session", shown while a session is running or paused (also after
//! a reload). The tap that follows it also turns sound back on.

use leptos::prelude::*;

use crate::platform::base_path::href;
use crate::ui::player::controller::Player;

#[component]
pub fn ResumeLink() -> impl IntoView {
    let player = Player::use_context();
    view! {
        <Show when=move || player.resumable()>
            <p class="resume">
                <a href=href("/session") class="button primary" on:click=move |_| player.unlock_sound()>
                    "Resume session"
                </a>
            </p>
        </Show>
    }
}
