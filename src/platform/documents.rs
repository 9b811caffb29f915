//! The user's documents, each under its own key, read through the domain's
//! versions and migrations (`unknot_domain::stored`). This is the interface
//! the UI uses for settings, routines and the backup file.

use serde_json::Value;
use unknot_domain::{
    backup::Backup,
    history::History,
    routine_book::RoutineBook,
    settings::Settings,
    stored::{self, Loaded},
};

use super::storage::{self, keys, StorageError};

/// The stored settings (defaults when none). Damaged text is kept.
pub fn load_settings() -> Settings {
    load(
        keys::SETTINGS,
        "your settings",
        stored::settings_from_json,
        stored::settings_json,
    )
    .unwrap_or_default()
}

pub fn save_settings(settings: &Settings) -> Result<(), StorageError> {
    storage::write_raw(keys::SETTINGS, &stored::settings_json(settings))
}

/// The user's routines (none when none stored). Damaged text is kept.
pub fn load_routines() -> RoutineBook {
    load(
        keys::ROUTINES,
        "your routines",
        stored::book_from_json,
        stored::book_json,
    )
    .unwrap_or_default()
}

pub fn save_routines(book: &RoutineBook) -> Result<(), StorageError> {
    storage::write_raw(keys::ROUTINES, &stored::book_json(book))
}

/// Reads `key` with `parse`. When the text is damaged it is kept first, and
/// then replaced by what could be read (so the next start is clean); if the
/// copy could not be stored the original stays as it is.
fn load<T>(
    key: &str,
    what: &'static str,
    parse: fn(&str) -> Loaded<T>,
    to_json: fn(&T) -> String,
) -> Option<T> {
    let raw = storage::read_raw(key).ok().flatten()?;
    let loaded = parse(&raw);
    if let Some(reason) = loaded.damage {
        if storage::keep_damaged(key, what, raw, reason) {
            // A repair, not a change the user made, so nothing to report: if
            // it does not fit, the original stays (its copy is kept once) and
            // is read the same way next time.
            let _ = storage::write_raw(key, &to_json(&loaded.value));
        }
    } else if loaded.repaired {
        // Brought inside the safe limits, with a notice the app shows until
        // it is dismissed: stored with the notice. If it does not fit, the
        // same repair and notice are made again at the next read.
        let _ = storage::write_raw(key, &to_json(&loaded.value));
    }
    Some(loaded.value)
}

/// The stored history, passed through as JSON (`Err` if its text is not
/// JSON: it is then left out of a backup).
pub fn history() -> Result<Option<Value>, String> {
    match storage::read_raw(keys::HISTORY) {
        Ok(Some(text)) => serde_json::from_str(&text)
            .map(Some)
            .map_err(|_| "History could not be read and was left out.".to_string()),
        _ => Ok(None),
    }
}

/// Everything the user made, for "Export". `history` is the history as the
/// app holds it (in its current, compact form), `None` when the stored one
/// is kept as it is (then its text is passed through, if it is JSON).
pub fn export(
    exported_at: String,
    book: &RoutineBook,
    settings: &Settings,
    history: Option<&History>,
) -> (Backup, Option<String>) {
    let (history, note) = match history {
        Some(h) if h.sessions.is_empty() && h.open.is_none() => (None, None),
        Some(h) => (
            Some(serde_json::to_value(h).expect("a history serializes")),
            None,
        ),
        None => match self::history() {
            Ok(h) => (h, None),
            Err(note) => (None, Some(note)),
        },
    };
    let backup = Backup::new(
        exported_at,
        Some(settings.clone()),
        book.routines.clone(),
        history,
    );
    (backup, note)
}

/// Stores the result of an import as one change: routines, and settings and
/// history when given. Either all are written or none.
pub fn store_import(
    book: &RoutineBook,
    settings: Option<&Settings>,
    history: Option<&Value>,
) -> Result<(), StorageError> {
    let mut changes = vec![(keys::ROUTINES, Some(stored::book_json(book)))];
    if let Some(s) = settings {
        changes.push((keys::SETTINGS, Some(stored::settings_json(s))));
    }
    if let Some(h) = history {
        changes.push((keys::HISTORY, Some(h.to_string())));
    }
    storage::write_all(&changes)
}
