//! `/routine/<id>`: a routine's overview, what to take care of, and the
//! Start button.

use crate::state::router::{Route, Router};
use leptos::prelude::*;
use unknot_domain::{
    history::{rated_areas, AreaRating},
    routine::Routine,
    session::Session,
    time::format_clock,
};

use crate::state::history::HistoryStore;
use crate::state::player::controller::Player;
use crate::state::routines::RoutineStore;
use crate::state::safety::SafetyStore;
use crate::state::settings::SettingsStore;
use crate::ui::components::safety_check::SafetyCheck;
use crate::ui::components::step_rows::StepRows;
use crate::ui::components::tension_rating::BeforeRatings;

#[component]
pub fn RoutinePage(id: String) -> impl IntoView {
    // Reactive: the routine may be deleted or replaced (an import) while shown.
    let store = expect_context::<RoutineStore>();
    let routine = Memo::new(move |_| store.find_any(&id));
    move || match routine.get() {
        Some(r) => view! { <Overview routine=r/> }.into_any(),
        None => view! {
            <section class="page">
                <h1>"Routine not found"</h1>
                <p>"This routine does not exist on this device. It may have been deleted."</p>
                <p><a href=Route::Home.href() class="button">"Choose a routine"</a></p>
            </section>
        }
        .into_any(),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Overview,
    Safety,
    Rating,
}

#[component]
fn Overview(routine: Routine) -> impl IntoView {
    let safety = expect_context::<SafetyStore>();
    let player = expect_context::<Player>();
    let settings = expect_context::<SettingsStore>();
    let router = expect_context::<Router>();
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
    // Start, then the safety check before the very first session, then
    // "How tense is it now?", then the session.
    let stage = RwSignal::new(Stage::Overview);
    let history = expect_context::<HistoryStore>();
    let go = {
        let routine = routine.clone();
        move |ratings: Vec<AreaRating>| {
            history.prepare(&routine.id, ratings);
            player.start(routine.clone());
            router.go(&Route::Session);
        }
    };
    let start = move |_| {
        stage.set(if safety.acknowledged() {
            Stage::Rating
        } else {
            Stage::Safety
        })
    };
    let after_check = Callback::new(move |_| stage.set(Stage::Rating));
    let after_rating = Callback::new(go);
    let rated = rated_areas(&routine.areas());
    let cautions = routine
        .cautions()
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>();
    view! {
        <section class="page routine">
            <h1>{routine.name.clone()}</h1>
            <p class="lede">{routine.description.clone()}</p>
            <dl class="facts">
                <div><dt>"Total time"</dt><dd>{move || format_clock(total.get())}</dd></div>
                <div><dt>"Areas"</dt><dd>{areas}</dd></div>
                <div><dt>"You need"</dt><dd>{tools}</dd></div>
            </dl>
            {(!cautions.is_empty()).then(|| view! { <TakeCare cautions=cautions/> })}
            {move || match stage.get() {
                Stage::Overview => view! { <button class="primary start" on:click=start>"Start"</button> }.into_any(),
                Stage::Safety => view! { <SafetyCheck on_done=after_check/> }.into_any(),
                Stage::Rating => view! { <BeforeRatings areas=rated.clone() on_done=after_rating/> }.into_any(),
            }}
            <p class="actions">{edit_link(&routine.id)}</p>
            <h2>"Steps"</h2>
            <StepRows routine=routine.clone()/>
            <p class="hint">
                "Total time includes a count-in, switch pauses and rests between sets; change them in "
                <a href=Route::Settings.href()>"Settings"</a> "."
            </p>
        </section>
    }
}

/// The routine's cautions, each once, where they are read before Start.
#[component]
fn TakeCare(cautions: Vec<String>) -> impl IntoView {
    view! {
        <section class="take-care" aria-labelledby="take-care-title">
            <h2 id="take-care-title">"Take care"</h2>
            <ul>{cautions.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
            <p class="hint">
                "Places never to press, and signs that need a doctor first: "
                <a href=Route::Doctor.href()>"When to see a doctor"</a>"."
            </p>
        </section>
    }
}

/// "Edit" for the user's own routine, "Customize" (an editable copy) for a
/// preset.
fn edit_link(id: &str) -> impl IntoView {
    if expect_context::<RoutineStore>().find(id).is_some() {
        view! { <a href=Route::EditRoutine(id.to_string()).href() class="button">"Edit"</a> }
    } else {
        view! { <a href=Route::NewRoutine { from: Some(id.to_string()) }.href() class="button">"Customize"</a> }
    }
}
