//! `/history`: streaks, the 12-week calendar, minutes per week, tension
//! before and after per area, every session newest first (a page at a
//! time), and the CSV export, calendar reminder and clearing.

use leptos::prelude::*;

use crate::state::router::Route;
use unknot_domain::{
    csv::history_csv,
    history::SessionLog,
    stats::{heat_map, sessions_this_week, streaks, tension_series, weekly_minutes, MINUTE_WEEKS},
    text::grouped,
    time::format_length,
};

use crate::platform::{download::download as download_text, focus, local_time};
use crate::state::history::HistoryStore;
use crate::ui::components::{
    progress_charts::{HeatMap, TensionChart, WeekBars},
    reminder_form::ReminderForm,
    tension_rating::RatingRow,
};
use unknot_domain::routine::BodyArea;

/// Sessions per area shown in the tension chart.
const TENSION_POINTS: usize = 10;
/// Sessions listed at first, and added by each "Show more": a history of
/// years opens as fast as a short one.
const PAGE: usize = 30;

fn days(n: u32) -> String {
    format!("{n} day{}", if n == 1 { "" } else { "s" })
}

#[component]
pub fn HistoryPage() -> impl IntoView {
    let store = expect_context::<HistoryStore>();
    let today = local_time::today();
    let h = store.history;
    let has_any = Memo::new(move |_| h.with(|h| !h.sessions.is_empty()));
    let export_error = RwSignal::new(None::<String>);
    let export = move || {
        let csv = h.with_untracked(history_csv);
        let name = format!("unknot-history-{}.csv", today.iso());
        export_error.set(download_text(&name, "text/csv;charset=utf-8", &csv).err());
    };
    let confirming = RwSignal::new(false);

    view! {
        <section class="page history">
            <h1>"Your progress"</h1>
            {move || store.error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <Show
                when=move || has_any.get()
                fallback=|| view! {
                    <p class="lede">"No sessions yet. Each routine you do is kept here, on this device only."</p>
                    <p><a href=Route::Home.href() class="button primary">"Choose a routine"</a></p>
                }
            >
                {move || h.with(|h| {
                    let (current, best) = streaks(h, today);
                    view! {
                        <dl class="facts">
                            <div><dt>"Current streak"</dt><dd>{days(current)}</dd></div>
                            <div><dt>"Best streak"</dt><dd>{days(best)}</dd></div>
                            <div><dt>"This week"</dt><dd>{plural(sessions_this_week(h, today), "session")}</dd></div>
                        </dl>
                        <h2>"Last 12 weeks"</h2>
                        <HeatMap grid=heat_map(h, today) today=today/>
                        <h2>"Minutes per week"</h2>
                        <WeekBars weeks=weekly_minutes(h, today, MINUTE_WEEKS)/>
                        <h2>"Tension before and after"</h2>
                        {tension_charts(h)}
                    }
                })}
                <h2>"Sessions"</h2>
                <SessionList/>
            </Show>

            <h2>"Keep going"</h2>
            <div class="controls history-actions">
                <ReminderForm/>
            </div>
            <Show when=move || has_any.get() || store.is_locked()>
                <h2>"Your data"</h2>
                <p class="hint">"Your history stays on this device. Download it as a spreadsheet file, or clear it."</p>
            </Show>
            <Show when=move || has_any.get()>
                <p><button on:click=move |_| export()>"Export CSV"</button></p>
            </Show>
            {move || export_error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <Show when=move || has_any.get() || store.is_locked()>
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <p><button class="danger" on:click=move |_| confirming.set(true)>"Clear history"</button></p>
                    }
                >
                    <div class="confirm" role="group" aria-label="Confirm clearing the history">
                        <p>
                            {move || format!("Delete {} from this device? This cannot be undone.",
                                match h.with(|h| h.sessions.len()) { 0 => "your saved history".to_string(), 1 => "the one session".to_string(), n => format!("all {n} sessions") })}
                        </p>
                        <button on:click=move |_| export()>"Export CSV first"</button>
                        <button class="danger" on:click=move |_| { store.clear(); confirming.set(false); }>
                            "Yes, clear history"
                        </button>
                        <button on:click=move |_| confirming.set(false)>"Cancel"</button>
                    </div>
                </Show>
            </Show>
        </section>
    }
}

/// Every session, newest first, a page at a time: "Show 30 more" adds the
/// next ones and takes the focus to the first of them.
#[component]
fn SessionList() -> impl IntoView {
    let store = expect_context::<HistoryStore>();
    let h = store.history;
    let shown = RwSignal::new(PAGE);
    let total = Memo::new(move |_| h.with(|h| h.sessions.len()));
    let more = move |_| {
        let first_new = shown.get_untracked();
        shown.set(first_new + PAGE);
        focus::focus_soon(format!("log-{first_new}"));
    };
    view! {
        {move || h.with(|h| {
            let now = local_time::epoch_ms();
            view! {
                <ol class="session-log" role="list">
                    {h.newest_first()
                        .take(shown.get())
                        .enumerate()
                        .map(|(i, s)| log_item(i, s, now))
                        .collect_view()}
                </ol>
            }
        })}
        {move || {
            let (n, all) = (shown.get().min(total.get()), total.get());
            (n < all).then(|| view! {
                <p class="count">{format!("Showing the newest {} of {} sessions.", grouped(n), grouped(all))}</p>
                <p><button on:click=more>{format!("Show {} more", PAGE.min(all - n))}</button></p>
            })
        }}
    }
}

fn tension_charts(h: &unknot_domain::history::History) -> AnyView {
    let series = tension_series(h, TENSION_POINTS);
    if series.is_empty() {
        return view! {
            <p class="hint">"Rate how tense an area is before and after a session to see the change here."</p>
        }
        .into_any();
    }
    series
        .into_iter()
        .map(|(area, points)| {
            view! {
                <h3>{area.label()}</h3>
                <TensionChart area=area points=points/>
            }
        })
        .collect_view()
        .into_any()
}

fn log_item(i: usize, s: &SessionLog, now: i64) -> impl IntoView {
    let open = s.open_after(now);
    let changes: Vec<String> = s
        .ratings
        .iter()
        .filter(|r| r.before.is_some() || r.after.is_some())
        .map(|r| r.change_text())
        .collect();
    let status = s.outcome_text();
    view! {
        <li class="log-entry" id=format!("log-{i}") tabindex="-1">
            <p class="log-title"><strong>{s.routine_name.clone()}</strong></p>
            <p class="log-when">{format!("{}, {}", s.date.long_label(), s.start_time())}</p>
            <p class="log-facts">
                {format!("{} · {status} · {}", format_length(s.active_ms), plural(s.steps_done as usize, "step") + " done")}
            </p>
            {(!changes.is_empty()).then(|| view! {
                <ul class="changes" role="list" aria-label="Tension">
                    {changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                </ul>
            })}
            {(!open.is_empty()).then(|| view! { <RateLater log_id=s.id.clone() areas=open/> })}
        </li>
    }
}

/// "Rate how it feels now": the after-rating of a session of the last 24
/// hours that was not rated at its end (skipped, or the page was reloaded).
#[component]
fn RateLater(log_id: String, areas: Vec<BodyArea>) -> impl IntoView {
    let store = expect_context::<HistoryStore>();
    let shown = RwSignal::new(false);
    let id = StoredValue::new(log_id);
    let rows = StoredValue::new(areas);
    view! {
        <button class="rate-later" aria-expanded=move || shown.get().to_string()
            on:click=move |_| shown.update(|s| *s = !*s)>"Rate how it feels now"</button>
        <Show when=move || shown.get()>
            <div class="rating-step" role="group" aria-label="How tense is it now?">
                {rows.get_value().into_iter().map(|area| {
                    let on_pick = Callback::new(move |n: u8| {
                        id.with_value(|id| store.set_after(id, area, n));
                    });
                    view! { <RatingRow area=area when="after" selected=Signal::stored(None) on_pick=on_pick/> }
                }).collect_view()}
            </div>
        </Show>
    }
}

/// "1 session", "3 sessions".
fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
