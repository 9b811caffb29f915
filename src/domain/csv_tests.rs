//! Tests of `csv`: examples and invariants, run natively.
use super::*;
use crate::calendar::LocalDate;
use crate::history::{AreaRating, SessionLog};
use crate::routine::BodyArea;

#[test]
fn fields_are_quoted_only_when_needed() {
    assert_eq!(field("Calves"), "Calves");
    assert_eq!(field("Neck, gently"), "\"Neck, gently\"");
    assert_eq!(field("The \"big\" one"), "\"The \"\"big\"\" one\"");
    assert_eq!(field("two\nlines"), "\"two\nlines\"");
    assert_eq!(field("cr\r"), "\"cr\r\"");
    assert_eq!(field(""), "");
}

#[test]
fn formulas_are_defused() {
    assert_eq!(field("=1+1"), "'=1+1");
    assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(field("-2,3"), "\"'-2,3\"");
    assert_eq!(field("a=b"), "a=b");
}

#[test]
fn a_history_becomes_a_header_and_one_row_per_session() {
    let mut h = History::default();
    h.add(SessionLog {
        id: "1".into(),
        started_at_ms: 1_000 * 3600 * 9,
        date: LocalDate::new(1970, 1, 1),
        utc_offset_min: 60,
        routine_id: "r".into(),
        routine_name: "Calves, \"slow\"".into(),
        completed: false,
        steps_done: 2,
        steps_skipped: 1,
        active_ms: 95_500,
        ratings: vec![AreaRating {
            area: BodyArea::Calves,
            before: Some(6),
            after: Some(3),
        }],
    });
    let csv = history_csv(&h);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines.len(), 3, "header, one row, and the final CRLF");
    assert!(lines[0].starts_with("date,start_time,routine,completed"));
    assert!(lines[0].ends_with("area_3,before_3,after_3"));
    assert_eq!(
        lines[1],
        "1970-01-01,10:00,\"Calves, \"\"slow\"\"\",no,2,1,95,Calves,6,3,,,,,,"
    );
    assert_eq!(lines[0].split(',').count(), 16);
}
