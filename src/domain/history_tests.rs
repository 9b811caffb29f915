//! Tests of `history`: examples and invariants, run natively.
use super::*;
use proptest::prelude::*;

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

/// The stored text read back as the app reads it.
fn read_back(text: &str) -> Result<History, Vec<crate::validate::Problem>> {
    let v: serde_json::Value = serde_json::from_str(text).unwrap();
    let mut out = crate::checked::Report::default();
    match crate::checked::checked_history(&v, "", &mut out) {
        Some(h) => Ok(h),
        None => Err(out.finish()),
    }
}

#[test]
fn the_stored_format_is_one_row_per_session_and_round_trips() {
    let mut h = History::default();
    h.add(log("1000", 1_000));
    h.add(log("other-id", 2_000));
    h.open = Some(OpenRatings {
        routine_id: "calves".into(),
        ratings: vec![AreaRating::unrated(BodyArea::Calves)],
    });
    let text = serde_json::to_string(&h).unwrap();
    assert!(text.contains(r#""version":2"#), "{text}");
    assert!(
        text.contains(r#"[1000,0,"calves","Calves, gently",true,3,0,300000,[["calves",6,null]]]"#),
        "{text}"
    );
    // The id is written only when it is not the start time.
    assert!(
        text.contains(r#"[["calves",6,null]],"other-id"]"#),
        "{text}"
    );
    assert_eq!(read_back(&text), Ok(h));
}

#[test]
fn version_1_documents_still_read_and_a_newer_one_is_refused() {
    let v1 = r#"{"version":1,"sessions":[{"id":"a","started_at_ms":1000,
        "date":{"y":1970,"m":1,"d":1},"utc_offset_min":0,"routine_id":"calves",
        "routine_name":"Calves, gently","completed":true,"steps_done":3,
        "steps_skipped":0,"active_ms":300000,
        "ratings":[{"area":"calves","before":6,"after":null}]}]}"#;
    let h = read_back(v1).unwrap();
    assert_eq!(h.sessions, vec![log("a", 1_000)]);
    assert_eq!(h.version, HISTORY_VERSION);
    assert!(read_back(r#"{"sessions":[]}"#).unwrap().sessions.is_empty());
    assert_eq!(History::readable(1), Ok(()));
    assert_eq!(History::readable(HISTORY_VERSION), Ok(()));
    assert_eq!(History::readable(9), Err(TooNew(9)));
    assert!(read_back(r#"{"version":9,"sessions":[]}"#).is_err());
}

#[test]
fn logging_past_the_limit_lets_the_oldest_go() {
    let mut h = History {
        sessions: (0..MAX_SESSIONS as i64)
            .map(|i| log(&i.to_string(), i))
            .collect(),
        ..History::default()
    };
    h.add(log("new", MAX_SESSIONS as i64 + 5));
    assert_eq!(h.sessions.len(), MAX_SESSIONS);
    assert_eq!(h.sessions[0].id, "1", "the oldest went");
    assert_eq!(h.last().unwrap().id, "new");
}

/// Merge brings in what is missing, one entry per session, and importing
/// the same history twice adds nothing.
#[test]
fn merging_history_is_idempotent_and_keeps_ones_own_entries() {
    let mut mine = History::default();
    mine.add(log("1", 1));
    mine.add(log("3", 3));
    let mut theirs = History::default();
    theirs.add(log("2", 2));
    let mut changed = log("3", 3);
    changed.routine_name = "Changed elsewhere".into();
    theirs.add(changed);
    theirs.add(log("4", 4));
    assert_eq!(mine.merge(&theirs), 2);
    let ids: Vec<_> = mine.sessions.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["1", "2", "3", "4"]);
    assert_eq!(mine.find("3").unwrap().routine_name, "Calves, gently");
    let once = mine.clone();
    assert_eq!(mine.merge(&theirs), 0);
    assert_eq!(mine, once);
    assert_eq!(mine.merge(&once), 0);
    assert_eq!(mine, once);
}

proptest! {
    /// Any two histories: merging is idempotent, keeps start order and
    /// unique ids, and counts what came in.
    #[test]
    fn merge_any_two_histories(a in proptest::collection::vec(0i64..40, 0..30),
                               b in proptest::collection::vec(0i64..40, 0..30)) {
        let make = |ts: &[i64]| {
            let mut h = History::default();
            for &t in ts {
                h.add(log(&t.to_string(), t));
            }
            h
        };
        let (mut mine, theirs) = (make(&a), make(&b));
        let before = mine.sessions.len();
        let added = mine.merge(&theirs);
        prop_assert_eq!(mine.sessions.len(), before + added);
        let once = mine.clone();
        prop_assert_eq!(mine.merge(&theirs), 0);
        prop_assert_eq!(&mine, &once);
        let mut ids: Vec<_> = mine.sessions.iter().map(|s| s.id.clone()).collect();
        prop_assert!(mine.sessions.windows(2).all(|w| w[0].started_at_ms <= w[1].started_at_ms));
        ids.sort();
        ids.dedup();
        prop_assert_eq!(ids.len(), mine.sessions.len());
        for s in &theirs.sessions {
            prop_assert!(mine.find(&s.id).is_some());
        }
    }
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
        also_works: Vec::new(),
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
    assert_eq!(
        (log.steps_done, log.steps_skipped),
        (1, 0),
        "the step cut short by ending is not skipped"
    );
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

fn three_step_session() -> Session {
    use crate::routine::{Routine, Step, StepKind, Tool};
    use crate::settings::Settings;
    let hold = |t: &str| Step::new(StepKind::Hold, t, "", 10, BodyArea::Calves, Tool::Ball);
    let routine = Routine {
        id: "calves".into(),
        name: "Calves and heel".into(),
        description: String::new(),
        also_works: Vec::new(),
        steps: vec![
            hold("A").both_sides().sets(2, 5),
            hold("B"),
            hold("C").both_sides(),
        ],
    };
    Session::new(routine, &Settings::default())
}

#[test]
fn the_log_counts_the_routines_steps() {
    let mut s = three_step_session();
    s.start(1_000_000);
    s.catch_up(10_000_000);
    let mut h = History::default();
    let id = h.log_session(&s, 0).unwrap();
    let log = h.find(&id).unwrap();
    assert!(log.completed);
    assert_eq!((log.steps_done, log.steps_skipped), (3, 0));
}

#[test]
fn a_session_with_every_step_skipped_is_not_logged_as_completed() {
    let mut s = three_step_session();
    s.start(1_000_000);
    let mut t = 1_000_000;
    for _ in 0..100 {
        if s.is_over() {
            break;
        }
        t += 500;
        s.skip(t);
    }
    let mut h = History::default();
    let id = h.log_session(&s, 0).unwrap();
    let log = h.find(&id).unwrap();
    assert!(!log.completed);
    assert_eq!((log.steps_done, log.steps_skipped), (0, 3));
}

#[test]
fn the_users_answer_decides_whether_a_session_left_running_is_complete() {
    let mut s = three_step_session();
    s.start(1_000_000);
    s.catch_up(1_005_000);
    let saved = s.clone();
    s.catch_up(99_000_000);
    assert!(saved.ran_out_unattended(99_000_000));
    let mut stopped = History::default();
    let id = stopped.log_session_as(&s, 0, false).unwrap();
    assert!(!stopped.find(&id).unwrap().completed);
    let mut finished = History::default();
    let id = finished.log_session_as(&s, 0, true).unwrap();
    assert!(finished.find(&id).unwrap().completed);
    assert_eq!(finished.log_session_as(&s, 0, true), None, "only once");
    // An answer cannot make a session with nothing done complete.
    let mut skipped = three_step_session();
    skipped.start(0);
    skipped.end(1_000);
    assert_eq!(skipped.steps_done(), 0);
    let mut h = History::default();
    let id = h.log_session_as(&skipped, 0, true).unwrap();
    assert!(!h.find(&id).unwrap().completed);
    assert_eq!(
        SessionLog::of_session_as(&s, 0, vec![], false).map(|l| l.completed),
        Some(false)
    );
}

#[test]
fn an_after_rating_can_be_added_for_a_day_to_a_session_that_counts() {
    let mut s = log("1000", 1_000);
    assert_eq!(s.open_after(1_000), [BodyArea::Calves]);
    assert_eq!(
        s.open_after(1_000 + RATE_AFTER_WITHIN_MS - 1),
        [BodyArea::Calves]
    );
    assert!(
        s.open_after(1_000 + RATE_AFTER_WITHIN_MS).is_empty(),
        "a day on"
    );
    assert!(s.open_after(0).is_empty(), "a clock set back");
    s.ratings[0].after = Some(2);
    assert!(s.open_after(1_000).is_empty(), "already rated");
    let mut none_done = log("2000", 2_000);
    none_done.steps_done = 0;
    assert!(none_done.open_after(2_000).is_empty());
}
