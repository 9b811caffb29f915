//! Finding a routine by id: the built-in presets and the user's own.

use unknot_domain::{routine::Routine, routine_book::RoutineBook};

use crate::platform::storage::{self, keys};

/// The user's stored routines (empty when none or unreadable).
pub fn user_book() -> RoutineBook {
    storage::read::<RoutineBook>(keys::ROUTINES)
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// The routine with this id, the user's own first.
pub fn find(id: &str) -> Option<Routine> {
    user_book().find(id).cloned()
}
