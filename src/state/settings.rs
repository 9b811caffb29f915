//! The owner of `unknot.settings`: the user's settings as app-wide state,
//! loaded once, changed only after the write succeeded.

use leptos::prelude::*;
use unknot_domain::{settings::Settings, stored};

use super::{commit, keys, load_repaired};
use crate::platform::storage::{self, StorageError};

#[derive(Clone, Copy)]
pub struct SettingsStore {
    pub settings: RwSignal<Settings>,
    /// What the last change could not save, shown on the settings page
    /// until the next change.
    pub error: RwSignal<Option<String>>,
}

impl SettingsStore {
    /// Loads the stored settings (defaults when absent; what can be read
    /// when damaged, the text being kept for the user).
    pub(super) fn load() -> Self {
        Self {
            settings: RwSignal::new(read_stored().clamped()),
            error: RwSignal::new(None),
        }
    }

    pub fn get_untracked(&self) -> Settings {
        self.settings.get_untracked()
    }

    /// Changes the settings: saved first, and only then shown. A failed save
    /// leaves them as they were (the controls spring back) and says so.
    pub fn change(&self, f: impl FnOnce(&mut Settings)) {
        let mut next = self.settings.get_untracked();
        f(&mut next);
        let next = next.clamped();
        let saved = write_stored(&next);
        if !commit(saved, "Your change to the settings", self.error, || {
            self.settings.set(next)
        }) {
            // Controls the user already moved show the kept value again.
            self.settings.notify();
        }
    }

    /// Reads the stored settings again (another tab changed them).
    pub(super) fn reload(&self) {
        self.settings.set(read_stored().clamped());
    }

    /// Takes settings another part of the app has just written as one change
    /// with other documents (an import).
    pub(super) fn take(&self, settings: Settings) {
        self.settings.set(settings.clamped());
        self.error.set(None);
    }
}

/// The stored settings (defaults when none). Damaged text is kept.
pub fn read_stored() -> Settings {
    load_repaired(
        keys::SETTINGS,
        "your settings",
        stored::settings_from_json,
        stored::settings_json,
    )
    .unwrap_or_default()
}

/// Writes `settings` as the stored document.
pub fn write_stored(settings: &Settings) -> Result<(), StorageError> {
    storage::write_raw(keys::SETTINGS, &stored::settings_json(settings))
}

/// What an import writes for the settings, as one change with the other
/// documents (`storage::write_all`).
pub(super) fn import_change(settings: &Settings) -> (&'static str, Option<String>) {
    (keys::SETTINGS, Some(stored::settings_json(settings)))
}
