//! "Add a reminder to my calendar": chosen weekdays and a time become a
//! recurring event in an `.ics` file that the phone's calendar opens.

use leptos::prelude::*;
use unknot_domain::{
    calendar::WEEKDAYS,
    ics::{parse_time, reminder_ics, Reminder},
};

use crate::platform::{download::download as download_text, local_time, random};

const FULL_DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

#[component]
pub fn ReminderForm() -> impl IntoView {
    let open = RwSignal::new(false);
    // Monday, Wednesday and Friday to begin with.
    let days = RwSignal::new([true, false, true, false, true, false, false]);
    let time = RwSignal::new("08:00".to_string());
    let message = RwSignal::new(None::<(bool, String)>);
    let create = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let Some((hour, minute)) = parse_time(&time.get_untracked()) else {
            message.set(Some((false, "Choose a time.".into())));
            return;
        };
        let reminder = Reminder {
            days: days.get_untracked(),
            hour,
            minute,
        };
        let now = local_time::epoch_ms();
        let uid = format!("{now}-{}@unknot", random::random_below(1_000_000_000));
        let Some(ics) = reminder_ics(
            &reminder,
            local_time::today(),
            &uid,
            now,
            "Unknot: a few minutes of self-release",
            "Open Unknot and pick a routine. Gentle pressure, slow breaths.",
        ) else {
            message.set(Some((false, "Choose at least one day.".into())));
            return;
        };
        message.set(Some(
            match download_text("unknot-reminder.ics", "text/calendar", &ics) {
                Ok(()) => (
                    true,
                    "Calendar file saved. Open it to add the reminder to your calendar.".into(),
                ),
                Err(e) => (false, e),
            },
        ));
    };
    view! {
        <div class="reminder">
            <button
                aria-expanded=move || open.get().to_string()
                aria-controls="reminder-form"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                "Add a reminder to my calendar"
            </button>
            <form id="reminder-form" class="reminder-form" hidden=move || !open.get() on:submit=create>
                <fieldset class="weekdays">
                    <legend>"Days"</legend>
                    {(0..7).map(|i| view! {
                        <label class="day">
                            <input type="checkbox" aria-label=FULL_DAYS[i]
                                prop:checked=move || days.with(|d| d[i])
                                on:change=move |e| {
                                    let on = event_target_checked(&e);
                                    days.update(|d| d[i] = on);
                                }/>
                            <span aria-hidden="true">{WEEKDAYS[i]}</span>
                        </label>
                    }).collect_view()}
                </fieldset>
                <label class="time">
                    "Time "
                    <input type="time" prop:value=move || time.get()
                        on:input=move |e| time.set(event_target_value(&e))/>
                </label>
                <p class="hint">"Your calendar app does the reminding, even offline. Unknot never sends anything."</p>
                <button type="submit" class="primary">"Download calendar file"</button>
                {move || message.get().map(|(ok, text)| view! {
                    <p class=if ok { "notice" } else { "error" } role="status">{text}</p>
                })}
            </form>
        </div>
    }
}
