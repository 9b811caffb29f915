//! Quick hold: one pressure hold on one spot, no routine needed.

use leptos::prelude::*;
use unknot_domain::{
    cautions::SPREAD_OR_NERVE,
    picture::Spot,
    quick::{self, nearest_choice, CHOICES},
    session::{Session, Status},
    time::SECOND,
    timeline::SegmentKind,
};

use crate::state::history::HistoryStore;
use crate::state::player::{controller::Player, view_model::StepView};
use crate::state::settings::SettingsStore;
use crate::ui::components::clock_face::ClockFace;
use crate::ui::components::pose_picture::PosePicture;

#[component]
pub fn QuickHoldPage() -> impl IntoView {
    view! {
        <section class="page quick-hold">
            <h1>"Quick hold"</h1>
            <p class="lede">{quick::HOW}</p>
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
    // Where it presses (`None`: anywhere), remembered the same way.
    let spot = RwSignal::new(settings.get_untracked().quick_hold_spot);
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
        let at = spot.get_untracked();
        player.start_quick(seconds, at);
        let saved = settings.get_untracked();
        if saved.quick_hold_seconds != seconds || saved.quick_hold_spot != at {
            settings.change(|s| {
                s.quick_hold_seconds = seconds;
                s.quick_hold_spot = at;
            });
        }
    };
    // The picture of the hold: the chosen spot's while choosing, else the
    // running hold's own.
    let picture = Memo::new(move |_| match view_kind.get() {
        View::Choosing => quick::routine_at(chosen.get(), spot.get()).steps[0].picture,
        _ => player.session.with(|s| {
            s.as_ref()
                .and_then(|s| s.routine().steps.first())
                .and_then(|st| st.picture)
        }),
    });
    // "+10 s" at the hold's limit, and why once tapped there.
    let step = Memo::new(move |_| player.session.with(|s| s.as_ref().and_then(StepView::of)));
    let at_limit = move || step.with(|s| s.as_ref().is_some_and(|s| s.extend_limit.is_some()));
    let limit_note = move || {
        let shown = player.limit_shown.get();
        step.with(|s| s.as_ref().and_then(|s| s.limit_note(shown)))
    };
    let extend = move || {
        view! {
            <button on:click=move |_| player.extend() aria-label="Add 10 seconds"
                aria-disabled=move || at_limit().to_string()
                aria-describedby=move || limit_note().map(|_| "quick-extend-limit")>"+10 s"</button>
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
                <SpotChoice spot=spot/>
            </Show>
            <div class="quick-stage">
                {move || picture.get().map(|p| view! {
                    <figure class="quick-picture">
                        <PosePicture picture=p class="main"/>
                        <figcaption>{p.sentence(None)}</figcaption>
                    </figure>
                })}

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
            </div>

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
                        {extend()}
                        <button on:click=move |_| reset()>"Stop"</button>
                    }.into_any(),
                    View::Paused => view! {
                        <button class="primary" on:click=move |_| player.resume()>
                            "Resume"
                        </button>
                        {extend()}
                        <button on:click=move |_| reset()>"Stop"</button>
                    }.into_any(),
                    View::Done => view! {
                        <button class="primary" on:click=move |_| start()>
                            "Hold again"
                        </button>
                        <button on:click=move |_| reset()>"Change the hold"</button>
                    }.into_any(),
                }}
            </div>
            {move || limit_note().map(|why| view! { <p class="limit-note" id="quick-extend-limit">{why}</p> })}
            {move || player.save_error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            {move || (view_kind.get() == View::Done).then(|| history.error.get()).flatten()
                .map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <p class="visually-hidden" role="status">{status}</p>
        </div>
    }
}

/// "Where": anywhere, or one of the spots the presets hold, by area.
#[component]
fn SpotChoice(spot: RwSignal<Option<Spot>>) -> impl IntoView {
    let spots = quick::spots();
    // By area, each spot with its place in `spots` (the option's value).
    let mut groups: Vec<(unknot_domain::routine::BodyArea, Vec<(usize, Spot)>)> = Vec::new();
    for (i, s) in spots.iter().copied().enumerate() {
        match groups.last_mut() {
            Some((area, list)) if *area == s.area() => list.push((i, s)),
            _ => groups.push((s.area(), vec![(i, s)])),
        }
    }
    let on_change = move |e: leptos::ev::Event| {
        let value = event_target_value(&e);
        spot.set(
            value
                .parse::<usize>()
                .ok()
                .and_then(|i| spots.get(i).copied()),
        );
    };
    view! {
        <p class="field quick-spot">
            <label for="quick-spot">"Where"</label>
            <select id="quick-spot" on:change=on_change>
                <option value="" selected=move || spot.get().is_none()>"Anywhere (no picture)"</option>
                {groups.into_iter().map(|(area, list)| {
                    view! {
                        <optgroup label=area.label()>
                            {list.into_iter().map(|(i, s)| {
                                view! {
                                    <option value=i.to_string() selected=move || spot.get() == Some(s)>{s.label()}</option>
                                }
                            }).collect_view()}
                        </optgroup>
                    }
                }).collect_view()}
            </select>
        </p>
    }
}
