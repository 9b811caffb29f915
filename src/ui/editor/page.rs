//! `/routines/new` (blank, or `?from=<id>`: a copy of that routine to
//! customize) and `/routines/<id>/edit`: name, description and steps. A
//! field's problem shows once it is left or Save is tried; a Save that
//! cannot be done says how many problems in one line and leads to the
//! first. Leaving with unsaved edits asks first; a removed step can be put
//! back; after Save, Back skips the editor.

use crate::platform::focus::focus_soon;
use crate::state::router::{Leave, Route, Router};
use leptos::prelude::*;
use unknot_domain::{edit, presets, routine::Routine, validate::MAX_STEPS};

use super::draft::{Draft, Line};
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
    let taken: Vec<String> = store
        .book
        .with_untracked(|b| b.routines.iter().map(|r| r.name.clone()).collect());
    let source = from.and_then(|f| {
        store
            .book
            .with_untracked(|b| b.find(&f).cloned())
            .or_else(|| presets::by_id(&f))
    });
    match source {
        Some(src) => {
            view! { <Editor routine=edit::customized_copy(&src, id, &taken) heading="Customize routine"/> }
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
    let name_p = Signal::derive(move || draft.lines("routine-name", "name"));
    let desc_p = Signal::derive(move || draft.lines("routine-description", "description"));
    let steps_p = Signal::derive(move || {
        draft
            .messages("steps")
            .into_iter()
            .map(Line::from)
            .collect::<Vec<_>>()
    });

    // Leaving with unsaved edits asks first: links (Cancel too), Back and
    // Forward through the router, closing the tab through the browser.
    let leaving = RwSignal::new(None::<Leave>);
    let ask = Callback::new(move |to: Leave| {
        leaving.set(Some(to));
        focus_soon("keep-editing".to_string());
    });
    Effect::new(move |_| {
        if draft.dirty.get() {
            router.hold(ask);
        } else {
            router.release();
        }
    });
    on_cleanup(move || router.release());
    let discard = move || {
        if let Some(to) = leaving.get_untracked() {
            leaving.set(None);
            router.leave(to);
        }
    };
    let keep_editing = move || leaving.set(None);

    let save = move |_| {
        draft.tried_save.set(true);
        if let Some(first) = draft.error_fields().into_iter().next() {
            focus_soon(first);
            return;
        }
        let r = draft.routine();
        let id = r.id.clone();
        match store.save(r) {
            Ok(()) => {
                draft.mark_saved();
                router.release();
                // Back from the routine's page goes where the editor was
                // opened from, not into the editor again.
                router.replace(&Route::Routine(id));
            }
            Err(e) => save_error.set(Some(e)),
        }
    };
    let undo = move |_| {
        if let Some(key) = draft.undo_remove() {
            focus_soon(format!("step-{key}-remove"));
        }
    };
    let to_first_problem = move |_| {
        if let Some(first) = draft.error_fields().into_iter().next() {
            focus_soon(first);
        }
    };
    view! {
        <section class="page editor">
            <h1>{heading}</h1>
            <div class="field">
                <label for="routine-name">"Name"</label>
                <input id="routine-name" type="text" autocomplete="off" prop:value=move || draft.name.get()
                    aria-invalid=move || name_p.with(|p| has_error(p)).to_string() aria-describedby="routine-name-messages"
                    on:input=move |e| draft.name.set(event_target_value(&e))
                    on:blur=move |_| draft.touch("routine-name")/>
                <FieldMessages id="routine-name-messages".to_string() lines=name_p/>
            </div>
            <div class="field">
                <label for="routine-description">"Description "<span class="hint">"(optional)"</span></label>
                <textarea id="routine-description" rows="2" prop:value=move || draft.description.get()
                    aria-invalid=move || desc_p.with(|p| has_error(p)).to_string() aria-describedby="routine-description-messages"
                    on:input=move |e| draft.description.set(event_target_value(&e))
                    on:blur=move |_| draft.touch("routine-description")></textarea>
                <FieldMessages id="routine-description-messages".to_string() lines=desc_p/>
            </div>
            <h2>"Steps"</h2>
            <FieldMessages id="steps-messages".to_string() lines=steps_p/>
            <ol class="step-editors">
                <For each=move || draft.steps.with(|s| s.iter().map(|(k, _)| *k).collect::<Vec<_>>()) key=|k| *k let:k>
                    <li><StepEditor draft=draft key=k/></li>
                </For>
            </ol>
            <p>
                <button type="button" id="add-step" disabled=move || { draft.steps.with(Vec::len) >= MAX_STEPS }
                    on:click=move |_| { let key = draft.add_step(); focus_soon(format!("step-{key}-kind")); }>"Add step"</button>
            </p>
            <div class="save-bar">
                <div class="undo-bar" role="status">
                    {move || draft.removed.get().map(|r| {
                        let title = r.step.title.trim().to_string();
                        let what = if title.is_empty() {
                            format!("Removed step {}.", r.at + 1)
                        } else {
                            format!("Removed step {} (\u{201c}{title}\u{201d}).", r.at + 1)
                        };
                        view! {
                            <p>{what}</p>
                            <button type="button" id="undo-remove" on:click=undo>"Undo"</button>
                        }
                    })}
                </div>
                // One short line after a Save that could not be done.
                <div id="save-summary" class="save-summary" role="status">
                    {move || {
                        let n = if draft.tried_save.get() { draft.error_count() } else { 0 };
                        (n > 0).then(|| view! {
                            <p>
                                {if n == 1 { "1 problem to fix. ".to_string() } else { format!("{n} problems to fix. ") }}
                                <button type="button" class="link-button" on:click=to_first_problem>"Go to the first"</button>
                            </p>
                        })
                    }}
                </div>
                <div class="row-actions">
                    <button class="primary" aria-describedby="save-summary" on:click=save>"Save"</button>
                    <a href=Route::MyRoutines.href() class="button">"Cancel"</a>
                </div>
                {move || save_error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            </div>
            <Show when=move || leaving.with(Option::is_some)>
                <div class="dialog-backdrop">
                    <div class="confirm dialog" role="alertdialog" aria-modal="true"
                        aria-labelledby="discard-title" aria-describedby="discard-text"
                        on:keydown=move |e| if e.key() == "Escape" { keep_editing(); }>
                        <h2 id="discard-title">"Discard your changes?"</h2>
                        <p id="discard-text">"Your changes to this routine are not saved yet."</p>
                        <div class="row-actions">
                            <button class="danger" on:click=move |_| discard()>"Discard"</button>
                            <button class="primary" id="keep-editing" on:click=move |_| keep_editing()>"Keep editing"</button>
                        </div>
                    </div>
                </div>
            </Show>
        </section>
    }
}
