//! The session history as app-wide state: loaded once, saved under
//! `unknot.history` on every change. A failed save keeps the history in
//! memory for this visit and says so; a stored history that cannot be read
//! is never overwritten.

use leptos::prelude::*;
use unknot_domain::{
    history::{rated_areas, AreaRating, History, OpenRatings},
    routine::{BodyArea, Routine},
    session::Session,
};

use crate::platform::{
    local_time,
    storage::{self, keys},
};

#[derive(Clone, Copy)]
pub struct HistoryStore {
    pub history: RwSignal<History>,
    /// The last load or save problem, shown on the history and end pages.
    pub error: RwSignal<Option<String>>,
    /// False when the stored history could not be read (kept as it is).
    writable: StoredValue<bool>,
    /// Before-ratings given on the overview for the next start.
    prepared: StoredValue<Option<OpenRatings>>,
}

impl HistoryStore {
    pub fn provide() -> Self {
        let store = Self::load();
        provide_context(store);
        store
    }

    /// The app's store, or one loaded here (component tests).
    pub fn use_context() -> Self {
        use_context::<HistoryStore>().unwrap_or_else(Self::load)
    }

    fn load() -> Self {
        let (history, error, writable) = match storage::read::<History>(keys::HISTORY) {
            Ok(None) => (History::default(), None, true),
            Ok(Some(h)) => match h.migrate() {
                Ok(h) => (h, None, true),
                Err(_) => (
                    History::default(),
                    Some("Your history was saved by a newer version of Unknot. Sessions are kept for this visit only.".to_string()),
                    false,
                ),
            },
            Err(e) => (
                History::default(),
                Some(format!("{e} Sessions are kept for this visit only.")),
                !matches!(e, storage::StorageError::Unreadable(_)),
            ),
        };
        Self {
            history: RwSignal::new(history),
            error: RwSignal::new(error),
            writable: StoredValue::new(writable),
            prepared: StoredValue::new(None),
        }
    }

    fn change(&self, f: impl FnOnce(&mut History)) {
        self.history.update(f);
        if !self.writable.get_value() {
            return;
        }
        let result = self
            .history
            .with_untracked(|h| storage::write(keys::HISTORY, h));
        self.error.set(result.err().map(|e| e.to_string()));
    }

    /// The overview's before-ratings for the routine about to start.
    pub fn prepare(&self, routine_id: &str, ratings: Vec<AreaRating>) {
        self.prepared.set_value(Some(OpenRatings {
            routine_id: routine_id.to_string(),
            ratings,
        }));
    }

    /// A session of `routine` starts: its before-ratings (if given just
    /// now) are kept until it closes.
    pub fn begin(&self, routine: &Routine) {
        let ratings = match self.prepared.try_update_value(Option::take).flatten() {
            Some(p) if p.routine_id == routine.id => p.ratings,
            _ => rated_areas(&routine.areas())
                .into_iter()
                .map(AreaRating::unrated)
                .collect(),
        };
        self.change(|h| {
            h.open = Some(OpenRatings {
                routine_id: routine.id.clone(),
                ratings,
            })
        });
    }

    /// Logs a session that is over (once).
    pub fn close(&self, session: &Session) {
        let over = session.is_over();
        let start = session.started_at().unwrap_or(0) as i64;
        let logged = self
            .history
            .with_untracked(|h| h.find(&start.to_string()).is_some());
        if over && !logged {
            let offset = local_time::offset_at(start);
            self.change(|h| {
                h.log_session(session, offset);
            });
        }
    }

    pub fn set_after(&self, id: &str, area: BodyArea, value: u8) {
        self.change(|h| {
            h.set_after(id, area, value);
        });
    }

    /// Forgets every session (the caller has asked to confirm).
    pub fn clear(&self) {
        self.history.set(History::default());
        if self.writable.get_value() {
            let result = storage::remove(keys::HISTORY);
            self.error.set(result.err().map(|e| e.to_string()));
        }
    }
}

/// The history entry id of a session (its start time).
pub fn log_id(session: &Session) -> Option<String> {
    session.started_at().map(|t| t.to_string())
}
