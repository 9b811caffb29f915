//! The session log: one entry per session, kept on the device as a
//! versioned document (stored as JSON; field names are the file format).

use crate::calendar::{local_hm, LocalDate};
use crate::routine::BodyArea;
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
}

impl Default for History {
    fn default() -> Self {
        Self {
            version: HISTORY_VERSION,
            sessions: Vec::new(),
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
            sessions: vec![],
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
    fn start_time_is_local() {
        let mut l = log("a", 7 * 3_600_000 + 5 * 60_000);
        l.utc_offset_min = 90;
        assert_eq!(l.start_time(), "08:35");
    }
}
