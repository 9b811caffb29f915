//! A step's duration: a stepper (−/+) around a text field that takes `m:ss`
//! or seconds. The stepper stays within the step kind's limits (the label
//! says them: "0:10 to 1:00"), so it never makes a length it would then
//! flag. A bare number says how it was read ("15 = 0:15"). Text that is not
//! a duration is kept as typed, explained once the field is left, and
//! blocks Save until it is fixed.

use leptos::prelude::*;
use unknot_domain::duration::{duration_note, duration_text, nudge, parse_duration, range_text};
use unknot_domain::limits;
use unknot_domain::validate::Severity;

use super::draft::{Draft, Line, Tone};
use super::messages::{has_error, FieldMessages};

#[component]
pub fn DurationInput(
    draft: Draft,
    key: u32,
    number: Signal<usize>,
    path: Signal<String>,
) -> impl IntoView {
    let length = Memo::new(move |_| draft.step(key).map(|s| s.duration_ms).unwrap_or_default());
    // The step kind's limits: the stepper stays inside them.
    let bounds = Memo::new(move |_| {
        draft
            .step(key)
            .map_or(limits::HOLD, |s| limits::bounds(s.kind))
    });
    let text = RwSignal::new(duration_text(length.get_untracked()));
    let unreadable = RwSignal::new(None::<String>);
    let set = move |ms| {
        draft.update_step(key, |s| s.duration_ms = ms);
        unreadable.set(None);
        draft.set_bad_input(key, false);
    };
    // A length set from outside (a new kind's default) replaces the text.
    Effect::new(move |_| {
        let ms = length.get();
        if parse_duration(&text.get_untracked()) != Ok(ms) {
            text.set(duration_text(ms));
            unreadable.set(None);
            draft.set_bad_input(key, false);
        }
    });
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
        let next = nudge(length.get_untracked(), up, bounds.get_untracked());
        set(next);
        text.set(duration_text(next));
    };
    // At a limit the button stays in place (and in the tab order) but says
    // it has nothing more to do.
    let at_end = move |up: bool| {
        let ms = length.get();
        (unreadable.with(Option::is_none) && nudge(ms, up, bounds.get()) == ms).to_string()
    };
    let id = format!("step-{key}-duration");
    let msg_id = format!("{id}-messages");
    // One line: what cannot be read; or how a bare number was read, then
    // what is wrong with that length (errors once the field was left).
    let lines = {
        let id = id.clone();
        Signal::derive(move || {
            let shown = draft.shows_errors(&id);
            if let Some(why) = unreadable.get() {
                return if shown {
                    vec![Line {
                        text: why,
                        tone: Tone::Error,
                    }]
                } else {
                    Vec::new()
                };
            }
            let problem = draft
                .messages(&path.get())
                .into_iter()
                .find(|p| shown || p.severity == Severity::Warning);
            let tone = match problem.as_ref().map(|p| p.severity) {
                Some(Severity::Error) => Tone::Error,
                Some(Severity::Warning) => Tone::Warning,
                None => Tone::Note,
            };
            text.with(|t| duration_note(t, problem.as_ref().map(|p| p.message.as_str())))
                .map(|text| vec![Line { text, tone }])
                .unwrap_or_default()
        })
    };
    let field = id.clone();
    view! {
        <div class="field duration-field">
            <label for=id.clone()>"Duration "
                <span class="hint">{move || format!("(m:ss or seconds, {})", range_text(bounds.get()))}</span>
            </label>
            <div class="stepper">
                <button type="button" aria-label=move || format!("Decrease duration of step {}", number.get())
                    aria-disabled=move || at_end(false)
                    on:click=move |_| step_by(false)>"\u{2212}"</button>
                <input id=id type="text" inputmode="numeric" autocomplete="off" size="6"
                    prop:value=move || text.get()
                    aria-invalid=move || lines.with(|l| has_error(l)).to_string()
                    aria-describedby=msg_id.clone()
                    on:input=on_input
                    on:blur=move |_| draft.touch(&field)/>
                <button type="button" aria-label=move || format!("Increase duration of step {}", number.get())
                    aria-disabled=move || at_end(true)
                    on:click=move |_| step_by(true)>"+"</button>
            </div>
            <FieldMessages id=msg_id lines=lines/>
        </div>
    }
}
