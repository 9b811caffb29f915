//! Durations as the user types them in the editor: `m:ss` or plain seconds,
//! and the stepper's next value up or down.

use crate::time::{format_clock, Millis, SECOND};

/// The longest duration the editor accepts as input (validation then applies
/// the per-kind limits).
pub const INPUT_MAX: Millis = 60 * 60 * SECOND;
/// The shortest value the stepper goes down to.
pub const STEPPER_MIN: Millis = 5 * SECOND;

const HINT: &str = "Type seconds (90) or minutes and seconds (1:30)";

/// Reads `"1:30"`, `"90"`, `"90s"` or `"90 s"` as milliseconds.
pub fn parse_duration(text: &str) -> Result<Millis, String> {
    let t = text.trim();
    let t = t
        .strip_suffix('s')
        .map(str::trim_end)
        .filter(|rest| !rest.contains(':'))
        .unwrap_or(t);
    let secs = match t.split_once(':') {
        Some((m, s)) => {
            if s.len() != 2 {
                return Err(HINT.into());
            }
            let (m, s) = (number(m)?, number(s)?);
            if s >= 60 {
                return Err("Seconds after the colon must be 00 to 59".into());
            }
            m * 60 + s
        }
        None => number(t)?,
    };
    let ms = secs * SECOND;
    if ms > INPUT_MAX {
        return Err("At most 60:00".into());
    }
    Ok(ms)
}

/// Up to four digits, nothing else.
fn number(s: &str) -> Result<u64, String> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(HINT.into());
    }
    s.parse().map_err(|_| HINT.to_string())
}

/// The text an input shows for a duration: `m:ss`.
pub fn duration_text(ms: Millis) -> String {
    format_clock(ms)
}

/// The stepper's next value: 5 s steps up to 2 minutes, 30 s steps above,
/// snapped to that grid, between [`STEPPER_MIN`] and [`INPUT_MAX`].
pub fn nudge(ms: Millis, up: bool) -> Millis {
    let s = ms / SECOND;
    let next = if up {
        let inc = if s >= 120 { 30 } else { 5 };
        (s / inc + 1) * inc
    } else {
        let inc = if s > 120 { 30 } else { 5 };
        s.saturating_sub(1) / inc * inc
    };
    (next * SECOND).clamp(STEPPER_MIN, INPUT_MAX)
}

#[cfg(test)]
mod tests {
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
}
