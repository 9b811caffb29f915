//! The backup file through the document owners: Export gathers what they
//! hold; Import writes every key it changes as one all-or-nothing change,
//! and only then does each owner take its new document, so the app never
//! shows what is not saved and no owner later writes an old copy back.
//! Replace keeps what it replaced, for Undo and for download.

use leptos::prelude::*;
use serde_json::Value;
use unknot_domain::{
    backup::{self, Backup, Mode},
    routine_book::RoutineBook,
    settings::Settings,
};

use super::{history, keys, routines, settings, AppState};
use crate::platform::{
    local_time,
    storage::{self, StorageError},
};

/// The keys an import may change, as they were before it: what Undo puts
/// back, and what "Download what was replaced" saves.
#[derive(Clone, Debug, PartialEq)]
pub struct Replaced {
    texts: Vec<(&'static str, Option<String>)>,
}

impl Replaced {
    /// The replaced documents as one file (each key's text as it was,
    /// `null` for a key that was absent), for the user to keep.
    pub fn to_json(&self) -> String {
        let doc: serde_json::Map<String, serde_json::Value> = self
            .texts
            .iter()
            .map(|(k, t)| {
                let v = t.as_ref().map_or(serde_json::Value::Null, |t| {
                    serde_json::from_str(t).unwrap_or_else(|_| serde_json::Value::String(t.clone()))
                });
                ((*k).to_string(), v)
            })
            .collect();
        serde_json::to_string_pretty(&doc).unwrap_or_default()
    }
}

/// What an import did.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// How many routines the user now has.
    pub routines: usize,
    /// What the import says about the history (`None`: the file has none).
    pub history: Option<String>,
    /// What Replace replaced (`None` after a merge).
    pub replaced: Option<Replaced>,
}

/// The backup file of everything the user made, with a note when part of
/// it (a history that could not be read) was left out. The history is
/// written as the app holds it (its current, compact form); a history kept
/// as it is (unreadable or newer) is passed through when it is JSON.
pub fn export(state: &AppState, exported_at: String) -> (Backup, Option<String>) {
    let held = (!state.history.is_locked()).then(|| state.history.history.get_untracked());
    let (history, note) = match held.as_ref() {
        Some(h) if h.sessions.is_empty() && h.open.is_none() => (None, None),
        Some(h) => (
            Some(serde_json::to_value(h).expect("a history serializes")),
            None,
        ),
        None => match history::stored_for_backup() {
            Ok(h) => (h, None),
            Err(note) => (None, Some(note)),
        },
    };
    let backup = Backup::new(
        exported_at,
        Some(state.settings.get_untracked()),
        state.routines.book.get_untracked().routines,
        history,
    );
    (backup, note)
}

/// Stores the result of an import as one change: routines, and settings and
/// history when given, each as its owner writes it. Either all are written
/// or none.
pub fn store_import(
    book: &RoutineBook,
    settings: Option<&Settings>,
    history: Option<&Value>,
) -> Result<(), StorageError> {
    let mut changes = vec![routines::import_change(book)];
    changes.extend(settings.map(settings::import_change));
    changes.extend(history.map(history::import_change));
    storage::write_all(&changes)
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Imports `file`: Merge adds its routines and the sessions the device
/// does not have (one entry per session, by id); Replace swaps routines,
/// and settings and history when the file has them, keeping what it
/// replaced for Undo. Returns what was done, or what went wrong (nothing
/// changed then).
pub fn import(state: &AppState, file: &Backup, mode: Mode) -> Result<Imported, String> {
    let now = local_time::epoch_ms().max(0) as u64;
    let book = backup::import_routines(
        &state.routines.book.get_untracked(),
        &file.routines,
        mode,
        |b| b.fresh_id(now),
    )
    .map_err(|p| p.message)?;
    let incoming = file.typed_history();
    let in_file = file.session_count();
    let (history, history_note) = match (mode, incoming) {
        (_, None) => (None, None),
        (Mode::Merge, Some(_)) if state.history.is_locked() => (
            None,
            Some(format!(
                "History: none of the file's {} came in, because the history on this device is kept as it is (see History).",
                plural(in_file, "session")
            )),
        ),
        (Mode::Merge, Some(theirs)) => {
            let mut mine = state.history.history.get_untracked();
            let added = mine.merge(&theirs);
            let already = in_file - added.min(in_file);
            let note = format!(
                "History: {} came in; {} already here and left out.",
                plural(added, "session"),
                if already == 1 {
                    "1 was".to_string()
                } else {
                    format!("{already} were")
                }
            );
            let value = (added > 0)
                .then(|| serde_json::to_value(&mine).expect("a history serializes"));
            (value, Some(note))
        }
        (Mode::Replace, Some(_)) => (
            file.history.clone(),
            Some(format!("History: {} now.", plural(in_file, "session"))),
        ),
    };
    let settings = match mode {
        Mode::Replace => file.settings.clone(),
        Mode::Merge => None,
    };
    let replaced = (mode == Mode::Replace).then(|| Replaced {
        texts: [keys::ROUTINES, keys::SETTINGS, keys::HISTORY]
            .into_iter()
            .map(|k| (k, storage::read_raw(k).ok().flatten()))
            .collect(),
    });
    store_import(&book, settings.as_ref(), history.as_ref())
        .map_err(|e| e.not_saved("The import"))?;
    let count = book.routines.len();
    state.routines.take(book);
    if let Some(s) = settings {
        state.settings.take(s);
    }
    if history.is_some() {
        state.history.take_stored();
    }
    Ok(Imported {
        routines: count,
        history: history_note,
        replaced,
    })
}

/// Puts back what a Replace replaced, as one change; then every owner reads
/// its document again.
pub fn undo(state: &AppState, replaced: &Replaced) -> Result<(), String> {
    let changes: Vec<(&str, Option<String>)> = replaced
        .texts
        .iter()
        .map(|(k, t)| (*k, t.clone()))
        .collect();
    storage::write_all(&changes).map_err(|e| e.not_saved("Undo"))?;
    state.routines.reload();
    state.settings.reload();
    state.history.take_stored();
    Ok(())
}
