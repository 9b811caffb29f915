//! Durations as the user types them in the editor: `m:ss` or plain seconds,
//! and the stepper's next value up or down.

use crate::limits::Bounds;
use crate::time::{format_clock, Millis, SECOND};

/// The longest duration the editor accepts as input (validation then applies
/// the per-kind limits).
pub const INPUT_MAX: Millis = 60 * 60 * SECOND;

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

/// How a bare number was read: `"15"` gives `"15 = 0:15"` (seconds), so
/// the user sees at once that 15 is not 15 minutes. `None` for `m:ss` (it
/// needs no explaining) and for text that is not a duration.
pub fn seconds_reading(text: &str) -> Option<String> {
    if text.contains(':') {
        return None;
    }
    let ms = parse_duration(text).ok()?;
    Some(format!("{} = {}", ms / SECOND, duration_text(ms)))
}

/// The one line shown under a duration field: how a bare number was read,
/// then what is wrong with that length, if anything ("15 = 0:15; heat must
/// be 1:00 to 20:00"); either alone; or nothing.
pub fn duration_note(text: &str, problem: Option<&str>) -> Option<String> {
    match (seconds_reading(text), problem) {
        (Some(read), Some(p)) => Some(format!("{read}; {}", lower_first(p))),
        (Some(read), None) => Some(read),
        (None, Some(p)) => Some(p.to_string()),
        (None, None) => None,
    }
}

/// `text` with its first letter in lower case ("Heat must" -> "heat must").
/// The app's own messages are ASCII; ASCII case keeps Unicode's case tables
/// out of the first download.
fn lower_first(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    out
}

/// The text an input shows for a duration: `m:ss`.
pub fn duration_text(ms: Millis) -> String {
    format_clock(ms)
}

/// The stepper's next value: 5 s steps up to 2 minutes, 30 s steps above,
/// snapped to that grid, and kept within `bounds` (the step kind's limits,
/// [`crate::limits::bounds`]): the minus button stops at the shortest a step
/// of that kind may be, the plus button at the longest. A value typed
/// outside them comes back inside with either button. The same value back
/// means the button has nothing more to do.
pub fn nudge(ms: Millis, up: bool, bounds: Bounds) -> Millis {
    let s = ms / SECOND;
    let next = if up {
        let inc = if s >= 120 { 30 } else { 5 };
        (s / inc + 1) * inc
    } else {
        let inc = if s > 120 { 30 } else { 5 };
        s.saturating_sub(1) / inc * inc
    };
    bounds.clamp(next.saturating_mul(SECOND).min(INPUT_MAX))
}

/// "0:10 to 1:00": the lengths a step of these bounds may have.
pub fn range_text(bounds: Bounds) -> String {
    format!(
        "{} to {}",
        format_clock(bounds.min),
        format_clock(bounds.max)
    )
}

#[cfg(test)]
#[path = "duration_tests.rs"]
mod tests;
