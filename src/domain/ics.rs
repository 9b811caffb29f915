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
#[path = "ics_tests.rs"]
mod tests;
