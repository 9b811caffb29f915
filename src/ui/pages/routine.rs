//! `/routine/<id>`: a routine's overview and the Start button.

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_navigate, hooks::use_params_map};
use unknot_domain::{routine::Routine, session::Session, time::format_clock};

use crate::platform::base_path::href;
use crate::ui::components::safety_check::{safety_acknowledged, SafetyCheck};
use crate::ui::components::step_rows::StepRows;
use crate::ui::player::controller::Player;
use crate::ui::routines;
use crate::ui::settings_store::SettingsStore;

#[component]
pub fn RoutinePage() -> impl IntoView {
    let params = use_params_map();
    let routine = Memo::new(move |_| {
        params
            .with(|p| p.get("id"))
            .and_then(|id| routines::find(&id))
    });
    move || match routine.get() {
        Some(r) => view! { <Overview routine=r/> }.into_any(),
        None => view! {
            <section class="page">
                <h1>"Routine not found"</h1>
                <p>"This routine does not exist on this device. It may have been deleted."</p>
                <p><A href=href("/") attr:class="button">"Choose a routine"</A></p>
            </section>
        }
        .into_any(),
    }
}

#[component]
fn Overview(routine: Routine) -> impl IntoView {
    let player = Player::use_context();
    let settings = SettingsStore::use_context();
    let navigate = use_navigate();
    let total = Memo::new({
        let r = routine.clone();
        move |_| Session::new(r.clone(), &settings.settings.get()).total()
    });
    let areas = routine
        .areas()
        .iter()
        .map(|a| a.label())
        .collect::<Vec<_>>()
        .join(", ");
    let tools = routine
        .tools()
        .iter()
        .map(|t| t.label())
        .collect::<Vec<_>>()
        .join(", ");
    // Before the very first session, the safety check comes first.
    let checking = RwSignal::new(false);
    let go = {
        let routine = routine.clone();
        move || {
            player.start(routine.clone());
            navigate(&href("/session"), Default::default());
        }
    };
    let start = {
        let go = go.clone();
        move |_| {
            if safety_acknowledged() {
                go();
            } else {
                checking.set(true);
            }
        }
    };
    let after_check = Callback::new(move |_| go());
    view! {
        <section class="page routine">
            <h1>{routine.name.clone()}</h1>
            <p class="lede">{routine.description.clone()}</p>
            <dl class="facts">
                <div><dt>"Total time"</dt><dd>{move || format_clock(total.get())}</dd></div>
                <div><dt>"Areas"</dt><dd>{areas}</dd></div>
                <div><dt>"You need"</dt><dd>{tools}</dd></div>
            </dl>
            <Show
                when=move || checking.get()
                fallback=move || view! { <button class="primary start" on:click=start.clone()>"Start"</button> }
            >
                <SafetyCheck on_done=after_check/>
            </Show>
            <p class="actions">{edit_link(&routine.id)}</p>
            <h2>"Steps"</h2>
            <StepRows routine=routine.clone()/>
            <p class="hint">
                "Total time includes a count-in, switch pauses and rests between sets; change them in "
                <A href=href("/settings")>"Settings"</A> "."
            </p>
        </section>
    }
}

/// "Edit" for the user's own routine, "Customize" (an editable copy) for a
/// preset.
fn edit_link(id: &str) -> impl IntoView {
    if routines::is_users(id) {
        view! { <A href=href(&format!("/routines/{id}/edit")) attr:class="button">"Edit"</A> }
    } else {
        view! { <A href=href(&format!("/routines/new?from={id}")) attr:class="button">"Customize"</A> }
    }
}
