//! Tests of `ics`: examples and invariants, run natively.
use super::*;
use proptest::prelude::*;

fn unfold(s: &str) -> String {
    s.replace("\r\n ", "")
}

fn weekdays(days: &[usize]) -> Reminder {
    let mut on = [false; 7];
    for &d in days {
        on[d] = true;
    }
    Reminder {
        days: on,
        hour: 8,
        minute: 5,
    }
}

#[test]
fn rrule_lists_the_chosen_days_monday_first() {
    assert_eq!(
        weekdays(&[4, 0, 2]).rrule().as_deref(),
        Some("FREQ=WEEKLY;BYDAY=MO,WE,FR")
    );
    assert_eq!(
        weekdays(&[6]).rrule().as_deref(),
        Some("FREQ=WEEKLY;BYDAY=SU")
    );
    assert_eq!(weekdays(&[]).rrule(), None);
}

#[test]
fn the_file_has_one_weekly_event_with_floating_start() {
    // Today is Thursday 2025-12-25; the first Monday or Wednesday is 29 Dec.
    let r = weekdays(&[0, 2]);
    let ics = reminder_ics(
        &r,
        LocalDate::new(2025, 12, 25),
        "abc@unknot",
        LocalDate::new(2025, 12, 25).day_number() * 86_400_000 + 45_296_000,
        "Unknot: a short session",
        "Release, gently",
    )
    .unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !ics.replace("\r\n", "").contains('\n'),
        "no bare line feeds"
    );
    let lines: Vec<&str> = ics.split("\r\n").collect();
    assert!(lines.contains(&"BEGIN:VEVENT") && lines.contains(&"END:VEVENT"));
    assert!(lines.contains(&"UID:abc@unknot"));
    assert!(lines.contains(&"DTSTAMP:20251225T123456Z"));
    assert!(lines.contains(&"DTSTART:20251229T080500"));
    assert!(lines.contains(&"RRULE:FREQ=WEEKLY;BYDAY=MO,WE"));
    assert!(lines.contains(&"SUMMARY:Unknot: a short session"));
    assert!(lines.contains(&"DESCRIPTION:Release\\, gently"));
    assert!(lines.contains(&"TRIGGER:PT0M"));
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
    assert!(reminder_ics(&weekdays(&[]), LocalDate::new(2025, 1, 1), "u", 0, "s", "d").is_none());
}

#[test]
fn today_counts_as_the_first_day_when_chosen() {
    let wed = LocalDate::new(2025, 3, 5);
    assert_eq!(weekdays(&[2]).first_date(wed), Some(wed));
    assert_eq!(
        weekdays(&[1]).first_date(wed),
        Some(LocalDate::new(2025, 3, 11))
    );
}

#[test]
fn times_parse() {
    assert_eq!(parse_time("07:30"), Some((7, 30)));
    assert_eq!(parse_time("23:59:00"), Some((23, 59)));
    assert_eq!(parse_time("24:00"), None);
    assert_eq!(parse_time("7"), None);
    assert_eq!(parse_time(""), None);
}

#[test]
fn text_values_are_escaped() {
    assert_eq!(escape_text("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
    assert_eq!(escape_text("plain: text"), "plain: text");
}

#[test]
fn long_lines_fold_at_75_octets_without_splitting_characters() {
    let mut out = String::new();
    let line = format!("DESCRIPTION:{}", "é".repeat(60) + &"x".repeat(100));
    push_folded(&mut out, &line);
    for l in out.trim_end_matches("\r\n").split("\r\n") {
        assert!(l.len() <= 75, "{} octets: {l}", l.len());
    }
    assert!(out
        .split("\r\n")
        .skip(1)
        .filter(|l| !l.is_empty())
        .all(|l| l.starts_with(' ')));
    assert_eq!(unfold(&out), format!("{line}\r\n"));
    let mut short = String::new();
    push_folded(&mut short, &"y".repeat(75));
    assert_eq!(short, format!("{}\r\n", "y".repeat(75)));
}

proptest! {
    #[test]
    fn any_summary_folds_and_unfolds_back(text in "\\PC{0,200}", days in proptest::array::uniform7(any::<bool>())) {
        let r = Reminder { days, hour: 23, minute: 59 };
        let Some(ics) = reminder_ics(&r, LocalDate::new(2024, 2, 29), "u", 0, &text, &text) else {
            prop_assert!(days.iter().all(|d| !d));
            return Ok(());
        };
        for l in ics.trim_end_matches("\r\n").split("\r\n") {
            prop_assert!(l.len() <= 75);
        }
        let unfolded = unfold(&ics);
        let summary = format!("SUMMARY:{}", escape_text(&text));
        prop_assert!(unfolded.split("\r\n").any(|l| l == summary));
        let start = r.first_date(LocalDate::new(2024, 2, 29)).unwrap();
        prop_assert!(days[start.weekday()]);
    }
}
