//! The session log: one entry per session, kept on the device as a
//! versioned document (stored as JSON; field names are the file format).

use crate::calendar::{local_hm, LocalDate};
use crate::routine::BodyArea;
use crate::session::{Session, Status};
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
    /// Ran to the end (false: ended early).
    pub completed: bool,
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
            completed: s.status() == Status::Finished,
            steps_done: s.completed_count() as u32,
            steps_skipped: s.skipped_count() as u32,
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
        if !s.is_over() {
            return None;
        }
        let routine_id = &s.routine().id;
        let ratings = match self.open.take() {
            Some(open) if open.routine_id == *routine_id => open.ratings,
            _ => rated_areas(&s.routine().areas())
                .into_iter()
                .map(AreaRating::unrated)
                .collect(),
        };
        let log = SessionLog::of_session(s, offset_min, ratings)?;
        if self.find(&log.id).is_some() {
            return None;
        }
        let id = log.id.clone();
        self.add(log);
        Some(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn log(id: &str, ms: i64) -> SessionLog {
        SessionLog {
            id: id.into(),
            started_at_ms: ms,
            date: LocalDate::at(ms, 0),
            utc_offset_min: 0,
            routine_id: "calves".into(),
            routine_name: "Calves, gently".into(),
            completed: true,
            steps_done: 3,
            steps_skipped: 0,
            active_ms: 300_000,
            ratings: vec![AreaRating {
                area: BodyArea::Calves,
                before: Some(6),
                after: None,
            }],
        }
    }

    #[test]
    fn sessions_stay_in_start_order_and_ids_are_unique() {
        let mut h = History::default();
        h.add(log("b", 2_000));
        h.add(log("a", 1_000));
        h.add(log("c", 3_000));
        h.add(log("b", 2_000));
        let ids: Vec<_> = h.newest_first().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["c", "b", "a"]);
    }

    #[test]
    fn after_ratings_update_the_entry_and_show_the_change() {
        let mut h = History::default();
        h.add(log("a", 1_000));
        assert!(h.set_after("a", BodyArea::Calves, 3));
        assert!(h.set_after("a", BodyArea::Neck, 12));
        assert!(!h.set_after("zz", BodyArea::Calves, 3));
        let r = &h.find("a").unwrap().ratings;
        assert_eq!(r[0].change_text(), "Calves: 6 → 3");
        assert_eq!(r[0].delta(), Some(-3));
        assert_eq!(r[1].change_text(), "Neck: ? → 10");
        assert_eq!(r[1].delta(), None);
    }

    #[test]
    fn the_stored_format_round_trips_and_migrates() {
        let mut h = History::default();
        h.add(log("a", 1_000));
        let text = serde_json::to_string(&h).unwrap();
        assert!(text.contains(r#""date":{"y":1970,"m":1,"d":1}"#));
        let back: History = serde_json::from_str(&text).unwrap();
        assert_eq!(back.clone().migrate(), Ok(h));
        let old: History = serde_json::from_str(r#"{"version":0,"sessions":[]}"#).unwrap();
        assert_eq!(old.migrate().unwrap().version, HISTORY_VERSION);
        let newer = History {
            version: 9,
            ..History::default()
        };
        assert_eq!(newer.migrate(), Err(TooNew(9)));
    }

    #[test]
    fn at_most_three_areas_are_asked_about() {
        use BodyArea::*;
        assert_eq!(
            rated_areas(&[Calves, Feet, Neck, Glutes]),
            vec![Calves, Feet, Neck]
        );
    }

    #[test]
    fn a_closed_session_is_logged_once_with_its_before_ratings() {
        use crate::routine::{Routine, Step, StepKind, Tool};
        use crate::settings::Settings;
        let routine = Routine {
            id: "legs".into(),
            name: "Legs".into(),
            description: String::new(),
            steps: vec![
                Step::new(StepKind::Hold, "Calf", "", 10, BodyArea::Calves, Tool::Ball),
                Step::new(StepKind::Hold, "Foot", "", 10, BodyArea::Feet, Tool::Ball),
            ],
        };
        let settings = Settings {
            get_ready_ms: 0,
            ..Settings::default()
        };
        let mut s = Session::new(routine, &settings);
        let t0 = 1_735_700_000_000u64; // 2025-01-01T02:53:20Z
        s.start(t0);
        let mut h = History {
            open: Some(OpenRatings {
                routine_id: "legs".into(),
                ratings: vec![AreaRating {
                    area: BodyArea::Calves,
                    before: Some(7),
                    after: None,
                }],
            }),
            ..History::default()
        };
        assert_eq!(h.log_session(&s, 0), None, "still running");
        s.catch_up(t0 + 10_000);
        s.end(t0 + 14_000);
        let id = h.log_session(&s, -300).expect("logged");
        assert_eq!(h.log_session(&s, -300), None, "only once");
        let log = h.find(&id).unwrap();
        assert!(!log.completed, "ended early");
        assert_eq!((log.steps_done, log.steps_skipped), (1, 1));
        assert_eq!(log.active_ms, 14_000);
        assert_eq!(log.date, LocalDate::new(2024, 12, 31));
        assert_eq!(log.routine_name, "Legs");
        assert_eq!(log.ratings[0].before, Some(7));
        assert!(h.open.is_none());
    }

    #[test]
    fn start_time_is_local() {
        let mut l = log("a", 7 * 3_600_000 + 5 * 60_000);
        l.utc_offset_min = 90;
        assert_eq!(l.start_time(), "08:35");
    }
}
