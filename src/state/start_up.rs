//! What runs before the app mounts: the crash screen, told the names of the
//! stored data, and its "Start without the saved session", which the
//! session's owner carries out ([`super::player::set_aside_saved_session`]).

use super::keys;
use crate::platform::recovery::{self, DataNames};

/// Installs the crash screen (see `platform::recovery`).
pub fn install_crash_screen() {
    recovery::install(DataNames {
        prefix: keys::PREFIX,
        crashed_at: keys::CRASHED_AT,
    });
}

/// When the address asks for it, the saved session is set aside (kept for
/// the user, then removed) before anything reads it.
pub fn set_aside_session_if_asked() {
    if recovery::take_set_aside_request() {
        super::player::set_aside_saved_session();
    }
}
