//! The routine library: the body map, filters (area, tool, length) and the
//! list of presets they narrow down.

use leptos::prelude::*;
use unknot_domain::{
    library::{minutes, Filter, LENGTHS},
    presets,
    routine::{BodyArea, Routine, Tool},
    settings::Settings,
};

use super::body_figure::lower_label;
use super::body_map::BodyMap;
use super::pictogram::ToolIcon;
use crate::platform::storage::{self, keys};

/// A preset with its length under the user's settings.
#[derive(Clone)]
struct Entry {
    routine: Routine,
    minutes: u64,
}

fn entries() -> Vec<Entry> {
    let settings = storage::read::<Settings>(keys::SETTINGS)
        .ok()
        .flatten()
        .unwrap_or_default()
        .clamped();
    presets::all()
        .into_iter()
        .map(|routine| Entry {
            minutes: minutes(&routine, &settings),
            routine,
        })
        .collect()
}

/// Items of `all` that some preset uses, in `all`'s order.
fn used<T: Copy + PartialEq>(all: &[T], of: impl Fn(&Routine) -> Vec<T>, list: &[Entry]) -> Vec<T> {
    all.iter()
        .copied()
        .filter(|x| list.iter().any(|e| of(&e.routine).contains(x)))
        .collect()
}

#[component]
pub fn Library() -> impl IntoView {
    let list = StoredValue::new(entries());
    let filter = RwSignal::new(Filter::default());
    let areas = list.with_value(|l| used(&BodyArea::ALL, Routine::areas, l));
    let tools = list.with_value(|l| used(&Tool::ALL, Routine::tools, l));
    let total = list.with_value(Vec::len);

    let shown = Memo::new(move |_| {
        let f = filter.get();
        list.with_value(|l| {
            (0..l.len())
                .filter(|&i| f.matches(&l[i].routine, l[i].minutes))
                .collect::<Vec<usize>>()
        })
    });
    let area = Signal::derive(move || filter.get().area);
    let choose_area = Callback::new(move |a: BodyArea| filter.update(|f| f.area = Some(a)));
    let count_text = move || match shown.with(Vec::len) {
        n if n == total => format!("{total} routines"),
        1 => format!("1 of {total} routines"),
        n => format!("{n} of {total} routines"),
    };

    view! {
        <section class="library" aria-labelledby="library-title">
            <h2 id="library-title">"Routines"</h2>
            <p class="hint">"Tap where it hurts to see routines for that area."</p>
            <BodyMap selected=area on_select=choose_area/>
            <div class="area-status">
                <p role="status">
                    {move || area.get().map(|a| format!("Showing routines for the {}.", lower_label(a)))}
                </p>
                <Show when=move || area.get().is_some()>
                    <button on:click=move |_| filter.update(|f| f.area = None)>"Show all areas"</button>
                </Show>
            </div>
            <Filters filter=filter areas=areas tools=tools/>
            <p class="count" aria-live="polite">{count_text}</p>
            <Show
                when=move || shown.with(|s| !s.is_empty())
                fallback=move || view! {
                    <div class="empty">
                        <p>"No routine matches all of these filters."</p>
                        <button on:click=move |_| filter.set(Filter::default())>"Clear all filters"</button>
                    </div>
                }
            >
                <ul class="routine-list" role="list">
                    <For each=move || shown.get() key=|i| *i let(i)>
                        <RoutineCard entry=list.with_value(|l| l[i].clone())/>
                    </For>
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn Filters(filter: RwSignal<Filter>, areas: Vec<BodyArea>, tools: Vec<Tool>) -> impl IntoView {
    let area_value = move || filter.get().area.map_or("", BodyArea::slug);
    let set_area = move |slug: String| {
        filter.update(|f| f.area = BodyArea::ALL.into_iter().find(|a| a.slug() == slug))
    };
    let tool_value = move || filter.get().tool.map_or("", Tool::slug);
    let set_tool = move |slug: String| {
        filter.update(|f| f.tool = Tool::ALL.into_iter().find(|t| t.slug() == slug))
    };
    let lengths = std::iter::once((None, "Any length".to_string()))
        .chain(LENGTHS.iter().map(|&m| (Some(m), format!("Up to {m} min"))));
    view! {
        <div class="filters">
            <label class="field">
                <span>"Body area"</span>
                <select prop:value=area_value on:change=move |e| set_area(event_target_value(&e))>
                    <option value="">"Any area"</option>
                    {areas.into_iter().map(|a| view! { <option value=a.slug()>{a.label()}</option> }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>"Tool"</span>
                <select prop:value=tool_value on:change=move |e| set_tool(event_target_value(&e))>
                    <option value="">"Any tool"</option>
                    {tools.into_iter().map(|t| view! { <option value=t.slug()>{t.label()}</option> }).collect_view()}
                </select>
            </label>
            <fieldset class="choices">
                <legend>"Length"</legend>
                {lengths
                    .map(|(max, text)| view! {
                        <label class="choice">
                            <input
                                type="radio"
                                name="library-length"
                                prop:checked=move || filter.get().max_minutes == max
                                on:change=move |_| filter.update(|f| f.max_minutes = max)
                            />
                            <span>{text}</span>
                        </label>
                    })
                    .collect_view()}
            </fieldset>
        </div>
    }
}

#[component]
fn RoutineCard(entry: Entry) -> impl IntoView {
    let r = entry.routine;
    let areas = r
        .areas()
        .iter()
        .map(|a| a.label())
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <li class="routine-card">
            <a class="routine-link" href=format!("/routine/{}", r.id)>{r.name.clone()}</a>
            <p class="routine-desc">{r.description.clone()}</p>
            <p class="routine-meta">
                <span class="length">{entry.minutes} " min"</span>
                {r.tools()
                    .into_iter()
                    .map(|t| view! { <span class="tool"><ToolIcon tool=t/>{t.label()}</span> })
                    .collect_view()}
            </p>
            <p class="routine-areas">{areas}</p>
        </li>
    }
}
