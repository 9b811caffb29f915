//! The owner of `unknot.routines`: the user's routines as app-wide state,
//! changed only after the write succeeded, so what the app shows is always
//! what is saved. Also finds any routine by id (the user's own, then the
//! presets).

use leptos::prelude::*;
use unknot_domain::{presets, routine::Routine, routine_book::RoutineBook, stored, text};

use super::{commit_or_message, keys, load_repaired};
use crate::platform::{
    local_time,
    storage::{self, StorageError},
};

#[derive(Clone, Copy)]
pub struct RoutineStore {
    pub book: RwSignal<RoutineBook>,
}

impl RoutineStore {
    pub(super) fn load() -> Self {
        Self {
            book: RwSignal::new(read_stored()),
        }
    }

    /// Applies `change` to a copy of the book and saves it; only when the
    /// save works does the app see the change. The error says what to do.
    pub fn change<T>(&self, change: impl FnOnce(&mut RoutineBook) -> T) -> Result<T, String> {
        let mut book = self.book.get_untracked();
        let out = change(&mut book);
        let written = write_stored(&book);
        commit_or_message(written, "The change to your routines", || {
            self.book.set(book)
        })?;
        Ok(out)
    }

    /// Saves `routine` (new or changed), its texts cleaned first (no
    /// control or direction-override characters, names trimmed).
    pub fn save(&self, routine: Routine) -> Result<(), String> {
        let routine = text::clean_routine(&routine);
        self.change(|b| b.upsert(routine))
    }

    /// Notes about stored routines changed to stay within the safe limits,
    /// until the user dismisses them. Reactive.
    pub fn notices(&self) -> Vec<String> {
        self.book.with(|b| b.notices.clone())
    }

    /// The user has read the notes: they are dropped (and saved so).
    pub fn dismiss_notices(&self) -> Result<(), String> {
        self.change(|b| b.notices.clear())
    }

    /// A new id for a routine about to be made.
    pub fn fresh_id(&self) -> String {
        self.book
            .with_untracked(|b| b.fresh_id(local_time::epoch_ms().max(0) as u64))
    }

    /// One of the user's own routines. Reactive.
    pub fn find(&self, id: &str) -> Option<Routine> {
        self.book.with(|b| b.find(id).cloned())
    }

    /// The user's routine that `routine` would be once added (its texts
    /// cleaned as `save` cleans them), apart from its id: a shared routine
    /// opened again. Reactive.
    pub fn already_added(&self, routine: &Routine) -> Option<Routine> {
        let cleaned = text::clean_routine(routine);
        self.book.with(|b| b.same_as(&cleaned).cloned())
    }

    /// The routine with this id, the user's own first, then the presets.
    /// Reactive: it follows changes to the user's routines.
    pub fn find_any(&self, id: &str) -> Option<Routine> {
        self.find(id).or_else(|| presets::by_id(id))
    }

    /// Reads the stored routines again (another tab changed them).
    pub(super) fn reload(&self) {
        self.book.set(read_stored());
    }

    /// Takes a book another part of the app has just written as one change
    /// with other documents (an import).
    pub(super) fn take(&self, book: RoutineBook) {
        self.book.set(book);
    }
}

/// The user's stored routines (none when none stored). Damaged text is kept;
/// routines past the safe limits are brought to them, with a notice.
pub fn read_stored() -> RoutineBook {
    load_repaired(
        keys::ROUTINES,
        "your routines",
        stored::book_from_json,
        stored::book_json,
    )
    .unwrap_or_default()
}

/// Writes `book` as the stored document.
pub fn write_stored(book: &RoutineBook) -> Result<(), StorageError> {
    storage::write_raw(keys::ROUTINES, &stored::book_json(book))
}

/// What an import writes for the routines, as one change with the other
/// documents (`storage::write_all`).
pub(super) fn import_change(book: &RoutineBook) -> (&'static str, Option<String>) {
    (keys::ROUTINES, Some(stored::book_json(book)))
}
