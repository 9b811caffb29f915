//! The guided session player: app-wide controller and its views.
//!
//! The controller lives as long as the app (so a session keeps running, and
//! keeps sounding, while the user looks at another page); the session page
//! only shows it.

pub mod controller;
pub mod cue_effects;
pub mod view_model;

use crate::platform::storage;
use crate::state::keys;

/// The crash screen's "Start without the saved session", run before the app
/// mounts (so before the `Player` exists): the saved session is kept as
/// damaged text (for download) and removed, so the app starts without it.
/// The one way, besides the `Player`, that its key is written.
pub fn set_aside_saved_session() {
    if let Ok(Some(text)) = storage::read_raw(keys::ACTIVE_SESSION) {
        storage::keep_damaged(
            keys::ACTIVE_SESSION,
            "the session that was running",
            text,
            "it was set aside after the app stopped twice".to_string(),
        );
        // A failed removal leaves the session as it was: the app then
        // restores it as after any reload, and the copy is kept.
        let _ = storage::remove(keys::ACTIVE_SESSION);
    }
}
