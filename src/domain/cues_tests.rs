//! Tests of `cues`: examples and invariants, run natively.
use super::*;
use crate::routine::{BodyArea, Step, Tool};
use crate::session::Session;
use crate::settings::Settings;

fn session() -> Session {
    let routine = Routine {
        id: "t".into(),
        name: "T".into(),
        description: String::new(),
        steps: vec![
            Step::new(
                StepKind::Hold,
                "Calf hold",
                "Ball under the calf.",
                10,
                BodyArea::Calves,
                Tool::Ball,
            )
            .both_sides(),
            Step::new(
                StepKind::Stretch,
                "Calf stretch",
                "Lean into a wall.",
                20,
                BodyArea::Calves,
                Tool::None,
            ),
        ],
        also_works: Vec::new(),
    };
    Session::new(
        routine,
        &Settings {
            get_ready_ms: 5_000,
            ..Settings::default()
        },
    )
}

#[test]
fn tones_follow_the_timeline() {
    let mut s = session();
    s.start(0);
    let ahead = s.upcoming(0, 120_000);
    let t = tones(&ahead, s.segments());
    let at = |tone| {
        t.iter()
            .filter(|p| p.tone == tone)
            .map(|p| p.at)
            .collect::<Vec<_>>()
    };
    // get-ready 0-5, left 5-15, switch 15-20, right 20-30, stretch 30-50.
    assert_eq!(at(Tone::SwitchSides), vec![15_000]);
    assert_eq!(at(Tone::StepEnd), vec![5_000, 20_000, 30_000]);
    assert_eq!(at(Tone::Finish), vec![50_000]);
    assert_eq!(
        at(Tone::Tick),
        vec![
            2_000, 3_000, 4_000, 12_000, 13_000, 14_000, 17_000, 18_000, 19_000, 27_000, 28_000,
            29_000, 47_000, 48_000, 49_000
        ]
    );
}

#[test]
fn a_lone_countdown_ticks_three_times_then_finishes() {
    let mut c = Countdown::new(10_000);
    assert!(countdown_tones(&c).is_empty());
    c.start(1_000);
    let t: Vec<_> = countdown_tones(&c).iter().map(|p| (p.at, p.tone)).collect();
    assert_eq!(
        t,
        vec![
            (8_000, Tone::Tick),
            (9_000, Tone::Tick),
            (10_000, Tone::Tick),
            (11_000, Tone::Finish)
        ]
    );
    c.pause(2_000);
    assert!(
        countdown_tones(&c).is_empty(),
        "nothing sounds while paused"
    );
}

#[test]
fn announcements_name_side_tool_and_length() {
    let s = session();
    let r = s.routine();
    assert_eq!(
        announcement(r, s.segments(), 1),
        "Left. Calf hold, ball, 10 seconds."
    );
    assert_eq!(
        announcement(r, s.segments(), 0),
        "Get ready. First: Left. Calf hold, ball, 10 seconds."
    );
    assert_eq!(
        announcement(r, s.segments(), 2),
        "Switch sides. Next: Right. Calf hold, ball, 10 seconds."
    );
    assert_eq!(
        announcement(r, s.segments(), 4),
        "Calf stretch, 20 seconds."
    );
}

#[test]
fn vibrations_at_step_ends_switches_and_finish() {
    let s = session();
    let seg = s.segments();
    assert!(vibration(&Event::SegmentEnded { index: 1, at: 0 }, seg).is_some());
    assert!(
        vibration(&Event::SegmentEnded { index: 0, at: 0 }, seg).is_none(),
        "not after get-ready"
    );
    assert!(vibration(&Event::SwitchSides { index: 2, at: 0 }, seg).is_some());
    assert!(vibration(&Event::Finished { at: 0 }, seg).is_some());
}
