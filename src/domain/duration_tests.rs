//! Tests of `duration`: examples and invariants, run natively.
use super::*;
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
    assert_eq!(nudge(30_000, true), 35_000);
    assert_eq!(nudge(30_000, false), 25_000);
    assert_eq!(nudge(27_000, true), 30_000);
    assert_eq!(nudge(27_000, false), 25_000);
    assert_eq!(nudge(120_000, true), 150_000);
    assert_eq!(nudge(150_000, false), 120_000);
    assert_eq!(nudge(120_000, false), 115_000);
    assert_eq!(nudge(5_000, false), 5_000);
    assert_eq!(nudge(0, false), 5_000);
    assert_eq!(nudge(INPUT_MAX, true), INPUT_MAX);
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
    fn stepper_stays_in_range_and_moves(secs in 0u64..4000, up: bool) {
        let next = nudge(secs * 1000, up);
        prop_assert!((STEPPER_MIN..=INPUT_MAX).contains(&next));
        if up && secs * 1000 < INPUT_MAX { prop_assert!(next > secs * 1000); }
        if !up && secs * 1000 > STEPPER_MIN { prop_assert!(next < secs * 1000); }
    }
}
