//! Tests of `time`: examples and invariants, run natively.
use super::*;

#[test]
fn clock_rounds_up_to_the_second() {
    assert_eq!(format_clock(10_000), "0:10");
    assert_eq!(format_clock(9_001), "0:10");
    assert_eq!(format_clock(9_000), "0:09");
    assert_eq!(format_clock(1), "0:01");
    assert_eq!(format_clock(0), "0:00");
    assert_eq!(format_clock(60_000), "1:00");
    assert_eq!(format_clock(61_000), "1:01");
    assert_eq!(format_clock(20 * 60_000), "20:00");
}

#[test]
fn lengths_read_naturally() {
    assert_eq!(format_length(30_000), "30 seconds");
    assert_eq!(format_length(1_000), "1 second");
    assert_eq!(format_length(60_000), "1 minute");
    assert_eq!(format_length(120_000), "2 minutes");
    assert_eq!(format_length(90_000), "1 minute 30 seconds");
}

#[test]
fn next_boundary_is_the_next_whole_second_before_the_deadline() {
    assert_eq!(until_next_boundary(10_000), 1_000);
    assert_eq!(until_next_boundary(9_400), 400);
    assert_eq!(until_next_boundary(1), 1);
    assert_eq!(until_next_boundary(0), 1);
}
