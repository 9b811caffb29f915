//! `/routines/new` (blank, or `?from=<id>`: a copy of that routine to
//! customize) and `/routines/<id>/edit`: name, description and steps, with
//! every problem next to its field and Save held until there are none.

use crate::state::router::{Route, Router};
use leptos::prelude::*;
use unknot_domain::{edit, presets, routine::Routine, validate::MAX_STEPS};

use super::draft::{place, Draft};
use super::messages::{has_error, FieldMessages};
use super::step::StepEditor;
use crate::state::routines::RoutineStore;

#[component]
pub fn NewRoutinePage(
    /// The routine to start from (a customized copy), if any.
    from: Option<String>,
) -> impl IntoView {
    let store = expect_context::<RoutineStore>();
    let id = store.fresh_id();
    let source = from.and_then(|f| {
        store
            .book
            .with_untracked(|b| b.find(&f).cloned())
            .or_else(|| presets::by_id(&f))
    });
    match source {
        Some(src) => {
            view! { <Editor routine=edit::customized_copy(&src, id) heading="Customize routine"/> }
        }
        None => view! { <Editor routine=edit::blank_routine(id) heading="New routine"/> },
    }
}

#[component]
pub fn EditRoutinePage(id: String) -> impl IntoView {
    let store = expect_context::<RoutineStore>();
    match store.book.with_untracked(|b| b.find(&id).cloned()) {
        Some(r) => view! { <Editor routine=r heading="Edit routine"/> }.into_any(),
        None => view! {
            <section class="page">
                <h1>"Routine not found"</h1>
                <p>"This routine is not on this device. It may have been deleted."</p>
                <p><a href=Route::MyRoutines.href() class="button">"My routines"</a></p>
            </section>
        }
        .into_any(),
    }
}

#[component]
fn Editor(routine: Routine, heading: &'static str) -> impl IntoView {
    let draft = Draft::new(routine);
    let store = expect_context::<RoutineStore>();
    let router = expect_context::<Router>();
    let save_error = RwSignal::new(None::<String>);
    let name_p = Signal::derive(move || draft.messages("name"));
    let desc_p = Signal::derive(move || draft.messages("description"));
    let steps_p = Signal::derive(move || draft.messages("steps"));
    let blocked = move || draft.error_count() > 0;
    let save = move |_| {
        if draft.error_count() > 0 {
            return;
        }
        let r = draft.routine();
        let id = r.id.clone();
        match store.save(r) {
            Ok(()) => router.go(&Route::Routine(id)),
            Err(e) => save_error.set(Some(e)),
        }
    };
    // Every reason Save is held, in words, with where it is.
    let summary = move || {
        let mut lines: Vec<String> = draft.problems.with(|p| {
            p.iter()
                .filter(|p| has_error(std::slice::from_ref(p)))
                .map(|p| format!("{}: {}", place(&p.path), p.message))
                .collect()
        });
        draft.bad_inputs.with(|bad| {
            for key in bad {
                if let Some(i) = draft.index_of(*key) {
                    lines.push(format!(
                        "Step {}, duration: type seconds (90) or minutes and seconds (1:30)",
                        i + 1
                    ));
                }
            }
        });
        lines
    };
    view! {
        <section class="page editor">
            <h1>{heading}</h1>
            <div class="field">
                <label for="routine-name">"Name"</label>
                <input id="routine-name" type="text" autocomplete="off" prop:value=move || draft.name.get()
                    aria-invalid=move || name_p.with(|p| has_error(p)).to_string() aria-describedby="routine-name-messages"
                    on:input=move |e| draft.name.set(event_target_value(&e))/>
                <FieldMessages id="routine-name-messages".to_string() problems=name_p/>
            </div>
            <div class="field">
                <label for="routine-description">"Description "<span class="hint">"(optional)"</span></label>
                <textarea id="routine-description" rows="2" prop:value=move || draft.description.get()
                    aria-invalid=move || desc_p.with(|p| has_error(p)).to_string() aria-describedby="routine-description-messages"
                    on:input=move |e| draft.description.set(event_target_value(&e))></textarea>
                <FieldMessages id="routine-description-messages".to_string() problems=desc_p/>
            </div>
            <h2>"Steps"</h2>
            <FieldMessages id="steps-messages".to_string() problems=steps_p/>
            <ol class="step-editors">
                <For each=move || draft.steps.with(|s| s.iter().map(|(k, _)| *k).collect::<Vec<_>>()) key=|k| *k let:k>
                    <li><StepEditor draft=draft key=k/></li>
                </For>
            </ol>
            <p>
                <button type="button" disabled=move || { draft.steps.with(Vec::len) >= MAX_STEPS }
                    on:click=move |_| draft.add_step()>"Add step"</button>
            </p>
            <div class="save-bar">
                <div id="save-summary" class="save-summary">
                    {move || {
                        let lines = summary();
                        (!lines.is_empty()).then(|| view! {
                            <p>{format!("Fix {} before saving:", if lines.len() == 1 { "this".to_string() } else { format!("these {} problems", lines.len()) })}</p>
                            <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                        })
                    }}
                </div>
                <div class="row-actions">
                    <button class="primary" disabled=blocked aria-describedby="save-summary" on:click=save>"Save"</button>
                    <a href=Route::MyRoutines.href() class="button">"Cancel"</a>
                </div>
                {move || save_error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            </div>
        </section>
    }
}
