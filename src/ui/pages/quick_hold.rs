//! Quick hold: one pressure hold on one spot, no routine needed.

use leptos::prelude::*;
use unknot_domain::{
    cautions::SPREAD_OR_NERVE,
    quick::{nearest_choice, CHOICES},
    session::{Session, Status},
    time::SECOND,
    timeline::SegmentKind,
};

use crate::state::history::HistoryStore;
use crate::state::player::controller::Player;
use crate::state::settings::SettingsStore;
use crate::ui::components::clock_face::ClockFace;

#[component]
pub fn QuickHoldPage() -> impl IntoView {
    view! {
        <section class="page quick-hold">
            <h1>"Quick hold"</h1>
            <QuickHold/>
            <p class="hint">{SPREAD_OR_NERVE}</p>
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
    let settings = expect_context::<SettingsStore>();
    // The length of the hold shown: the running one's, else the chosen one
    // (the last one used, remembered in the settings).
    let chosen = RwSignal::new(nearest_choice(settings.get_untracked().quick_hold_seconds));
    // The count-in before the hold, shown as such.
    let getting_ready = Memo::new(move |_| {
        player.session.with(|s| {
            s.as_ref()
                .and_then(Session::current)
                .is_some_and(|seg| seg.kind == SegmentKind::GetReady)
        })
    });
    let view_kind = Memo::new(move |_| player.session.with(|s| View::of(s.as_ref())));
    let remaining = Signal::derive(move || match view_kind.get() {
        View::Choosing => chosen.get() * SECOND,
        _ => player
            .session
            .with(|s| s.as_ref().map_or(0, |s| s.remaining(player.now.get()))),
    });
    let start = move || {
        let seconds = chosen.get_untracked();
        player.start_quick(seconds);
        if settings.get_untracked().quick_hold_seconds != seconds {
            settings.change(|s| s.quick_hold_seconds = seconds);
        }
    };
    // Back to choosing; a hold still going is ended (and logged) first.
    let reset = move || {
        if matches!(view_kind.get_untracked(), View::Running | View::Paused) {
            player.end();
        }
        player.dismiss();
    };
    let status = move || match view_kind.get() {
        View::Choosing => String::new(),
        View::Running if getting_ready.get() => "Get ready".to_string(),
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
                fallback=move || view! {
                    // Paused reads from afar: dimmed digits and a big label.
                    <div class="quick-clock" class:is-paused=move || view_kind.get() == View::Paused>
                        {move || match view_kind.get() {
                            View::Running if getting_ready.get() => Some("Get ready"),
                            View::Running => Some("Hold"),
                            View::Paused => Some("Paused"),
                            _ => None,
                        }.map(|label| view! { <p class="quick-phase" aria-hidden="true">{label}</p> })}
                        <ClockFace remaining=remaining/>
                    </div>
                }
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
