//! The wall clock (the app's only one) and the user's time zone, for the
//! history (which day a session belongs to), reminders, ids and file names.
//! Timers use `clock` instead.

use unknot_domain::calendar::LocalDate;

/// Milliseconds since the Unix epoch (`Date.now()`).
pub fn epoch_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Minutes east of UTC at `epoch_ms` (the negated `getTimezoneOffset`), so
/// a date in summer gets summer time.
pub fn offset_at(epoch_ms: i64) -> i32 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(epoch_ms as f64));
    -(date.get_timezone_offset() as i32)
}

/// Today's local date.
pub fn today() -> LocalDate {
    let now = epoch_ms();
    LocalDate::at(now, offset_at(now))
}

/// Today's local date as (year, month 1-12, day 1-31), for file names.
pub fn today_ymd() -> (u32, u32, u32) {
    let d = today();
    (d.y as u32, u32::from(d.m), u32::from(d.d))
}
