//! Quick hold: one pressure hold on one spot, no routine needed.

use leptos::prelude::*;
use unknot_domain::{
    countdown::{Countdown, Phase},
    cues,
    time::{Instant, SECOND},
};

use crate::platform::{
    audio::CuePlayer, clock, ticker::Ticker, vibration, visibility::VisibilityWatch,
    wake_lock::WakeLock,
};
use crate::ui::components::clock_face::ClockFace;
use crate::ui::settings_store::SettingsStore;
use crate::ui::timer_busy::TimerBusy;

/// Hold lengths offered, in seconds (the domain's short presets).
pub const CHOICES: [u64; 5] = [10, 20, 30, 45, 60];
pub const DEFAULT_SECONDS: u64 = 30;

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
    fn of(c: &Countdown) -> Self {
        match c.phase() {
            Phase::Ready => View::Choosing,
            Phase::Running { .. } => View::Running,
            Phase::Paused { .. } => View::Paused,
            Phase::Finished { .. } => View::Done,
        }
    }
}

/// The hold's reactive state; all handles are `Copy`, so closures share it.
#[derive(Clone, Copy)]
struct Hold {
    seconds: RwSignal<u64>,
    countdown: RwSignal<Countdown>,
    /// The clock as of the last wake; the display derives from it.
    now: RwSignal<Instant>,
    ticker: StoredValue<Ticker, LocalStorage>,
    /// Tones on the audio clock and the screen wake lock, as in a session.
    cues: StoredValue<(CuePlayer, WakeLock), LocalStorage>,
    settings: SettingsStore,
}

impl Hold {
    fn new() -> Self {
        Self {
            seconds: RwSignal::new(DEFAULT_SECONDS),
            countdown: RwSignal::new(Countdown::new(DEFAULT_SECONDS * SECOND)),
            now: RwSignal::new(clock::now()),
            ticker: StoredValue::new_local(Ticker::new()),
            cues: StoredValue::new_local((CuePlayer::new(), WakeLock::new())),
            settings: SettingsStore::use_context(),
        }
    }

    /// Looks at the clock, records what happened and aims the next wake.
    fn wake(self) {
        let now = clock::now();
        let mut c = self.countdown.get_untracked();
        if c.catch_up(now).is_some() {
            self.countdown.set(c);
            if self.settings.get_untracked().vibration {
                vibration::buzz(&[300, 100, 300]);
            }
            self.sync_cues(now);
        }
        self.now.set(now);
        self.aim();
    }

    /// Aims the next wake from a fresh reading: the work since the last one
    /// (cues, audio) would otherwise make the wake late by that long.
    fn aim(self) {
        let now = clock::now();
        let next = self.countdown.with_untracked(|c| c.next_wake(now));
        self.ticker.update_value(|t| match next {
            Some(delay) => t.schedule(delay, move || self.wake()),
            None => t.cancel(),
        });
    }

    /// Applies a transition at the current time (from a tap, so audio may
    /// start here), then re-plans the cues and re-aims the ticker.
    fn act(self, f: impl FnOnce(&mut Countdown, Instant)) {
        let now = clock::now();
        self.countdown.update(|c| {
            c.catch_up(now);
            f(c, now);
        });
        self.now.set(now);
        self.sync_cues(now);
        self.aim();
    }

    /// Tones for the rest of the hold (none unless running) and the wake
    /// lock (held only while running), following the settings.
    fn sync_cues(self, now: Instant) {
        let settings = self.settings.get_untracked();
        let countdown = self.countdown.get_untracked();
        let running = countdown.is_running();
        self.cues.update_value(|(audio, lock)| {
            if settings.sound && running {
                audio.unlock();
            }
            let tones = if settings.sound {
                cues::countdown_tones(&countdown)
            } else {
                Vec::new()
            };
            audio.plan(&tones, now);
            if settings.wake_lock && running {
                lock.acquire();
            } else {
                lock.release();
            }
        });
    }

    fn choose(self, seconds: u64) {
        self.seconds.set(seconds);
        self.countdown.set(Countdown::new(seconds * SECOND));
    }

    fn reset(self) {
        self.ticker.update_value(Ticker::cancel);
        self.countdown
            .set(Countdown::new(self.seconds.get_untracked() * SECOND));
        self.sync_cues(clock::now());
    }
}

/// Length picker, countdown and controls for a single hold.
#[component]
pub fn QuickHold() -> impl IntoView {
    let hold = Hold::new();
    let watch = VisibilityWatch::on_visible(move || {
        hold.wake();
        // The browser drops the wake lock while hidden: take it again.
        hold.sync_cues(clock::now());
    });
    // Dropped (and the listener removed) with the component.
    StoredValue::new_local(watch);

    let view_kind = Memo::new(move |_| hold.countdown.with(View::of));
    let busy = TimerBusy::use_context();
    Effect::new(move |_| busy.set(view_kind.get() == View::Running));
    on_cleanup(move || busy.set(false));
    let remaining = Signal::derive(move || hold.countdown.with(|c| c.remaining(hold.now.get())));
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
                                        prop:checked=move || hold.seconds.get() == secs
                                        on:change=move |_| hold.choose(secs)
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
                        <button class="primary" on:click=move |_| hold.act(|c, now| { c.start(now); })>
                            "Start"
                        </button>
                    }.into_any(),
                    View::Running => view! {
                        <button class="primary" on:click=move |_| hold.act(|c, now| { c.pause(now); })>
                            "Pause"
                        </button>
                        <button on:click=move |_| hold.reset()>"Reset"</button>
                    }.into_any(),
                    View::Paused => view! {
                        <button class="primary" on:click=move |_| hold.act(|c, now| { c.resume(now); })>
                            "Resume"
                        </button>
                        <button on:click=move |_| hold.reset()>"Reset"</button>
                    }.into_any(),
                    View::Done => view! {
                        <button class="primary" on:click=move |_| {
                            hold.reset();
                            hold.act(|c, now| { c.start(now); });
                        }>
                            "Hold again"
                        </button>
                        <button on:click=move |_| hold.reset()>"Reset"</button>
                    }.into_any(),
                }}
            </div>
            <p class="visually-hidden" role="status">{status}</p>
        </div>
    }
}
