//! The session log: one entry per session, kept on the device as a
//! versioned document (stored as JSON).
//!
//! Version 2 stores each session as one compact row, so that years of daily
//! use (up to [`MAX_SESSIONS`]) fit on the device and in a backup:
//! `[started_at_ms, utc_offset_min, routine_id, routine_name, completed,
//! steps_done, steps_skipped, active_ms, [[area, before, after], ...]]`,
//! with the id appended only when it is not the start time. The local date
//! is the start's, at the offset. Version 1 (one object per session, with
//! `id` and `date` fields) is still read; see `checked::history_lenient`.

use crate::calendar::{local_hm, LocalDate};
use crate::routine::BodyArea;
use crate::session::Session;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{json, Value};

/// Current version of the stored history.
pub const HISTORY_VERSION: u32 = 2;
/// The most sessions a history holds, the same for logging, export and
/// import: about 55 years of one session a day. Logging one more lets the
/// oldest go.
pub const MAX_SESSIONS: usize = 20_000;
/// Tension ratings run from 0 (relaxed) to this.
pub const RATING_MAX: u8 = 10;
/// How long after its start a session's after-rating can still be added
/// from the history.
pub const RATE_AFTER_WITHIN_MS: i64 = 24 * 60 * 60 * 1000;
/// At most this many areas are asked about per session.
pub const MAX_RATED_AREAS: usize = 3;

/// How tense one area was before and after a session (0-10, `None` when not
/// rated).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaRating {
    pub area: BodyArea,
    #[serde(default)]
    pub before: Option<u8>,
    #[serde(default)]
    pub after: Option<u8>,
}

impl AreaRating {
    pub fn unrated(area: BodyArea) -> Self {
        Self {
            area,
            before: None,
            after: None,
        }
    }

    /// "Calves: 6 → 3" when both are known; "Calves: 6 → ?" and so on.
    pub fn change_text(&self) -> String {
        let v = |r: Option<u8>| r.map_or("?".to_string(), |r| r.to_string());
        format!(
            "{}: {} → {}",
            self.area.label(),
            v(self.before),
            v(self.after)
        )
    }

    /// After minus before, when both are known.
    pub fn delta(&self) -> Option<i16> {
        Some(self.after? as i16 - self.before? as i16)
    }
}

/// The areas to ask about for a routine with these areas: at most
/// [`MAX_RATED_AREAS`], in the routine's order.
pub fn rated_areas(areas: &[BodyArea]) -> Vec<BodyArea> {
    areas.iter().copied().take(MAX_RATED_AREAS).collect()
}

/// One session as it is remembered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionLog {
    pub id: String,
    /// Wall-clock start, milliseconds since the Unix epoch.
    pub started_at_ms: i64,
    /// The user's local date at the start.
    pub date: LocalDate,
    /// Minutes east of UTC when the session was logged.
    pub utc_offset_min: i32,
    pub routine_id: String,
    /// Kept here so the entry still reads right if the routine is deleted.
    pub routine_name: String,
    /// Ran to the end with at least one step done (false: ended early,
    /// every step skipped, or the user said they stopped early).
    pub completed: bool,
    /// Steps of the routine (as its page lists them) done and skipped; see
    /// [`Session::steps_done`] and [`Session::steps_skipped`].
    pub steps_done: u32,
    pub steps_skipped: u32,
    pub active_ms: u64,
    #[serde(default)]
    pub ratings: Vec<AreaRating>,
}

impl SessionLog {
    /// The entry for a session that is over (finished or ended early),
    /// `None` while it runs. Its id is its start time, so logging the same
    /// session twice finds the first entry. `offset_min` is the UTC offset
    /// at the start; the session's clock is aligned with the wall clock.
    pub fn of_session(s: &Session, offset_min: i32, ratings: Vec<AreaRating>) -> Option<Self> {
        Self::of_session_as(s, offset_min, ratings, s.is_complete())
    }

    /// [`SessionLog::of_session`] with `completed` given: what the user
    /// answered about a session that ran out while the app was closed ("I
    /// finished it" or "I stopped early").
    pub fn of_session_as(
        s: &Session,
        offset_min: i32,
        ratings: Vec<AreaRating>,
        completed: bool,
    ) -> Option<Self> {
        let start = s.started_at()? as i64;
        let end = s.closed_at()?;
        let routine = s.routine();
        Some(Self {
            id: start.to_string(),
            started_at_ms: start,
            date: LocalDate::at(start, offset_min),
            utc_offset_min: offset_min,
            routine_id: routine.id.clone(),
            routine_name: routine.name.clone(),
            completed,
            steps_done: u32::try_from(s.steps_done()).unwrap_or(u32::MAX),
            steps_skipped: u32::try_from(s.steps_skipped()).unwrap_or(u32::MAX),
            active_ms: s.active_time(end),
            ratings,
        })
    }

    /// Whether the session counts toward the streak, the week, the
    /// calendar, the minutes and the aftercare advice: at least one step was
    /// done. A session ended before its first step (or with every step
    /// skipped) stays in the history, saying so, and counts toward nothing.
    pub fn counts(&self) -> bool {
        self.steps_done > 0
    }

    /// The areas whose after-rating can still be added at `now_ms` (wall
    /// clock): within [`RATE_AFTER_WITHIN_MS`] of the start, for a session
    /// that counts, the rated areas without an after-rating yet.
    pub fn open_after(&self, now_ms: i64) -> Vec<BodyArea> {
        let age = now_ms.saturating_sub(self.started_at_ms);
        if !self.counts() || !(0..RATE_AFTER_WITHIN_MS).contains(&age) {
            return Vec::new();
        }
        self.ratings
            .iter()
            .filter(|r| r.after.is_none())
            .map(|r| r.area)
            .collect()
    }

    /// What the history says of how the session went: "Completed", "Ended
    /// early" or "Ended before the first step".
    pub fn outcome_text(&self) -> &'static str {
        if !self.counts() {
            "Ended before the first step"
        } else if self.completed {
            "Completed"
        } else {
            "Ended early"
        }
    }

    /// Local start time "07:05".
    pub fn start_time(&self) -> String {
        let (h, m) = local_hm(self.started_at_ms, self.utc_offset_min);
        format!("{h:02}:{m:02}")
    }
}

/// The stored history. It is written in its version 2 form (see the module
/// note) and read through `checked::history_lenient`, which checks every
/// field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct History {
    pub version: u32,
    /// Oldest first, as they happened.
    pub sessions: Vec<SessionLog>,
    /// The running session's before-ratings, kept here so a session that
    /// ends after a reload is still logged with them.
    pub open: Option<OpenRatings>,
}

impl SessionLog {
    /// The entry as one compact row of the stored document (version 2).
    pub fn row(&self) -> Value {
        let ratings: Vec<Value> = self
            .ratings
            .iter()
            .map(|r| json!([r.area, r.before, r.after]))
            .collect();
        let mut row = json!([
            self.started_at_ms,
            self.utc_offset_min,
            self.routine_id,
            self.routine_name,
            self.completed,
            self.steps_done,
            self.steps_skipped,
            self.active_ms,
            ratings,
        ]);
        if self.id != self.started_at_ms.to_string() {
            if let Some(items) = row.as_array_mut() {
                items.push(Value::String(self.id.clone()));
            }
        }
        row
    }
}

impl Serialize for History {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let rows: Vec<Value> = self.sessions.iter().map(SessionLog::row).collect();
        let mut doc = json!({ "version": HISTORY_VERSION, "sessions": rows });
        if let (Some(open), Some(obj)) = (&self.open, doc.as_object_mut()) {
            obj.insert("open".into(), json!(open));
        }
        doc.serialize(serializer)
    }
}

/// Ratings taken before a session that has not closed yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenRatings {
    pub routine_id: String,
    pub ratings: Vec<AreaRating>,
}

impl Default for History {
    fn default() -> Self {
        Self {
            version: HISTORY_VERSION,
            sessions: Vec::new(),
            open: None,
        }
    }
}

/// A stored history written by a newer version of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooNew(pub u32);

impl History {
    /// Whether a stored document of `version` can be read: versions 1 and
    /// 2 are (a missing or zero version is read as 1, and both are read by
    /// `checked::history_lenient`, which brings them to the current form);
    /// a document from a newer app is refused rather than rewritten, so it
    /// is never damaged.
    pub fn readable(version: u32) -> Result<(), TooNew> {
        if version > HISTORY_VERSION {
            return Err(TooNew(version));
        }
        Ok(())
    }

    /// Adds a session, keeping the list in start order; an entry with the
    /// same id is replaced. Past [`MAX_SESSIONS`] the oldest goes.
    pub fn add(&mut self, log: SessionLog) {
        self.sessions.retain(|s| s.id != log.id);
        let at = self
            .sessions
            .partition_point(|s| s.started_at_ms <= log.started_at_ms);
        self.sessions.insert(at, log);
        let extra = self.sessions.len().saturating_sub(MAX_SESSIONS);
        self.sessions.drain(..extra);
    }

    /// Brings in the sessions of `other` that this history does not have
    /// (by id: one entry per session, as two tabs logging the same session
    /// make one), keeping this history's own entries as they are. Returns
    /// how many came in; past [`MAX_SESSIONS`] the oldest go, and those that
    /// came in and went at once are not counted. Merging the same sessions
    /// twice adds nothing.
    pub fn merge(&mut self, other: &History) -> usize {
        let mut ids: std::collections::HashSet<String> =
            self.sessions.iter().map(|s| s.id.clone()).collect();
        let mut incoming = Vec::new();
        for log in &other.sessions {
            if ids.insert(log.id.clone()) {
                incoming.push(log.clone());
            }
        }
        if incoming.is_empty() {
            return 0;
        }
        let new_ids: std::collections::HashSet<String> =
            incoming.iter().map(|s| s.id.clone()).collect();
        self.sessions.extend(incoming);
        self.sort_and_cap();
        self.sessions
            .iter()
            .filter(|s| new_ids.contains(&s.id))
            .count()
    }

    /// Start order (stable: entries starting together keep their order),
    /// then at most [`MAX_SESSIONS`], the newest.
    pub fn sort_and_cap(&mut self) {
        self.sessions.sort_by_key(|s| s.started_at_ms);
        let extra = self.sessions.len().saturating_sub(MAX_SESSIONS);
        self.sessions.drain(..extra);
    }

    pub fn find(&self, id: &str) -> Option<&SessionLog> {
        self.sessions.iter().find(|s| s.id == id)
    }

    /// Records how tense `area` is after session `id`. Returns whether the
    /// entry was found.
    pub fn set_after(&mut self, id: &str, area: BodyArea, value: u8) -> bool {
        let value = value.min(RATING_MAX);
        let Some(log) = self.sessions.iter_mut().find(|s| s.id == id) else {
            return false;
        };
        match log.ratings.iter_mut().find(|r| r.area == area) {
            Some(r) => r.after = Some(value),
            None => log.ratings.push(AreaRating {
                area,
                before: None,
                after: Some(value),
            }),
        }
        true
    }

    /// Newest first.
    pub fn newest_first(&self) -> impl Iterator<Item = &SessionLog> {
        self.sessions.iter().rev()
    }

    pub fn last(&self) -> Option<&SessionLog> {
        self.sessions.last()
    }

    /// Logs a closed session once, with the open before-ratings when they
    /// belong to its routine (otherwise its areas, unrated). Returns the new
    /// entry's id, `None` if it is not over or already logged.
    pub fn log_session(&mut self, s: &Session, offset_min: i32) -> Option<String> {
        self.log_session_as(s, offset_min, s.is_complete())
    }

    /// [`History::log_session`] with the user's answer about a session that
    /// ran out while the app was closed: `completed` is true for "I finished
    /// it", false for "I stopped early" (and stays false for a session with
    /// no step done).
    pub fn log_session_as(
        &mut self,
        s: &Session,
        offset_min: i32,
        completed: bool,
    ) -> Option<String> {
        if !s.is_over() {
            return None;
        }
        let completed = completed && s.is_complete();
        let routine_id = &s.routine().id;
        let ratings = match self.open.take() {
            Some(open) if open.routine_id == *routine_id => open.ratings,
            _ => rated_areas(&s.routine().areas())
                .into_iter()
                .map(AreaRating::unrated)
                .collect(),
        };
        let log = SessionLog::of_session_as(s, offset_min, ratings, completed)?;
        if self.find(&log.id).is_some() {
            return None;
        }
        let id = log.id.clone();
        self.add(log);
        Some(id)
    }
}

#[cfg(test)]
#[path = "history_tests.rs"]
mod tests;
