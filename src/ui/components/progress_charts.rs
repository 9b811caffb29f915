//! The history page's pictures, drawn as small SVGs with integer
//! coordinates (no chart crate, no float formatting). Each has a text
//! equivalent: a summary sentence, and for tension a data table.

use leptos::prelude::*;
use unknot_domain::{
    calendar::{LocalDate, WEEKDAYS},
    routine::BodyArea,
    stats::{average_tenths, tenths_text, TensionPoint, WeekMinutes, HEAT_WEEKS},
};

const CELL: i32 = 14;
const PITCH: i32 = 17;
const LABEL_W: i32 = 30;

/// 12 weeks x 7 days; darker squares mean more sessions that day.
#[component]
pub fn HeatMap(grid: Vec<[Option<u32>; 7]>, today: LocalDate) -> impl IntoView {
    let days_with = grid.iter().flatten().flatten().filter(|c| **c > 0).count();
    let sessions: u32 = grid.iter().flatten().flatten().sum();
    let total_days = grid.iter().flatten().flatten().count();
    let summary = format!(
        "{sessions} sessions on {days_with} of the last {total_days} days ({HEAT_WEEKS} weeks)."
    );
    let today_col = grid.len() - 1;
    let today_row = today.weekday();
    let cells = grid
        .iter()
        .enumerate()
        .flat_map(|(w, col)| {
            col.iter().enumerate().filter_map(move |(d, c)| {
                c.map(|n| {
                    let level = n.min(3);
                    let class = if (w, d) == (today_col, today_row) {
                        format!("heat-{level} today")
                    } else {
                        format!("heat-{level}")
                    };
                    view! {
                        <rect x={LABEL_W + w as i32 * PITCH} y={d as i32 * PITCH}
                            width=CELL height=CELL rx=3 class=class/>
                    }
                })
            })
        })
        .collect_view();
    let labels = [0usize, 2, 4, 6].map(
        |d| view! { <text x=0 y={d as i32 * PITCH + 11} class="chart-label">{WEEKDAYS[d]}</text> },
    );
    view! {
        <figure class="chart heat-map">
            <svg viewBox=format!("0 0 {} {}", LABEL_W + HEAT_WEEKS as i32 * PITCH, 7 * PITCH)
                role="img" aria-label=format!("Calendar of the last {HEAT_WEEKS} weeks. {summary}")>
                {labels}
                {cells}
            </svg>
            <figcaption>{summary}</figcaption>
            <p class="chart-key" aria-hidden="true">
                "Fewer "<span class="key heat-0"></span><span class="key heat-1"></span>
                <span class="key heat-2"></span><span class="key heat-3"></span>" more"
            </p>
        </figure>
    }
}

/// Minutes per week, oldest first, this week last.
#[component]
pub fn WeekBars(weeks: Vec<WeekMinutes>) -> impl IntoView {
    const H: i32 = 110;
    let max = weeks.iter().map(|w| w.minutes).max().unwrap_or(0).max(1) as i32;
    let total: u32 = weeks.iter().map(|w| w.minutes).sum();
    let this_week = weeks.last().map_or(0, |w| w.minutes);
    let summary = format!(
        "{total} minutes in the last {} weeks; {this_week} this week.",
        weeks.len()
    );
    let spoken = weeks
        .iter()
        .map(|w| format!("week of {}: {}", w.start.short_label(), w.minutes))
        .collect::<Vec<_>>()
        .join("; ");
    let bars = weeks
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let x = 8 + i as i32 * 40;
            let h = w.minutes as i32 * H / max;
            view! {
                <rect x=x y={20 + H - h} width=28 height={h.max(1)} rx=3 class="bar"/>
                <text x={x + 14} y={14 + H - h} text-anchor="middle" class="chart-value">{w.minutes}</text>
                <text x={x + 14} y={H + 36} text-anchor="middle" class="chart-label">{w.start.short_label()}</text>
            }
        })
        .collect_view();
    view! {
        <figure class="chart week-bars">
            <svg viewBox="0 0 328 150" role="img"
                aria-label=format!("Minutes per week, oldest first: {spoken}.")>
                {bars}
            </svg>
            <figcaption>{summary}</figcaption>
        </figure>
    }
}

fn value(v: Option<u8>) -> String {
    v.map_or("-".to_string(), |v| v.to_string())
}

/// A summary sentence for one area's ratings.
pub fn tension_summary(area: BodyArea, points: &[TensionPoint]) -> String {
    let n = points.len();
    let mut s = format!(
        "{}: {n} rated session{}.",
        area.label(),
        if n == 1 { "" } else { "s" }
    );
    let before = average_tenths(points.iter().map(|p| p.before));
    let after = average_tenths(points.iter().map(|p| p.after));
    if let (Some(b), Some(a)) = (before, after) {
        s.push_str(&format!(
            " Average tension {} before and {} after.",
            tenths_text(b),
            tenths_text(a)
        ));
    }
    if let Some(p) = points.last() {
        s.push_str(&format!(
            " Last session: {} before, {} after.",
            value(p.before),
            value(p.after)
        ));
    }
    s
}

/// Before and after, session by session: a hollow dot, a filled dot and a
/// line between (a dumbbell chart), 0 at the bottom, 10 at the top.
#[component]
pub fn TensionChart(area: BodyArea, points: Vec<TensionPoint>) -> impl IntoView {
    let y = |v: u8| 150 - v as i32 * 14;
    let summary = tension_summary(area, &points);
    let table_open = RwSignal::new(false);
    let table_id = format!("tension-table-{}", area.slug());
    let grid = [0u8, 5, 10]
        .map(|v| {
            view! {
                <line x1=26 x2=316 y1={y(v)} y2={y(v)} class="grid"/>
                <text x=0 y={y(v) + 4} class="chart-label">{v}</text>
            }
        })
        .collect_view();
    let marks = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let x = 44 + i as i32 * 28;
            let link = p.before.zip(p.after).map(|(b, a)| {
                view! { <line x1=x x2=x y1={y(b)} y2={y(a)} class="dumbbell"/> }
            });
            view! {
                {link}
                {p.before.map(|b| view! { <circle cx=x cy={y(b)} r=6 class="before"/> })}
                {p.after.map(|a| view! { <circle cx=x cy={y(a)} r=6 class="after"/> })}
            }
        })
        .collect_view();
    let rows = points
        .iter()
        .map(|p| {
            let change = p
                .before
                .zip(p.after)
                .map_or(String::new(), |(b, a)| (a as i16 - b as i16).to_string());
            view! {
                <tr>
                    <td>{p.date.long_label()}</td>
                    <td>{value(p.before)}</td>
                    <td>{value(p.after)}</td>
                    <td>{change}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="chart tension">
            <svg viewBox="0 0 320 160" role="img" aria-label=summary.clone()>
                {grid}
                {marks}
            </svg>
            <figcaption>
                <span class="tension-summary">{summary}</span>
                <span class="chart-key" aria-hidden="true">
                    <span class="dot before"></span>"before "<span class="dot after"></span>"after"
                </span>
            </figcaption>
            <button
                class="table-toggle"
                aria-expanded=move || table_open.get().to_string()
                aria-controls=table_id.clone()
                on:click=move |_| table_open.update(|o| *o = !*o)
            >
                {move || if table_open.get() { "Hide data table" } else { "Show data table" }}
                <span class="visually-hidden">{format!(" for {}", area.label())}</span>
            </button>
            <table id=table_id hidden=move || !table_open.get()>
                <caption>{format!("{} tension, 0 to 10", area.label())}</caption>
                <thead><tr><th scope="col">"Date"</th><th scope="col">"Before"</th>
                    <th scope="col">"After"</th><th scope="col">"Change"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </figure>
    }
}
