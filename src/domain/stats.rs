//! What the history page shows, computed from the log and today's local
//! date: streaks, minutes per week, the heat map and tension over time.
//!
//! Every session counts on the local date it was logged with, so a session
//! at 23:30 stays on its evening even after the user travels. A session with
//! no step done ([`SessionLog::counts`]) counts toward none of them.

use crate::calendar::{week_start, LocalDate};
use crate::history::{History, SessionLog};
use crate::routine::BodyArea;

/// Weeks in the heat map.
pub const HEAT_WEEKS: usize = 12;
/// Weeks in the minutes chart.
pub const MINUTE_WEEKS: usize = 8;

fn day(s: &SessionLog) -> i64 {
    s.date.day_number()
}

/// The sessions that count: at least one step done.
fn counted(h: &History) -> impl Iterator<Item = &SessionLog> {
    h.sessions.iter().filter(|s| s.counts())
}

/// Days with at least one session, sorted, without repeats.
fn active_days(h: &History) -> Vec<i64> {
    let mut days: Vec<i64> = counted(h).map(day).collect();
    days.sort_unstable();
    days.dedup();
    days
}

/// (current, best) streak in days in a row. The current streak still counts
/// when the last session was yesterday (today is not over yet); a session
/// dated after `today` (a clock or zone change) is ignored for it.
pub fn streaks(h: &History, today: LocalDate) -> (u32, u32) {
    let today = today.day_number();
    let days = active_days(h);
    let (mut best, mut run, mut prev) = (0u32, 0u32, None::<i64>);
    for &d in &days {
        run = if prev == Some(d - 1) { run + 1 } else { 1 };
        best = best.max(run);
        prev = Some(d);
    }
    let mut current = 0;
    let past: Vec<i64> = days.into_iter().filter(|&d| d <= today).collect();
    if let Some(&last) = past.last() {
        if today - last <= 1 {
            let mut expect = last;
            for &d in past.iter().rev() {
                if d != expect {
                    break;
                }
                current += 1;
                expect -= 1;
            }
        }
    }
    (current, best)
}

/// One week's total: the Monday it starts on and whole minutes (rounded to
/// the nearest minute).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekMinutes {
    pub start: LocalDate,
    pub minutes: u32,
}

/// Active minutes per week (Monday to Sunday) for the `weeks` weeks up to
/// and including today's, oldest first.
pub fn weekly_minutes(h: &History, today: LocalDate, weeks: usize) -> Vec<WeekMinutes> {
    let this_week = week_start(today.day_number());
    let first = this_week - 7 * (weeks as i64 - 1);
    let mut ms = vec![0u64; weeks];
    for s in counted(h) {
        let w = week_start(day(s));
        if w >= first && w <= this_week {
            ms[((w - first) / 7) as usize] += s.active_ms;
        }
    }
    ms.into_iter()
        .enumerate()
        .map(|(i, ms)| WeekMinutes {
            start: LocalDate::from_day_number(first + 7 * i as i64),
            // Rounded up: a week with only short holds still shows it was used.
            minutes: ms.div_ceil(60_000) as u32,
        })
        .collect()
}

/// Sessions in today's week (from Monday).
pub fn sessions_this_week(h: &History, today: LocalDate) -> usize {
    let w = week_start(today.day_number());
    let t = today.day_number();
    counted(h).filter(|s| (w..=t).contains(&day(s))).count()
}

/// The heat map: `HEAT_WEEKS` columns of 7 days (Monday first), the last
/// column being today's week. Each cell is the number of sessions that day,
/// `None` for days after today.
pub fn heat_map(h: &History, today: LocalDate) -> Vec<[Option<u32>; 7]> {
    let t = today.day_number();
    let first = week_start(t) - 7 * (HEAT_WEEKS as i64 - 1);
    let mut grid = vec![[Some(0u32); 7]; HEAT_WEEKS];
    for (w, col) in grid.iter_mut().enumerate() {
        for (d, cell) in col.iter_mut().enumerate() {
            if first + (7 * w + d) as i64 > t {
                *cell = None;
            }
        }
    }
    for s in counted(h) {
        let off = day(s) - first;
        if off >= 0 && day(s) <= t {
            let off = off as usize;
            if let Some(c) = grid[off / 7][off % 7].as_mut() {
                *c += 1;
            }
        }
    }
    grid
}

/// Whole days from the last session's date to today (`None` without any).
pub fn days_since_last(h: &History, today: LocalDate) -> Option<i64> {
    let last = counted(h).map(day).max()?;
    Some((today.day_number() - last).max(0))
}

/// One rated session of an area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TensionPoint {
    pub date: LocalDate,
    pub before: Option<u8>,
    pub after: Option<u8>,
}

/// Per area (in order of first rating), the sessions that rated it, oldest
/// first, keeping at most the last `keep`. A session with no step done is
/// left out: nothing was worked, so its ratings say nothing of a change.
pub fn tension_series(h: &History, keep: usize) -> Vec<(BodyArea, Vec<TensionPoint>)> {
    let mut out: Vec<(BodyArea, Vec<TensionPoint>)> = Vec::new();
    for s in counted(h) {
        for r in s
            .ratings
            .iter()
            .filter(|r| r.before.is_some() || r.after.is_some())
        {
            let point = TensionPoint {
                date: s.date,
                before: r.before,
                after: r.after,
            };
            match out.iter_mut().find(|(a, _)| *a == r.area) {
                Some((_, pts)) => pts.push(point),
                None => out.push((r.area, vec![point])),
            }
        }
    }
    for (_, pts) in &mut out {
        let extra = pts.len().saturating_sub(keep);
        pts.drain(..extra);
    }
    out
}

/// Average of the known values in tenths (62 = 6.2), if any.
pub fn average_tenths(values: impl Iterator<Item = Option<u8>>) -> Option<u32> {
    let (sum, n) = values
        .flatten()
        .fold((0u32, 0u32), |(s, n), v| (s + v as u32, n + 1));
    (n > 0).then(|| (sum * 10 + n / 2) / n)
}

/// "6.2" from tenths, without float formatting.
pub fn tenths_text(t: u32) -> String {
    format!("{}.{}", t / 10, t % 10)
}

#[cfg(test)]
#[path = "stats_tests.rs"]
mod tests;
