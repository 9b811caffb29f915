//! The player controller in headless Chromium: the cues it puts on the audio
//! clock come from the session's timeline and follow pause and resume.

mod support;

use leptos::prelude::*;
use support::settle;
use unknot::domain::{
    cues::{self, Tone},
    routine::{BodyArea, Routine, Step, StepKind, Tool},
    session::Status,
};
use unknot::state::player::controller::Player;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn routine() -> Routine {
    Routine {
        id: "t".into(),
        name: "Calves".into(),
        description: String::new(),
        also_works: Vec::new(),
        steps: vec![Step::new(
            StepKind::Hold,
            "Calf hold",
            "Ball under the calf.",
            10,
            BodyArea::Calves,
            Tool::Ball,
        )
        .both_sides()],
    }
}

/// The player as the app provides it, with the stored (here default) settings (5 s count-in, 5 s switch).
fn player() -> Player {
    // Each test starts with nothing running (tests share the page's storage).
    unknot::platform::storage::remove(unknot::state::keys::ACTIVE_SESSION).unwrap();
    support::with_owner(|state| state.player)
}

#[wasm_bindgen_test]
async fn scheduled_tones_are_the_timelines_cues() {
    let p = player();
    p.start(routine());
    settle().await;
    let started = p
        .session
        .with_untracked(|s| s.as_ref().unwrap().started_at().unwrap());
    let mut pending = p.pending_tones();
    pending.sort_by_key(|t| t.at);
    let rel: Vec<(u64, Tone)> = pending.iter().map(|t| (t.at - started, t.tone)).collect();
    // count-in 0-5 s, left 5-15, switch 15-20, right 20-30.
    assert_eq!(
        rel,
        vec![
            (2_000, Tone::Tick),
            (3_000, Tone::Tick),
            (4_000, Tone::Tick),
            (5_000, Tone::StepEnd),
            (12_000, Tone::Tick),
            (13_000, Tone::Tick),
            (14_000, Tone::Tick),
            (15_000, Tone::SwitchSides),
            (17_000, Tone::Tick),
            (18_000, Tone::Tick),
            (19_000, Tone::Tick),
            (20_000, Tone::StepEnd),
            (27_000, Tone::Tick),
            (28_000, Tone::Tick),
            (29_000, Tone::Tick),
            (30_000, Tone::Finish),
        ]
    );
    // And they match what the domain says is upcoming.
    let expected = p.session.with_untracked(|s| {
        let s = s.as_ref().unwrap();
        cues::tones(&s.upcoming(started, 60_000), s.segments(), false)
    });
    let mut expected = expected;
    expected.sort_by_key(|t| t.at);
    assert_eq!(pending, expected);
}

#[wasm_bindgen_test]
async fn pause_clears_the_tones_and_resume_plans_them_later() {
    let p = player();
    p.start(routine());
    settle().await;
    let before: Vec<u64> = p.pending_tones().iter().map(|t| t.at).collect();
    p.pause();
    assert_eq!(p.status(), Some(Status::Paused));
    assert!(p.pending_tones().is_empty(), "nothing sounds while paused");
    support::sleep(std::time::Duration::from_millis(300)).await;
    p.resume();
    let after: Vec<u64> = p.pending_tones().iter().map(|t| t.at).collect();
    assert_eq!(after.len(), before.len());
    let shift = after.iter().min().unwrap() - before.iter().min().unwrap();
    assert!(
        (250..1_000).contains(&shift),
        "tones moved by the pause: {shift} ms"
    );
}

#[wasm_bindgen_test]
async fn skip_and_extend_replan_the_tones() {
    let p = player();
    p.start(routine());
    settle().await;
    let first_end = |p: Player| {
        p.pending_tones()
            .iter()
            .filter(|t| t.tone != Tone::Tick)
            .map(|t| t.at)
            .min()
            .unwrap()
    };
    let before = first_end(p);
    p.extend();
    assert_eq!(
        first_end(p) - before,
        10_000,
        "Add 10 seconds moves the end tone"
    );
    p.skip();
    let now = unknot::platform::clock::now();
    assert!(
        first_end(p) > now + 9_000,
        "after skipping the count-in, the next end is a full step away"
    );
}

#[wasm_bindgen_test]
async fn add_10_seconds_stops_at_the_holds_limit_and_says_why() {
    let p = player();
    let mut r = routine();
    r.steps[0].duration_ms = 50_000;
    r.steps[0].sides = unknot::domain::routine::Sides::Center;
    p.start(r);
    p.skip(); // the count-in
    settle().await;
    let length = |p: Player| {
        p.session
            .with_untracked(|s| s.as_ref().unwrap().countdown().length())
    };
    let why = "60 s is the most for one hold: move to the next spot";
    // The last tap that adds time reaches the limit, and says why.
    p.extend();
    settle().await;
    assert_eq!(length(p), 60_000);
    assert_eq!(p.limit_shown.get_untracked(), Some(1));
    assert_eq!(p.announcement.get_untracked(), why);
    // The next adds nothing, and the reason is said again.
    p.extend();
    assert_eq!(length(p), 60_000);
    support::sleep(std::time::Duration::from_millis(50)).await;
    assert_eq!(p.announcement.get_untracked(), why);
    // Leaving the step clears it.
    p.skip();
    settle().await;
    assert_eq!(p.limit_shown.get_untracked(), None);
}

#[wasm_bindgen_test]
async fn turning_sound_off_schedules_nothing() {
    unknot::platform::storage::remove(unknot::state::keys::ACTIVE_SESSION).unwrap();
    let p = support::with_owner(|state| {
        state.settings.settings.update(|s| s.sound = false);
        state.player
    });
    p.start(routine());
    settle().await;
    assert!(p.pending_tones().is_empty());
}

#[wasm_bindgen_test]
fn the_step_view_shows_a_steps_cautions_only_while_it_is_worked() {
    use unknot::domain::{cautions, session::Session, settings::Settings, timeline::SegmentKind};
    use unknot::state::player::view_model::StepView;
    let mut r = routine();
    // A heat step of the user's own, with no caution written on it.
    r.steps.insert(
        0,
        Step::new(
            StepKind::Heat,
            "Warm the calf",
            "Pack on the calf.",
            60,
            BodyArea::Calves,
            Tool::HeatSource,
        ),
    );
    let mut session = Session::new(r, &Settings::default());
    let mut now = 1_000;
    session.start(now);
    let mut seen = Vec::new();
    while let Some(view) = StepView::of(&session) {
        if session.is_over() {
            break;
        }
        seen.push((view.segment, view.title.clone(), view.cautions.clone()));
        now += 100;
        session.skip(now);
    }
    for (segment, title, shown) in &seen {
        match segment {
            SegmentKind::Work if title.starts_with("Warm") => {
                assert_eq!(shown, &vec![cautions::HEAT.to_string()], "{title}");
            }
            SegmentKind::Work => {
                assert_eq!(shown, &vec![cautions::CALVES.to_string()], "{title}");
            }
            _ => assert!(shown.is_empty(), "{segment:?}: {shown:?}"),
        }
    }
    assert!(seen.iter().any(|(s, ..)| *s == SegmentKind::SwitchSides));
    assert_eq!(
        seen.iter()
            .filter(|(s, ..)| *s == SegmentKind::Work)
            .count(),
        3
    );
}
