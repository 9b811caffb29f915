//! Tests of `duration`: examples and invariants, run natively.
use super::*;
use crate::limits::{self, Bounds, HOLD};
use crate::routine::StepKind;
use proptest::prelude::*;

#[test]
fn reads_minutes_and_seconds_or_seconds() {
    assert_eq!(parse_duration("1:30"), Ok(90_000));
    assert_eq!(parse_duration("0:45"), Ok(45_000));
    assert_eq!(parse_duration("20:00"), Ok(1_200_000));
    assert_eq!(parse_duration("90"), Ok(90_000));
    assert_eq!(parse_duration(" 45 "), Ok(45_000));
    assert_eq!(parse_duration("30s"), Ok(30_000));
    assert_eq!(parse_duration("30 s"), Ok(30_000));
    assert_eq!(parse_duration("0"), Ok(0));
}

#[test]
fn rejects_what_is_not_a_duration() {
    for bad in [
        "", "abc", "1:3", "1:300", "1.5", "-5", "1:60", ":30", "1:", "1:30:00", "+5", "99999",
        "61:00", "5 m", "١٢",
    ] {
        assert!(parse_duration(bad).is_err(), "{bad:?} should be rejected");
    }
    assert_eq!(
        parse_duration("1:75"),
        Err("Seconds after the colon must be 00 to 59".into())
    );
}

#[test]
fn a_bare_number_says_it_was_read_as_seconds() {
    assert_eq!(seconds_reading("15").as_deref(), Some("15 = 0:15"));
    assert_eq!(seconds_reading(" 90 ").as_deref(), Some("90 = 1:30"));
    assert_eq!(seconds_reading("90 s").as_deref(), Some("90 = 1:30"));
    assert_eq!(seconds_reading("1:30"), None);
    assert_eq!(seconds_reading("abc"), None);
    assert_eq!(seconds_reading(""), None);
}

#[test]
fn the_note_joins_the_reading_and_the_problem_in_one_line() {
    assert_eq!(
        duration_note("15", Some("Heat must be 1:00 to 20:00")).as_deref(),
        Some("15 = 0:15; heat must be 1:00 to 20:00")
    );
    assert_eq!(duration_note("15", None).as_deref(), Some("15 = 0:15"));
    assert_eq!(
        duration_note("0:15", Some("Heat must be 1:00 to 20:00")).as_deref(),
        Some("Heat must be 1:00 to 20:00")
    );
    assert_eq!(duration_note("0:30", None), None);
}

#[test]
fn text_is_m_ss() {
    assert_eq!(duration_text(90_000), "1:30");
    assert_eq!(duration_text(5_000), "0:05");
}

#[test]
fn stepper_moves_on_a_grid() {
    let heat = limits::HEAT;
    let wide = Bounds {
        min: 5_000,
        max: INPUT_MAX,
    };
    assert_eq!(nudge(30_000, true, HOLD), 35_000);
    assert_eq!(nudge(30_000, false, HOLD), 25_000);
    assert_eq!(nudge(27_000, true, HOLD), 30_000);
    assert_eq!(nudge(27_000, false, HOLD), 25_000);
    assert_eq!(nudge(120_000, true, heat), 150_000);
    assert_eq!(nudge(150_000, false, heat), 120_000);
    assert_eq!(nudge(120_000, false, heat), 115_000);
    assert_eq!(nudge(INPUT_MAX, true, wide), INPUT_MAX);
}

#[test]
fn stepper_stops_at_the_kinds_limits() {
    // Minus from 0:15 goes to 0:10 and stays there: never 0:05.
    assert_eq!(nudge(15_000, false, HOLD), 10_000);
    assert_eq!(nudge(10_000, false, HOLD), 10_000);
    // Plus from 0:55 goes to 1:00 and stays there.
    assert_eq!(nudge(55_000, true, HOLD), 60_000);
    assert_eq!(nudge(60_000, true, HOLD), 60_000);
    // Each kind, at each end.
    for kind in StepKind::ALL {
        let b = limits::bounds(kind);
        assert_eq!(nudge(b.min, false, b), b.min, "{kind:?}");
        assert_eq!(nudge(b.max, true, b), b.max, "{kind:?}");
    }
    // A length typed outside the limits comes back inside with either button.
    assert_eq!(nudge(90_000, false, HOLD), 60_000);
    assert_eq!(nudge(90_000, true, HOLD), 60_000);
    assert_eq!(nudge(5_000, true, HOLD), 10_000);
    assert_eq!(nudge(0, false, HOLD), 10_000);
    assert_eq!(nudge(30 * 60_000, false, limits::HEAT), 20 * 60_000);
}

#[test]
fn the_range_reads_as_clock_times() {
    assert_eq!(range_text(HOLD), "0:10 to 1:00");
    assert_eq!(range_text(limits::HEAT), "1:00 to 20:00");
}

proptest! {
    #[test]
    fn text_reads_back(secs in 0u64..3600) {
        prop_assert_eq!(parse_duration(&duration_text(secs * 1000)), Ok(secs * 1000));
    }

    #[test]
    fn parsing_never_panics(s in ".{0,12}") {
        let _ = parse_duration(&s);
    }

    #[test]
    fn stepper_stays_in_range_and_moves(secs in 0u64..4000, up: bool, kind in 0usize..5) {
        let b = limits::bounds(StepKind::ALL[kind]);
        let ms = secs * 1000;
        let next = nudge(ms, up, b);
        prop_assert!(b.contains(next));
        if b.contains(ms) {
            if up && ms < b.max { prop_assert!(next > ms); }
            if !up && ms > b.min { prop_assert!(next < ms); }
        }
    }
}
