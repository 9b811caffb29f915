//! The user's routines as app-wide state: loaded once, and changed only
//! through methods that write the storage first, so what the app shows is
//! always what is saved.

use leptos::prelude::*;
use unknot_domain::{routine::Routine, routine_book::RoutineBook};

use crate::platform::{documents, files};

#[derive(Clone, Copy)]
pub struct RoutineStore {
    pub book: RwSignal<RoutineBook>,
}

impl RoutineStore {
    /// Loads the stored routines and provides them to the app.
    pub fn provide() -> Self {
        let store = Self {
            book: RwSignal::new(documents::load_routines()),
        };
        provide_context(store);
        store
    }

    /// The app's store, or one loaded now (component tests, pages alone).
    pub fn use_context() -> Self {
        use_context::<RoutineStore>().unwrap_or_else(|| Self {
            book: RwSignal::new(documents::load_routines()),
        })
    }

    /// Applies `change` to a copy of the book and saves it; only when the
    /// save works does the app see the change. The error says what to do.
    pub fn change<T>(&self, change: impl FnOnce(&mut RoutineBook) -> T) -> Result<T, String> {
        let mut book = self.book.get_untracked();
        let out = change(&mut book);
        documents::save_routines(&book).map_err(|e| e.to_string())?;
        self.book.set(book);
        Ok(out)
    }

    /// Saves `routine` (new or changed).
    pub fn save(&self, routine: Routine) -> Result<(), String> {
        self.change(|b| b.upsert(routine))
    }

    /// A new id for a routine about to be made.
    pub fn fresh_id(&self) -> String {
        self.book.with_untracked(|b| b.fresh_id(files::now_ms()))
    }

    pub fn find(&self, id: &str) -> Option<Routine> {
        self.book.with(|b| b.find(id).cloned())
    }
}
