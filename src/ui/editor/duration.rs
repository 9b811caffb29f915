//! A step's duration: a stepper (−/+) around a text field that takes `m:ss`
//! or seconds. Text that is not a duration is kept as typed, explained, and
//! blocks Save until it is fixed.

use leptos::prelude::*;
use unknot_domain::duration::{duration_text, nudge, parse_duration};

use super::draft::Draft;
use super::messages::{has_error, FieldMessages};

#[component]
pub fn DurationInput(
    draft: Draft,
    key: u32,
    number: Signal<usize>,
    path: Signal<String>,
) -> impl IntoView {
    let current = move || {
        draft.steps.with_untracked(|s| {
            s.iter()
                .find(|(k, _)| *k == key)
                .map(|(_, s)| s.duration_ms)
                .unwrap_or_default()
        })
    };
    let text = RwSignal::new(duration_text(current()));
    let unreadable = RwSignal::new(None::<String>);
    let set = move |ms| {
        draft.update_step(key, |s| s.duration_ms = ms);
        unreadable.set(None);
        draft.set_bad_input(key, false);
    };
    let on_input = move |e| {
        let typed = event_target_value(&e);
        match parse_duration(&typed) {
            Ok(ms) => set(ms),
            Err(why) => {
                unreadable.set(Some(why));
                draft.set_bad_input(key, true);
            }
        }
        text.set(typed);
    };
    let step_by = move |up: bool| {
        let next = nudge(current(), up);
        set(next);
        text.set(duration_text(next));
    };
    // The domain's messages apply to the last duration read, so they wait
    // while the text cannot be read.
    let problems = Signal::derive(move || {
        if unreadable.with(Option::is_some) {
            Vec::new()
        } else {
            draft.messages(&path.get())
        }
    });
    let id = format!("step-{key}-duration");
    let msg_id = format!("{id}-messages");
    view! {
        <div class="field duration-field">
            <label for=id.clone()>"Duration "<span class="hint">"(m:ss or seconds)"</span></label>
            <div class="stepper">
                <button type="button" aria-label=move || format!("Decrease duration of step {}", number.get())
                    on:click=move |_| step_by(false)>"\u{2212}"</button>
                <input id=id type="text" inputmode="numeric" autocomplete="off" size="6"
                    prop:value=move || text.get()
                    aria-invalid=move || (unreadable.with(Option::is_some) || problems.with(|p| has_error(p))).to_string()
                    aria-describedby=msg_id.clone()
                    on:input=on_input/>
                <button type="button" aria-label=move || format!("Increase duration of step {}", number.get())
                    on:click=move |_| step_by(true)>"+"</button>
            </div>
            <FieldMessages id=msg_id problems=problems extra=Signal::derive(move || unreadable.get())/>
        </div>
    }
}
