//! The documents kept on the device, their versions and the migrations from
//! every older version, and how damaged text is read: as much as can be,
//! saying what could not.
//!
//! | key | document | version |
//! | --- | --- | --- |
//! | `unknot.settings` | `{"version": 2, "settings": {..}}` | 2 (1 was the bare settings object) |
//! | `unknot.routines` | `{"version": 1, "routines": [..]}` | 1 |
//!
//! A migration is a function from one version's JSON to the next one's; a
//! document is migrated step by step from the version it says it is (no
//! `version` field: version 1) up to the current one.
//!
//! Routines are also brought inside the safe limits every time they are read
//! ([`crate::limits::fit_routine`]: a step made longer than its kind now
//! allows is shortened to the limit), with a notice kept in the book until
//! the user has read it, never silently.

use crate::checked::{routine_shape, settings_lenient, Report};
use crate::limits::{fit_note, fit_routine};
use crate::routine_book::MAX_NOTICES;
use crate::routine_book::{RoutineBook, BOOK_VERSION};
use crate::settings::Settings;
use crate::text::clean_text;
use crate::validate::MAX_STEPS;
use serde::Serialize;
use serde_json::{json, Value};

pub const SETTINGS_VERSION: u32 = 2;

/// A migration: one version's JSON to the next one's.
type Migration = fn(Value) -> Value;

/// Settings migrations, `[n]` taking version `n + 1` to `n + 2`.
const SETTINGS_MIGRATIONS: [Migration; 1] = [settings_v1_to_v2];
/// Routine book migrations: none yet (version 1 is the first).
const BOOK_MIGRATIONS: [Migration; 0] = [];

/// What was read from stored text.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded<T> {
    /// Everything that could be read (defaults for the rest).
    pub value: T,
    /// Why some of the text could not be read, if so. The caller keeps the
    /// raw text before anything overwrites it.
    pub damage: Option<String>,
    /// Whether the text was an older version (rewrite it in the current form
    /// when convenient).
    pub migrated: bool,
    /// Whether what was read was changed to fit the safe limits: write it
    /// back, so the change (and its notice) is stored.
    pub repaired: bool,
}

/// The longest notice kept from stored text.
const NOTICE_MAX_CHARS: usize = 4_000;

/// Version 1 stored the settings object itself.
fn settings_v1_to_v2(v1: Value) -> Value {
    json!({ "version": 2, "settings": v1 })
}

/// The JSON stored for `settings`.
pub fn settings_json(settings: &Settings) -> String {
    #[derive(Serialize)]
    struct Doc<'a> {
        version: u32,
        settings: &'a Settings,
    }
    serde_json::to_string(&Doc {
        version: SETTINGS_VERSION,
        settings,
    })
    .expect("settings serialize")
}

/// The JSON stored for `book` (always written as the current version).
pub fn book_json(book: &RoutineBook) -> String {
    let current = RoutineBook {
        notices: book.notices.clone(),
        ..RoutineBook::new(book.routines.clone())
    };
    serde_json::to_string(&current).expect("a book serializes")
}

/// Reads stored settings of any version.
pub fn settings_from_json(raw: &str) -> Loaded<Settings> {
    let (doc, migrated, mut damage) = upgrade(raw, SETTINGS_VERSION, &SETTINGS_MIGRATIONS);
    let mut out = Report::default();
    let value = match doc.as_ref().and_then(|d| d.get("settings")) {
        Some(s) => settings_lenient(s, "settings", &mut out),
        None => {
            if doc.is_some() {
                out.error("settings", "is missing");
            }
            Settings::default()
        }
    };
    if damage.is_none() && !out.is_empty() {
        damage = Some(describe(&out));
    }
    Loaded {
        value,
        damage,
        migrated,
        repaired: false,
    }
}

/// Reads the stored routine book of any version. A routine that cannot be
/// read is left out (and reported); the others are kept, each brought
/// inside the safe limits, with a notice for every routine changed.
pub fn book_from_json(raw: &str) -> Loaded<RoutineBook> {
    let (doc, migrated, mut damage) = upgrade(raw, BOOK_VERSION, &BOOK_MIGRATIONS);
    let mut out = Report::default();
    let mut book = RoutineBook::default();
    // Where each routine read was in the stored list, for what is said.
    let mut places = Vec::new();
    match doc.as_ref().map(|d| d.get("routines")) {
        None => {}
        Some(Some(Value::Array(items))) => {
            for (i, item) in items.iter().enumerate() {
                if let Some(r) = routine_shape(item, &format!("routines[{i}]"), &mut out) {
                    book.routines.push(r);
                    places.push(i);
                }
            }
        }
        Some(_) => out.error("routines", "must be a list of routines"),
    }
    if let Some(Value::Array(items)) = doc.as_ref().and_then(|d| d.get("notices")) {
        for text in items.iter().filter_map(Value::as_str).take(MAX_NOTICES) {
            let text = clean_text(text, NOTICE_MAX_CHARS);
            if !text.trim().is_empty() {
                book.add_notice(text);
            }
        }
    }
    // What fitting cannot mend, more steps than a routine may have, is left
    // out like unreadable text (before fitting, so no notice speaks of it):
    // the player never starts a routine that a reload mid-session would
    // refuse for its length.
    let mut places = places.into_iter();
    book.routines.retain(|r| {
        let at = places.next().unwrap_or_default();
        let fits = r.steps.len() <= MAX_STEPS;
        if !fits {
            out.error(
                format!("routines[{at}].steps"),
                format!("A routine can have at most {MAX_STEPS} steps"),
            );
        }
        fits
    });
    let mut notes = Vec::new();
    for routine in &mut book.routines {
        let (fitted, fits) = fit_routine(routine);
        if !fits.is_empty() {
            notes.push(fit_note(&fitted.name, &fits));
            *routine = fitted;
        }
    }
    let repaired = !notes.is_empty();
    for note in notes {
        book.add_notice(note);
    }
    if damage.is_none() && !out.is_empty() {
        damage = Some(describe(&out));
    }
    Loaded {
        value: book,
        damage,
        migrated,
        repaired,
    }
}

/// Parses `raw` and migrates it to `current`. Returns the document (if it
/// is a JSON object), whether it was migrated, and damage found on the way.
fn upgrade(
    raw: &str,
    current: u32,
    migrations: &[Migration],
) -> (Option<Value>, bool, Option<String>) {
    let doc: Value = match serde_json::from_str(raw) {
        Ok(v @ Value::Object(_)) => v,
        Ok(_) => return (None, false, Some("it is not a JSON object".into())),
        Err(e) => return (None, false, Some(format!("it is not valid JSON ({e})"))),
    };
    let version = match doc.get("version") {
        None => 1,
        Some(v) => match v.as_u64() {
            Some(n) if (1..=u64::from(u32::MAX)).contains(&n) => n as u32,
            _ => return (Some(doc), false, Some("its version is not a number".into())),
        },
    };
    if version > current {
        // Written by a newer app (then an older one was installed): read
        // what this version understands, and keep the text.
        let why = format!("it was saved by a newer version of Unknot (version {version})");
        return (Some(doc), false, Some(why));
    }
    let mut doc = doc;
    for step in &migrations[(version - 1) as usize..(current - 1) as usize] {
        doc = step(doc);
    }
    (Some(doc), version < current, None)
}

fn describe(out: &Report) -> String {
    let first = &out.0[0];
    let more = out.0.len() - 1;
    let mut s = format!("{}: {}", first.path, first.message);
    if more > 0 {
        s.push_str(&format!(" (and {more} more)"));
    }
    s
}

#[cfg(test)]
#[path = "stored_tests.rs"]
mod tests;
