//! One step in the editor: kind, title, instructions, duration, body area,
//! tool, sides, sets and rest between sets, with buttons to move, duplicate
//! and remove it.

use crate::platform::focus::focus_soon;
use leptos::prelude::*;
use unknot_domain::{
    edit::SIDES_CHOICES,
    picture::{Picture, Position, Spot},
    routine::{BodyArea, Step, StepKind, Tool},
    validate::{MAX_STEPS, SETS_RANGE, SET_REST_RANGE},
};

use super::draft::{Draft, Line};
use super::duration::DurationInput;
use super::messages::{has_error, FieldMessages};
use crate::ui::components::pose_picture::PosePicture;

#[component]
pub fn StepEditor(draft: Draft, key: u32) -> impl IntoView {
    let index = Memo::new(move |_| draft.index_of(key));
    let number = Signal::derive(move || index.get().map_or(0, |i| i + 1));
    let count = move || draft.steps.with(Vec::len);
    let step = Memo::new(move |_| draft.step(key));
    let read = move |f: fn(&Step) -> String| step.with(|s| s.as_ref().map(f).unwrap_or_default());
    let path = move |field: &'static str| {
        Signal::derive(move || {
            index
                .get()
                .map(|i| format!("steps[{i}].{field}"))
                .unwrap_or_default()
        })
    };
    let id = move |field: &str| format!("step-{key}-{field}");
    // Errors of a text field show once it was left (or Save was tried).
    let typed_lines = move |field: &'static str, at: &'static str| {
        let p = path(at);
        Signal::derive(move || draft.lines(&id(field), &p.get()))
    };
    // A choice's problems come from a choice just made: they show at once.
    let choice_lines = move |at: &'static str| {
        let p = path(at);
        Signal::derive(move || {
            draft
                .messages(&p.get())
                .into_iter()
                .map(Line::from)
                .collect::<Vec<_>>()
        })
    };
    let (title_p, instr_p) = (
        typed_lines("title", "title"),
        typed_lines("instruction", "instruction"),
    );
    // After a move the focus stays on the control used, or on the other
    // one when this one is now disabled (the step reached an end).
    let moved = move |up: bool| {
        draft.move_step(key, up);
        let at = draft.index_of(key).unwrap_or_default();
        let last = draft.steps.with_untracked(Vec::len).saturating_sub(1);
        let button = match (up, at) {
            (true, 0) => "down",
            (false, i) if i == last => "up",
            (true, _) => "up",
            (false, _) => "down",
        };
        focus_soon(id(button));
    };
    let remove = move || {
        draft.remove(key);
        focus_soon("undo-remove".to_string());
    };

    let kinds = StepKind::ALL
        .iter()
        .map(|k| (k.slug().to_string(), k.label().to_string()))
        .collect();
    let areas = BodyArea::ALL
        .iter()
        .map(|a| (a.slug().to_string(), a.label().to_string()))
        .collect();
    let tools = Tool::ALL
        .iter()
        .map(|t| (t.slug().to_string(), t.label().to_string()))
        .collect();
    let sides = SIDES_CHOICES
        .iter()
        .enumerate()
        .map(|(i, (_, l))| (i.to_string(), l.to_string()))
        .collect();
    let positions = std::iter::once((String::new(), "No picture".to_string()))
        .chain(
            Position::ALL
                .iter()
                .enumerate()
                .map(|(i, p)| (i.to_string(), p.label().to_string())),
        )
        .collect();
    // The picture's position (its index in `Position::ALL`), "" for none.
    let position_value = Signal::derive(move || {
        read(|s| {
            s.picture
                .and_then(|p| Position::ALL.iter().position(|x| *x == p.pose.position()))
                .map(|i| i.to_string())
                .unwrap_or_default()
        })
    });
    // The area whose spots are offered, while the step has a picture; and
    // what the preview draws. Memos, so typing a title redraws neither.
    let picture_area =
        Memo::new(move |_| step.with(|s| s.as_ref().and_then(|s| s.picture.map(|_| s.area))));
    let preview =
        Memo::new(move |_| step.with(|s| s.as_ref().and_then(|s| s.picture.map(|p| (p, s.sides)))));
    let spot_options = |area: BodyArea| {
        Spot::of_area(area)
            .into_iter()
            .map(|s| (format!("{s:?}"), s.label().to_string()))
            .collect::<Vec<_>>()
    };
    let sets = (SETS_RANGE.0..=SETS_RANGE.1)
        .map(|n| (n.to_string(), n.to_string()))
        .collect();

    view! {
        <fieldset class=move || format!("step-editor kind-{}", read(|s| s.kind.slug().into()))>
            <legend>{move || format!("Step {}", number.get())}</legend>
            <Choice label="Kind" id=id("kind") options=kinds value=Signal::derive(move || read(|s| s.kind.slug().into()))
                on_change=move |v: String| {
                    if let Some(k) = StepKind::ALL.iter().find(|k| k.slug() == v) { draft.change_kind(key, *k); }
                }/>
            <div class="field">
                <label for=id("title")>"Title"</label>
                <input id=id("title") type="text" autocomplete="off" prop:value=move || read(|s| s.title.clone())
                    aria-invalid=move || title_p.with(|p| has_error(p)).to_string() aria-describedby=id("title-messages")
                    on:input=move |e| { let v = event_target_value(&e); draft.update_step(key, |s| s.title = v); }
                    on:blur=move |_| draft.touch(&id("title"))/>
                <FieldMessages id=id("title-messages") lines=title_p/>
            </div>
            <div class="field">
                <label for=id("instruction")>"Instructions"</label>
                <textarea id=id("instruction") rows="3" prop:value=move || read(|s| s.instruction.clone())
                    aria-invalid=move || instr_p.with(|p| has_error(p)).to_string() aria-describedby=id("instruction-messages")
                    on:input=move |e| { let v = event_target_value(&e); draft.update_step(key, |s| s.instruction = v); }
                    on:blur=move |_| draft.touch(&id("instruction"))></textarea>
                <FieldMessages id=id("instruction-messages") lines=instr_p/>
            </div>
            <DurationInput draft=draft key=key number=number path=path("duration_ms")/>
            <Choice label="Body area" id=id("area") options=areas value=Signal::derive(move || read(|s| s.area.slug().into()))
                on_change=move |v: String| draft.update_step(key, |s| {
                    if let Some(a) = BodyArea::ALL.iter().find(|a| a.slug() == v) { s.area = *a; }
                })/>
            <Choice label="Tool" id=id("tool") options=tools value=Signal::derive(move || read(|s| s.tool.slug().into()))
                on_change=move |v: String| draft.update_step(key, |s| {
                    if let Some(t) = Tool::ALL.iter().find(|t| t.slug() == v) { s.tool = *t; }
                })/>
            <Choice label="Picture: position" id=id("position") options=positions value=position_value
                on_change=move |v: String| draft.update_step(key, |s| {
                    s.picture = v.parse::<usize>().ok().and_then(|i| Position::ALL.get(i)).map(|pos| {
                        let spot = s.picture.map(|p| p.spot)
                            .unwrap_or_else(|| Spot::of_area(s.area).first().copied().unwrap_or(Spot::WholeBody));
                        Picture::new(pos.default_pose(), s.tool, spot)
                    });
                })/>
            {move || picture_area.get().map(|area| {
                view! {
                    <Choice label="Picture: where it touches" id=id("spot") options=spot_options(area)
                        value=Signal::derive(move || read(|s| s.picture.map(|p| format!("{:?}", p.spot)).unwrap_or_default()))
                        on_change=move |v: String| draft.update_step(key, |s| {
                            if let (Some(p), Some(spot)) = (s.picture.as_mut(), Spot::ALL.iter().find(|x| format!("{x:?}") == v)) {
                                p.spot = *spot;
                            }
                        })/>
                }
            })}
            {move || preview.get().map(|(p, sides)| {
                let side = sides.order().first().copied().flatten();
                view! { <div class="editor-picture"><PosePicture picture=p side=side sides=sides class="thumb"/></div> }
            })}
            <Choice label="Sides" id=id("sides") options=sides problems=choice_lines("sides")
                value=Signal::derive(move || read(|s| {
                    SIDES_CHOICES.iter().position(|(x, _)| *x == s.sides).unwrap_or(0).to_string()
                }))
                on_change=move |v: String| draft.update_step(key, |s| {
                    if let Some((x, _)) = v.parse::<usize>().ok().and_then(|i| SIDES_CHOICES.get(i)) { s.sides = *x; }
                })/>
            <Choice label="Sets" id=id("sets") options=sets problems=choice_lines("sets")
                value=Signal::derive(move || read(|s| s.sets.to_string()))
                on_change=move |v: String| draft.update_step(key, |s| s.sets = v.parse().unwrap_or(1))/>
            <Choice label="Rest between sets" id=id("rest") problems=choice_lines("rest_between_sets_ms")
                options=rest_options(step.get_untracked().and_then(|s| s.rest_between_sets_ms))
                value=Signal::derive(move || read(|s| s.rest_between_sets_ms.map(|ms| (ms / 1000).to_string()).unwrap_or_default()))
                on_change=move |v: String| draft.update_step(key, |s| s.rest_between_sets_ms = v.parse::<u64>().ok().map(|secs| secs * 1000))/>
            <div class="step-actions">
                <button type="button" id=id("up") aria-label=move || format!("Move step {} up", number.get())
                    disabled=move || { number.get() <= 1 } on:click=move |_| moved(true)>"Up"</button>
                <button type="button" id=id("down") aria-label=move || format!("Move step {} down", number.get())
                    disabled=move || { number.get() >= count() } on:click=move |_| moved(false)>"Down"</button>
                <button type="button" aria-label=move || format!("Duplicate step {}", number.get())
                    disabled=move || { count() >= MAX_STEPS } on:click=move |_| draft.duplicate(key)>"Duplicate"</button>
                <button type="button" class="danger" id=id("remove") aria-label=move || format!("Remove step {}", number.get())
                    on:click=move |_| remove()>"Remove"</button>
            </div>
        </fieldset>
    }
}

/// "Use my setting" and 5 s to 60 s in 5 s steps (plus `current` if it is
/// another value), as (seconds, label).
fn rest_options(current: Option<u64>) -> Vec<(String, String)> {
    let mut secs: Vec<u64> = (SET_REST_RANGE.0 / 1000..=SET_REST_RANGE.1 / 1000)
        .step_by(5)
        .collect();
    if let Some(c) = current.map(|ms| ms / 1000) {
        if !secs.contains(&c) {
            secs.push(c);
            secs.sort_unstable();
        }
    }
    std::iter::once((String::new(), "Use my setting".to_string()))
        .chain(secs.into_iter().map(|s| (s.to_string(), format!("{s} s"))))
        .collect()
}

/// A labelled `<select>`.
#[component]
fn Choice(
    label: &'static str,
    id: String,
    options: Vec<(String, String)>,
    value: Signal<String>,
    // A callback, not a generic closure: one copy of this component in the
    // wasm for all seven selects.
    #[prop(into)] on_change: Callback<String>,
    #[prop(optional)] problems: Option<Signal<Vec<Line>>>,
) -> impl IntoView {
    let msg_id = format!("{id}-messages");
    let problems = problems.unwrap_or_else(|| Signal::derive(Vec::new));
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id aria-describedby=msg_id.clone() on:change=move |e| on_change.run(event_target_value(&e))>
                {options.into_iter().map(|(v, l)| {
                    let this = v.clone();
                    view! { <option value=v prop:selected=move || value.get() == this>{l}</option> }
                }).collect_view()}
            </select>
            <FieldMessages id=msg_id lines=problems/>
        </div>
    }
}
