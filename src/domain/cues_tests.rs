//! Tests of `cues`: examples and invariants, run natively.
use super::*;
use crate::routine::{BodyArea, Step, Tool};
use crate::session::Session;
use crate::settings::Settings;

fn session() -> Session {
    session_with(1)
}

/// The calf routine with its hold done in `sets` sets (10 s rest between).
fn session_with(sets: u8) -> Session {
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
            .both_sides()
            .sets(sets, 10),
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
    let t = tones(&ahead, s.segments(), false);
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
    assert!(
        at(Tone::Halfway).is_empty(),
        "no halfway cue unless asked for"
    );
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

#[test]
fn a_set_rest_and_the_halfway_point_have_their_own_tones() {
    let mut s = session_with(2);
    s.start(0);
    let ahead = s.upcoming(0, 200_000);
    let at = |halfway, tone| {
        tones(&ahead, s.segments(), halfway)
            .iter()
            .filter(|p| p.tone == tone)
            .map(|p| p.at)
            .collect::<Vec<_>>()
    };
    // get-ready 0-5, left 5-15, switch 15-20, right 20-30, rest 30-40,
    // left 40-50, switch 50-55, right 55-65, stretch 65-85.
    assert_eq!(at(false, Tone::SetRest), vec![30_000]);
    assert_eq!(
        at(false, Tone::StepEnd),
        vec![5_000, 20_000, 40_000, 55_000, 65_000]
    );
    assert!(at(false, Tone::Halfway).is_empty());
    assert_eq!(
        at(true, Tone::Halfway),
        vec![10_000, 25_000, 45_000, 60_000, 75_000],
        "only work segments, never get-ready, a switch or a rest"
    );
    // A halfway event of anything but a work segment plays nothing.
    let odd = [
        Event::Halfway { index: 0, at: 1 },
        Event::Halfway { index: 99, at: 2 },
    ];
    assert!(tones(&odd, s.segments(), true).is_empty());
}

#[test]
fn the_moment_tones_are_listed_in_the_order_a_session_plays_them() {
    let mut s = session_with(2);
    s.start(0);
    let mut met = Vec::new();
    for p in tones(&s.upcoming(0, 200_000), s.segments(), true) {
        if p.tone != Tone::Tick && !met.contains(&p.tone) {
            met.push(p.tone);
        }
    }
    assert_eq!(met, Tone::ALL_MOMENTS);
}

#[test]
fn every_tone_has_its_own_label() {
    let mut all = Tone::ALL_MOMENTS.to_vec();
    all.push(Tone::Tick);
    let labels: Vec<_> = all.iter().map(|t| t.label()).collect();
    assert_eq!(
        labels,
        [
            "Next step",
            "Halfway",
            "Switch sides",
            "Set rest",
            "Routine done",
            "Last seconds"
        ]
    );
}

/// Direction from each note to the next: -1 falling, 0 the same, 1 rising
/// (less than a semitone counts as the same).
fn contour(notes: &[Note]) -> Vec<i8> {
    notes
        .windows(2)
        .map(|w| {
            let ratio = w[1].freq / w[0].freq;
            if ratio > 1.05 {
                1
            } else if ratio < 1.0 / 1.05 {
                -1
            } else {
                0
            }
        })
        .collect()
}

/// Gaps between note onsets (seconds).
fn rhythm(notes: &[Note]) -> Vec<f64> {
    notes
        .windows(2)
        .map(|w| w[1].offset - w[0].offset)
        .collect()
}

#[test]
fn every_pair_of_moment_tones_differs_by_ear() {
    for (i, &a) in Tone::ALL_MOMENTS.iter().enumerate() {
        for &b in &Tone::ALL_MOMENTS[i + 1..] {
            let (pa, pb) = (pattern(a), pattern(b));
            let count = pa.len() != pb.len();
            let melody = contour(pa) != contour(pb);
            // An onset gap has to move by 50 ms or more to be heard.
            let beat = rhythm(pa)
                .iter()
                .zip(rhythm(pb))
                .any(|(x, y)| (x - y).abs() >= 0.05);
            assert!(count || melody || beat, "{a:?} and {b:?} sound alike");
        }
    }
}

#[test]
fn every_tone_is_audible_and_short() {
    let mut all = Tone::ALL_MOMENTS.to_vec();
    all.push(Tone::Tick);
    for tone in all {
        let notes = pattern(tone);
        assert!(!notes.is_empty(), "{tone:?} has no notes");
        for n in notes {
            assert!(n.gain >= 0.1 && n.gain <= 0.5, "{tone:?}: gain {}", n.gain);
            assert!(n.length >= 0.05, "{tone:?}: a note of {} s", n.length);
            assert!(n.offset >= 0.0 && (20.0..=20_000.0).contains(&n.freq));
        }
        let end = notes
            .iter()
            .map(|n| n.offset + n.length)
            .fold(0.0, f64::max);
        assert!(end <= 1.5, "{tone:?} lasts {end} s");
    }
}

#[test]
fn flashes_mark_new_steps_switches_and_the_finish() {
    let mut s = session_with(2);
    let mut seen = s.start(0);
    seen.extend(s.catch_up(200_000));
    let flashes: Vec<_> = seen
        .iter()
        .filter_map(|e| flash(e, s.segments()).map(|f| (e.at(), f)))
        .collect();
    // get-ready 0-5, left 5-15, switch 15-20, right 20-30, rest 30-40,
    // left 40-50, switch 50-55, right 55-65, stretch 65-85.
    assert_eq!(
        flashes,
        vec![
            (5_000, Flash::Step),
            (15_000, Flash::Switch),
            (20_000, Flash::Step),
            (30_000, Flash::Step),
            (40_000, Flash::Step),
            (50_000, Flash::Switch),
            (55_000, Flash::Step),
            (65_000, Flash::Step),
            (85_000, Flash::Finish),
        ],
        "one flash per moment, none for the get-ready at the tap or for marks"
    );
    let bent = Event::SegmentStarted { index: 99, at: 0 };
    assert_eq!(flash(&bent, s.segments()), None);
}

#[test]
fn flashes_come_at_most_three_a_second() {
    assert!(flash_allowed(None, 0));
    assert!(flash_allowed(Some(1_000), 1_334));
    assert!(!flash_allowed(Some(1_000), 1_333));
    assert!(!flash_allowed(Some(5_000), 1_000), "a clock that went back");
    // Someone asks for a flash every millisecond for five seconds.
    let mut shown = Vec::new();
    for now in 0..5_000 {
        if flash_allowed(shown.last().copied(), now) {
            shown.push(now);
        }
    }
    for (i, &t) in shown.iter().enumerate() {
        let within = shown[i..].iter().take_while(|&&u| u < t + 1_000).count();
        assert!(within <= 3, "{within} flashes in the second from {t}");
    }
}

#[test]
fn instructions_are_read_once_when_a_step_begins() {
    let s = session_with(2);
    let (r, seg) = (s.routine(), s.segments());
    let read = |i| announcement_with_instruction(r, seg, i);
    // get-ready 0, left 1, switch 2, right 3, rest 4, left 5, switch 6,
    // right 7, stretch 8.
    assert_eq!(
        read(1),
        "Left. Calf hold, ball, 10 seconds, set 1 of 2. Ball under the calf."
    );
    assert_eq!(read(8), "Calf stretch, 20 seconds. Lean into a wall.");
    for i in [0, 2, 3, 4, 5, 6, 7] {
        assert_eq!(read(i), announcement(r, seg, i), "segment {i}");
    }
    assert_eq!(read(99), "");
}

#[test]
fn an_empty_instruction_adds_nothing() {
    let s = session();
    let mut r = s.routine().clone();
    r.steps[1].instruction = "  ".into();
    assert_eq!(
        announcement_with_instruction(&r, s.segments(), 4),
        "Calf stretch, 20 seconds."
    );
}
