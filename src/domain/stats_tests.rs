//! Tests of `stats`: examples and invariants, run natively.
use super::*;
use crate::calendar::LocalDate;
use crate::history::{AreaRating, History, SessionLog};
use crate::routine::BodyArea;
use proptest::prelude::*;

const HOUR: i64 = 3_600_000;

fn utc_ms(date: LocalDate, hour: i64) -> i64 {
    date.day_number() * 24 * HOUR + hour * HOUR
}

/// A session logged at `hour` UTC on `date` in a zone `offset_min` east.
fn logged(date: LocalDate, hour: i64, offset_min: i32, minutes: u64) -> SessionLog {
    let ms = utc_ms(date, hour);
    SessionLog {
        id: format!("{ms}"),
        started_at_ms: ms,
        date: LocalDate::at(ms, offset_min),
        utc_offset_min: offset_min,
        routine_id: "r".into(),
        routine_name: "R".into(),
        completed: true,
        steps_done: 1,
        steps_skipped: 0,
        active_ms: minutes * 60_000,
        ratings: Vec::new(),
    }
}

fn history(logs: Vec<SessionLog>) -> History {
    let mut h = History::default();
    for l in logs {
        h.add(l);
    }
    h
}

fn d(y: i32, m: u8, day: u8) -> LocalDate {
    LocalDate::new(y, m, day)
}

#[test]
fn a_streak_runs_across_a_year_boundary() {
    let h = history(vec![
        logged(d(2024, 12, 30), 12, 0, 5),
        logged(d(2024, 12, 31), 12, 0, 5),
        logged(d(2025, 1, 1), 12, 0, 5),
        logged(d(2025, 1, 1), 18, 0, 5), // two on one day count once
    ]);
    assert_eq!(streaks(&h, d(2025, 1, 1)), (3, 3));
    // Not yet today: yesterday's streak still stands.
    assert_eq!(streaks(&h, d(2025, 1, 2)), (3, 3));
    // A day missed: it is broken, the best remains.
    assert_eq!(streaks(&h, d(2025, 1, 3)), (0, 3));
}

#[test]
fn a_streak_runs_across_the_end_of_february_in_leap_and_common_years() {
    let leap = history(vec![
        logged(d(2024, 2, 28), 9, 0, 5),
        logged(d(2024, 2, 29), 9, 0, 5),
        logged(d(2024, 3, 1), 9, 0, 5),
    ]);
    assert_eq!(streaks(&leap, d(2024, 3, 1)), (3, 3));
    let common = history(vec![
        logged(d(2023, 2, 27), 9, 0, 5),
        logged(d(2023, 2, 28), 9, 0, 5),
        logged(d(2023, 3, 1), 9, 0, 5),
    ]);
    assert_eq!(streaks(&common, d(2023, 3, 1)), (3, 3));
    let gap = history(vec![
        logged(d(2024, 2, 28), 9, 0, 5),
        logged(d(2024, 3, 1), 9, 0, 5),
    ]);
    assert_eq!(streaks(&gap, d(2024, 3, 1)), (1, 1));
}

#[test]
fn the_best_streak_can_be_an_older_one() {
    let h = history(vec![
        logged(d(2025, 4, 28), 9, 0, 5),
        logged(d(2025, 4, 29), 9, 0, 5),
        logged(d(2025, 4, 30), 9, 0, 5),
        logged(d(2025, 5, 1), 9, 0, 5),
        logged(d(2025, 5, 10), 9, 0, 5),
        logged(d(2025, 5, 11), 9, 0, 5),
    ]);
    assert_eq!(streaks(&h, d(2025, 5, 11)), (2, 4));
    assert_eq!(streaks(&History::default(), d(2025, 5, 11)), (0, 0));
}

#[test]
fn days_are_the_users_local_dates() {
    // 03:00 UTC on 1 Jan is still 31 Dec in New York (UTC-5) and already
    // 1 Jan in Tokyo (UTC+9); 20:00 UTC on 31 Dec is 1 Jan in Tokyo.
    let ny = logged(d(2025, 1, 1), 3, -300, 5);
    assert_eq!(ny.date, d(2024, 12, 31));
    let tokyo = logged(d(2024, 12, 31), 20, 540, 5);
    assert_eq!(tokyo.date, d(2025, 1, 1));
    // New York evenings on 30 and 31 Dec are consecutive local days though
    // both fall on the next UTC date.
    let h = history(vec![logged(d(2024, 12, 31), 2, -300, 5), ny]);
    assert_eq!(streaks(&h, d(2024, 12, 31)), (2, 2));
    // A session logged with the date it had where it happened keeps it
    // after the user travels: Tokyo's 1 Jan and a London 2 Jan are a streak.
    let h = history(vec![tokyo, logged(d(2025, 1, 2), 10, 0, 5)]);
    assert_eq!(streaks(&h, d(2025, 1, 2)), (2, 2));
}

#[test]
fn weekly_minutes_cross_month_and_year_boundaries() {
    // Today: Thursday 1 Jan 2026; its week starts Monday 29 Dec 2025.
    let today = d(2026, 1, 1);
    let h = history(vec![
        logged(d(2025, 12, 29), 9, 0, 10), // this week, December
        logged(d(2026, 1, 1), 9, 0, 5),    // this week, January
        logged(d(2025, 12, 28), 9, 0, 7),  // Sunday: previous week
        logged(d(2025, 11, 10), 9, 0, 20), // first of the eight weeks
        logged(d(2025, 11, 9), 9, 0, 99),  // the week before: not shown
    ]);
    let weeks = weekly_minutes(&h, today, 8);
    assert_eq!(weeks.len(), 8);
    assert_eq!(weeks[0].start, d(2025, 11, 10));
    assert_eq!(weeks[7].start, d(2025, 12, 29));
    let minutes: Vec<u32> = weeks.iter().map(|w| w.minutes).collect();
    assert_eq!(minutes, [20, 0, 0, 0, 0, 0, 7, 15]);
    assert_eq!(sessions_this_week(&h, today), 2);
}

#[test]
fn weekly_minutes_use_local_dates_and_round_up_to_the_minute() {
    // Sunday 23:30 in UTC-5 is Monday 04:30 UTC: it belongs to Sunday's week.
    let today = d(2025, 3, 12);
    let mut late = logged(d(2025, 3, 10), 4, -300, 0);
    late.active_ms = 60_000; // a whole minute stays 1
    assert_eq!(late.date, d(2025, 3, 9));
    let mut early = logged(d(2025, 3, 10), 10, -300, 0);
    early.active_ms = 60_001; // a moment more is 2
    let weeks = weekly_minutes(&history(vec![late, early]), today, 2);
    assert_eq!(weeks[0].start, d(2025, 3, 3));
    assert_eq!((weeks[0].minutes, weeks[1].minutes), (1, 2));
}

#[test]
fn a_week_of_short_holds_still_shows_a_minute() {
    let today = d(2025, 3, 12);
    let mut hold = logged(today, 9, 0, 0);
    hold.active_ms = 10_000;
    let weeks = weekly_minutes(&history(vec![hold]), today, 1);
    assert_eq!(weeks[0].minutes, 1);
    let weeks = weekly_minutes(&history(vec![]), today, 1);
    assert_eq!(weeks[0].minutes, 0);
}

#[test]
fn the_heat_map_is_twelve_weeks_ending_today() {
    let today = d(2025, 3, 5); // a Wednesday
    let h = history(vec![
        logged(today, 9, 0, 5),
        logged(today, 10, 0, 5),
        logged(d(2024, 12, 16), 9, 0, 5), // Monday of the first column
        logged(d(2024, 12, 15), 9, 0, 5), // too old
    ]);
    let grid = heat_map(&h, today);
    assert_eq!(grid.len(), HEAT_WEEKS);
    assert_eq!(grid[0][0], Some(1));
    assert_eq!(grid[11][2], Some(2));
    assert_eq!(grid[11][3], None, "Thursday has not come yet");
    let total: u32 = grid.iter().flatten().flatten().sum();
    assert_eq!(total, 3);
    assert_eq!(days_since_last(&h, d(2025, 3, 9)), Some(4));
    assert_eq!(days_since_last(&History::default(), today), None);
}

#[test]
fn tension_series_per_area_and_averages_in_tenths() {
    let mut a = logged(d(2025, 1, 1), 9, 0, 5);
    a.ratings = vec![
        AreaRating {
            area: BodyArea::Calves,
            before: Some(6),
            after: Some(3),
        },
        AreaRating::unrated(BodyArea::Feet),
    ];
    let mut b = logged(d(2025, 1, 2), 9, 0, 5);
    b.ratings = vec![AreaRating {
        area: BodyArea::Calves,
        before: Some(7),
        after: None,
    }];
    let series = tension_series(&history(vec![a, b]), 10);
    assert_eq!(series.len(), 1, "an area never rated has no series");
    let (area, pts) = &series[0];
    assert_eq!(*area, BodyArea::Calves);
    assert_eq!(pts.len(), 2);
    assert_eq!(
        average_tenths(pts.iter().map(|p| p.before)).map(tenths_text),
        Some("6.5".to_string())
    );
    assert_eq!(average_tenths(pts.iter().map(|p| p.after)), Some(30));
    assert_eq!(average_tenths([None].into_iter()), None);
    assert_eq!(
        tenths_text(average_tenths([Some(1), Some(1), Some(2)].into_iter()).unwrap()),
        "1.3"
    );
}

proptest! {
    #[test]
    fn streaks_never_exceed_the_number_of_active_days(
        offsets in proptest::collection::vec(0i64..60, 0..30),
        zone in -720i32..=840,
    ) {
        let base = d(2024, 12, 1).day_number();
        let logs = offsets.iter().map(|o| logged(LocalDate::from_day_number(base + o), 12, zone, 3)).collect();
        let h = history(logs);
        let today = LocalDate::from_day_number(base + 61);
        let (current, best) = streaks(&h, today);
        let mut days: Vec<i64> = h.sessions.iter().map(|s| s.date.day_number()).collect();
        days.sort_unstable();
        days.dedup();
        prop_assert!(current <= best && best as usize <= days.len());
        let total: u32 = weekly_minutes(&h, today, 52).iter().map(|w| w.minutes).sum();
        prop_assert_eq!(total as usize, 3 * h.sessions.len());
    }
}

/// The counting rules as a table: which sessions count toward the streak,
/// the week, the calendar, the minutes, the gentle note and the tension
/// chart. Only a session with at least one step done counts; how it ended
/// (completed or not) does not matter.
#[test]
fn only_a_session_with_a_step_done_counts_toward_anything() {
    let today = d(2025, 3, 5); // a Wednesday
                               // (steps done, completed, counts)
    let table: [(u32, bool, bool); 5] = [
        (0, false, false), // ended before the first step
        (0, true, false),  // an old entry saying completed with nothing done
        (1, false, true),  // ended early after one step
        (3, true, true),   // completed
        (2, false, true),  // stopped early, two done
    ];
    for (done, completed, counts) in table {
        let mut s = logged(today, 12, 0, 4);
        s.steps_done = done;
        s.completed = completed;
        s.ratings = vec![AreaRating {
            area: BodyArea::Calves,
            before: Some(7),
            after: Some(3),
        }];
        assert_eq!(s.counts(), counts, "{done} done, completed {completed}");
        let h = history(vec![s]);
        let n = u32::from(counts);
        let why = format!("{done} steps done, completed {completed}");
        assert_eq!(streaks(&h, today), (n, n), "streak: {why}");
        assert_eq!(sessions_this_week(&h, today), n as usize, "week: {why}");
        assert_eq!(
            weekly_minutes(&h, today, 1)[0].minutes,
            4 * n,
            "minutes: {why}"
        );
        assert_eq!(
            heat_map(&h, today)[HEAT_WEEKS - 1][2],
            Some(n),
            "calendar: {why}"
        );
        assert_eq!(
            days_since_last(&h, today),
            counts.then_some(0),
            "gentle note: {why}"
        );
        assert_eq!(tension_series(&h, 10).len(), n as usize, "tension: {why}");
    }
}

#[test]
fn a_skipped_session_between_two_days_neither_makes_nor_breaks_a_streak() {
    let mut skipped = logged(d(2025, 3, 4), 12, 0, 1);
    skipped.steps_done = 0;
    skipped.completed = false;
    let h = history(vec![
        logged(d(2025, 3, 2), 12, 0, 5),
        logged(d(2025, 3, 3), 12, 0, 5),
        skipped,
    ]);
    // Yesterday (the 4th) had only the skipped session: the streak of the
    // 2nd and 3rd still stands on the 4th, and is broken on the 5th.
    assert_eq!(streaks(&h, d(2025, 3, 4)), (2, 2));
    assert_eq!(streaks(&h, d(2025, 3, 5)), (0, 2));
    assert_eq!(days_since_last(&h, d(2025, 3, 5)), Some(2));
    assert_eq!(h.sessions.len(), 3, "it is still kept in the history");
    assert_eq!(h.sessions[2].outcome_text(), "Ended before the first step");
    assert_eq!(h.sessions[1].outcome_text(), "Completed");
}
