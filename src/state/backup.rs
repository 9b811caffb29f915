//! The backup file through the document owners: Export gathers what they
//! hold; Import writes every key it changes as one all-or-nothing change,
//! and only then does each owner take its new document, so the app never
//! shows what is not saved and no owner later writes an old copy back.

use leptos::prelude::*;
use serde_json::Value;
use unknot_domain::{
    backup::{self, Backup, Mode},
    routine_book::RoutineBook,
    settings::Settings,
};

use super::{history, routines, settings, AppState};
use crate::platform::{
    local_time,
    storage::{self, StorageError},
};

/// The backup file of everything the user made, with a note when part of
/// it (a history that could not be read) was left out.
pub fn export(state: &AppState, exported_at: String) -> (Backup, Option<String>) {
    let (history, note) = match history::stored_for_backup() {
        Ok(h) => (h, None),
        Err(note) => (None, Some(note)),
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

/// Imports `file`: Merge adds its routines; Replace swaps routines, and
/// settings and history when the file has them. Returns how many routines
/// the user now has, or what went wrong (nothing changed then).
pub fn import(state: &AppState, file: &Backup, mode: Mode) -> Result<usize, String> {
    let now = local_time::epoch_ms().max(0) as u64;
    let book = backup::import_routines(
        &state.routines.book.get_untracked(),
        &file.routines,
        mode,
        |b| b.fresh_id(now),
    )
    .map_err(|p| p.message)?;
    let (settings, history) = match mode {
        Mode::Merge => (None, None),
        Mode::Replace => (file.settings.clone(), file.history.clone()),
    };
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
    Ok(count)
}
