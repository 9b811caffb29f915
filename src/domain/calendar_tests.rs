//! Tests of `calendar`: examples and invariants, run natively.
use super::*;
use proptest::prelude::*;

#[test]
fn known_dates() {
    assert_eq!(LocalDate::new(1970, 1, 1).day_number(), 0);
    assert_eq!(LocalDate::new(2000, 3, 1).day_number(), 11_017);
    assert_eq!(LocalDate::from_day_number(-1), LocalDate::new(1969, 12, 31));
    assert_eq!(
        LocalDate::new(2024, 2, 28).add_days(1),
        LocalDate::new(2024, 2, 29)
    );
    assert_eq!(
        LocalDate::new(2023, 2, 28).add_days(1),
        LocalDate::new(2023, 3, 1)
    );
    assert_eq!(
        LocalDate::new(2024, 12, 31).add_days(1),
        LocalDate::new(2025, 1, 1)
    );
    // 2025-03-03 was a Monday, 1970-01-01 a Thursday.
    assert_eq!(LocalDate::new(2025, 3, 3).weekday(), 0);
    assert_eq!(LocalDate::new(1970, 1, 1).weekday(), 3);
    assert_eq!(LocalDate::new(2025, 3, 3).long_label(), "Mon 3 Mar 2025");
    assert_eq!(LocalDate::new(2025, 3, 3).iso(), "2025-03-03");
}

#[test]
fn the_local_date_follows_the_offset() {
    // 2025-01-01T03:30Z
    let ms = LocalDate::new(2025, 1, 1).day_number() * MS_PER_DAY + 210 * 60_000;
    assert_eq!(LocalDate::at(ms, 0), LocalDate::new(2025, 1, 1));
    // New York (UTC-5): still New Year's Eve, 22:30.
    assert_eq!(LocalDate::at(ms, -300), LocalDate::new(2024, 12, 31));
    assert_eq!(local_hm(ms, -300), (22, 30));
    // Kathmandu (UTC+5:45): 09:15.
    assert_eq!(local_hm(ms, 345), (9, 15));
    // Kiribati (UTC+14) at 2024-12-31T11:00Z is already 2025-01-01.
    let eve = LocalDate::new(2024, 12, 31).day_number() * MS_PER_DAY + 11 * 3_600_000;
    assert_eq!(LocalDate::at(eve, 14 * 60), LocalDate::new(2025, 1, 1));
    assert_eq!(local_hm(eve, 14 * 60), (1, 0));
}

#[test]
fn weeks_start_on_monday() {
    let sun = LocalDate::new(2025, 3, 9).day_number();
    assert_eq!(
        LocalDate::from_day_number(week_start(sun)),
        LocalDate::new(2025, 3, 3)
    );
    let thu = LocalDate::new(2026, 1, 1).day_number();
    assert_eq!(
        LocalDate::from_day_number(week_start(thu)),
        LocalDate::new(2025, 12, 29)
    );
}

proptest! {
    #[test]
    fn day_numbers_round_trip(n in -1_000_000i64..1_000_000) {
        let d = LocalDate::from_day_number(n);
        prop_assert_eq!(d.day_number(), n);
        prop_assert!((1..=12).contains(&d.m) && (1..=31).contains(&d.d));
        prop_assert_eq!(LocalDate::from_day_number(n + 1) > d, true);
        prop_assert_eq!(weekday(n + 1), (weekday(n) + 1) % 7);
    }
}
