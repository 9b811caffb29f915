//! Quick hold: one pressure hold on one spot, no routine needed.

use leptos::prelude::*;
use unknot_domain::{
    quick::{CHOICES, DEFAULT_SECONDS},
    session::{Session, Status},
    time::SECOND,
};

use crate::state::history::HistoryStore;
use crate::state::player::controller::Player;
use crate::ui::components::clock_face::ClockFace;

#[component]
pub fn QuickHoldPage() -> impl IntoView {
    view! {
        <section class="page quick-hold">
            <h1>"Quick hold"</h1>
            <QuickHold/>
        </section>
    }
}

/// Which controls to show; a memo of this keeps the buttons from being
/// rebuilt on every tick.
#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Choosing,
    Running,
    Paused,
    Done,
}

impl View {
    /// What the page shows for the player's session (only a quick hold
    /// counts: a routine's session is shown on its own page).
    fn of(session: Option<&Session>) -> Self {
        match session.filter(|s| unknot_domain::quick::is_quick(s.routine())) {
            None => View::Choosing,
            Some(s) => match s.status() {
                Status::Ready => View::Choosing,
                Status::Running => View::Running,
                Status::Paused => View::Paused,
                Status::Finished | Status::Ended => View::Done,
            },
        }
    }
}

/// Length picker, countdown and controls for a single hold.
#[component]
pub fn QuickHold() -> impl IntoView {
    let player = expect_context::<Player>();
    let history = expect_context::<HistoryStore>();
    // The length of the hold shown: the running one's, else the chosen one.
    let chosen = RwSignal::new(DEFAULT_SECONDS);
    let view_kind = Memo::new(move |_| player.session.with(|s| View::of(s.as_ref())));
    let remaining = Signal::derive(move || match view_kind.get() {
        View::Choosing => chosen.get() * SECOND,
        _ => player
            .session
            .with(|s| s.as_ref().map_or(0, |s| s.remaining(player.now.get()))),
    });
    let start = move || player.start_quick(chosen.get_untracked());
    // Back to choosing; a hold still going is ended (and logged) first.
    let reset = move || {
        if matches!(view_kind.get_untracked(), View::Running | View::Paused) {
            player.end();
        }
        player.dismiss();
    };
    let status = move || match view_kind.get() {
        View::Choosing => String::new(),
        View::Running => "Hold started".to_string(),
        View::Paused => "Paused".to_string(),
        View::Done => "Hold complete".to_string(),
    };

    view! {
        <div class="quick-hold-body">
            <Show when=move || view_kind.get() == View::Choosing>
                <fieldset class="choices">
                    <legend>"Hold length"</legend>
                    {CHOICES
                        .iter()
                        .map(|&secs| {
                            view! {
                                <label class="choice">
                                    <input
                                        type="radio"
                                        name="hold-length"
                                        value=secs
                                        aria-label=format!("{secs} seconds")
                                        prop:checked=move || chosen.get() == secs
                                        on:change=move |_| chosen.set(secs)
                                    />
                                    <span aria-hidden="true">{secs} " s"</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
            </Show>

            <Show
                when=move || view_kind.get() == View::Done
                fallback=move || view! { <ClockFace remaining=remaining/> }
            >
                <div class="done">
                    <h2>"Hold complete"</h2>
                    <p>"Ease off slowly and breathe out. If the spot still feels tight, rest 10 to 20 seconds and hold it again."</p>
                </div>
            </Show>

            <div class="controls">
                {move || match view_kind.get() {
                    View::Choosing => view! {
                        <button class="primary" on:click=move |_| start()>
                            "Start"
                        </button>
                    }.into_any(),
                    View::Running => view! {
                        <button class="primary" on:click=move |_| player.pause()>
                            "Pause"
                        </button>
                        <button on:click=move |_| reset()>"Reset"</button>
                    }.into_any(),
                    View::Paused => view! {
                        <button class="primary" on:click=move |_| player.resume()>
                            "Resume"
                        </button>
                        <button on:click=move |_| reset()>"Reset"</button>
                    }.into_any(),
                    View::Done => view! {
                        <button class="primary" on:click=move |_| start()>
                            "Hold again"
                        </button>
                        <button on:click=move |_| reset()>"Reset"</button>
                    }.into_any(),
                }}
            </div>
            {move || player.save_error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            {move || (view_kind.get() == View::Done).then(|| history.error.get()).flatten()
                .map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <p class="visually-hidden" role="status">{status}</p>
        </div>
    }
}
