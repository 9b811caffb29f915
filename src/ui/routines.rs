//! Finding a routine by id: the built-in presets and the user's own.

use unknot_domain::{presets, routine::Routine, routine_book::RoutineBook};

use crate::platform::storage::{self, keys};

/// The user's stored routines (empty when none or unreadable).
pub fn user_book() -> RoutineBook {
    storage::read::<RoutineBook>(keys::ROUTINES)
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// The routine with this id, the user's own first, then the presets.
pub fn find(id: &str) -> Option<Routine> {
    user_book().find(id).cloned().or_else(|| presets::by_id(id))
}
