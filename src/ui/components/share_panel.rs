//! The link that carries one routine, with "Share link" (the phone's share
//! sheet, where there is one) and "Copy link". Nothing is sent anywhere:
//! the routine is inside the link itself.

use leptos::prelude::*;
use unknot_domain::routine::Routine;

use crate::platform::{
    clipboard,
    share_sheet::{self, Shared},
};
use crate::state::router::Route;

#[component]
pub fn SharePanel(routine: Routine) -> impl IntoView {
    let link = Route::share_address(&routine);
    let status = RwSignal::new(String::new());
    let field_id = format!("share-{}", routine.id);
    let copy = {
        let link = link.clone();
        move |_| {
            let link = link.clone();
            leptos::task::spawn_local(async move {
                status.set(if clipboard::copy_text(&link).await {
                    "Link copied.".into()
                } else {
                    "Could not copy: select the link and copy it by hand.".into()
                });
            });
        }
    };
    let share = {
        let link = link.clone();
        let name = routine.name.clone();
        move |_| {
            let (link, name) = (link.clone(), name.clone());
            leptos::task::spawn_local(async move {
                let text = format!("A self-massage routine: {name}");
                match share_sheet::share_link(&name, &text, &link).await {
                    Shared::Done => status.set("Link shared.".into()),
                    Shared::Cancelled => status.set(String::new()),
                    Shared::Failed => {
                        status.set("Could not open the share sheet: copy the link instead.".into())
                    }
                }
            });
        }
    };
    let has_sheet = share_sheet::is_supported();
    view! {
        <div class="share-panel">
            <label class="field" for=field_id.clone()>
                "Link to \u{201c}"{routine.name.clone()}"\u{201d}"
            </label>
            <input id=field_id class="share-link" type="text" readonly prop:value=link
                on:focus=|e| clipboard::select_all(&e)/>
            <p class="hint">"Anyone who opens it can add this routine to their own. The routine is inside the link: nothing is uploaded."</p>
            <p class="actions">
                {has_sheet.then(|| view! { <button class="primary" on:click=share.clone()>"Share link"</button> })}
                <button on:click=copy>"Copy link"</button>
            </p>
            <p role="status" class="hint">{move || status.get()}</p>
        </div>
    }
}
