//! The user's local calendar without a date crate: civil dates from day
//! numbers and back (Howard Hinnant's algorithms), weekdays, and the local
//! date of an instant given its UTC offset.
//!
//! A *day number* counts days since 1970-01-01 (negative before). Offsets are
//! minutes *east* of UTC (`local = utc + offset`), i.e. the negation of
//! JavaScript's `Date.getTimezoneOffset()`.

use serde::{Deserialize, Serialize};

const MS_PER_DAY: i64 = 86_400_000;

/// A date on the user's wall calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LocalDate {
    pub y: i32,
    pub m: u8,
    pub d: u8,
}

pub const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
pub const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl LocalDate {
    pub const fn new(y: i32, m: u8, d: u8) -> Self {
        Self { y, m, d }
    }

    /// Days since 1970-01-01.
    pub fn day_number(self) -> i64 {
        let y = self.y as i64 - i64::from(self.m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.m as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.d as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date of a day number.
    pub fn from_day_number(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
        Self { y, m, d }
    }

    /// The local date at `epoch_ms` for a clock `offset_min` east of UTC.
    pub fn at(epoch_ms: i64, offset_min: i32) -> Self {
        Self::from_day_number(local_ms(epoch_ms, offset_min).div_euclid(MS_PER_DAY))
    }

    pub fn add_days(self, n: i64) -> Self {
        Self::from_day_number(self.day_number() + n)
    }

    /// 0 = Monday ... 6 = Sunday.
    pub fn weekday(self) -> usize {
        weekday(self.day_number())
    }

    /// "Mon 3 Mar 2025".
    pub fn long_label(self) -> String {
        format!(
            "{} {} {} {}",
            WEEKDAYS[self.weekday()],
            self.d,
            MONTHS[(self.m as usize).clamp(1, 12) - 1],
            self.y
        )
    }

    /// "3 Mar".
    pub fn short_label(self) -> String {
        format!("{} {}", self.d, MONTHS[(self.m as usize).clamp(1, 12) - 1])
    }

    /// "2025-03-03".
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

/// 0 = Monday ... 6 = Sunday for a day number (1970-01-01 was a Thursday).
pub fn weekday(day_number: i64) -> usize {
    (day_number + 3).rem_euclid(7) as usize
}

/// The day number of the Monday starting the week of `day_number`.
pub fn week_start(day_number: i64) -> i64 {
    day_number - weekday(day_number) as i64
}

/// Milliseconds on the local wall clock (as if local time were UTC).
pub fn local_ms(epoch_ms: i64, offset_min: i32) -> i64 {
    epoch_ms.saturating_add(offset_min as i64 * 60_000)
}

/// Local (hour, minute) at `epoch_ms`.
pub fn local_hm(epoch_ms: i64, offset_min: i32) -> (u8, u8) {
    let in_day = local_ms(epoch_ms, offset_min).rem_euclid(MS_PER_DAY) / 60_000;
    ((in_day / 60) as u8, (in_day % 60) as u8)
}

#[cfg(test)]
#[path = "calendar_tests.rs"]
mod tests;
