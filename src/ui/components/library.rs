//! The routine library: the body map, filters (area, tool, length) and the
//! list of presets they narrow down.
//!
//! Each card's content never changes, so it is built once as HTML text and
//! filtering only flips `hidden` on the cards. That keeps the WebAssembly
//! much smaller than a view tree per card (the whole app has a 100 KB
//! first-load budget).

use leptos::prelude::*;
use unknot_domain::markup::escape;

use crate::platform::trusted_html;

use crate::state::router::{Route, Router};
use unknot_domain::{
    library::{minutes, Filter, LENGTHS},
    presets, referral,
    routine::{BodyArea, Routine, Tool},
    safety::{self, ACHE_OR_NERVE},
    settings::Settings,
};

use super::body_figure::lower_label;
use super::body_map::BodyMap;
use super::pictogram::tool_markup;
use super::red_flags::PlaceFlags;

/// A preset with its length and its card's markup.
struct Entry {
    routine: Routine,
    minutes: u64,
    html: String,
}

/// The inside of one card: the link (named exactly by the routine's name),
/// the description, the length, tools with pictograms, and the areas.
pub fn card_html(r: &Routine, minutes: u64) -> String {
    let tools: String = r
        .tools()
        .into_iter()
        .map(|t| {
            format!(
                r#"<span class="tool"><svg class="pictogram" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">{}</svg>{}</span>"#,
                tool_markup(t),
                t.label()
            )
        })
        .collect();
    let areas: Vec<&str> = r.areas().iter().map(|a| a.label()).collect();
    format!(
        r#"<a class="routine-link" href="{href}">{name}</a><p class="routine-desc">{desc}</p><p class="routine-meta"><span class="length">{minutes} min</span>{tools}</p><p class="routine-areas">{areas}</p>"#,
        href = escape(&Route::Routine(r.id.clone()).href()),
        name = escape(&r.name),
        desc = escape(&r.description),
        areas = areas.join(", "),
    )
}

fn entries() -> Vec<Entry> {
    // Lengths as with the default settings (5 s get-ready, 5 s switch,
    // 15 s set rest), so the library reads the same for everyone.
    let settings = Settings::default();
    presets::all()
        .into_iter()
        .map(|routine| {
            let minutes = minutes(&routine, &settings);
            Entry {
                html: card_html(&routine, minutes),
                minutes,
                routine,
            }
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

/// `<option>`s for a select: "any" first, then each (slug, label).
fn options<'a>(any: &str, items: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = format!(r#"<option value="">{any}</option>"#);
    for (slug, label) in items {
        out.push_str(&format!(r#"<option value="{slug}">{label}</option>"#));
    }
    out
}

/// Where the answer to a tap on the map starts: the status line.
fn bring_into_view(at: NodeRef<leptos::html::Div>) {
    if let Some(el) = at.get_untracked() {
        el.scroll_into_view_with_bool(true);
    }
}

#[component]
pub fn Library() -> impl IntoView {
    let router = expect_context::<Router>();
    let list = StoredValue::new(entries());
    // The area chosen on the map is kept in the address (`/?area=calves`),
    // so Back from a routine finds the same list.
    let from_address = router
        .param("area")
        .and_then(|slug| BodyArea::ALL.into_iter().find(|a| a.slug() == slug));
    let filter = RwSignal::new(Filter {
        area: from_address,
        ..Filter::default()
    });
    let note = RwSignal::new(None::<&'static str>);
    let answer = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |seen: Option<Option<BodyArea>>| {
        let area = filter.with(|f| f.area);
        if seen.is_some_and(|s| s != area) {
            router.keep_param("area", area.map(BodyArea::slug));
        }
        area
    });
    let total = list.with_value(Vec::len);

    let shown = Memo::new(move |_| {
        let f = filter.get();
        list.with_value(|l| {
            l.iter()
                .map(|e| f.matches(&e.routine, e.minutes))
                .collect::<Vec<bool>>()
        })
    });
    let count = Memo::new(move |_| shown.with(|s| s.iter().filter(|&&v| v).count()));
    let area = Signal::derive(move || filter.get().area);
    let choose_area = Callback::new(move |a: BodyArea| {
        note.set(None);
        filter.update(|f| f.area = Some(a));
        bring_into_view(answer);
    });
    // A place without routines (the belly) is not an area: the list shows
    // every routine again and the address loses the area.
    let show_note = Callback::new(move |text: &'static str| {
        note.set(Some(text));
        filter.update(|f| f.area = None);
        bring_into_view(answer);
    });
    let status = move || {
        if let Some(text) = note.get() {
            return Some(text.to_string());
        }
        area.get().map(|a| match a {
            // The jaw's place on the map reaches down to the neck.
            BodyArea::Jaw => "Showing routines for the jaw: they work the chewing muscles at the side of the face. Never press the front or sides of the neck.".to_string(),
            a => format!("Showing routines for the {}.", lower_label(a)),
        })
    };
    let count_text = move || match count.get() {
        n if n == total => format!("{total} routines"),
        n => format!("{n} of {total} routines"),
    };
    let cards = list.with_value(|l| {
        l.iter()
            .enumerate()
            .map(|(i, e)| {
                view! {
                    <li class="routine-card" hidden=move || !shown.with(|s| s[i]) prop:innerHTML=trusted_html::html(&e.html)></li>
                }
            })
            .collect_view()
    });

    view! {
        <section class="library" aria-labelledby="library-title">
            <h2 id="library-title">"Routines"</h2>
            <p class="hint">
                "Tap an area to see the routines that work it. Pain often comes from somewhere else: "
                <a href=Route::Finder { zone: None }.href()>"find where it comes from"</a>
                "."
            </p>
            <BodyMap selected=area on_select=choose_area note=note on_note=show_note/>
            <div class="area-status" node_ref=answer>
                <p role="status">{status}</p>
                <button
                    hidden=move || area.get().is_none() && note.get().is_none()
                    on:click=move |_| {
                        note.set(None);
                        filter.update(|f| f.area = None);
                    }
                >
                    "Show all areas"
                </button>
            </div>
            {move || area.get().map(|a| view! { <AreaAdvice area=a/> })}
            <Filters filter=filter list=list/>
            <p class="count" aria-live="polite">{count_text}</p>
            <div class="empty" hidden=move || count.get() != 0>
                <p>"No routine matches all of these filters."</p>
                <button on:click=move |_| filter.set(Filter::default())>"Clear all filters"</button>
            </div>
            <ul class="routine-list" role="list">{cards}</ul>
        </section>
    }
}

/// Before the routines for an area: the warning signs that belong there
/// and, when pain there often comes from somewhere else (the back of the
/// thigh from deep in the buttock), those sources and their routines, as
/// the finder shows them.
#[component]
fn AreaAdvice(area: BodyArea) -> impl IntoView {
    let flags = safety::flags_for_area(area);
    let nerve = flags
        .contains(&safety::nerve_flag())
        .then_some(ACHE_OR_NERVE);
    let elsewhere = referral::from_elsewhere(area).map(|(zone, list)| {
        let sources = referral::sources_phrase(zone);
        let items = list
            .into_iter()
            .filter_map(|s| presets::by_id(s.routine_id).map(|r| (r, s.line())))
            .map(|(r, line)| {
                view! {
                    <li>
                        <a href=Route::Routine(r.id.clone()).href() class="routine-link">{r.name}</a>
                        <p class="routine-desc">{line}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="area-elsewhere" aria-labelledby="elsewhere-title">
                <h3 id="elsewhere-title">"Where it often comes from"</h3>
                <p>{zone.why}</p>
                <p>{format!("Pain there often comes from {sources}.")}</p>
                <ol class="finder-routines" role="list">{items}</ol>
                <p>
                    <a href=Route::Finder { zone: Some(zone.id.to_string()) }.href()>
                        {format!("{}: where it comes from", zone.heading)}
                    </a>
                </p>
            </section>
        }
    });
    view! {
        <PlaceFlags flags=flags level=3 nerve_text=nerve doctor_href=Route::Doctor.href()/>
        {elsewhere}
    }
}

#[component]
fn Filters(filter: RwSignal<Filter>, list: StoredValue<Vec<Entry>>) -> impl IntoView {
    let (areas, tools) = list.with_value(|l| {
        (
            used(&BodyArea::ALL, Routine::areas, l),
            used(&Tool::ALL, Routine::tools, l),
        )
    });
    let area_options = options("Any area", areas.iter().map(|a| (a.slug(), a.label())));
    let tool_options = options("Any tool", tools.iter().map(|t| (t.slug(), t.label())));
    let set_area = move |slug: String| {
        filter.update(|f| f.area = BodyArea::ALL.into_iter().find(|a| a.slug() == slug))
    };
    let set_tool = move |slug: String| {
        filter.update(|f| f.tool = Tool::ALL.into_iter().find(|t| t.slug() == slug))
    };
    let lengths = std::iter::once((None, "Any length".to_string()))
        .chain(LENGTHS.iter().map(|&m| (Some(m), format!("Up to {m} min"))));
    view! {
        <div class="filters">
            <label class="field">
                <span>"Body area"</span>
                <select
                    prop:innerHTML=trusted_html::html(&area_options)
                    prop:value=move || filter.get().area.map_or("", BodyArea::slug)
                    on:change=move |e| set_area(event_target_value(&e))
                ></select>
            </label>
            <label class="field">
                <span>"Tool"</span>
                <select
                    prop:innerHTML=trusted_html::html(&tool_options)
                    prop:value=move || filter.get().tool.map_or("", Tool::slug)
                    on:change=move |e| set_tool(event_target_value(&e))
                ></select>
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
