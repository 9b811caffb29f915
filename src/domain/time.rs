//! Milliseconds on a monotonic clock, and how they are shown.
//!
//! The domain never reads a clock: every function that needs the time takes
//! `now` as an argument, so tests can drive time by hand.

/// A point on the monotonic clock, in whole milliseconds.
pub type Instant = u64;
/// A span of time in whole milliseconds.
pub type Millis = u64;

pub const SECOND: Millis = 1_000;

/// Whole seconds shown for `remaining` milliseconds.
///
/// Rounds up: with 9.2 s left the display still reads 0:10, and it reaches
/// 0:00 only when the time is really up. That is what a person counting along
/// expects ("ten" is shown for the whole first second).
pub fn display_seconds(remaining: Millis) -> u64 {
    remaining.div_ceil(SECOND)
}

/// `m:ss` for a number of milliseconds, rounded up to the second.
pub fn format_clock(remaining: Millis) -> String {
    let secs = display_seconds(remaining);
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// A short spoken/readable length such as "30 seconds", "2 minutes" or
/// "1 minute 30 seconds".
pub fn format_length(length: Millis) -> String {
    let secs = display_seconds(length);
    let (m, s) = (secs / 60, secs % 60);
    let unit = |n: u64, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    match (m, s) {
        (0, s) => unit(s, "second", "seconds"),
        (m, 0) => unit(m, "minute", "minutes"),
        (m, s) => format!(
            "{} {}",
            unit(m, "minute", "minutes"),
            unit(s, "second", "seconds")
        ),
    }
}

/// How long until the displayed seconds next change, given `remaining` ms.
///
/// The display changes when `remaining` crosses a whole second, i.e. exactly
/// on the second boundaries counted back from the deadline. Returns at least
/// 1 ms so a caller never spins.
pub fn until_next_boundary(remaining: Millis) -> Millis {
    match remaining % SECOND {
        0 if remaining == 0 => 0,
        0 => SECOND,
        part => part,
    }
    .max(1)
}

#[cfg(test)]
#[path = "time_tests.rs"]
mod tests;
