//! The owner of `unknot.history`: the session history as app-wide state.
//! Like every owner it changes memory only after the write succeeded; a
//! stored history that cannot be read at all, or comes from a newer version,
//! is never overwritten (new sessions are then not saved, and the page says
//! so). One entry that cannot be read is set aside alone, kept for the user.

use leptos::prelude::*;
use serde_json::Value;
use unknot_domain::{
    backup::problem_line,
    checked::{read_history, Report},
    history::{rated_areas, AreaRating, History, OpenRatings},
    quick,
    routine::{BodyArea, Routine},
    session::Session,
};

use super::{commit, keys};
use crate::platform::{local_time, storage};

#[derive(Clone, Copy)]
pub struct HistoryStore {
    pub history: RwSignal<History>,
    /// The last load or save problem, shown on the history and end pages.
    pub error: RwSignal<Option<String>>,
    /// Why the stored history must not be written over, if it must not.
    locked: StoredValue<Option<String>>,
    /// Before-ratings given on the overview for the next start.
    prepared: StoredValue<Option<OpenRatings>>,
}

/// What a history that is kept as it is says when asked to change.
const LOCKED_NEWER: &str = "Your history was saved by a newer version of Unknot, so it is kept as it is and new sessions are not added to it. Update the app to go on.";

impl HistoryStore {
    pub(super) fn load() -> Self {
        let (history, locked) = read();
        Self {
            history: RwSignal::new(history),
            error: RwSignal::new(locked.clone()),
            locked: StoredValue::new(locked),
            prepared: StoredValue::new(None),
        }
    }

    /// Saves `f` applied to a copy of the history, then shows it; a failed
    /// save changes nothing and says what was not saved.
    fn change(&self, what: &str, f: impl FnOnce(&mut History)) {
        if let Some(why) = self.locked.get_value() {
            self.error.set(Some(format!("{what} was not saved. {why}")));
            return;
        }
        // From what is stored now, not this tab's copy: another tab may
        // have logged a session since (its change event can come later).
        let mut next = match read() {
            (stored, None) => stored,
            _ => self.history.get_untracked(),
        };
        f(&mut next);
        let saved = storage::write(keys::HISTORY, &next);
        commit(saved, what, self.error, || self.history.set(next));
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
            // A quick hold asks nothing before or after.
            _ if quick::is_quick(routine) => Vec::new(),
            Some(p) if p.routine_id == routine.id => p.ratings,
            _ => rated_areas(&routine.areas())
                .into_iter()
                .map(AreaRating::unrated)
                .collect(),
        };
        self.change("How tense it was before this session", |h| {
            h.open = Some(OpenRatings {
                routine_id: routine.id.clone(),
                ratings,
            })
        });
    }

    /// Logs a session the user says they finished (`true`) or stopped
    /// early (`false`); returns whether it is in the saved history.
    pub fn close_as(&self, session: &Session, finished: bool) -> bool {
        let start = session.started_at().unwrap_or(0) as i64;
        let offset = local_time::offset_at(start);
        self.change("This session", |h| {
            h.log_session_as(session, offset, finished);
        });
        self.history
            .with_untracked(|h| h.find(&start.to_string()).is_some())
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
            self.change("This session", |h| {
                h.log_session(session, offset);
            });
        }
    }

    pub fn set_after(&self, id: &str, area: BodyArea, value: u8) {
        self.change("Your rating", |h| {
            h.set_after(id, area, value);
        });
    }

    /// Forgets every session, a history kept as it is (damaged, or from a
    /// newer version) too: the caller has asked to confirm and offered the
    /// download first; damaged text also stays as a kept copy until the
    /// user deletes it in Settings.
    pub fn clear(&self) {
        let removed = storage::remove(keys::HISTORY);
        commit(removed, "Clearing your history", self.error, || {
            self.history.set(History::default());
            self.locked.set_value(None);
        });
    }

    /// Whether the stored history is kept as it is (unreadable or newer).
    pub fn is_locked(&self) -> bool {
        self.locked.get_value().is_some()
    }

    /// Takes the history another part of the app has just written as one
    /// change with other documents (an import).
    pub(super) fn take_stored(&self) {
        let (history, locked) = read();
        self.history.set(history);
        self.error.set(locked.clone());
        self.locked.set_value(locked);
    }
}

/// The stored history, and why it must be kept as it is (if it must).
/// Unreadable text is also kept as a copy for the user (once). An entry that
/// cannot be read is set aside alone: kept as a copy the user can download,
/// and the rest is stored without it, so it never hides the rest or stops
/// new sessions from being saved.
fn read() -> (History, Option<String>) {
    let text = match storage::read_raw(keys::HISTORY) {
        Ok(Some(text)) => text,
        // Absent, or no storage at all (every save will say so).
        _ => return (History::default(), None),
    };
    let unreadable = |text: String, reason: String| {
        storage::keep_damaged(keys::HISTORY, "your history", text, reason);
        (
            History::default(),
            Some("Your history could not be read. It is kept as it is, and new sessions are not added to it until you clear it (History, then Clear history; a copy stays in Settings).".to_string()),
        )
    };
    let value: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => return unreadable(text, e.to_string()),
    };
    let mut whole = Report::default();
    let Some(read) = read_history(&value, "", &mut whole) else {
        let newer = value
            .get("version")
            .and_then(Value::as_u64)
            .and_then(|v| u32::try_from(v).ok())
            .is_some_and(|v| History::readable(v).is_err());
        if newer {
            return (History::default(), Some(LOCKED_NEWER.to_string()));
        }
        let reason = whole.finish().iter().map(problem_line).collect::<Vec<_>>();
        return unreadable(text, reason.join("; "));
    };
    // Bent open before-ratings (reported in `whole`) are simply left out.
    if !read.bad.is_empty() {
        let reason = read
            .problems
            .0
            .iter()
            .map(problem_line)
            .collect::<Vec<_>>()
            .join("; ");
        let kept = storage::keep_damaged(
            keys::HISTORY,
            "history entries that could not be read",
            read.set_aside_json(&value),
            reason,
        );
        // Stored without them only once they are kept; if either write
        // fails, the same happens at the next read (and the banner says so).
        if kept {
            super::note_repair("your history", storage::write(keys::HISTORY, &read.history));
        }
    }
    (read.history, None)
}

/// The history entry id of a session (its start time).
pub fn log_id(session: &Session) -> Option<String> {
    session.started_at().map(|t| t.to_string())
}

/// The stored history for a backup, passed through as JSON (`Err` if its
/// text is not JSON: it is then left out of the backup).
pub(super) fn stored_for_backup() -> Result<Option<serde_json::Value>, String> {
    match storage::read_raw(keys::HISTORY) {
        Ok(Some(text)) => serde_json::from_str(&text)
            .map(Some)
            .map_err(|_| "History could not be read and was left out.".to_string()),
        _ => Ok(None),
    }
}

/// What an import writes for the history, as one change with the other
/// documents (`storage::write_all`); [`HistoryStore::take_stored`] follows.
pub(super) fn import_change(history: &serde_json::Value) -> (&'static str, Option<String>) {
    (keys::HISTORY, Some(history.to_string()))
}
