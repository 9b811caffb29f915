//! `/settings`: cues, screen and the timings the player adds between steps.

use leptos::prelude::*;
use unknot_domain::text::capitalized;
use unknot_domain::{
    calendar::LocalDate,
    cues::Tone,
    settings::{
        Settings, GET_READY_MAX, REMIND_AFTER_MAX, SET_REST_RANGE, SWITCH_PAUSE_RANGE,
        VOICE_RATE_RANGE,
    },
    time::{Millis, SECOND},
};

use crate::platform::{
    download, local_time, media_session as audio_session, speech, vibration, wake_lock,
};
use crate::state::kept::{self, KeptStore};
use crate::state::player::controller::Player;
use crate::state::settings::SettingsStore;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let store = expect_context::<SettingsStore>();
    let player = expect_context::<Player>();
    let s = store.settings;
    let sound_off = Signal::derive(move || s.with(|s| !s.sound));
    let voice_off = Signal::derive(move || s.with(|s| !s.voice));

    view! {
        <section class="page settings">
            <h1>"Settings"</h1>
            {move || store.error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}

            <h2>"Sound cues"</h2>
            <Toggle label="Sound" hint="A different sound for each moment: the next step, a side switch, a rest between sets, the end, and soft ticks for the last three seconds."
                get=move || s.with(|s| s.sound) set=move |v| store.change(|s| s.sound = v)/>
            <div class="test-cues" role="group" aria-label="Test each sound">
                <p class="hint">{move || if sound_off.get() { "Turn Sound on to hear them." } else { "Hear each one:" }}</p>
                {Tone::ALL_MOMENTS.into_iter().chain([Tone::Tick]).map(|tone| view! {
                    <button
                        aria-label=format!("Test sound: {}", tone.label())
                        disabled=sound_off
                        on:click=move |_| player.test_tone(tone)
                    >{tone.label()}</button>
                }).collect_view()}
            </div>
            <Toggle label="Halfway cue" hint="A single soft note halfway through each hold or stretch."
                disabled=sound_off
                get=move || s.with(|s| s.halfway_cue) set=move |v| store.change(|s| s.halfway_cue = v)/>
            {audio_session::has_audio_session().then(|| view! {
                <Toggle label="Sound through the silent switch"
                    hint="Cues play even with the ring switch off and keep playing with the screen locked; music from other apps pauses during a session."
                    disabled=sound_off
                    get=move || s.with(|s| s.sound_through_silent)
                    set=move |v| store.change(|s| s.sound_through_silent = v)/>
            })}

            <h2>"Spoken cues"</h2>
            <Toggle label="Voice" hint="Says each step, when to switch sides and when 10 seconds are left."
                get=move || s.with(|s| s.voice) set=move |v| store.change(|s| s.voice = v)/>
            {(!speech::is_supported()).then(|| view! { <p class="notice">"This browser has no speech voices."</p> })}
            <Toggle label="Read instructions aloud" hint="The voice reads how to do a step when it begins, not only its name."
                disabled=voice_off
                get=move || s.with(|s| s.read_instructions) set=move |v| store.change(|s| s.read_instructions = v)/>
            <Slider label="Voice speed" min=VOICE_RATE_RANGE.0 as u64 max=VOICE_RATE_RANGE.1 as u64 step=10
                text=|v| if v == 100 { "Normal".to_string() } else { format!("{v}%") }
                disabled=voice_off
                get=move || s.with(|s| s.voice_rate_percent as u64)
                set=move |v| store.change(|s| s.voice_rate_percent = v as u16)/>

            <h2>"Vibration and screen"</h2>
            <Toggle label="Vibration" hint="Buzzes at the end of a step and at a side switch."
                get=move || s.with(|s| s.vibration) set=move |v| store.change(|s| s.vibration = v)/>
            {(!vibration::is_supported()).then(|| view! { <p class="notice">"This device or browser cannot vibrate."</p> })}
            <Toggle label="Flash at each step" hint="The whole screen flashes briefly when a step starts, at a side switch and at the end: for noisy rooms. With reduced motion it changes colour steadily instead."
                get=move || s.with(|s| s.flash) set=move |v| store.change(|s| s.flash = v)/>
            <Toggle label="Keep screen awake" hint="While a session runs; released after a minute of pause."
                get=move || s.with(|s| s.wake_lock) set=move |v| store.change(|s| s.wake_lock = v)/>
            {(!wake_lock::is_supported()).then(|| view! {
                <p class="notice">"This browser cannot keep the screen on; set a longer screen timeout instead."</p>
            })}

            <h2>"Lock screen and headset"</h2>
            <Toggle label="Show on the lock screen"
                hint="During a session the lock screen shows the step and time, and headset buttons pause, skip and go back. A silent track plays to make this work, so music from other apps pauses during a session."
                get=move || s.with(|s| s.lock_screen) set=move |v| store.change(|s| s.lock_screen = v)/>

            <h2>"Timing"</h2>
            <SecondsSlider label="Get-ready time" range=(0, GET_READY_MAX)
                get=move || s.with(|s| s.get_ready_ms) set=move |v| store.change(|s| s.get_ready_ms = v)/>
            <SecondsSlider label="Switch-sides pause" range=SWITCH_PAUSE_RANGE
                get=move || s.with(|s| s.switch_pause_ms) set=move |v| store.change(|s| s.switch_pause_ms = v)/>
            <SecondsSlider label="Rest between sets" range=SET_REST_RANGE
                get=move || s.with(|s| s.set_rest_ms) set=move |v| store.change(|s| s.set_rest_ms = v)/>
            <p class="hint">"A routine that sets its own rest between sets keeps it."</p>

            <h2>"History"</h2>
            <Slider label="Gentle note after" min=0 max=REMIND_AFTER_MAX as u64 step=1
                text=|v| match v { 0 => "Off".to_string(), 1 => "1 day".to_string(), n => format!("{n} days") }
                get=move || s.with(|s| s.remind_after_days as u64)
                set=move |v| store.change(|s| s.remind_after_days = v as u8)/>
            <p class="hint">"The home page says so, kindly, when your last session was longer ago."</p>
            <Toggle label="Log quick holds" hint="Quick holds appear in your history and count in your streak and weekly minutes."
                get=move || s.with(|s| s.log_quick_holds) set=move |v| store.change(|s| s.log_quick_holds = v)/>

            <RestoreDefaults/>
            <KeptData/>
        </section>
    }
}

/// "Restore defaults", asked first and undoable: the settings before are
/// kept until the user leaves the page.
#[component]
fn RestoreDefaults() -> impl IntoView {
    let store = expect_context::<SettingsStore>();
    let asking = RwSignal::new(false);
    let before = RwSignal::new(None::<Settings>);
    let restore = move || {
        let was = store.get_untracked();
        asking.set(false);
        store.change(|s| *s = Settings::default());
        // Only if the write went through: a failed one changed nothing.
        if store.get_untracked() == Settings::default() && was != Settings::default() {
            before.set(Some(was));
        }
    };
    let undo = move || {
        if let Some(was) = before.get_untracked() {
            store.change(|s| *s = was);
            before.set(None);
        }
    };
    view! {
        <h2>"Start over"</h2>
        <div class="undo-bar" role="status">
            {move || before.get().map(|_| view! {
                <p>"Every setting is back to its default."</p>
                <button on:click=move |_| undo()>"Undo"</button>
            })}
        </div>
        <Show
            when=move || asking.get()
            fallback=move || view! {
                <p><button on:click=move |_| asking.set(true)>"Restore defaults"</button></p>
            }
        >
            <div class="confirm" role="group" aria-label="Confirm restoring the default settings">
                <p>"Put every setting back to how it was when you first opened Unknot? Your routines and history stay."</p>
                <button class="danger" on:click=move |_| restore()>"Yes, restore defaults"</button>
                <button on:click=move |_| asking.set(false)>"Cancel"</button>
            </div>
        </Show>
    }
}

/// Copies of saved data that could not be read, kept on the device until
/// the user deletes them: each can be downloaded as it was.
#[component]
fn KeptData() -> impl IntoView {
    let kept = expect_context::<KeptStore>();
    let error = RwSignal::new(None::<String>);
    view! {
        <Show when=move || kept.copies.with(|c| !c.is_empty())>
            <h2>"Unreadable data kept on this device"</h2>
            <p class="hint">"When saved data could not be read, the app started with what it could read and kept the rest here, as it was."</p>
            <ul class="kept-list">
                {move || kept.copies.get().into_iter().map(|copy| {
                    let what = kept::what(&copy);
                    let at = copy.at as i64;
                    let date = LocalDate::at(at, local_time::offset_at(at)).long_label();
                    let label = format!("{} (kept {date})", capitalized(what));
                    let key = copy.key.clone();
                    let text = copy.text.clone();
                    let name = format!("unknot-unreadable-{}.txt", what.replace(' ', "-"));
                    view! {
                        <li>
                            <span>{label.clone()}</span>
                            <button on:click=move |_| error.set(download::download(&name, "text/plain", &text).err())
                                aria-label=format!("Download: {label}")>"Download"</button>
                            <button class="danger" on:click=move |_| kept.delete(&key)
                                aria-label=format!("Delete: {label}")>"Delete"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {move || error.get().or(kept.error.get()).map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </Show>
    }
}

#[component]
fn Toggle(
    label: &'static str,
    hint: &'static str,
    get: impl Fn() -> bool + Send + Sync + 'static,
    set: impl Fn(bool) + 'static,
    /// Greyed out while the setting it depends on is off.
    #[prop(optional, into)]
    disabled: Signal<bool>,
) -> impl IntoView {
    view! {
        <label class="toggle" class:disabled=disabled>
            <input type="checkbox" role="switch" prop:checked=get disabled=disabled
                on:change=move |e| set(event_target_checked(&e))/>
            <span class="toggle-text">
                <span class="toggle-label">{label}</span>
                <span class="hint">{hint}</span>
            </span>
        </label>
    }
}

#[component]
fn Slider(
    label: &'static str,
    min: u64,
    max: u64,
    step: u64,
    /// The value in words ("5 s", "3 days", "Off"), shown and read out.
    text: fn(u64) -> String,
    get: impl Fn() -> u64 + Copy + Send + Sync + 'static,
    set: impl Fn(u64) + 'static,
    #[prop(optional, into)] disabled: Signal<bool>,
) -> impl IntoView {
    view! {
        <label class="slider" class:disabled=disabled>
            <span class="slider-label">{label} ": " <output>{move || text(get())}</output></span>
            <input type="range" aria-label=label min=min max=max step=step
                prop:value=move || get().to_string()
                aria-valuetext=move || text(get())
                disabled=disabled
                on:change=move |e| if let Ok(v) = event_target_value(&e).parse() { set(v) }/>
        </label>
    }
}

/// A slider in whole seconds over a millisecond setting ("5 s"; 0 is "Off").
#[component]
fn SecondsSlider(
    label: &'static str,
    range: (Millis, Millis),
    get: impl Fn() -> Millis + Copy + Send + Sync + 'static,
    set: impl Fn(Millis) + 'static,
) -> impl IntoView {
    view! {
        <Slider label=label min=range.0 / SECOND max=range.1 / SECOND step=1
            text=|v| if v == 0 { "Off".to_string() } else { format!("{v} s") }
            get=move || get() / SECOND set=move |v| set(v * SECOND)/>
    }
}
