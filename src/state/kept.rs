//! The owner of the kept copies of damaged text (`unknot.<doc>.corrupt-<ms>`,
//! and `unknot.<doc>.kept-<ms>` once the user has seen the message). The
//! document owners make a copy when they load unreadable text; this store
//! shows them until the user downloads or dismisses them, and keeps them
//! reachable from Settings until the user deletes them.

use leptos::prelude::*;

use super::{commit, keys};
use crate::platform::storage::{self, Damaged, KeptCopy};

#[derive(Clone, Copy)]
pub struct KeptStore {
    pub copies: RwSignal<Vec<KeptCopy>>,
    pub error: RwSignal<Option<String>>,
}

impl KeptStore {
    /// Made after the document owners, so copies they kept just now count.
    pub(super) fn load() -> Self {
        Self {
            copies: RwSignal::new(storage::kept_copies(keys::PREFIX)),
            error: RwSignal::new(None),
        }
    }

    /// Damaged text found during this visit, whether or not a copy could be
    /// kept (with no room, the banner offers it until the page closes).
    pub fn found_this_visit(&self) -> Vec<Damaged> {
        storage::damaged()
    }

    /// Documents repaired when the app opened whose repaired copy could not
    /// be stored (a full storage): they are repaired again at each start.
    pub fn repairs_not_saved(&self) -> Vec<&'static str> {
        super::unsaved_repairs()
    }

    /// Copies the user has not yet downloaded or dismissed. Reactive.
    pub fn unseen(&self) -> Vec<KeptCopy> {
        self.copies
            .with(|c| c.iter().filter(|k| k.unseen).cloned().collect())
    }

    /// The banner's copies are seen (downloaded or dismissed): it goes away,
    /// the copies stay in Settings.
    pub fn mark_seen(&self) {
        for copy in self.unseen() {
            let written = storage::mark_seen(&copy);
            if !commit(written, "Hiding the message", self.error, || {}) {
                break;
            }
        }
        self.copies.set(storage::kept_copies(keys::PREFIX));
    }

    /// Deletes one kept copy (the user has asked to).
    pub fn delete(&self, key: &str) {
        let removed = storage::remove(key);
        commit(removed, "Deleting the kept copy", self.error, || {
            self.copies.set(storage::kept_copies(keys::PREFIX))
        });
    }

    pub(super) fn reload(&self) {
        self.copies.set(storage::kept_copies(keys::PREFIX));
    }
}

/// The document a kept copy came from, in words ("your routines").
pub fn what(copy: &KeptCopy) -> &'static str {
    let doc = copy.key.split('.').nth(1).unwrap_or("");
    match doc {
        "settings" => "your settings",
        "routines" => "your routines",
        "history" => "your history",
        "session" => "the session that was running",
        "safety" => "your safety check answer",
        _ => "saved data",
    }
}

/// Why a copy was kept, when this visit did not see it happen.
pub fn reason(copy: &KeptCopy) -> &'static str {
    if copy.key.starts_with(&format!("{}.", keys::ACTIVE_SESSION)) {
        "it could not be restored"
    } else {
        "it could not be read"
    }
}
