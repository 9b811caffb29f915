//! `/`: the home page: "Back to your session", the user's last routine and
//! own routines first once there are any, Quick hold, the pain finder, the
//! gentle note and the routine library with its body map and filters.

use leptos::prelude::*;

use crate::state::history::HistoryStore;
use crate::state::router::Route;
use crate::state::routines::RoutineStore;

use crate::ui::components::{gentle_note::GentleNote, library::Library, resume_link::ResumeLink};

/// The start page: Quick hold and "Resume session" first, then the routine library.
#[component]
pub fn Home() -> impl IntoView {
    view! {
        <section class="page home">
            <h1>"Release a knot, one hold at a time"</h1>
            <p class="lede">
                "Unknot times your massage-ball and foam-roller holds so you can keep your eyes "
                "closed and your hands free."
            </p>
            <GentleNote/>
            <ResumeLink/>
            <YourRoutines/>
            <ul class="cards" role="list">
                <li>
                    <a href=Route::QuickHold.href() class="card">
                        <span class="card-title">"Quick hold"</span>
                    </a>
                    <p class="card-text">
                        "One timed pressure hold on one spot: 10 to 60 seconds."
                    </p>
                </li>
                <li>
                    <a href=Route::Finder { zone: None }.href() class="card">
                        <span class="card-title">"Where do you feel it?"</span>
                    </a>
                    <p class="card-text">
                        "Pain often comes from a knot somewhere else. Find where it usually starts, and the routines that work it."
                    </p>
                </li>
            </ul>
            <Library/>
        </section>
    }
}

/// How many of the user's own routines Home lists before "All your routines".
const OWN_SHOWN: usize = 3;

/// "Do it again" with the last routine done (unless it was a quick hold),
/// and the user's own routines: what a returning person looks for first.
#[component]
fn YourRoutines() -> impl IntoView {
    let routines = expect_context::<RoutineStore>();
    let history = expect_context::<HistoryStore>();
    let last = Memo::new(move |_| {
        history.history.with(|h| {
            h.newest_first()
                .find(|s| s.routine_id != unknot_domain::quick::ID)
                .and_then(|s| routines.find_any(&s.routine_id))
                .map(|r| (r.id.clone(), r.name.clone()))
        })
    });
    let own = Memo::new(move |_| {
        routines.book.with(|b| {
            b.routines
                .iter()
                .map(|r| (r.id.clone(), r.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let any = move || last.with(Option::is_some) || own.with(|o| !o.is_empty());
    view! {
        <Show when=any>
            <section class="your-routines" aria-labelledby="yours-title">
                <h2 id="yours-title">"Yours"</h2>
                <ul class="cards" role="list">
                    {move || last.get().map(|(id, name)| view! {
                        <li>
                            <a href=Route::Routine(id).href() class="card">
                                <span class="card-title">{format!("Do it again: {name}")}</span>
                            </a>
                            <p class="card-text">"The routine you did last."</p>
                        </li>
                    })}
                    {move || own.with(|o| o.iter().take(OWN_SHOWN).cloned().collect::<Vec<_>>())
                        .into_iter()
                        .filter(|(id, _)| last.with(|l| l.as_ref().is_none_or(|(last, _)| last != id)))
                        .map(|(id, name)| view! {
                            <li>
                                <a href=Route::Routine(id).href() class="card">
                                    <span class="card-title">{name}</span>
                                </a>
                                <p class="card-text">"One of your routines."</p>
                            </li>
                        })
                        .collect_view()}
                </ul>
                {move || (own.with(Vec::len) > OWN_SHOWN).then(|| view! {
                    <p><a href=Route::MyRoutines.href()>"All your routines"</a></p>
                })}
            </section>
        </Show>
    }
}
