//! The user's settings as app-wide state, loaded once and saved on change.

use leptos::prelude::*;
use unknot_domain::settings::Settings;

use crate::platform::{documents, storage::StorageError};

#[derive(Clone, Copy)]
pub struct SettingsStore {
    pub settings: RwSignal<Settings>,
    /// The last save error, shown on the settings page until the next save.
    pub error: RwSignal<Option<String>>,
}

impl SettingsStore {
    /// Loads the stored settings (defaults when absent; what can be read
    /// when damaged, the text being kept for the user) and
    /// provides them to the app.
    pub fn provide() -> Self {
        let loaded = documents::load_settings().clamped();
        let store = Self {
            settings: RwSignal::new(loaded),
            error: RwSignal::new(None),
        };
        provide_context(store);
        store
    }

    /// The app's store, or fresh defaults outside the app (component tests).
    pub fn use_context() -> Self {
        use_context::<SettingsStore>().unwrap_or_else(|| Self {
            settings: RwSignal::new(Settings::default()),
            error: RwSignal::new(None),
        })
    }

    pub fn get_untracked(&self) -> Settings {
        self.settings.get_untracked()
    }

    /// Changes the settings and saves them; a failed save keeps the change
    /// for this visit and says why it could not be kept.
    pub fn change(&self, f: impl FnOnce(&mut Settings)) {
        self.settings.update(|s| {
            f(s);
            *s = s.clone().clamped();
        });
        let result = documents::save_settings(&self.settings.get_untracked());
        self.error
            .set(result.err().map(|e: StorageError| e.to_string()));
    }
}
