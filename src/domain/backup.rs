//! The backup file: everything the user made, in one JSON document that
//! "Export" writes and "Import" reads back (merge or replace).

use crate::checked::{
    checked_history, checked_routine, join, nested_too_deep, read_history, settings_lenient, Report,
};
use crate::history::History;
use crate::routine::Routine;
use crate::routine_book::{is_user_id, RoutineBook, MAX_ROUTINES};
use crate::settings::Settings;
use crate::validate::Problem;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What the file says it is.
pub const FORMAT: &str = "unknot-backup";
pub const BACKUP_VERSION: u32 = 1;
/// Larger files are refused before they are parsed. Everything a device
/// can store (about 5.2 million characters of local storage, each at most
/// three bytes in the file) fits, so every export imports back.
pub const MAX_BACKUP_BYTES: usize = 16 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Backup {
    pub format: String,
    pub version: u32,
    /// The day of the export, `YYYY-MM-DD` (local time).
    pub exported_at: String,
    pub settings: Option<Settings>,
    pub routines: Vec<Routine>,
    /// The session history document. [`parse`] checks it field by field
    /// like the routines and keeps it in its clean, current form (names
    /// cleaned, unknown fields dropped, in start order), so it can be
    /// stored as it is; [`Backup::typed_history`] gives it typed.
    pub history: Option<Value>,
    /// What [`parse`] changed to bring the file's routines inside the safe
    /// limits, one sentence per routine, to show before the import. Not
    /// part of the file.
    #[serde(skip)]
    pub notes: Vec<String>,
    /// History entries [`parse`] left out (unreadable, or a repeated id),
    /// to show before the import. Not part of the file.
    #[serde(skip)]
    pub history_notes: Vec<String>,
}

impl Backup {
    pub fn new(
        exported_at: String,
        settings: Option<Settings>,
        routines: Vec<Routine>,
        history: Option<Value>,
    ) -> Self {
        Self {
            format: FORMAT.into(),
            version: BACKUP_VERSION,
            exported_at,
            settings,
            routines,
            history,
            notes: Vec::new(),
            history_notes: Vec::new(),
        }
    }

    /// The history as the app keeps it, if the backup has one that reads
    /// (always so for a backup from [`parse`]).
    pub fn typed_history(&self) -> Option<History> {
        let value = self.history.as_ref()?;
        let mut out = Report::default();
        checked_history(value, "history", &mut out)
    }

    /// The file's text: compact JSON (a history of years is one short row
    /// per session), so that what the device holds always fits under
    /// [`MAX_BACKUP_BYTES`].
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a backup serializes")
    }

    /// How many sessions the history holds (0 without one).
    pub fn session_count(&self) -> usize {
        self.history
            .as_ref()
            .and_then(|h| h.get("sessions"))
            .and_then(Value::as_array)
            .map_or(0, Vec::len)
    }

    /// "3 routines, settings, history of 20 sessions": what the file holds.
    pub fn summary(&self) -> String {
        let n = self.routines.len();
        let mut parts = vec![format!("{n} routine{}", if n == 1 { "" } else { "s" })];
        if self.settings.is_some() {
            parts.push("settings".into());
        }
        if self.history.is_some() {
            let s = self.session_count();
            parts.push(format!(
                "history of {s} session{}",
                if s == 1 { "" } else { "s" }
            ));
        }
        parts.join(", ")
    }
}

/// `unknot-backup-2024-05-01.json`.
pub fn file_name(year: u32, month: u32, day: u32) -> String {
    format!("unknot-backup-{}.json", date_text(year, month, day))
}

/// `2024-05-01`.
pub fn date_text(year: u32, month: u32, day: u32) -> String {
    format!("{year:04}-{month:02}-{day:02}")
}

/// Reads a backup file. Either every part is good, or every problem found is
/// returned with where it is (`routines[2].steps[0].duration_ms: ...`).
pub fn parse(text: &str) -> Result<Backup, Vec<Problem>> {
    let mut out = Report::default();
    if text.len() > MAX_BACKUP_BYTES {
        out.error("", "The file is too large to be an Unknot backup");
        return Err(out.finish());
    }
    if nested_too_deep(text) {
        out.error("", "The file is nested too deep to be an Unknot backup");
        return Err(out.finish());
    }
    let doc: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            out.error(
                "",
                format!(
                    "The file is not valid JSON (line {}, column {})",
                    e.line(),
                    e.column()
                ),
            );
            return Err(out.finish());
        }
    };
    let Some(obj) = doc.as_object() else {
        out.error("", "This is not an Unknot backup file");
        return Err(out.finish());
    };
    if obj.get("format").and_then(Value::as_str) != Some(FORMAT) {
        out.error("format", "This is not an Unknot backup file");
        return Err(out.finish());
    }
    match obj.get("version").and_then(Value::as_u64) {
        Some(v) if (1..=u64::from(BACKUP_VERSION)).contains(&v) => {}
        Some(v) if v > u64::from(BACKUP_VERSION) => out.error(
            "version",
            "The file was made by a newer version of Unknot: update the app first",
        ),
        _ => out.error("version", "must be a version number"),
    }
    let exported_at = match obj.get("exported_at") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) if s.len() <= 40 => s.clone(),
        Some(_) => {
            out.error("exported_at", "must be a date such as 2024-05-01");
            String::new()
        }
    };
    let settings = match obj.get("settings") {
        None | Some(Value::Null) => None,
        Some(v) => Some(settings_lenient(v, "settings", &mut out)),
    };
    let mut routines = Vec::new();
    let mut notes = Vec::new();
    match obj.get("routines") {
        None => out.error("routines", "is missing"),
        Some(Value::Array(items)) => {
            if items.len() > MAX_ROUTINES {
                out.error(
                    "routines",
                    format!("A backup can hold at most {MAX_ROUTINES} routines"),
                );
            } else {
                for (i, item) in items.iter().enumerate() {
                    if let Some(r) =
                        checked_routine(item, &format!("routines[{i}]"), &mut out, &mut notes)
                    {
                        routines.push(r);
                    }
                }
            }
        }
        Some(_) => out.error("routines", "must be a list of routines"),
    }
    let mut left_out = Vec::new();
    // An entry that does not read, or repeats an earlier one's id, is left
    // out and said before the import; it never refuses the rest.
    let history = match obj.get("history") {
        None | Some(Value::Null) => None,
        Some(v) => read_history(v, "history", &mut out).map(|read| {
            left_out = history_notes(&read);
            serde_json::to_value(&read.history).expect("a history serializes")
        }),
    };
    if !out.is_empty() {
        return Err(out.finish());
    }
    Ok(Backup {
        notes,
        history_notes: left_out,
        ..Backup::new(exported_at, settings, routines, history)
    })
}

/// What the import says about history entries it leaves out.
fn history_notes(read: &crate::checked::ReadHistory) -> Vec<String> {
    let mut notes = Vec::new();
    let n = read.bad.len();
    if n > 0 {
        let first = read
            .problems
            .0
            .first()
            .map(problem_line)
            .unwrap_or_default();
        notes.push(format!(
            "History: {n} session{s} could not be read and {is} left out ({first}{more}).",
            s = if n == 1 { "" } else { "s" },
            is = if n == 1 { "is" } else { "are" },
            more = if read.problems.0.len() > 1 {
                "; and more"
            } else {
                ""
            },
        ));
    }
    if let Some(&(at, first)) = read.duplicates.first() {
        let n = read.duplicates.len();
        notes.push(format!(
            "History: {n} session{s} repeat{v} the id of an earlier one (sessions[{at}] is sessions[{first}] again); only the first of each is imported.",
            s = if n == 1 { "" } else { "s" },
            v = if n == 1 { "s" } else { "" },
        ));
    }
    notes
}

/// How an import combines the file with what is on the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Add the file's routines to the user's, and its sessions the user
    /// does not have (one entry per session, by id); keep the user's
    /// settings.
    Merge,
    /// The file's routines replace the user's; its settings and history
    /// (when it has them) replace the user's.
    Replace,
}

/// The routine book after importing `incoming`.
///
/// Every routine keeps its content. An id that is not a valid user id, is a
/// preset's, or is already taken by a different routine gets a fresh one
/// from `fresh_id` (called with the book so far); a routine identical to one
/// the user has is not added twice.
pub fn import_routines(
    current: &RoutineBook,
    incoming: &[Routine],
    mode: Mode,
    mut fresh_id: impl FnMut(&RoutineBook) -> String,
) -> Result<RoutineBook, Problem> {
    let mut book = match mode {
        Mode::Merge => current.clone(),
        Mode::Replace => RoutineBook::default(),
    };
    for r in incoming {
        if book.routines.contains(r) {
            continue;
        }
        let mut r = r.clone();
        if !is_user_id(&r.id) || !book.is_free(&r.id) {
            r.id = fresh_id(&book);
        }
        book.routines.push(r);
    }
    if book.routines.len() > MAX_ROUTINES {
        return Err(Problem {
            path: "routines".into(),
            message: format!(
                "Together that would be {} routines; this device keeps at most {MAX_ROUTINES}. Delete some, or replace instead of merging",
                book.routines.len()
            ),
            severity: crate::validate::Severity::Error,
        });
    }
    Ok(book)
}

/// "routines[2].steps[0].duration_ms: Hold must be 0:10 to 1:00", or the
/// message alone for the whole file.
pub fn problem_line(p: &Problem) -> String {
    if p.path.is_empty() {
        p.message.clone()
    } else {
        format!("{}: {}", join("", &p.path), p.message)
    }
}

#[cfg(test)]
#[path = "backup_tests.rs"]
mod tests;
