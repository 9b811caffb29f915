//! App-wide state: the one owner of each stored document, the session
//! player, the router and "a timer is running". Views get each piece with
//! `expect_context`; [`AppState::provide`] puts them all in place (the app
//! shell calls it, and so does the component tests' one helper).
//!
//! The write policy, the same for every owner: memory changes only after the
//! write succeeded; a failed write leaves memory and storage as they were
//! and shows a message that says what was not saved ([`commit`]).

pub mod backup;
pub mod history;
pub mod kept;
pub mod keys;
pub mod player;
pub mod router;
pub mod routines;
pub mod safety;
pub mod settings;
pub mod start_up;
pub mod timer_busy;

use leptos::prelude::*;

use crate::platform::storage::{self, StorageError};
use history::HistoryStore;
use kept::KeptStore;
use player::controller::Player;
use router::Router;
use routines::RoutineStore;
use safety::SafetyStore;
use settings::SettingsStore;
use timer_busy::TimerBusy;
use unknot_domain::stored::Loaded;

/// Every piece of app-wide state, each also provided on its own.
#[derive(Clone, Copy)]
pub struct AppState {
    pub settings: SettingsStore,
    pub routines: RoutineStore,
    pub history: HistoryStore,
    pub safety: SafetyStore,
    pub kept: KeptStore,
    pub busy: TimerBusy,
    pub player: Player,
    pub router: Router,
}

impl AppState {
    /// Loads every document, restores a session saved before a reload, and
    /// provides it all as context. `router` is [`Router::follow_page`] in
    /// the app and [`Router::detached`] in component tests.
    pub fn provide(router: Router) -> Self {
        let settings = SettingsStore::load();
        let routines = RoutineStore::load();
        let history = HistoryStore::load();
        let safety = SafetyStore::load();
        let busy = TimerBusy::new();
        let player = Player::new(settings, history, busy);
        player.restore();
        // After every owner (and the player) has loaded: copies they kept
        // of damaged text are in.
        let kept = KeptStore::load();
        let state = Self {
            settings,
            routines,
            history,
            safety,
            kept,
            busy,
            player,
            router,
        };
        provide_context(state);
        provide_context(settings);
        provide_context(routines);
        provide_context(history);
        provide_context(safety);
        provide_context(kept);
        provide_context(busy);
        provide_context(player);
        provide_context(router);
        state
    }

    /// Follows changes another tab of the app makes: each owner reads its
    /// document again, so no tab writes a stale copy over another's work.
    pub fn follow_other_tabs(self) {
        let listener = storage::on_other_tab_change(move |key| {
            let key = key.unwrap_or_default();
            let all = key.is_empty();
            if all || key == keys::SETTINGS {
                self.settings.reload();
            }
            if all || key == keys::ROUTINES {
                self.routines.reload();
            }
            if all || key == keys::HISTORY {
                self.history.take_stored();
            }
            if all || key == keys::ACTIVE_SESSION {
                self.player.other_tab_saved();
            }
            if all || key == keys::SAFETY_ACK {
                self.safety.reload();
            }
            if all || key.contains(".corrupt-") || key.contains(".kept-") {
                self.kept.reload();
            }
        });
        // The app lives as long as the page: so does the listener.
        std::mem::forget(listener);
    }
}

/// The write policy: on success runs `apply` (memory follows storage) and
/// clears `error`; on failure leaves memory alone and sets `error` to a
/// message that starts with `what` ("Your rating was not saved: ...").
/// Returns whether the write succeeded.
pub(crate) fn commit(
    written: Result<(), StorageError>,
    what: &str,
    error: RwSignal<Option<String>>,
    apply: impl FnOnce(),
) -> bool {
    match commit_or_message(written, what, apply) {
        Ok(()) => {
            if error.get_untracked().is_some() {
                error.set(None);
            }
            true
        }
        Err(message) => {
            error.set(Some(message));
            false
        }
    }
}

/// The same write policy for an owner whose caller shows the failure
/// itself: on success runs `apply`; on failure leaves memory alone and
/// returns the message.
pub(crate) fn commit_or_message(
    written: Result<(), StorageError>,
    what: &str,
    apply: impl FnOnce(),
) -> Result<(), String> {
    match written {
        Ok(()) => {
            apply();
            Ok(())
        }
        Err(e) => Err(e.not_saved(what)),
    }
}

thread_local! {
    /// Documents repaired on load whose repaired copy could not be stored
    /// this visit ("your routines").
    static UNSAVED_REPAIRS: std::cell::RefCell<Vec<&'static str>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Records a repair write that failed, so the storage banner can say so.
pub(crate) fn note_repair<E>(what: &'static str, written: Result<(), E>) {
    if written.is_err() {
        UNSAVED_REPAIRS.with(|r| {
            let mut r = r.borrow_mut();
            if !r.contains(&what) {
                r.push(what);
            }
        });
    }
}

/// What was repaired on load this visit but could not be stored repaired.
pub(crate) fn unsaved_repairs() -> Vec<&'static str> {
    UNSAVED_REPAIRS.with(|r| r.borrow().clone())
}

/// Loads the document under `key` for its owner, with `parse` (the domain's
/// reader: versions, migrations, what damaged text still holds). Damaged
/// text is kept first and then replaced by what could be read, so the next
/// start is clean; if the copy could not be stored the original stays as it
/// is. `None` when nothing is stored.
pub(crate) fn load_repaired<T>(
    key: &str,
    what: &'static str,
    parse: fn(&str) -> Loaded<T>,
    to_json: fn(&T) -> String,
) -> Option<T> {
    let raw = storage::read_raw(key).ok().flatten()?;
    let loaded = parse(&raw);
    // The repaired document is what the app works with; if it cannot be
    // stored, the original stays and is read (and repaired, with the same
    // notice) the same way next time, and the storage banner says so.
    if let Some(reason) = loaded.damage {
        if storage::keep_damaged(key, what, raw, reason) {
            note_repair(what, storage::write_raw(key, &to_json(&loaded.value)));
        }
    } else if loaded.repaired {
        // Brought inside the safe limits, with a notice the app shows until
        // it is dismissed: stored with the notice.
        note_repair(what, storage::write_raw(key, &to_json(&loaded.value)));
    }
    Some(loaded.value)
}
