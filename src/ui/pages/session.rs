//! `/session`: the running session, readable from the floor, and its end.

use crate::state::router::{Route, Router};
use leptos::prelude::*;
use unknot_domain::{
    cautions::SPREAD_OR_NERVE,
    session::Status,
    time::{format_length, Millis},
    timeline::SegmentKind,
};

use crate::platform::{clock, focus, keyboard, ticker, trusted_html, wake_lock};
use crate::state::history::{log_id, HistoryStore};
use crate::state::player::{
    controller::Player,
    view_model::{StepView, Summary},
};
use crate::state::settings::SettingsStore;
use crate::ui::components::{
    body_map::BodyMapHighlight,
    clock_face::ClockFace,
    pictogram::{KindIcon, ToolIcon},
    pose_picture::PosePicture,
    progress_ring::{ProgressRing, RoutineProgress},
    tension_rating::AfterRatings,
};
use unknot_domain::markup::escape;

#[component]
pub fn SessionPage() -> impl IntoView {
    let player = expect_context::<Player>();
    let step = Memo::new(move |_| player.session.with(|s| s.as_ref().and_then(StepView::of)));
    let summary = Memo::new(move |_| {
        player
            .session
            .with(|s| s.as_ref().and_then(|s| Summary::of(s, clock::now())))
    });
    keyboard_shortcuts(player);
    // "End this session?" and whether asking paused it. Kept here, not in
    // the running view, which is built again when the step changes (and
    // asking pauses the session, which changes it).
    let confirming = RwSignal::new(false);
    let paused_to_ask = RwSignal::new(false);

    // When the session ends, the running view stays one task longer,
    // hidden: removing it in the task that ends the session would remove the
    // focused element (the step's heading, or the button last tapped), and
    // the browser then restyles and lays out the page inside that task,
    // before the end screen can show (docs/PERFORMANCE.md, timer
    // exactness). It is frozen on its last step meanwhile, so nothing in it
    // is redrawn.
    let ended = Memo::new(move |_| summary.with(Option::is_some));
    let frozen = Memo::new(move |prev: Option<&Option<StepView>>| {
        if ended.get() {
            prev.cloned().flatten()
        } else {
            step.get()
        }
    });
    // Set a task after the end: then the running view goes.
    let dropped = RwSignal::new(false);
    Effect::new(move |was_ended: Option<bool>| {
        let now_ended = ended.get();
        if now_ended && was_ended != Some(true) {
            let just_ended = was_ended == Some(false);
            ticker::soon(move || {
                dropped.set(true);
                // Keyboard and screen reader focus goes to the end screen
                // (on a page opened at its end, the page change does it).
                if just_ended {
                    focus::focus("end-heading");
                }
            });
        } else if !now_ended {
            dropped.set(false);
        }
        now_ended
    });
    let running_shown = Memo::new(move |_| {
        if ended.get() {
            !dropped.get() && frozen.with(Option::is_some)
        } else {
            step.with(Option::is_some)
        }
    });

    view! {
        {move || summary.get().map(|sum| view! { <EndScreen summary=sum/> })}
        <Show when=move || running_shown.get()>
            <div class="running-view" hidden=move || ended.get()>
                <Running step=frozen confirming=confirming paused_to_ask=paused_to_ask/>
            </div>
        </Show>
        <Show when=move || !ended.get() && step.with(Option::is_none)>
            <section class="page">
                <h1>"No session running"</h1>
                <p>"Pick a routine to start one, or use a quick hold."</p>
                <p><a href=Route::Home.href() class="button primary">"Choose a routine"</a></p>
            </section>
        </Show>
    }
}

/// Space pauses or resumes, arrows skip and go back; keys meant for a focused
/// control (Space on a button) are left to it.
fn keyboard_shortcuts(player: Player) {
    let listener = keyboard::on_key(move |press| match press.key.as_str() {
        " " if !press.on_control => {
            player.toggle_pause();
            true
        }
        "ArrowRight" => {
            player.skip();
            false
        }
        "ArrowLeft" => {
            player.previous();
            false
        }
        _ => false,
    });
    StoredValue::new_local(listener);
}

#[component]
fn Running(
    step: Memo<Option<StepView>>,
    confirming: RwSignal<bool>,
    paused_to_ask: RwSignal<bool>,
) -> impl IntoView {
    let player = expect_context::<Player>();
    let settings = expect_context::<SettingsStore>();
    let paused =
        Memo::new(move |_| step.with(|s| s.as_ref().map(|s| s.status)) == Some(Status::Paused));
    let remaining = Signal::derive(move || {
        let now = player.now.get();
        player
            .session
            .with(|s| s.as_ref().map_or(0, |s| s.remaining(now)))
    });
    // Re-created when the segment, its length or the paused state changes.
    let anim_key =
        Memo::new(move |_| step.with(|s| s.as_ref().map(|s| (s.index, s.length, s.status))));
    let elapsed_now = move || -> (Millis, Millis) {
        let now = clock::now();
        player.session.with_untracked(|s| {
            s.as_ref()
                .map_or((0, 0), |s| (s.countdown().elapsed(now), s.position(now)))
        })
    };
    let field = move |f: fn(&StepView) -> String| {
        move || step.with(|s| s.as_ref().map(f).unwrap_or_default())
    };
    // The step's kind, a side switch's colour wash and the paused look.
    let kind_class = move || {
        step.with(|s| {
            s.as_ref()
                .map(|s| {
                    format!(
                        "page player kind-{}{}{}",
                        s.kind.slug(),
                        if s.segment == SegmentKind::SwitchSides {
                            " switching"
                        } else {
                            ""
                        },
                        if s.status == Status::Paused {
                            " is-paused"
                        } else {
                            ""
                        },
                    )
                })
                .unwrap_or_default()
        })
    };
    // End session asks in a dialog; the session waits while it asks, and
    // "Keep going" resumes it only if it was running.
    let ask_to_end = move || {
        let running = player.status() == Some(Status::Running);
        if running {
            player.pause();
        }
        paused_to_ask.set(running);
        confirming.set(true);
        // Into the dialog, on the answer that loses nothing.
        focus::focus_soon("end-keep-going".to_string());
    };
    let keep_going = move || {
        confirming.set(false);
        if paused_to_ask.get_untracked() {
            player.resume();
        }
    };
    // "+10 s" at the step kind's limit: the button says it has nothing more
    // to add, and after a tap the reason shows beside it.
    let at_limit = move || step.with(|s| s.as_ref().is_some_and(|s| s.extend_limit.is_some()));
    let limit_note = move || {
        let shown = player.limit_shown.get();
        step.with(|s| s.as_ref().and_then(|s| s.limit_note(shown)))
    };
    let needs_sound = move || settings.settings.with(|s| s.sound) && !player.sound_unlocked.get();
    let no_wake_lock =
        settings.settings.with_untracked(|s| s.wake_lock) && !wake_lock::is_supported();

    view! {
        <section class=kind_class>
            // What a person on the floor needs, on one screen: where in the
            // routine, the step and its side, its picture, the countdown, the
            // first sentence of what to do, and Pause and Skip at the bottom
            // where a thumb reaches. The rest follows below.
            <div class="player-stage">
                <div class="player-notes">
                    // After a reload the sound waits for a tap: said first, large.
                    <Show when=needs_sound>
                        {move || match player.sound_stopped.get() {
                            // The system stopped the audio while the page was away.
                            Some(summary) => view! {
                                <div class="notice sound-stopped" role="alert">
                                    <p><strong>"Sound stopped while the screen was off."</strong>" "{summary}</p>
                                    <button class="primary big" on:click=move |_| player.unlock_sound()>
                                        "Tap to turn sound back on"
                                    </button>
                                </div>
                            }
                            .into_any(),
                            None => view! {
                                <div class="notice sound-stopped">
                                    <p>"Sound is off until you tap."</p>
                                    <button class="primary big" on:click=move |_| player.unlock_sound()>"Turn sound on"</button>
                                </div>
                            }
                            .into_any(),
                        }}
                    </Show>
                    {move || player.save_error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
                </div>
                <div class="player-top">
                    <div class="player-where-in">
                        <p class="routine-name">{field(|s| s.routine_name.clone())}</p>
                        {move || anim_key.get().map(|(_, _, status)| {
                            let (_, position) = elapsed_now();
                            let total = step.with_untracked(|s| s.as_ref().map_or(0, |s| s.total));
                            view! { <RoutineProgress total=total position=position paused=status != Status::Running/> }
                        })}
                    </div>
                    <button class="end-button" on:click=move |_| ask_to_end()>"End session"</button>
                </div>
                <div class="step-head">
                    {move || anim_key.get().map(|_| step.with_untracked(|s| s.as_ref().map(|s| {
                        let (kind, tool, chip) = (s.kind, s.tool, s.chip);
                        // A side switch is said once, by the heading.
                        let switching = s.segment == SegmentKind::SwitchSides;
                        view! {
                            <p class="kind-line">
                                {(!switching).then(|| view! {
                                    <span class="kind-chip"><KindIcon kind=kind/>{chip}</span>
                                })}
                                <span class="tool-line"><ToolIcon tool=tool/>{tool.label()}</span>
                            </p>
                        }
                    })))}
                    <h1 class="step-heading">{field(|s| s.title.clone())}</h1>
                    // Readable from the floor: the side is the biggest thing after the digits.
                    {move || step.with(|s| s.as_ref().and_then(|s| s.side).map(|side| view! {
                        <p class="side-banner">{format!("{} side", side.label())}</p>
                    }))}
                </div>
                // How to do the step: the position and where the tool goes, for
                // the side being worked (or about to be).
                {move || step.with(|s| s.as_ref().and_then(|s| {
                    let side = s.side;
                    s.picture.map(|p| view! { <PosePicture picture=p side=side class="main"/> })
                }))}
                <div class="ring-area">
                    {move || anim_key.get().map(|(_, length, status)| {
                        let (elapsed, _) = elapsed_now();
                        // A tap anywhere on the ring pauses or resumes (the Pause
                        // button below does the same for keyboards and readers).
                        view! {
                            <div class="ring-tap" on:click=move |_| player.toggle_pause()>
                                <ProgressRing length=length elapsed=elapsed paused=status != Status::Running>
                                    <ClockFace remaining=remaining/>
                                    {(status == Status::Paused).then(|| view! { <span class="paused-label">"Paused"</span> })}
                                </ProgressRing>
                            </div>
                        }
                    })}
                </div>
                // The whole instruction follows below; this is its start.
                <p class="instruction-lead" aria-hidden="true">{field(|s| s.lead.clone())}</p>
                <p class="next">
                    {move || step.with(|s| match s.as_ref().and_then(|s| s.next.clone()) {
                        Some(n) => format!("Next: {n}"),
                        None => "Last step".to_string(),
                    })}
                </p>
                <div class="player-controls main-controls">
                    <button class="primary big" on:click=move |_| player.toggle_pause()>
                        {move || if paused.get() { "Resume" } else { "Pause" }}
                    </button>
                    <button class="big" on:click=move |_| player.skip()>"Skip"</button>
                </div>
            </div>
            <div class="player-more">
                <p class="where">
                    {move || step.with(|s| s.as_ref().filter(|s| s.sets > 1).map(|s| view! {
                        <span class="set">{format!("Set {} of {}", s.set, s.sets)}</span>
                        <span aria-hidden="true">"·"</span>
                    }))}
                    <span class="area">{field(|s| s.area.label().to_string())}</span>
                </p>
                <p class="instruction">{field(|s| s.instruction.clone())}</p>
                {move || step.with(|s| s.as_ref().filter(|s| s.is_pressure()).map(|_| view! {
                    <p class="pressure" role="note">
                        "Aim for a firm 4 to 7 out of 10: discomfort, never sharp pain. "
                        {SPREAD_OR_NERVE}
                    </p>
                }))}
                {move || step.with(|s| s.as_ref().map(|s| s.cautions.clone()).unwrap_or_default())
                    .into_iter()
                    .map(|c| view! { <p class="caution" role="note"><strong>"Caution: "</strong>{c}</p> })
                    .collect_view()}
                <div class="player-controls more-controls">
                    <button on:click=move |_| player.previous()>"Previous"</button>
                    <button on:click=move |_| player.extend() aria-label="Add 10 seconds"
                        aria-disabled=move || at_limit().to_string()
                        aria-describedby=move || limit_note().map(|_| "extend-limit")>"Add 10 s"</button>
                </div>
                {move || limit_note().map(|why| view! { <p class="limit-note" id="extend-limit">{why}</p> })}
                <div class="step-picture">
                    <BodyMapHighlight
                        area=Signal::derive(move || step.with(|s| s.as_ref().map(|s| s.area)))
                        side=Signal::derive(move || step.with(|s| s.as_ref().and_then(|s| s.side)))
                    />
                </div>
                {no_wake_lock.then(|| view! {
                    <p class="notice">
                        "This browser cannot keep the screen on. Set a longer screen timeout on your phone for this session."
                    </p>
                })}
                <p class="hint keys">"Keyboard: Space pauses or resumes, arrow keys skip or go back."</p>
            </div>
            <Show when=move || confirming.get()>
                <div class="dialog-backdrop">
                    <div
                        class="confirm dialog"
                        role="alertdialog"
                        aria-modal="true"
                        aria-labelledby="end-title"
                        aria-describedby="end-text"
                    >
                        <h2 id="end-title">"End this session?"</h2>
                        <p id="end-text">"The session is paused while you choose. What you did so far is kept."</p>
                        <div class="row-actions">
                            <button class="danger" on:click=move |_| { confirming.set(false); player.end(); }>
                                "Yes, end session"
                            </button>
                            <button class="primary" id="end-keep-going" on:click=move |_| keep_going()>"Keep going"</button>
                        </div>
                    </div>
                </div>
            </Show>
        </section>
    }
}

#[component]
fn EndScreen(summary: Summary) -> impl IntoView {
    let player = expect_context::<Player>();
    let router = expect_context::<Router>();
    let history = expect_context::<HistoryStore>();
    let again = player
        .session
        .with_untracked(|s| s.as_ref().map(|s| s.routine().clone()));
    let logged = player
        .session
        .with_untracked(|s| s.as_ref().and_then(log_id));
    let heading = if summary.completed {
        "Session complete"
    } else if summary.finished {
        "Every step skipped"
    } else if summary.done == 0 {
        "Ended before the first step"
    } else {
        "Session ended early"
    };
    let done = move |_| {
        player.dismiss();
        router.go(&Route::Home);
    };
    view! {
        <section class="page end">
            // One markup string, not a view tree: this is built in the same
            // task as the step's end, and every node built there makes the
            // end show later (docs/PERFORMANCE.md, timer exactness).
            <div class="end-summary" prop:innerHTML=trusted_html::html(&summary_markup(&summary, heading))></div>
            {logged.map(|id| view! { <AfterRatings log_id=id/> })}
            {move || history.error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <div class="controls">
                <button class="primary" on:click=done>"Done"</button>
                {again.map(|r| view! {
                    <button on:click=move |_| player.start(r.clone())>"Start again"</button>
                })}
            </div>
        </section>
    }
}

/// The end screen's heading, routine name, facts and aftercare note.
pub fn summary_markup(summary: &Summary, heading: &str) -> String {
    let skipped = if summary.skipped > 0 {
        format!("<div><dt>Skipped</dt><dd>{}</dd></div>", summary.skipped)
    } else {
        String::new()
    };
    // Aftercare only after something was worked; a session with no step
    // done counts toward nothing, and says so.
    let note = if summary.done == 0 {
        "No step was done, so this session does not count toward your streak or your week. It stays in your history."
    } else {
        "Drink some water and move gently. Give a treated spot a day or two before working it hard again."
    };
    format!(
        "<h1 id=\"end-heading\" tabindex=\"-1\">{heading}</h1><p class=\"lede\">{name}</p><dl class=\"facts\">\
         <div><dt>Time spent</dt><dd>{spent}</dd></div>\
         <div><dt>Steps done</dt><dd>{done} of {of}</dd></div>{skipped}</dl>\
         <p>{note}</p>",
        name = escape(&summary.routine_name),
        spent = format_length(summary.active),
        done = summary.done,
        of = summary.of,
    )
}
