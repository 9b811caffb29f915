//! A calendar file (RFC 5545) for a weekly reminder, so the phone's own
//! calendar app does the reminding: no server, no notification permission.
//!
//! Times are *floating* local times (no `Z`, no `TZID`): "08:30" stays 08:30
//! wherever the phone is. Lines end with CRLF and are folded at 75 octets.

use crate::calendar::{LocalDate, WEEKDAYS};

/// RFC 5545 day codes, Monday first (as [`WEEKDAYS`]).
pub const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const _: () = assert!(BYDAY.len() == WEEKDAYS.len());

/// A reminder on some days of the week at a local time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reminder {
    /// Monday first.
    pub days: [bool; 7],
    pub hour: u8,
    pub minute: u8,
}

impl Reminder {
    /// `FREQ=WEEKLY;BYDAY=MO,WE,FR`, or `None` when no day is chosen.
    pub fn rrule(&self) -> Option<String> {
        let days: Vec<&str> = BYDAY
            .iter()
            .zip(self.days)
            .filter(|(_, on)| *on)
            .map(|(code, _)| *code)
            .collect();
        (!days.is_empty()).then(|| format!("FREQ=WEEKLY;BYDAY={}", days.join(",")))
    }

    /// The first chosen day on or after `today`.
    pub fn first_date(&self, today: LocalDate) -> Option<LocalDate> {
        (0..7)
            .map(|n| today.add_days(n))
            .find(|d| self.days[d.weekday()])
    }
}

/// A time input's value "07:30" (or "07:30:00") as (7, 30).
pub fn parse_time(s: &str) -> Option<(u8, u8)> {
    let (h, m) = s.split_once(':')?;
    let (h, m) = (h.parse::<u8>().ok()?, m.get(..2)?.parse::<u8>().ok()?);
    (h < 24 && m < 60).then_some((h, m))
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so no line is longer than 75 octets
/// (a continuation starts with a space), never splitting a UTF-8 character.
pub fn push_folded(out: &mut String, line: &str) {
    let mut room = 75;
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > room {
            out.push_str("\r\n ");
            used = 1;
            room = 75;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

/// `20250101T093000Z` for a UTC instant.
fn utc_stamp(epoch_ms: i64) -> String {
    let date = LocalDate::at(epoch_ms, 0);
    let secs = epoch_ms.div_euclid(1000).rem_euclid(86_400);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        date.y,
        date.m,
        date.d,
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// The whole `.ics` file for `reminder`, starting on its first day from
/// `today`. `uid` must be unique (e.g. time plus randomness); `now_ms` is
/// the creation time for `DTSTAMP`. `None` when no day is chosen.
pub fn reminder_ics(
    reminder: &Reminder,
    today: LocalDate,
    uid: &str,
    now_ms: i64,
    summary: &str,
    description: &str,
) -> Option<String> {
    let rrule = reminder.rrule()?;
    let start = reminder.first_date(today)?;
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Unknot//Reminder//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "BEGIN:VEVENT".into(),
        format!("UID:{}", escape_text(uid)),
        format!("DTSTAMP:{}", utc_stamp(now_ms)),
        format!(
            "DTSTART:{:04}{:02}{:02}T{:02}{:02}00",
            start.y,
            start.m,
            start.d,
            reminder.hour.min(23),
            reminder.minute.min(59)
        ),
        "DURATION:PT15M".into(),
        format!("RRULE:{rrule}"),
        format!("SUMMARY:{}", escape_text(summary)),
        format!("DESCRIPTION:{}", escape_text(description)),
        "TRANSP:TRANSPARENT".into(),
        "BEGIN:VALARM".into(),
        "ACTION:DISPLAY".into(),
        format!("DESCRIPTION:{}", escape_text(summary)),
        "TRIGGER:PT0M".into(),
        "END:VALARM".into(),
        "END:VEVENT".into(),
        "END:VCALENDAR".into(),
    ];
    let mut out = String::new();
    for l in &lines {
        push_folded(&mut out, l);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
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
        assert!(
            reminder_ics(&weekdays(&[]), LocalDate::new(2025, 1, 1), "u", 0, "s", "d").is_none()
        );
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
}
