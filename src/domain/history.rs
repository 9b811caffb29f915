//! The session log: one entry per session, kept on the device as a
//! versioned document (stored as JSON; field names are the file format).

use crate::calendar::{local_hm, LocalDate};
use crate::routine::BodyArea;
use crate::session::Session;
use serde::{Deserialize, Serialize};

/// Current version of the stored history.
pub const HISTORY_VERSION: u32 = 1;
/// Tension ratings run from 0 (relaxed) to this.
pub const RATING_MAX: u8 = 10;
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

    /// Local start time "07:05".
    pub fn start_time(&self) -> String {
        let (h, m) = local_hm(self.started_at_ms, self.utc_offset_min);
        format!("{h:02}:{m:02}")
    }
}

/// The stored history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    pub version: u32,
    /// Oldest first, as they happened.
    pub sessions: Vec<SessionLog>,
    /// The running session's before-ratings, kept here so a session that
    /// ends after a reload is still logged with them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open: Option<OpenRatings>,
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
    /// Brings a stored document up to [`HISTORY_VERSION`]. Version 1 is the
    /// first (a missing or zero version is read as 1); a later step adds its
    /// conversion here. A document from a newer app is refused rather than
    /// rewritten, so it is never damaged.
    pub fn migrate(mut self) -> Result<Self, TooNew> {
        if self.version > HISTORY_VERSION {
            return Err(TooNew(self.version));
        }
        self.version = HISTORY_VERSION;
        Ok(self)
    }

    /// Adds a session, keeping the list in start order; an entry with the
    /// same id is replaced.
    pub fn add(&mut self, log: SessionLog) {
        self.sessions.retain(|s| s.id != log.id);
        let at = self
            .sessions
            .partition_point(|s| s.started_at_ms <= log.started_at_ms);
        self.sessions.insert(at, log);
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
