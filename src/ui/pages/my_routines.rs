//! `/routines`: the user's own routines (Start, Edit, Share, Delete with an
//! "Undo"), "New routine", and the backup file (Export, Import).

use crate::platform::ticker::{self, Ticker};
use crate::state::router::{Route, Router};
use leptos::prelude::*;
use unknot_domain::{routine::Routine, session::Session, time::format_clock};

use crate::state::player::controller::Player;
use crate::state::routines::RoutineStore;
use crate::state::safety::SafetyStore;
use crate::state::settings::SettingsStore;
use crate::ui::components::backup_panel::BackupPanel;
use crate::ui::components::share_panel::SharePanel;

/// How long "Undo" stays after a delete.
const UNDO_MS: u64 = 8_000;

/// A deleted routine that "Undo" can put back.
#[derive(Clone)]
struct Deleted {
    at: usize,
    routine: Routine,
}

#[component]
pub fn MyRoutinesPage() -> impl IntoView {
    let store = expect_context::<RoutineStore>();
    let deleted = RwSignal::new(None::<Deleted>);
    let error = RwSignal::new(None::<String>);
    let undo_timer = StoredValue::new_local(Ticker::new());
    // After a delete, focus goes to "Undo" (the deleted row and its buttons
    // are gone; focus would otherwise drop to the page's top).
    let undo_button = NodeRef::<leptos::html::Button>::new();

    let on_delete = Callback::new(move |id: String| match store.change(|b| b.remove(&id)) {
        Ok(Some((at, routine))) => {
            error.set(None);
            deleted.set(Some(Deleted { at, routine }));
            undo_timer.update_value(|t| t.schedule(UNDO_MS, move || deleted.set(None)));
            ticker::soon(move || {
                if let Some(b) = undo_button.get_untracked() {
                    let _ = b.focus();
                }
            });
        }
        Ok(None) => {}
        Err(e) => error.set(Some(e)),
    });
    let undo = move |_| {
        if let Some(d) = deleted.get_untracked() {
            match store.change(|b| b.restore(d.at, d.routine)) {
                Ok(()) => deleted.set(None),
                Err(e) => error.set(Some(e)),
            }
        }
    };

    view! {
        <section class="page my-routines">
            <h1>"My routines"</h1>
            <p class="lede">"Routines you made or customized. They stay on this device: export a backup now and then."</p>
            <p><a href=Route::NewRoutine { from: None }.href() class="button primary">"New routine"</a></p>
            <div class="undo-bar" role="status">
                {move || deleted.get().map(|d| view! {
                    <p>"Deleted \u{201c}"{d.routine.name}"\u{201d}."</p>
                    <button node_ref=undo_button on:click=undo>"Undo"</button>
                })}
            </div>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            {move || {
                let list = store.book.with(|b| b.routines.clone());
                if list.is_empty() {
                    view! {
                        <p class="empty">"No routines of your own yet. Make a new one, or open a routine from the library and tap Customize."</p>
                    }
                    .into_any()
                } else {
                    view! {
                        <ul class="routine-list">
                            {list.into_iter().map(|r| view! { <RoutineRow routine=r on_delete=on_delete/> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }}
            <BackupPanel/>
        </section>
    }
}

#[component]
fn RoutineRow(routine: Routine, on_delete: Callback<String>) -> impl IntoView {
    let player = expect_context::<Player>();
    let settings = expect_context::<SettingsStore>();
    let router = expect_context::<Router>();
    let safety = expect_context::<SafetyStore>();
    let confirming = RwSignal::new(false);
    let sharing = RwSignal::new(false);
    let id = routine.id.clone();
    let name = routine.name.clone();
    let total = format_clock(Session::new(routine.clone(), &settings.get_untracked()).total());
    let steps = routine.steps.len();
    let start = {
        let routine = routine.clone();
        move |_| {
            if safety.acknowledged() {
                player.start(routine.clone());
                router.go(&Route::Session);
            } else {
                // The overview asks the safety check before the first session.
                router.go(&Route::Routine(routine.id.clone()));
            }
        }
    };
    let hidden_name = move || view! { <span class="visually-hidden">" "{name.clone()}</span> };
    let (n1, n2, n3, n4) = (
        hidden_name.clone(),
        hidden_name.clone(),
        hidden_name.clone(),
        hidden_name,
    );
    let delete_id = id.clone();
    let (title, confirm_name) = (routine.name.clone(), routine.name.clone());
    view! {
        <li class="routine-card">
            <a href=Route::Routine(id.clone()).href() class="routine-link">{title}</a>
            <p class="routine-meta">
                <span>{format!("{steps} step{}", if steps == 1 { "" } else { "s" })}</span>
                <span>{total}</span>
            </p>
            <div class="row-actions">
                <button class="primary" on:click=start>"Start"{n1()}</button>
                <a href=Route::EditRoutine(id.clone()).href() class="button">"Edit"{n2()}</a>
                <button aria-expanded=move || sharing.get().to_string() on:click=move |_| sharing.update(|s| *s = !*s)>
                    "Share"{n3()}
                </button>
                <button class="danger" on:click=move |_| confirming.set(true)>"Delete"{n4()}</button>
            </div>
            <Show when=move || sharing.get()>
                <SharePanel routine=routine.clone()/>
            </Show>
            <Show when=move || confirming.get()>
                <div class="confirm" role="group" aria-label="Confirm delete">
                    <p>"Delete \u{201c}"{confirm_name.clone()}"\u{201d}? You can undo for a few seconds."</p>
                    <button class="danger" on:click={
                        let id = delete_id.clone();
                        move |_| on_delete.run(id.clone())
                    }>"Yes, delete"</button>
                    <button on:click=move |_| confirming.set(false)>"Keep it"</button>
                </div>
            </Show>
        </li>
    }
}
