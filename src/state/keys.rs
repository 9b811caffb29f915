//! The storage key names of the app, the one file that spells them (tidy
//! checks that no file outside `src/state/` does). Each document's owner is
//! the only code that reads or writes its key. Changing a name loses the
//! user's data: migrate.

/// Every key of the app's stored data starts with this (kept copies of
/// damaged text, the crash screen's "Download my data").
pub const PREFIX: &str = "unknot.";
/// `SettingsStore`.
pub const SETTINGS: &str = "unknot.settings";
/// The `Player`: the running session.
pub const ACTIVE_SESSION: &str = "unknot.session";
/// `SafetyStore`.
pub const SAFETY_ACK: &str = "unknot.safety";
/// `RoutineStore`.
pub const ROUTINES: &str = "unknot.routines";
/// `HistoryStore`: the session history.
pub const HISTORY: &str = "unknot.history";
/// The crash screen's note of this tab's last crash (sessionStorage), so a
/// crash loop is noticed.
pub const CRASHED_AT: &str = "unknot.crashed-at";
