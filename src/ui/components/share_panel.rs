//! The link that carries one routine, with "Copy link". Nothing is sent
//! anywhere: the routine is inside the link itself.

use leptos::prelude::*;
use unknot_domain::routine::Routine;

use crate::platform::clipboard;
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
    view! {
        <div class="share-panel">
            <label class="field" for=field_id.clone()>
                "Link to \u{201c}"{routine.name.clone()}"\u{201d}"
            </label>
            <input id=field_id class="share-link" type="text" readonly prop:value=link
                on:focus=|e| clipboard::select_all(&e)/>
            <p class="hint">"Anyone who opens it can add this routine to their own. The routine is inside the link: nothing is uploaded."</p>
            <button on:click=copy>"Copy link"</button>
            <p role="status" class="hint">{move || status.get()}</p>
        </div>
    }
}
