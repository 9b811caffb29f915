//! Tests of `now_playing`: the lock screen's text and the away summary.
use super::*;
use crate::quick;
use crate::routine::{BodyArea, Step, StepKind, Tool};
use crate::settings::Settings;

/// Glute hold on both sides in 3 sets of 30 s (10 s rest), then a stretch.
/// Timeline: get-ready 0-5, left 5-35, switch 35-40, right 40-70, rest
/// 70-80, left 80-110, switch 110-115, right 115-145, rest 145-155, left
/// 155-185, switch 185-190, right 190-220, stretch 220-240.
fn glutes() -> Session {
    let routine = Routine {
        id: "g".into(),
        name: "Glutes after a run".into(),
        description: String::new(),
        steps: vec![
            Step::new(
                StepKind::Hold,
                "Glute hold",
                "Ball under the glute.",
                30,
                BodyArea::Glutes,
                Tool::Ball,
            )
            .both_sides()
            .sets(3, 10),
            Step::new(
                StepKind::Stretch,
                "Figure-four stretch",
                "Ankle over the knee.",
                20,
                BodyArea::Glutes,
                Tool::None,
            ),
        ],
        also_works: Vec::new(),
    };
    let mut s = Session::new(
        routine,
        &Settings {
            get_ready_ms: 5_000,
            switch_pause_ms: 5_000,
            ..Settings::default()
        },
    );
    s.start(0);
    s
}

fn at(s: &mut Session, now: Instant) -> (String, String, u64, u64) {
    s.catch_up(now);
    let n = now_playing(s, now).expect("a current segment");
    assert_eq!(n.artist, "Glutes after a run");
    (n.title, n.album, n.duration_ms, n.position_ms)
}

#[test]
fn the_lock_screen_names_the_side_the_set_and_the_step() {
    let mut s = glutes();
    let text = |t: &str, a: &str, d: u64, p: u64| (t.to_string(), a.to_string(), d, p);
    assert_eq!(
        at(&mut s, 2_000),
        text("Get ready: Glute hold", "Set 1 of 3 · Hold", 5_000, 2_000)
    );
    assert_eq!(
        at(&mut s, 15_000),
        text("Glute hold · left", "Set 1 of 3 · Hold", 30_000, 10_000)
    );
    assert_eq!(
        at(&mut s, 36_000),
        text(
            "Switch sides: Glute hold",
            "Set 1 of 3 · Hold",
            5_000,
            1_000
        )
    );
    assert_eq!(
        at(&mut s, 69_000),
        text("Glute hold · right", "Set 1 of 3 · Hold", 30_000, 29_000)
    );
    assert_eq!(
        at(&mut s, 150_000),
        text("Rest before set 3", "Set 3 of 3 · Hold", 10_000, 5_000)
    );
    assert_eq!(
        at(&mut s, 230_000),
        text(
            "Figure-four stretch",
            "Step 2 of 2 · Stretch",
            20_000,
            10_000
        )
    );
    s.catch_up(240_000);
    assert_eq!(now_playing(&s, 240_000), None, "nothing once it is over");
}

#[test]
fn the_length_includes_added_time_and_the_position_stays_within_it() {
    let mut s = glutes();
    s.extend(10_000);
    assert_eq!(at(&mut s, 10_000).2, 40_000);
    s.pause(20_000);
    assert_eq!(at(&mut s, 900_000).3, 15_000, "paused: the position holds");
    let ready = Session::new(quick::routine(30), &Settings::default());
    let n = now_playing(&ready, 5_000).expect("the first segment");
    assert_eq!((n.position_ms, n.duration_ms), (0, 5_000));
}

#[test]
fn a_quick_hold_shows_its_hold() {
    let settings = quick::session_settings(&Settings {
        get_ready_ms: 0,
        ..Settings::default()
    });
    let mut s = Session::new(quick::routine(30), &settings);
    s.start(1_000);
    assert_eq!(
        now_playing(&s, 11_000),
        Some(NowPlaying {
            title: "Hold".into(),
            artist: "Quick hold".into(),
            album: "Hold".into(),
            duration_ms: 30_000,
            position_ms: 10_000,
        })
    );
    s.end(12_000);
    assert_eq!(now_playing(&s, 12_000), None);
}

#[test]
fn coming_back_says_what_was_done_and_where_the_session_is() {
    let mut s = glutes();
    s.catch_up(20_000); // the page shows the left side of set 1 (index 1)
    s.catch_up(49_000);
    assert_eq!(
        away_summary(&s, 1, 49_000).as_deref(),
        Some("1 step done, now: Glute hold, right, 0:21 left")
    );
    s.catch_up(112_000);
    assert_eq!(
        away_summary(&s, 1, 112_000).as_deref(),
        Some("3 steps done, now: Switch sides: Glute hold, 0:03 left")
    );
    assert_eq!(away_summary(&s, 6, 112_000), None, "still where it was");
    s.catch_up(240_000);
    assert_eq!(
        away_summary(&s, 6, 240_000).as_deref(),
        Some("The routine is complete")
    );
}

#[test]
fn coming_back_before_a_step_ended_says_so() {
    let mut s = glutes();
    s.catch_up(7_000);
    assert_eq!(
        away_summary(&s, 0, 7_000).as_deref(),
        Some("No step finished, now: Glute hold, left, 0:28 left")
    );
    // A shown index past the end (a bent caller) counts nothing.
    assert_eq!(
        away_summary(&s, 99, 7_000).as_deref(),
        Some("No step finished, now: Glute hold, left, 0:28 left")
    );
}
