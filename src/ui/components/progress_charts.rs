//! The history page's pictures as small SVGs with integer coordinates (no
//! chart crate, no float formatting). The markup is built as a string from
//! numbers, dates and our own labels only (never user text) and set as
//! `innerHTML`: much smaller in the wasm than a view tree per shape. Each
//! chart has a text equivalent: a summary sentence, and for tension a data
//! table.

use std::fmt::Write;

use leptos::prelude::*;
use unknot_domain::markup::escape;

use crate::platform::trusted_html;
use unknot_domain::{
    calendar::{LocalDate, WEEKDAYS},
    routine::BodyArea,
    stats::{average_tenths, tenths_text, TensionPoint, WeekMinutes, HEAT_WEEKS},
};

const CELL: i32 = 14;
const PITCH: i32 = 17;
const LABEL_W: i32 = 30;

fn svg_open(out: &mut String, w: i32, h: i32, label: &str) {
    let label = escape(label);
    let _ = write!(
        out,
        r#"<svg viewBox="0 0 {w} {h}" role="img" aria-label="{label}">"#
    );
}

fn text(out: &mut String, x: i32, y: i32, class: &str, anchor: &str, body: &str) {
    let body = escape(body);
    let _ = write!(
        out,
        r#"<text x="{x}" y="{y}" class="{class}" text-anchor="{anchor}">{body}</text>"#
    );
}

/// The heat map's SVG: 12 columns of 7 days, today outlined.
pub fn heat_map_svg(grid: &[[Option<u32>; 7]], today: LocalDate, label: &str) -> String {
    let mut s = String::with_capacity(6_000);
    svg_open(
        &mut s,
        LABEL_W + grid.len() as i32 * PITCH,
        7 * PITCH,
        label,
    );
    for d in [0usize, 2, 4, 6] {
        text(
            &mut s,
            0,
            d as i32 * PITCH + 11,
            "chart-label",
            "start",
            WEEKDAYS[d],
        );
    }
    let last = grid.len().saturating_sub(1);
    for (w, col) in grid.iter().enumerate() {
        for (d, cell) in col.iter().enumerate() {
            let Some(n) = cell else { continue };
            let today_class = if (w, d) == (last, today.weekday()) {
                " today"
            } else {
                ""
            };
            let _ = write!(
                s,
                r#"<rect x="{}" y="{}" width="{CELL}" height="{CELL}" rx="3" class="heat-{}{today_class}"/>"#,
                LABEL_W + w as i32 * PITCH,
                d as i32 * PITCH,
                n.min(&3)
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// 12 weeks x 7 days; darker squares mean more sessions that day.
#[component]
pub fn HeatMap(grid: Vec<[Option<u32>; 7]>, today: LocalDate) -> impl IntoView {
    let cells = grid.iter().flatten().flatten();
    let days_with = cells.clone().filter(|c| **c > 0).count();
    let sessions: u32 = cells.clone().sum();
    let summary = match (sessions, days_with) {
        (0, _) => format!("No sessions in the last {HEAT_WEEKS} weeks."),
        (1, _) => format!("1 session in the last {HEAT_WEEKS} weeks."),
        (n, 1) => format!("{n} sessions in the last {HEAT_WEEKS} weeks, all on the same day."),
        (n, d) => format!("{n} sessions in the last {HEAT_WEEKS} weeks, on {d} different days."),
    };
    let svg = heat_map_svg(
        &grid,
        today,
        &format!("Calendar of the last {HEAT_WEEKS} weeks. {summary}"),
    );
    view! {
        <figure class="chart heat-map">
            <div prop:innerHTML=trusted_html::html(&svg)></div>
            <figcaption>
                {summary}
                // From quiet to strong, the same way in light and dark.
                <span class="heat-legend" aria-hidden="true">
                    "No session"
                    <span class="swatch heat-0"></span>
                    <span class="swatch heat-1"></span>
                    <span class="swatch heat-2"></span>
                    <span class="swatch heat-3"></span>
                    "3 or more"
                </span>
            </figcaption>
        </figure>
    }
}

/// The weekly minutes' SVG: one bar per week with its value and date.
pub fn week_bars_svg(weeks: &[WeekMinutes], label: &str) -> String {
    const H: i32 = 110;
    let max = weeks.iter().map(|w| w.minutes).max().unwrap_or(0).max(1) as i32;
    let mut s = String::with_capacity(2_500);
    svg_open(&mut s, 8 + weeks.len() as i32 * 40, 150, label);
    for (i, w) in weeks.iter().enumerate() {
        let x = 8 + i as i32 * 40;
        let h = w.minutes as i32 * H / max;
        let _ = write!(
            s,
            r#"<rect x="{x}" y="{}" width="28" height="{}" rx="3" class="bar"/>"#,
            20 + H - h,
            h.max(1)
        );
        text(
            &mut s,
            x + 14,
            14 + H - h,
            "chart-value",
            "middle",
            &w.minutes.to_string(),
        );
        // Every other week's date (this week's always), so labels never
        // run into each other on a narrow screen.
        if (weeks.len() - 1 - i).is_multiple_of(2) {
            text(
                &mut s,
                x + 14,
                H + 36,
                "chart-label",
                "middle",
                &w.start.short_label(),
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// Minutes per week, oldest first, this week last.
#[component]
pub fn WeekBars(weeks: Vec<WeekMinutes>) -> impl IntoView {
    let total: u32 = weeks.iter().map(|w| w.minutes).sum();
    let minutes = |n: u32| format!("{n} minute{}", if n == 1 { "" } else { "s" });
    let summary = format!(
        "{} in the last {} weeks; {} this week.",
        minutes(total),
        weeks.len(),
        minutes(weeks.last().map_or(0, |w| w.minutes))
    );
    let spoken = weeks
        .iter()
        .map(|w| format!("week of {}: {}", w.start.short_label(), w.minutes))
        .collect::<Vec<_>>()
        .join("; ");
    let svg = week_bars_svg(
        &weeks,
        &format!("Minutes per week, oldest first: {spoken}."),
    );
    view! {
        <figure class="chart week-bars">
            <div prop:innerHTML=trusted_html::html(&svg)></div>
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
        let _ = write!(
            s,
            " Average tension {} before and {} after.",
            tenths_text(b),
            tenths_text(a)
        );
    }
    if let Some(p) = points.last() {
        let last = match (p.before, p.after) {
            (Some(b), Some(a)) => format!(" Last session: {b} before, {a} after."),
            (Some(b), None) => format!(" Last session: {b} before, not rated after."),
            (None, Some(a)) => format!(" Last session: {a} after, not rated before."),
            (None, None) => String::new(),
        };
        s.push_str(&last);
    }
    s
}

/// A dumbbell chart: per session a hollow dot (before), a filled dot
/// (after) and a line between; 0 at the bottom, 10 at the top.
pub fn tension_svg(points: &[TensionPoint], label: &str) -> String {
    let y = |v: u8| 150 - v.min(10) as i32 * 14;
    let mut s = String::with_capacity(2_500);
    svg_open(&mut s, 320, 160, label);
    for v in [0u8, 5, 10] {
        let _ = write!(
            s,
            r#"<line x1="26" x2="316" y1="{0}" y2="{0}" class="grid"/>"#,
            y(v)
        );
        text(&mut s, 0, y(v) + 4, "chart-label", "start", &v.to_string());
    }
    for (i, p) in points.iter().enumerate() {
        let x = 44 + i as i32 * 28;
        if let (Some(b), Some(a)) = (p.before, p.after) {
            let _ = write!(
                s,
                r#"<line x1="{x}" x2="{x}" y1="{}" y2="{}" class="dumbbell"/>"#,
                y(b),
                y(a)
            );
        }
        for (v, class) in [(p.before, "before"), (p.after, "after")] {
            if let Some(v) = v {
                let _ = write!(
                    s,
                    r#"<circle cx="{x}" cy="{}" r="6" class="{class}"/>"#,
                    y(v)
                );
            }
        }
    }
    s.push_str("</svg>");
    s
}

/// The data table behind a tension chart (dates and numbers only).
pub fn tension_table(area: BodyArea, points: &[TensionPoint]) -> String {
    let mut s = format!(
        r#"<table><caption>{} tension, 0 to 10</caption><thead><tr><th scope="col">Date</th><th scope="col">Before</th><th scope="col">After</th><th scope="col">Change</th></tr></thead><tbody>"#,
        escape(area.label())
    );
    for p in points {
        let change = p
            .before
            .zip(p.after)
            .map_or(String::new(), |(b, a)| (a as i16 - b as i16).to_string());
        let _ = write!(
            s,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{change}</td></tr>",
            escape(&p.date.long_label()),
            value(p.before),
            value(p.after)
        );
    }
    s.push_str("</tbody></table>");
    s
}

#[component]
pub fn TensionChart(area: BodyArea, points: Vec<TensionPoint>) -> impl IntoView {
    let summary = tension_summary(area, &points);
    let svg = tension_svg(&points, &summary);
    let table = tension_table(area, &points);
    let open = RwSignal::new(false);
    let table_id = format!("tension-table-{}", area.slug());
    view! {
        <figure class="chart tension">
            <div prop:innerHTML=trusted_html::html(&svg)></div>
            <figcaption>
                <span class="tension-summary">{summary}</span>
                <span class="chart-key" aria-hidden="true">
                    <span class="dot before"></span>"before "<span class="dot after"></span>"after"
                </span>
            </figcaption>
            <button
                class="table-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls=table_id.clone()
                aria-label=move || format!("{} data table for {}", if open.get() { "Hide" } else { "Show" }, area.label())
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || if open.get() { "Hide data table" } else { "Show data table" }}
            </button>
            <div id=table_id class="table-wrap" hidden=move || !open.get() prop:innerHTML=trusted_html::html(&table)></div>
        </figure>
    }
}
