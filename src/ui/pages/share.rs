//! `/share#<data>`: a routine someone shared, shown before anything is
//! saved, with "Add to my routines". A damaged or hostile link shows what is
//! wrong and adds nothing.

use crate::state::router::{Route, Router};
use leptos::prelude::*;
use unknot_domain::{backup::problem_line, routine::Routine, share};

use crate::platform::address;
use crate::state::routines::RoutineStore;
use crate::ui::components::step_rows::StepRows;

#[component]
pub fn SharePage() -> impl IntoView {
    let fragment = RwSignal::new(address::fragment());
    // A link opened while this page is showing changes only the fragment.
    let listener = address::on_fragment_change(move || fragment.set(address::fragment()));
    let listener = StoredValue::new_local(listener);
    on_cleanup(move || listener.set_value(None));
    move || {
        match share::decode_noted(&fragment.get()) {
        Ok((r, note)) => view! { <Preview routine=r note=note/> }.into_any(),
        Err(problems) => view! {
            <section class="page">
                <h1>"This link cannot be opened"</h1>
                <div role="alert">
                    <p>"Nothing was added."</p>
                    <ul>{problems.iter().map(|p| view! { <li>{problem_line(p)}</li> }).collect_view()}</ul>
                </div>
                <p><a href=Route::Home.href() class="button">"Choose a routine"</a></p>
            </section>
        }
        .into_any(),
    }
    }
}

#[component]
fn Preview(routine: Routine, note: Option<String>) -> impl IntoView {
    let store = expect_context::<RoutineStore>();
    let router = expect_context::<Router>();
    let error = RwSignal::new(None::<String>);
    let add = {
        let routine = routine.clone();
        move |_| {
            let id = store.fresh_id();
            let r = Routine {
                id: id.clone(),
                ..routine.clone()
            };
            match store.save(r) {
                Ok(()) => router.go(&Route::Routine(id)),
                Err(e) => error.set(Some(e)),
            }
        }
    };
    view! {
        <section class="page routine shared">
            <p class="hint">"Shared routine"</p>
            <h1>{routine.name.clone()}</h1>
            <p class="lede">{routine.description.clone()}</p>
            // A link made by an older version may hold a longer step.
            {note.map(|n| view! {
                <div class="notice limit-changes">
                    <p><strong>"Changed to stay within the safe limits:"</strong></p>
                    <p>{n}</p>
                </div>
            })}
            {
                let routine = routine.clone();
                move || match store.already_added(&routine) {
                    // Opened a second time: say so, and lead to the copy
                    // already kept rather than to a twin.
                    Some(mine) => view! {
                        <div class="notice already-added" role="status">
                            <p>"This routine is already in your routines."</p>
                            <p class="actions">
                                <a href=Route::Routine(mine.id.clone()).href() class="button primary">"Open it"</a>
                                <button on:click=add.clone()>"Add another copy"</button>
                            </p>
                        </div>
                    }.into_any(),
                    None => view! {
                        <p><button class="primary" on:click=add.clone()>"Add to my routines"</button></p>
                    }.into_any(),
                }
            }
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <h2>"Steps"</h2>
            <StepRows routine=routine/>
        </section>
    }
}
