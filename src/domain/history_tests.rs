//! Tests of `history`: examples and invariants, run natively.
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
