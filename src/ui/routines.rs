//! Finding a routine by id: the built-in presets and the user's own.

use unknot_domain::{presets, routine::Routine};

use crate::ui::routine_store::RoutineStore;

/// The routine with this id, the user's own first, then the presets.
/// Reactive: it follows changes to the user's routines.
pub fn find(id: &str) -> Option<Routine> {
    RoutineStore::use_context()
        .find(id)
        .or_else(|| presets::by_id(id))
}

/// Whether `id` is one of the user's own routines (not a preset).
pub fn is_users(id: &str) -> bool {
    RoutineStore::use_context().find(id).is_some()
}
