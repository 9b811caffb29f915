//! Tests of `session`: examples and invariants, run natively.
use super::*;
use crate::routine::{BodyArea, Side, Sides, Step, StepKind, Tool};
use proptest::prelude::*;

fn hold(title: &str, secs: u64) -> Step {
    Step::new(
        StepKind::Hold,
        title,
        "Press and breathe.",
        secs,
        BodyArea::Calves,
        Tool::Ball,
    )
}

fn routine(steps: Vec<Step>) -> Routine {
    Routine {
        id: "t".into(),
        name: "Test".into(),
        description: String::new(),
        steps,
        also_works: Vec::new(),
    }
}

fn no_get_ready() -> Settings {
    Settings {
        get_ready_ms: 0,
        ..Settings::default()
    }
}

/// Three steps, the middle one on both sides: 10 + (10 + 5 + 10) + 10 = 45 s.
fn three_steps() -> Session {
    Session::new(
        routine(vec![
            hold("A", 10),
            hold("B", 10).both_sides(),
            hold("C", 10),
        ]),
        &no_get_ready(),
    )
}

fn started(ev: &[Event]) -> Vec<usize> {
    ev.iter()
        .filter_map(|e| match e {
            Event::SegmentStarted { index, .. } => Some(*index),
            _ => None,
        })
        .collect()
}

#[test]
fn runs_through_every_segment_in_order() {
    let mut s = three_steps();
    let mut ev = s.start(1_000);
    ev.extend(s.catch_up(100_000));
    assert_eq!(started(&ev), vec![0, 1, 2, 3, 4]);
    assert_eq!(ev.last(), Some(&Event::Finished { at: 46_000 }));
    assert_eq!(s.status(), Status::Finished);
    assert_eq!(s.completed_count(), 4);
    assert_eq!(s.active_time(100_000), 45_000);
    let sides: Vec<_> = s.segments().iter().map(|g| g.side).collect();
    assert_eq!(
        sides,
        vec![
            None,
            Some(Side::Left),
            Some(Side::Right),
            Some(Side::Right),
            None
        ]
    );
}

#[test]
fn a_late_catch_up_lands_on_the_right_segment_and_time() {
    let mut s = three_steps();
    s.start(0);
    // Back after 23.5 s in the background: step A (10) + B left (10) + 3.5 s of the switch.
    let ev = s.catch_up(23_500);
    assert_eq!(s.index(), 2);
    assert_eq!(s.remaining(23_500), 1_500);
    assert!(ev.contains(&Event::SwitchSides {
        index: 2,
        at: 20_000
    }));
    assert!(ev.contains(&Event::SegmentEnded {
        index: 1,
        at: 20_000
    }));
    assert!(ev.contains(&Event::SecondsLeft {
        index: 2,
        seconds: 2,
        at: 23_000
    }));
    assert!(!ev.iter().any(|e| matches!(
        e,
        Event::SecondsLeft {
            index: 2,
            seconds: 1,
            ..
        }
    )));
}

#[test]
fn marks_come_in_time_order() {
    let mut s = Session::new(routine(vec![hold("Long", 30)]), &no_get_ready());
    s.start(0);
    let ev = s.catch_up(30_000);
    let times: Vec<_> = ev.iter().map(Event::at).collect();
    let mut sorted = times.clone();
    sorted.sort();
    assert_eq!(times, sorted);
    assert!(ev.contains(&Event::Halfway {
        index: 0,
        at: 15_000
    }));
    assert!(ev.contains(&Event::SecondsLeft {
        index: 0,
        seconds: 10,
        at: 20_000
    }));
    assert!(ev.contains(&Event::SecondsLeft {
        index: 0,
        seconds: 1,
        at: 29_000
    }));
}

#[test]
fn pause_freezes_and_resume_continues() {
    let mut s = three_steps();
    s.start(0);
    s.pause(4_000);
    assert_eq!(s.status(), Status::Paused);
    assert!(s.catch_up(60_000).is_empty());
    assert_eq!(s.remaining(60_000), 6_000);
    assert_eq!(s.next_wake(60_000), None);
    s.resume(60_000);
    assert_eq!(s.remaining(61_000), 5_000);
}

#[test]
fn skip_and_previous_move_between_steps() {
    let mut s = three_steps();
    s.start(0);
    s.skip(2_000);
    assert_eq!(s.index(), 1);
    assert_eq!(s.remaining(2_000), 10_000);
    s.skip(3_000); // left side skipped: now the switch pause
    assert_eq!(s.current().unwrap().kind, SegmentKind::SwitchSides);
    s.previous(4_000); // back to the left side, not to the switch
    assert_eq!(s.index(), 1);
    s.previous(5_000);
    assert_eq!(s.index(), 0);
    s.previous(6_000); // at the top: restart the first step
    assert_eq!(s.index(), 0);
    assert_eq!(s.remaining(6_000), 10_000);
    assert_eq!(
        s.skipped_count(),
        0,
        "redone steps are no longer counted as skipped"
    );
}

#[test]
fn skip_while_paused_stays_paused() {
    let mut s = three_steps();
    s.start(0);
    s.pause(1_000);
    s.skip(2_000);
    assert_eq!(s.status(), Status::Paused);
    assert_eq!(s.index(), 1);
    assert_eq!(s.remaining(50_000), 10_000);
}

#[test]
fn skipping_the_last_step_finishes() {
    let mut s = Session::new(routine(vec![hold("Only", 10)]), &no_get_ready());
    s.start(0);
    let ev = s.skip(3_000);
    assert_eq!(ev.last(), Some(&Event::Finished { at: 3_000 }));
    assert_eq!(s.skipped_count(), 1);
}

#[test]
fn extend_adds_ten_seconds_and_rearms_the_last_ticks() {
    let mut s = Session::new(routine(vec![hold("Only", 10)]), &no_get_ready());
    s.start(0);
    let ev = s.catch_up(8_500);
    assert!(ev.contains(&Event::SecondsLeft {
        index: 0,
        seconds: 2,
        at: 8_000
    }));
    s.extend(8_500);
    assert_eq!(s.remaining(8_500), 11_500);
    assert_eq!(s.total(), 20_000);
    let ev = s.catch_up(20_000);
    assert!(ev.contains(&Event::SecondsLeft {
        index: 0,
        seconds: 3,
        at: 17_000
    }));
    assert_eq!(ev.last(), Some(&Event::Finished { at: 20_000 }));
}

#[test]
fn ending_early_is_recorded() {
    let mut s = three_steps();
    s.start(0);
    s.catch_up(12_000);
    let ev = s.end(12_000);
    assert!(!ev.iter().any(|e| matches!(e, Event::Finished { .. })));
    assert_eq!(s.status(), Status::Ended);
    assert_eq!(s.completed_count(), 1);
    assert_eq!(s.active_time(99_000), 12_000);
    assert_eq!(s.closed_at(), Some(12_000));
}

#[test]
fn get_ready_counts_in_before_the_first_step() {
    let mut s = Session::new(routine(vec![hold("A", 10)]), &Settings::default());
    s.start(0);
    assert_eq!(s.current().unwrap().kind, SegmentKind::GetReady);
    assert_eq!(s.next_work().unwrap().step, 0);
    s.catch_up(5_000);
    assert_eq!(s.current().unwrap().kind, SegmentKind::Work);
}

#[test]
fn upcoming_lists_future_events_without_changing_the_session() {
    let mut s = three_steps();
    s.start(0);
    let before = s.clone();
    let ahead = s.upcoming(5_000, 60_000);
    assert_eq!(s, before);
    assert_eq!(
        ahead.first(),
        Some(&Event::SecondsLeft {
            index: 0,
            seconds: 3,
            at: 7_000
        })
    );
    assert_eq!(ahead.last(), Some(&Event::Finished { at: 45_000 }));
    s.pause(5_000);
    assert!(s.upcoming(5_000, 60_000).is_empty());
}

#[test]
fn survives_a_json_round_trip_mid_session() {
    let mut s = three_steps();
    s.start(0);
    s.catch_up(12_345);
    let back: Session = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
    assert_eq!(back, s);
}

#[test]
fn a_paused_session_goes_stale_after_a_while() {
    let mut s = three_steps();
    s.start(0);
    s.pause(1_000);
    assert!(s.is_resumable(1_000 + STALE_AFTER - 1));
    assert!(!s.is_resumable(1_000 + STALE_AFTER));
}

#[test]
fn a_running_session_untouched_for_longer_than_it_lasts_is_stale() {
    let mut s = three_steps();
    s.start(0);
    // Touched at 0, planned for 45 s: it cannot still be running after that.
    assert!(s.is_resumable(45_000));
    assert!(!s.is_resumable(45_001));
    assert!(!s.is_resumable(10 * STALE_AFTER));
    // Caught up, it moves on by itself and is not stale in the middle.
    s.catch_up(30_000);
    assert!(s.is_resumable(30_000));
    // A ready session, or one that is over, is never offered.
    assert!(!three_steps().is_resumable(0));
    s.end(31_000);
    assert!(!s.is_resumable(31_000));
}

fn quick_ended() -> Session {
    let mut s = Session::new(crate::quick::routine(10), &Settings::default());
    s.start(0);
    s.end(10_000);
    assert!(!s.end_screen_kept());
    s
}

#[test]
fn after_a_reload_a_session_resumes_shows_its_end_asks_or_is_forgotten() {
    let kind = |r: Reloaded| match r {
        Reloaded::Resume(_) => "resume",
        Reloaded::EndScreen(_) => "end screen",
        Reloaded::AskLeft(_) => "ask",
        Reloaded::Forget(_) => "forget",
    };
    let mut running = three_steps();
    running.start(0);
    running.catch_up(5_000);
    let mut paused = running.clone();
    paused.pause(5_000);
    let mut ended = running.clone();
    ended.end(6_000);
    let mut watched = three_steps(); // seen until its last segment began
    watched.start(0);
    watched.catch_up(35_000);
    let cases: Vec<(&str, Session, Instant, &str)> = vec![
        (
            "running, reloaded mid-step",
            running.clone(),
            6_000,
            "resume",
        ),
        ("paused", paused.clone(), 60_000, "resume"),
        ("paused long ago", paused, 5_000 + STALE_AFTER, "forget"),
        (
            "ended, on its end screen",
            ended.clone(),
            7_000,
            "end screen",
        ),
        (
            "ended an hour ago",
            ended.clone(),
            6_000 + END_SCREEN_KEPT,
            "end screen",
        ),
        ("ended longer ago", ended, 6_001 + END_SCREEN_KEPT, "forget"),
        ("ran out while closed", running, 99_000, "ask"),
        (
            "ran out during the reload",
            watched.clone(),
            45_000 + LEFT_AFTER,
            "end screen",
        ),
        (
            "ran out, seen, then left",
            watched,
            45_001 + LEFT_AFTER,
            "ask",
        ),
        ("never started", three_steps(), 1_000, "forget"),
        ("a quick hold, ended", quick_ended(), 11_000, "forget"),
    ];
    for (what, saved, now, expected) in cases {
        let out = after_reload(saved, now);
        // Whatever comes back is caught up to `now`.
        let (Reloaded::Resume(s)
        | Reloaded::EndScreen(s)
        | Reloaded::AskLeft(s)
        | Reloaded::Forget(s)) = out.clone();
        if s.status() == Status::Running {
            assert!(s.remaining(now) > 0, "{what}");
        }
        assert_eq!(kind(out), expected, "{what}");
    }
}

// ----- invariants -----

fn arb_step() -> impl Strategy<Value = Step> {
    (1u64..40, 0u8..4, 1u8..4, prop::option::of(1u64..20)).prop_map(|(secs, sides, sets, rest)| {
        let mut s = hold("S", secs);
        s.sides = match sides {
            0 => Sides::Center,
            1 => Sides::Both,
            2 => Sides::Only(Side::Left),
            _ => Sides::Only(Side::Right),
        };
        s.sets = sets;
        s.rest_between_sets_ms = rest.map(|r| r * 1_000);
        s
    })
}

fn arb_session() -> impl Strategy<Value = Session> {
    (
        prop::collection::vec(arb_step(), 1..6),
        0u64..16,
        3u64..16,
        5u64..61,
    )
        .prop_map(|(steps, ready, switch, rest)| {
            let settings = Settings {
                get_ready_ms: ready * 1_000,
                switch_pause_ms: switch * 1_000,
                set_rest_ms: rest * 1_000,
                ..Settings::default()
            };
            Session::new(routine(steps), &settings)
        })
}

#[derive(Clone, Debug)]
enum Op {
    Wait(Millis),
    Pause,
    Resume,
    Skip,
    Previous,
    Extend,
    End,
}

fn arb_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0u64..20_000).prop_map(Op::Wait),
        1 => Just(Op::Pause),
        1 => Just(Op::Resume),
        1 => Just(Op::Skip),
        1 => Just(Op::Previous),
        1 => Just(Op::Extend),
        1 => Just(Op::End),
    ]
}

fn finished_at(ev: &[Event]) -> Option<Instant> {
    ev.iter().find_map(|e| match e {
        Event::Finished { at } => Some(*at),
        _ => None,
    })
}

proptest! {
    /// Left alone, a session ends exactly at start + the sum of its timeline.
    #[test]
    fn uninterrupted_session_ends_at_the_sum_of_its_timeline(mut s in arb_session(), start in 0u64..1_000_000) {
        let total = s.total();
        let mut ev = s.start(start);
        ev.extend(s.catch_up(start + total + 1));
        prop_assert_eq!(finished_at(&ev), Some(start + total));
        prop_assert_eq!(s.active_time(start + total), total);
    }

    /// Pauses shift every later event by exactly the time spent paused.
    #[test]
    fn pauses_shift_everything_by_the_paused_time(
        s in arb_session(),
        pauses in prop::collection::vec((0u64..30_000, 1u64..30_000), 0..6),
    ) {
        let total = s.total();
        let mut plain = s.clone();
        let mut base = plain.start(0);
        base.extend(plain.catch_up(total));

        let mut p = s;
        let mut ev = p.start(0);
        let (mut now, mut paused) = (0, 0);
        for (run, rest) in pauses {
            now += run;
            ev.extend(p.pause(now));
            if p.status() != Status::Paused { break; }
            now += rest;
            paused += rest;
            ev.extend(p.resume(now));
        }
        ev.extend(p.catch_up(total + paused + now));
        // Same events, each later by the pauses that came before it.
        prop_assert_eq!(ev.len(), base.len());
        prop_assert_eq!(finished_at(&ev), Some(total + paused));
        for (a, b) in ev.iter().zip(&base) {
            prop_assert!(a.at() >= b.at() && a.at() - b.at() <= paused);
        }
    }

    /// No sequence of taps leaves the session pointing outside its timeline.
    #[test]
    fn any_sequence_of_events_keeps_a_valid_index(mut s in arb_session(), ops in prop::collection::vec(arb_op(), 0..80)) {
        let mut now = 0;
        s.start(now);
        for op in ops {
            match op {
                Op::Wait(ms) => { now += ms; s.catch_up(now); }
                Op::Pause => { s.pause(now); }
                Op::Resume => { s.resume(now); }
                Op::Skip => { s.skip(now); }
                Op::Previous => { s.previous(now); }
                Op::Extend => { s.extend(now); }
                Op::End => { s.end(now); }
            }
            prop_assert!(s.index() < s.segments().len());
            prop_assert!(s.remaining(now) <= s.countdown().length());
            prop_assert!(s.position(now) <= s.total());
            prop_assert!(s.completed_count() + s.skipped_count() <= s.work_count());
        }
    }

    /// Catching up in one call or in many small ones gives the same state
    /// and the same events.
    #[test]
    fn catch_up_in_one_call_equals_many_small_ones(
        s in arb_session(),
        steps in prop::collection::vec(1u64..7_000, 1..80),
    ) {
        let mut one = s.clone();
        let mut many = s;
        one.start(0);
        many.start(0);
        let mut now = 0;
        let mut ev_many = Vec::new();
        for d in steps {
            now += d;
            ev_many.extend(many.catch_up(now));
        }
        let ev_one = one.catch_up(now);
        prop_assert_eq!(ev_one, ev_many);
        prop_assert_eq!(one, many);
    }
}

// ----- exact values the timing core promises -----

#[test]
fn next_wake_is_the_next_whole_second_or_nothing() {
    let mut s = three_steps();
    assert_eq!(s.next_wake(0), None, "not started");
    s.start(0);
    assert_eq!(s.next_wake(0), Some(1_000));
    assert_eq!(s.next_wake(250), Some(750));
    assert_eq!(s.next_wake(9_999), Some(1));
    s.pause(3_400);
    assert_eq!(s.next_wake(3_400), None, "paused");
    s.resume(5_000);
    assert_eq!(s.next_wake(5_000), Some(600));
    s.end(6_000);
    assert_eq!(s.next_wake(6_000), None, "over");
}

#[test]
fn active_time_counts_what_ran_including_the_current_segment() {
    let mut s = three_steps();
    assert_eq!(s.active_time(5_000), 0, "not started");
    s.start(1_000);
    assert_eq!(s.active_time(4_500), 3_500);
    s.skip(5_000); // 4 s of A ran
    assert_eq!(s.active_time(7_000), 4_000 + 2_000);
    s.pause(8_000);
    assert_eq!(s.active_time(60_000), 4_000 + 3_000, "a pause adds nothing");
    s.resume(60_000);
    s.catch_up(67_000); // B left done (10 s), 0 s into the switch
    assert_eq!(s.index(), 2);
    assert_eq!(s.active_time(67_000), 4_000 + 10_000);
    s.end(68_500);
    assert_eq!(s.active_time(99_000), 4_000 + 10_000 + 1_500);
}

#[test]
fn position_and_total_follow_the_timeline() {
    let mut s = three_steps();
    assert_eq!(s.total(), 45_000);
    assert_eq!(s.position(0), 0);
    s.start(0);
    s.catch_up(23_500);
    assert_eq!(s.position(23_500), 23_500);
    s.extend(23_500);
    assert_eq!(s.total(), 55_000);
    assert_eq!(s.position(24_000), 24_000);
    s.end(24_000);
    assert_eq!(s.position(99_000), 55_000);
}

#[test]
fn next_shown_names_the_step_after_the_one_about_to_start() {
    let mut s = Session::new(
        routine(vec![
            hold("A", 10),
            hold("B", 10).both_sides(),
            hold("C", 10),
        ]),
        &Settings::default(),
    );
    s.start(0);
    // Get ready for step 0: the screen shows step 0, "Next:" the left side of step 1.
    assert_eq!(s.current().unwrap().kind, SegmentKind::GetReady);
    assert_eq!(
        s.next_shown().map(|w| (w.step, w.side)),
        Some((1, Some(Side::Left)))
    );
    let mut seen = Vec::new();
    for t in 1..20 {
        let Some(cur) = s.current().copied() else {
            break;
        };
        if s.is_over() {
            break;
        }
        let next = s.next_shown().map(|w| (w.step, w.side));
        seen.push((cur.kind, cur.step, cur.side, next));
        s.skip(t * 1_000);
    }
    for (i, (kind, step, side, next)) in seen.iter().enumerate() {
        // Never the step the screen is already about.
        assert_ne!(
            *next,
            Some((*step, *side)),
            "segment {i} ({kind:?}) names itself"
        );
    }
    // A switch to the right side leads into it: "Next:" is the step after.
    let switch = seen
        .iter()
        .find(|(k, ..)| *k == SegmentKind::SwitchSides)
        .expect("three_steps switches sides");
    assert_eq!(switch.1, 1);
    assert_eq!(switch.3.map(|(step, _)| step), Some(2));
    // The last work segment names nothing.
    assert_eq!(seen.last().unwrap().3, None);
}

#[test]
fn next_work_skips_connectors_and_ends_with_the_last_step() {
    let mut s = three_steps();
    s.start(0);
    assert_eq!(
        s.next_work().map(|w| (w.step, w.side)),
        Some((1, Some(Side::Left)))
    );
    s.skip(1_000);
    assert_eq!(
        s.next_work().map(|w| (w.step, w.side)),
        Some((1, Some(Side::Right)))
    );
    s.skip(2_000);
    s.skip(3_000);
    s.skip(4_000);
    assert_eq!(s.index(), 4);
    assert_eq!(s.next_work(), None);
}

fn halfway_at(ev: &[Event]) -> Vec<Instant> {
    ev.iter()
        .filter_map(|e| match e {
            Event::Halfway { at, .. } => Some(*at),
            _ => None,
        })
        .collect()
}

fn seconds_left(ev: &[Event]) -> Vec<(u8, Instant)> {
    ev.iter()
        .filter_map(|e| match e {
            Event::SecondsLeft { seconds, at, .. } => Some((*seconds, *at)),
            _ => None,
        })
        .collect()
}

/// A single-segment session of `ms` milliseconds, run to its end.
fn marks_of(ms: Millis) -> Vec<Event> {
    let mut step = hold("One", 10);
    step.duration_ms = ms;
    let mut s = Session::new(routine(vec![step]), &no_get_ready());
    let mut ev = s.start(0);
    ev.extend(s.catch_up(ms));
    ev
}

#[test]
fn halfway_is_marked_from_two_seconds_on() {
    assert_eq!(halfway_at(&marks_of(2_000)), vec![1_000]);
    assert_eq!(halfway_at(&marks_of(1_999)), Vec::<Instant>::new());
    assert_eq!(halfway_at(&marks_of(45_000)), vec![22_500]);
}

#[test]
fn ten_seconds_left_is_marked_only_on_segments_over_twenty_seconds() {
    let ten = |ms| {
        seconds_left(&marks_of(ms))
            .into_iter()
            .filter(|(s, _)| *s == 10)
            .collect::<Vec<_>>()
    };
    assert_eq!(ten(20_000), vec![]);
    assert_eq!(ten(20_001), vec![(10, 10_001)]);
    assert_eq!(ten(30_000), vec![(10, 20_000)]);
}

#[test]
fn the_last_ticks_need_room_in_the_segment() {
    assert_eq!(
        seconds_left(&marks_of(3_001)),
        vec![(3, 1), (2, 1_001), (1, 2_001)]
    );
    assert_eq!(seconds_left(&marks_of(3_000)), vec![(2, 1_000), (1, 2_000)]);
    assert_eq!(seconds_left(&marks_of(1_000)), vec![]);
    assert_eq!(
        marks_of(10_000)
            .iter()
            .map(|e| format!("{e:?}"))
            .collect::<Vec<_>>(),
        vec![
            "SegmentStarted { index: 0, at: 0 }",
            "Halfway { index: 0, at: 5000 }",
            "SecondsLeft { index: 0, seconds: 3, at: 7000 }",
            "SecondsLeft { index: 0, seconds: 2, at: 8000 }",
            "SecondsLeft { index: 0, seconds: 1, at: 9000 }",
            "SegmentEnded { index: 0, at: 10000 }",
            "Finished { at: 10000 }",
        ]
    );
}

#[test]
fn a_mark_is_reported_at_its_moment_and_only_once() {
    let mut s = Session::new(routine(vec![hold("One", 10)]), &no_get_ready());
    s.start(0);
    assert_eq!(s.catch_up(4_999), vec![]);
    assert_eq!(
        s.catch_up(5_000),
        vec![Event::Halfway {
            index: 0,
            at: 5_000
        }]
    );
    assert_eq!(s.catch_up(5_000), vec![]);
    assert_eq!(s.catch_up(6_999), vec![]);
    assert_eq!(
        s.catch_up(7_000),
        vec![Event::SecondsLeft {
            index: 0,
            seconds: 3,
            at: 7_000
        }]
    );
}

#[test]
fn connectors_get_no_halfway_or_ten_second_marks() {
    // A 30 s rest between sets: only the last ticks.
    let mut s = Session::new(routine(vec![hold("A", 10).sets(2, 30)]), &no_get_ready());
    s.start(0);
    let ev = s.catch_up(40_000);
    assert_eq!(s.current().map(|c| c.kind), Some(SegmentKind::Work));
    let rest: Vec<_> = ev
        .iter()
        .filter(|e| {
            matches!(
                e,
                Event::Halfway { index: 1, .. } | Event::SecondsLeft { index: 1, .. }
            )
        })
        .copied()
        .collect();
    assert_eq!(
        rest,
        vec![
            Event::SecondsLeft {
                index: 1,
                seconds: 3,
                at: 37_000
            },
            Event::SecondsLeft {
                index: 1,
                seconds: 2,
                at: 38_000
            },
            Event::SecondsLeft {
                index: 1,
                seconds: 1,
                at: 39_000
            },
        ]
    );
}

#[test]
fn a_switch_is_announced_with_its_start() {
    let mut s = three_steps();
    s.start(0);
    let ev = s.catch_up(20_000);
    let tail: Vec<_> = ev.iter().rev().take(2).copied().collect();
    assert_eq!(
        tail,
        vec![
            Event::SwitchSides {
                index: 2,
                at: 20_000
            },
            Event::SegmentStarted {
                index: 2,
                at: 20_000
            },
        ]
    );
}

#[test]
fn extend_while_paused_adds_to_the_frozen_time() {
    let mut s = three_steps();
    s.start(0);
    s.pause(4_000);
    s.extend(9_000);
    assert_eq!(s.status(), Status::Paused);
    assert_eq!(s.remaining(9_000), 16_000);
    assert_eq!(s.countdown().length(), 20_000);
    assert_eq!(s.touched_at(), 9_000);
    s.resume(10_000);
    assert_eq!(s.remaining(10_000), 16_000);
}

/// A one-step session of `kind` lasting `secs`, started at 0.
fn one_step(kind: StepKind, secs: u64) -> Session {
    let mut step = hold("One", secs);
    step.kind = kind;
    let mut s = Session::new(routine(vec![step]), &no_get_ready());
    s.start(0);
    s
}

#[test]
fn extend_stops_at_the_step_kinds_limit_and_says_why() {
    // (kind, planned s, taps that add time, limit s, why)
    let table = [
        (
            StepKind::Hold,
            30,
            3,
            60,
            "60 s is the most for one hold: move to the next spot",
        ),
        (
            StepKind::Hold,
            45,
            2,
            60,
            "60 s is the most for one hold: move to the next spot",
        ),
        (
            StepKind::Roll,
            60,
            6,
            120,
            "2 minutes is the most for one pass: move on to the next area",
        ),
        (
            StepKind::Stretch,
            30,
            3,
            60,
            "60 s is the most for one stretch: ease out of it slowly",
        ),
        (
            StepKind::Heat,
            19 * 60,
            6,
            20 * 60,
            "20 minutes is the most heat on one area: remove the heat",
        ),
        (
            StepKind::Rest,
            55,
            1,
            60,
            "60 s is the most for a rest: tap Pause if you need longer",
        ),
    ];
    for (kind, planned, taps, limit, why) in table {
        let mut s = one_step(kind, planned);
        assert_eq!(s.extend_cap(), limit * SECOND, "{kind:?}");
        for tap in 1..=taps {
            assert!(s.can_extend(), "{kind:?} tap {tap}");
            assert_eq!(s.extend_limit(), None, "{kind:?} tap {tap}");
            s.extend(tap * 100);
        }
        // The last tap that adds anything reaches the limit exactly.
        assert_eq!(s.countdown().length(), limit * SECOND, "{kind:?}");
        assert!(!s.can_extend());
        assert_eq!(s.extend_limit().as_deref(), Some(why));
        // The next changes nothing and still says why.
        let before = s.clone();
        assert_eq!(s.extend(taps * 100), vec![]);
        assert_eq!(s, before, "{kind:?}: a refused tap changes nothing");
        assert_eq!(s.extend_limit().as_deref(), Some(why));
    }
}

#[test]
fn a_step_planned_at_its_limit_takes_no_more_time() {
    for kind in StepKind::ALL {
        let max = crate::limits::bounds(kind).max;
        let mut s = one_step(kind, max / SECOND);
        assert!(!s.can_extend(), "{kind:?}");
        s.extend(1_000);
        assert_eq!(s.countdown().length(), max, "{kind:?}");
        assert_eq!(s.extend_limit(), Some(crate::limits::limit_reason(kind)));
    }
}

#[test]
fn pauses_between_steps_stop_at_a_minute() {
    let settings = Settings {
        get_ready_ms: 15_000,
        switch_pause_ms: 5_000,
        ..Settings::default()
    };
    let mut s = Session::new(
        routine(vec![hold("Calf", 10).both_sides().sets(2, 20)]),
        &settings,
    );
    s.start(0);
    assert_eq!(s.current().unwrap().kind, SegmentKind::GetReady);
    for _ in 0..10 {
        s.extend(0);
    }
    assert_eq!(s.countdown().length(), 60_000);
    assert_eq!(
        s.extend_limit().as_deref(),
        Some("60 s is the most to get ready: tap Pause if you need longer")
    );
    s.skip(1_000); // left side
    s.skip(2_000); // the switch
    assert_eq!(s.current().unwrap().kind, SegmentKind::SwitchSides);
    for _ in 0..10 {
        s.extend(2_000);
    }
    assert_eq!(s.countdown().length(), 60_000);
    assert_eq!(
        s.extend_limit().as_deref(),
        Some("60 s is the most for a pause between steps: tap Pause if you need longer")
    );
}

#[test]
fn only_a_live_session_can_be_extended() {
    let mut s = Session::new(routine(vec![hold("One", 10)]), &no_get_ready());
    assert!(!s.can_extend(), "not started");
    assert_eq!(s.extend_limit(), None);
    s.extend(0);
    assert_eq!(s.total(), 10_000);
    s.start(0);
    s.pause(0);
    assert!(s.can_extend(), "paused is live");
    s.end(1_000);
    assert!(!s.can_extend());
    assert_eq!(s.extend_limit(), None, "nothing to explain once it is over");
}

#[test]
fn the_first_start_counts_and_later_starts_do_nothing() {
    let mut s = three_steps();
    assert_eq!(
        s.start(500),
        vec![Event::SegmentStarted { index: 0, at: 500 }]
    );
    assert_eq!(s.started_at(), Some(500));
    assert_eq!(s.touched_at(), 500);
    assert_eq!(s.start(900), vec![]);
    assert_eq!(s.started_at(), Some(500));
    // An empty routine finishes at once.
    let mut empty = Session::new(routine(vec![]), &no_get_ready());
    assert_eq!(empty.start(7), vec![Event::Finished { at: 7 }]);
    assert_eq!(empty.status(), Status::Finished);
    assert_eq!(empty.closed_at(), Some(7));
}

#[test]
fn pause_and_resume_touch_the_session_only_when_they_change_it() {
    let mut s = three_steps();
    s.start(0);
    s.resume(1_000);
    assert_eq!(s.touched_at(), 0, "resuming a running session does nothing");
    s.pause(2_000);
    assert_eq!(s.touched_at(), 2_000);
    s.pause(3_000);
    assert_eq!(s.touched_at(), 2_000);
    s.resume(4_000);
    assert_eq!((s.status(), s.touched_at()), (Status::Running, 4_000));
    // Pausing after the segment's end lands on the next segment, paused.
    s.pause(20_000);
    assert_eq!((s.status(), s.index()), (Status::Paused, 1));
}

#[test]
fn skipping_records_how_long_the_segment_ran() {
    let mut s = three_steps();
    s.start(0);
    let ev = s.skip(2_500);
    assert_eq!(
        ev,
        vec![
            Event::SegmentEnded {
                index: 0,
                at: 2_500
            },
            Event::SegmentStarted {
                index: 1,
                at: 2_500
            },
        ]
    );
    assert_eq!(s.outcomes[0], Some((Outcome::Skipped, 2_500)));
    assert_eq!(s.touched_at(), 2_500);
    assert!(s.skip(2_600).contains(&Event::SwitchSides {
        index: 2,
        at: 2_600
    }));
}

#[test]
fn previous_from_a_later_step_goes_back_one_work_segment() {
    let mut s = three_steps();
    s.start(0);
    s.catch_up(35_000); // in C
    assert_eq!(s.index(), 4);
    let ev = s.previous(36_000);
    assert_eq!(s.index(), 3);
    assert_eq!(
        ev,
        vec![Event::SegmentStarted {
            index: 3,
            at: 36_000
        }]
    );
    assert_eq!(s.outcomes[2].map(|o| o.0), Some(Outcome::Completed));
    assert_eq!(s.outcomes[3], None);
    assert_eq!(s.outcomes[4], None);
    // Over, it does nothing.
    s.end(37_000);
    assert_eq!(s.previous(38_000), vec![]);
    assert_eq!(s.index(), 3);
}

#[test]
fn ending_a_session_that_is_not_live_does_nothing() {
    let mut s = three_steps();
    assert_eq!(s.end(0), vec![]);
    assert_eq!(s.status(), Status::Ready);
    s.start(0);
    s.catch_up(50_000);
    assert_eq!(s.end(60_000), vec![]);
    assert_eq!(s.status(), Status::Finished);
    assert_eq!(s.closed_at(), Some(45_000));
}

#[test]
fn upcoming_stops_at_the_horizon() {
    let mut s = three_steps();
    s.start(0);
    let ahead = s.upcoming(0, 5_000);
    assert_eq!(
        ahead,
        vec![Event::Halfway {
            index: 0,
            at: 5_000
        }]
    );
    let mut done = three_steps();
    done.start(0);
    assert!(done.upcoming(50_000, 5_000).is_empty(), "already over");
}

// ----- honest counts -----

/// "Calves and heel": a hold on both sides in 2 sets, a rest step, a
/// stretch on both sides: 3 steps, 4 + 1 + 2 = 7 work segments.
fn calves_and_heel() -> Session {
    let mut rest = hold("Breathe", 10);
    rest.kind = crate::routine::StepKind::Rest;
    Session::new(
        routine(vec![
            hold("Calf", 10).both_sides().sets(2, 5),
            rest,
            hold("Heel", 10).both_sides(),
        ]),
        &Settings::default(),
    )
}

#[test]
fn counts_are_of_the_routines_steps_not_of_timeline_segments() {
    let mut s = calves_and_heel();
    assert_eq!(s.work_count(), 7);
    assert_eq!(s.step_count(), 3);
    s.start(0);
    s.catch_up(1_000_000);
    assert_eq!(s.status(), Status::Finished);
    assert_eq!((s.steps_done(), s.steps_skipped()), (3, 0));
    assert_eq!(s.completed_count(), 7);
    assert!(s.is_complete());
}

#[test]
fn ending_early_skips_nothing() {
    let mut s = calves_and_heel();
    s.start(0);
    s.catch_up(7_000); // 2 s into the first side of the first step
    s.end(7_000);
    assert_eq!((s.steps_done(), s.steps_skipped()), (0, 0));
    assert!(!s.is_complete());
    assert_eq!(s.step_count(), 3);
}

#[test]
fn a_step_is_done_when_any_of_its_segments_ran_to_the_end() {
    let mut s = calves_and_heel();
    s.start(0);
    s.catch_up(5_000); // get-ready over
    s.skip(6_000); // calf left, set 1
    s.catch_up(6_000 + 5_000 + 10_000); // switch, then right side ran
    assert_eq!(s.steps_done(), 1);
    assert_eq!(s.steps_skipped(), 0);
}

#[test]
fn a_step_is_skipped_when_every_one_of_its_segments_was() {
    let mut s = calves_and_heel();
    s.start(0);
    s.skip(1_000); // get-ready: not a step
    for t in 0..7 {
        s.skip(2_000 + t); // the calf: four sides, two switches, one rest
    }
    assert_eq!(s.current().map(|c| c.step), Some(1));
    assert_eq!(s.steps_skipped(), 1);
    s.catch_up(20_000); // the rest step runs out
    assert_eq!((s.steps_done(), s.steps_skipped()), (1, 1));
}

#[test]
fn skipping_everything_finishes_but_is_not_complete() {
    let mut s = calves_and_heel();
    s.start(0);
    let mut t = 0;
    for _ in 0..100 {
        if s.is_over() {
            break;
        }
        t += 100;
        s.skip(t);
    }
    assert_eq!(s.status(), Status::Finished);
    assert_eq!((s.steps_done(), s.steps_skipped()), (0, 3));
    assert!(!s.is_complete());
}

#[test]
fn a_session_left_running_runs_out_unattended() {
    let mut s = three_steps();
    s.start(0);
    s.catch_up(5_000);
    let saved = s.clone(); // the tab closes 5 s in
    assert!(!saved.ran_out_unattended(44_999), "not over yet");
    assert!(saved.ran_out_unattended(45_000));
    assert!(saved.ran_out_unattended(10 * STALE_AFTER));
    // Seen until its last segment began: the end is no surprise.
    let mut watched = three_steps();
    watched.start(0);
    watched.catch_up(35_000); // C began at 35 s
    assert!(!watched.ran_out_unattended(99_000));
    // Seen one moment before the last segment began: unattended.
    let mut almost = three_steps();
    almost.start(0);
    almost.catch_up(34_999);
    almost.touched_at = 34_999;
    assert!(almost.ran_out_unattended(45_000));
    // Paused, ready or over: nothing runs out.
    let mut paused = three_steps();
    paused.start(0);
    paused.pause(1_000);
    assert!(!paused.ran_out_unattended(99_000));
    assert!(!three_steps().ran_out_unattended(99_000));
    s.catch_up(99_000);
    assert!(!s.ran_out_unattended(99_000));
}

#[test]
fn an_extended_last_segment_counts_its_added_time() {
    let mut s = three_steps();
    s.start(0);
    s.catch_up(36_000);
    s.extend(36_000); // C now ends at 55 s, touched at 36 s: 19 s < 20 s
    assert!(!s.ran_out_unattended(99_000));
}

// ----- restoring a saved session -----

fn saved(s: &Session) -> String {
    serde_json::to_string(s).unwrap()
}

fn reason(s: &Session, now: Instant) -> String {
    s.check(now).unwrap_err().reason
}

/// A session 12 s into `three_steps`, started at 1 000 000.
fn mid_session() -> Session {
    let mut s = three_steps();
    s.start(1_000_000);
    s.catch_up(1_012_000);
    s
}

#[test]
fn good_saved_sessions_restore_as_they_were() {
    let now = 1_020_000;
    let mut cases = vec![three_steps(), mid_session()];
    let mut paused = mid_session();
    paused.pause(1_013_000);
    cases.push(paused.clone());
    let mut extended = mid_session();
    extended.extend(1_013_000);
    extended.skip(1_014_000);
    extended.extend(1_015_000);
    extended.previous(1_016_000);
    cases.push(extended);
    let settings = Settings {
        get_ready_ms: 3_000,
        switch_pause_ms: 15_000,
        set_rest_ms: 60_000,
        ..Settings::default()
    };
    let mut mixed = Session::new(
        routine(vec![hold("A", 10).sets(2, 7), hold("B", 60).sets(3, 5)]),
        &settings,
    );
    mixed.start(1_000_000);
    mixed.catch_up(1_019_000);
    cases.push(mixed);
    let mut ended = mid_session();
    ended.end(1_013_000);
    cases.push(ended);
    let mut finished = mid_session();
    finished.catch_up(1_045_000);
    cases.push(finished);
    for s in cases {
        assert_eq!(s.check(now), Ok(()), "{s:?}");
        // Read back no earlier than it was saved (an earlier clock is the
        // clock-set-back case, tested on its own).
        let at = now.max(s.touched_at());
        assert_eq!(restore_json(&saved(&s), at), Ok(s.clone()));
    }
}

#[test]
fn restoring_cleans_the_routines_texts() {
    let mut s = mid_session();
    s.routine.name = "\u{202E}Test\u{0}".into();
    s.routine.steps[0].title = "A\u{200B}".into();
    let back = restore(s, 1_020_000).unwrap();
    assert_eq!(back.routine().name, "Test");
    assert_eq!(back.routine().steps[0].title, "A");
}

#[test]
fn a_session_whose_lists_were_emptied_is_refused() {
    let mut s = mid_session();
    s.segments.clear();
    assert_eq!(reason(&s, 1_020_000), "its list of steps is empty");
    let mut s = mid_session();
    s.outcomes.clear();
    assert_eq!(
        reason(&s, 1_020_000),
        "its record of steps done does not match its steps"
    );
    let mut s = mid_session();
    s.outcomes.push(None);
    assert_eq!(
        reason(&s, 1_020_000),
        "its record of steps done does not match its steps"
    );
    let mut s = mid_session();
    s.routine.steps.clear();
    assert_eq!(
        reason(&s, 1_020_000),
        "its routine is outside the safe limits (steps: Add at least one step)"
    );
}

#[test]
fn an_index_past_the_last_step_is_refused() {
    for index in [5, 6, usize::MAX] {
        let mut s = mid_session();
        s.index = index;
        assert_eq!(reason(&s, 1_020_000), "it points past its last step");
    }
}

#[test]
fn a_hand_edited_ten_hour_segment_is_refused() {
    let ten_hours = 10 * 60 * 60 * SECOND;
    let mut s = mid_session();
    s.segments[2].duration_ms = ten_hours;
    assert_eq!(reason(&s, 1_020_000), "its steps do not match its routine");
    // The same length in the routine and its timeline: over the limits.
    let mut s = Session::new(routine(vec![hold("A", 36_000)]), &no_get_ready());
    s.start(0);
    assert_eq!(
        reason(&s, 0),
        "its routine is outside the safe limits (steps[0].duration_ms: Hold must be 0:10 to 1:00)"
    );
    // In the current countdown only.
    let mut s = mid_session();
    s.countdown = Countdown::from_parts(ten_hours, s.countdown.phase());
    assert_eq!(
        reason(&s, 1_020_000),
        "the current step has a length it could not have"
    );
}

#[test]
fn connector_lengths_must_be_ones_the_settings_allow() {
    let mut s = calves_and_heel();
    s.start(0);
    let get_ready = s.segments[0].duration_ms;
    s.segments[0].duration_ms = 60 * 60 * SECOND;
    assert_eq!(reason(&s, 0), "its steps do not match its routine");
    s.segments[0].duration_ms = get_ready;
    assert_eq!(s.check(0), Ok(()));
    // Two switch pauses that disagree.
    let switches: Vec<_> = (0..s.segments.len())
        .filter(|&i| s.segments[i].kind == SegmentKind::SwitchSides)
        .collect();
    s.segments[switches[1]].duration_ms += 1_000;
    assert_eq!(reason(&s, 0), "its steps do not match its routine");
    // A step index out of range.
    let mut s = mid_session();
    s.segments[1].step = 99;
    assert_eq!(reason(&s, 1_020_000), "its steps do not match its routine");
}

#[test]
fn the_current_length_may_grow_only_by_what_extend_adds() {
    let mut s = mid_session(); // in B left, a 10 s hold: at most 60 s
    let phase = s.countdown.phase();
    s.countdown = Countdown::from_parts(60_000, phase);
    assert_eq!(s.check(1_020_000), Ok(()));
    s.countdown = Countdown::from_parts(60_001, phase);
    assert!(s.check(1_020_000).is_err());
    s.countdown = Countdown::from_parts(10_000, phase);
    assert_eq!(s.check(1_020_000), Ok(()));
    s.countdown = Countdown::from_parts(9_999, phase);
    assert_eq!(
        reason(&s, 1_020_000),
        "the current step has a length it could not have"
    );
}

#[test]
fn the_marks_cursor_must_lie_within_the_current_step() {
    let mut s = mid_session();
    s.cursor = 10_000;
    assert_eq!(s.check(1_020_000), Ok(()));
    s.cursor = 10_001;
    assert_eq!(
        reason(&s, 1_020_000),
        "the current step's time is out of range"
    );
}

#[test]
fn a_recorded_run_longer_than_its_step_could_last_is_refused() {
    let mut s = mid_session();
    s.outcomes[0] = Some((Outcome::Completed, 60_000));
    assert_eq!(s.check(1_020_000), Ok(()));
    s.outcomes[0] = Some((Outcome::Completed, 60_001));
    assert_eq!(
        reason(&s, 1_020_000),
        "a step is recorded as longer than it could have run"
    );
    s.outcomes[0] = Some((Outcome::Completed, u64::MAX));
    assert!(s.check(1_020_000).is_err());
}

#[test]
fn outcomes_must_match_where_the_session_is() {
    let order = "its record of steps done does not match where it is";
    let mut s = mid_session();
    s.outcomes[0] = None;
    assert_eq!(reason(&s, 1_020_000), order);
    let mut s = mid_session();
    s.outcomes[1] = Some((Outcome::Skipped, 0));
    assert_eq!(reason(&s, 1_020_000), order);
    let mut s = mid_session();
    s.outcomes[4] = Some((Outcome::Skipped, 0));
    assert_eq!(reason(&s, 1_020_000), order);
    let mut ready = three_steps();
    ready.outcomes[0] = Some((Outcome::Completed, 0));
    assert_eq!(reason(&ready, 0), order);
    let mut ended = mid_session();
    ended.end(1_013_000);
    ended.outcomes[1] = None;
    assert_eq!(reason(&ended, 1_020_000), order);
    let mut finished = mid_session();
    finished.catch_up(1_045_000);
    finished.outcomes[4] = None;
    assert_eq!(reason(&finished, 1_050_000), order);
}

#[test]
fn the_status_must_agree_with_the_countdown_and_the_times() {
    let state = "its state does not hold together";
    let mut s = mid_session();
    s.status = Status::Paused;
    assert_eq!(reason(&s, 1_020_000), state);
    let mut s = mid_session();
    s.countdown = Countdown::from_parts(10_000, Phase::Ready);
    assert_eq!(reason(&s, 1_020_000), state);
    let mut s = mid_session();
    s.started_at = None;
    assert_eq!(reason(&s, 1_020_000), state);
    let mut s = mid_session();
    s.closed_at = Some(1_012_000);
    assert_eq!(reason(&s, 1_020_000), state);
    let mut p = mid_session();
    p.pause(1_013_000);
    assert_eq!(p.check(1_020_000), Ok(()));
    p.countdown = Countdown::from_parts(10_000, Phase::Paused { remaining: 10_001 });
    assert_eq!(reason(&p, 1_020_000), state);
    p.countdown = Countdown::from_parts(10_000, Phase::Paused { remaining: 10_000 });
    assert_eq!(p.check(1_020_000), Ok(()));
    p.started_at = None;
    assert_eq!(reason(&p, 1_020_000), state);
    let mut p = mid_session();
    p.pause(1_013_000);
    p.closed_at = Some(1_013_000);
    assert_eq!(reason(&p, 1_020_000), state);
    let mut r = three_steps();
    r.index = 1;
    assert_eq!(reason(&r, 0), state);
    let mut r = three_steps();
    r.countdown.start(0);
    assert_eq!(reason(&r, 0), state);
    let mut r = three_steps();
    r.started_at = Some(0);
    assert_eq!(reason(&r, 0), state);
    let mut r = three_steps();
    r.closed_at = Some(0);
    assert_eq!(reason(&r, 0), state);
    let mut e = mid_session();
    e.end(1_013_000);
    e.closed_at = None;
    assert_eq!(reason(&e, 1_020_000), state);
    let mut e = mid_session();
    e.end(1_013_000);
    e.closed_at = Some(999_999);
    assert_eq!(reason(&e, 1_020_000), state);
    e.closed_at = Some(1_000_000);
    assert_eq!(e.check(1_020_000), Ok(()));
    e.started_at = None;
    assert_eq!(reason(&e, 1_020_000), state);
}

#[test]
fn a_deadline_ten_years_ahead_is_refused() {
    let future = "its times lie too far in the future";
    let now = 1_012_000;
    let mut s = mid_session();
    let total = s.total();
    s.countdown = Countdown::from_parts(
        10_000,
        Phase::Running {
            deadline: now + total,
        },
    );
    assert_eq!(s.check(now), Ok(()));
    s.countdown = Countdown::from_parts(
        10_000,
        Phase::Running {
            deadline: now + total + 1,
        },
    );
    assert_eq!(reason(&s, now), future);
    s.countdown = Countdown::from_parts(
        10_000,
        Phase::Running {
            deadline: now + 10 * 365 * 24 * 3_600_000,
        },
    );
    assert_eq!(reason(&s, now), future);
    s.countdown = Countdown::from_parts(10_000, Phase::Running { deadline: u64::MAX });
    assert_eq!(reason(&s, now), future);
}

#[test]
fn other_times_far_ahead_are_refused_too() {
    let future = "its times lie too far in the future";
    let now = 1_012_000;
    let latest = now + mid_session().total();
    let mut s = mid_session();
    s.started_at = Some(latest);
    s.touched_at = latest;
    assert_eq!(s.check(now), Ok(()));
    s.started_at = Some(latest + 1);
    assert_eq!(reason(&s, now), future);
    let mut s = mid_session();
    s.touched_at = latest + 1;
    assert_eq!(reason(&s, now), future);
    let mut e = mid_session();
    e.end(1_012_000);
    e.closed_at = Some(latest + 1);
    assert_eq!(reason(&e, now), future);
}

#[test]
fn restoring_from_text_refuses_what_is_not_a_session() {
    let now = 0;
    assert_eq!(
        restore_json("\"hello\"", now).unwrap_err().reason,
        "it is not a session this version can read"
    );
    assert_eq!(
        restore_json(&"[".repeat(10_000), now).unwrap_err().reason,
        "it is nested too deep"
    );
    let mut v: serde_json::Value = serde_json::from_str(&saved(&mid_session())).unwrap();
    v["index"] = serde_json::json!("one");
    assert!(restore_json(&v.to_string(), now).is_err());
    let problem = restore_json("{}", now).unwrap_err();
    assert_eq!(
        problem.to_string(),
        "The session that was running could not be restored: it is not a session this version can read."
    );
}

// ----- bent saved sessions never panic -----

/// Sessions of routines within a user's limits, with any allowed settings.
fn arb_valid_session() -> impl Strategy<Value = Session> {
    let step = (
        0usize..5,
        0u64..=1_000,
        0u8..4,
        1u8..6,
        prop::option::of(5u64..61),
    )
        .prop_map(|(kind, permille, sides, sets, rest)| {
            // Any kind, any whole-second length within its limits.
            let kind = StepKind::ALL[kind];
            let b = crate::limits::bounds(kind);
            let secs = (b.min + (b.max - b.min) * permille / 1_000) / SECOND;
            let mut s = hold("S", secs);
            s.kind = kind;
            s.sides = match sides {
                0 => Sides::Center,
                1 => Sides::Both,
                2 => Sides::Only(Side::Left),
                _ => Sides::Only(Side::Right),
            };
            s.sets = if kind == StepKind::Heat { 1 } else { sets };
            s.rest_between_sets_ms = rest.map(|r| r * 1_000);
            s
        });
    (
        prop::collection::vec(step, 1..5),
        0u64..20,
        0u64..20,
        0u64..70,
    )
        .prop_map(|(steps, ready, switch, rest)| {
            let settings = Settings {
                get_ready_ms: ready * 1_000,
                switch_pause_ms: switch * 1_000,
                set_rest_ms: rest * 1_000,
                ..Settings::default()
            };
            Session::new(routine(steps), &settings)
        })
}

/// Replaces the value at `path` (indexes taken modulo each level's size)
/// with `with`.
fn mutate(v: &mut serde_json::Value, path: &[usize], with: &serde_json::Value) {
    use serde_json::Value;
    let Some((&i, rest)) = path.split_first() else {
        *v = with.clone();
        return;
    };
    match v {
        Value::Array(a) if !a.is_empty() => {
            let n = a.len();
            mutate(&mut a[i % n], rest, with)
        }
        Value::Object(o) if !o.is_empty() => {
            let n = o.len();
            if let Some(child) = o.values_mut().nth(i % n) {
                mutate(child, rest, with)
            }
        }
        _ => *v = with.clone(),
    }
}

/// Values that bend a session: emptied lists, huge and negative numbers,
/// indexes out of range, wrong types.
fn bending_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::{json, Value};
    prop_oneof![
        Just(Value::Null),
        Just(json!([])),
        Just(json!({})),
        Just(json!(u64::MAX)),
        Just(json!(u64::MAX - 1)),
        Just(json!(i64::MIN)),
        Just(json!(-1)),
        Just(json!(0)),
        Just(json!(1e300)),
        Just(json!(36_000_000)),
        Just(json!("running")),
        Just(json!("finished")),
        Just(json!("work")),
        Just(json!({"phase": "running", "deadline": u64::MAX})),
        Just(json!({"phase": "paused", "remaining": u64::MAX})),
        Just(json!({"phase": "finished", "at": 0})),
        Just(json!(["completed", u64::MAX])),
        any::<bool>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (0u64..64).prop_map(Value::from),
        ".{0,6}".prop_map(Value::from),
    ]
}

/// Arbitrary JSON, with the session's own field names as keys often
/// enough that some documents get past the first fields.
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let key = prop_oneof![
        Just("routine".to_string()),
        Just("segments".to_string()),
        Just("status".to_string()),
        Just("index".to_string()),
        Just("countdown".to_string()),
        Just("cursor".to_string()),
        Just("outcomes".to_string()),
        Just("started_at".to_string()),
        Just("closed_at".to_string()),
        Just("touched_at".to_string()),
        "[a-z_]{1,8}",
    ];
    bending_value().prop_recursive(4, 48, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every operation on the session, at times from `now` on; nothing may
/// panic, whatever the session holds.
fn drive(s: &mut Session, now: Instant, ops: &[Op]) {
    let mut now = now;
    let _ = (s.current(), s.next_work(), s.total(), s.position(now));
    let _ = (s.active_time(now), s.completed_count(), s.skipped_count());
    let _ = (s.steps_done(), s.steps_skipped(), s.is_complete());
    let _ = (s.is_resumable(now), s.ran_out_unattended(now));
    let _ = (s.next_wake(now), s.upcoming(now, 60_000), s.remaining(now));
    for op in ops {
        match op {
            Op::Wait(ms) => {
                now = now.saturating_add(*ms);
                s.catch_up(now);
            }
            Op::Pause => drop(s.pause(now)),
            Op::Resume => drop(s.resume(now)),
            Op::Skip => drop(s.skip(now)),
            Op::Previous => drop(s.previous(now)),
            Op::Extend => drop(s.extend(now)),
            Op::End => drop(s.end(now)),
        }
        let _ = (
            s.next_wake(now),
            s.upcoming(now, 60_000),
            s.active_time(now),
        );
        let _ = (s.position(now), s.total(), s.next_work(), s.steps_done());
    }
    s.catch_up(u64::MAX);
    s.end(u64::MAX);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, ..ProptestConfig::default() })]

    /// A valid saved session with one value bent anywhere: restoring it
    /// never panics, nor does driving it, checked or not; a restored one
    /// keeps the engine's invariants.
    #[test]
    fn bent_saved_sessions_never_panic(
        s in arb_valid_session(),
        before in prop::collection::vec(arb_op(), 0..12),
        path in prop::collection::vec(any::<usize>(), 0..5),
        with in bending_value(),
        now in 0u64..200_000,
        ops in prop::collection::vec(arb_op(), 0..20),
    ) {
        let mut s = s;
        s.start(0);
        drive(&mut s, 0, &before);
        let mut doc = serde_json::to_value(&s).unwrap();
        mutate(&mut doc, &path, &with);
        let text = doc.to_string();
        if let Ok(mut raw) = serde_json::from_str::<Session>(&text) {
            drive(&mut raw, now, &ops);
        }
        if let Ok(mut back) = restore_json(&text, now) {
            back.catch_up(now);
            let mut t = now;
            for op in &ops {
                match op {
                    Op::Wait(ms) => { t += ms; back.catch_up(t); }
                    Op::Pause => { back.pause(t); }
                    Op::Resume => { back.resume(t); }
                    Op::Skip => { back.skip(t); }
                    Op::Previous => { back.previous(t); }
                    Op::Extend => { back.extend(t); }
                    Op::End => { back.end(t); }
                }
                prop_assert!(back.index() < back.segments().len());
                prop_assert!(back.remaining(t) <= back.total());
                prop_assert!(back.steps_done() + back.steps_skipped() <= back.step_count());
            }
        }
    }

    /// Arbitrary JSON documents: restoring never panics, and whatever
    /// serde accepts can be driven without panicking.
    #[test]
    fn arbitrary_documents_never_panic(doc in any_json(), now in any::<u64>(), ops in prop::collection::vec(arb_op(), 0..10)) {
        let text = doc.to_string();
        let _ = restore_json(&text, now);
        if let Ok(mut raw) = serde_json::from_str::<Session>(&text) {
            drive(&mut raw, now, &ops);
        }
    }

}

proptest! {
    // Each case restores up to 30 sessions.
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Every session the engine itself leaves behind, at any point, is
    /// restored as it is.
    #[test]
    fn sessions_the_engine_saves_are_always_restored(
        s in arb_valid_session(),
        ops in prop::collection::vec(arb_op(), 0..30),
    ) {
        let mut s = s;
        s.start(0);
        let mut now = 0;
        for op in ops {
            match op {
                Op::Wait(ms) => { now += ms; s.catch_up(now); }
                Op::Pause => { s.pause(now); }
                Op::Resume => { s.resume(now); }
                Op::Skip => { s.skip(now); }
                Op::Previous => { s.previous(now); }
                Op::Extend => { s.extend(now); }
                Op::End => { s.end(now); }
            }
            prop_assert_eq!(restore_json(&saved(&s), now), Ok(s.clone()));
        }
    }
}

#[test]
fn every_event_tells_its_moment() {
    let events = [
        Event::SegmentStarted { index: 0, at: 1 },
        Event::SwitchSides { index: 0, at: 2 },
        Event::Halfway { index: 0, at: 3 },
        Event::SecondsLeft {
            index: 0,
            seconds: 3,
            at: 4,
        },
        Event::SegmentEnded { index: 0, at: 5 },
        Event::Finished { at: 6 },
    ];
    let at: Vec<_> = events.iter().map(Event::at).collect();
    assert_eq!(at, [1, 2, 3, 4, 5, 6]);
}

#[test]
fn nothing_remains_once_over() {
    let mut s = three_steps();
    assert_eq!(s.remaining(0), 10_000, "ready: the first segment's length");
    s.start(0);
    s.end(4_000);
    assert_eq!(s.remaining(4_000), 0);
    assert!(s.is_over());
}

#[test]
fn a_step_with_no_time_is_neither_done_nor_skipped() {
    let mut empty = hold("Nothing", 10);
    empty.duration_ms = 0;
    let mut s = Session::new(
        routine(vec![hold("A", 10), empty, hold("C", 10)]),
        &no_get_ready(),
    );
    assert_eq!(s.segments().len(), 2);
    s.start(0);
    s.skip(1_000);
    s.skip(2_000);
    assert_eq!(s.status(), Status::Finished);
    assert_eq!(
        (s.steps_done(), s.steps_skipped(), s.step_count()),
        (0, 2, 3)
    );
}

#[test]
fn the_limits_are_ten_seconds_a_holds_minute_and_twelve_hours() {
    // Paused at 0: offered until twelve hours have passed.
    let mut s = three_steps();
    s.start(0);
    s.pause(0);
    assert!(s.is_resumable(43_199_999));
    assert!(!s.is_resumable(43_200_000));
    // Each tap adds ten seconds, up to the most for one hold.
    s.extend(0);
    assert_eq!(s.remaining(0), 20_000);
    for _ in 0..100 {
        s.extend(0);
    }
    assert_eq!(s.countdown().length(), 60_000);
    assert_eq!((EXTEND_BY, STALE_AFTER), (10_000, 43_200_000));
}

#[test]
fn a_bent_current_outcome_is_not_counted_twice() {
    let mut s = mid_session(); // 2 s into B left, A completed (10 s)
    assert_eq!(s.active_time(1_012_000), 10_000 + 2_000);
    s.outcomes[1] = Some((Outcome::Skipped, 1_000));
    assert_eq!(s.active_time(1_012_000), 10_000 + 1_000);
}

#[test]
fn no_tick_falls_on_a_segments_very_first_moment() {
    // In a 3 s segment "3 seconds left" would be its start: not marked,
    // even with the marks' cursor bent past the segment's length.
    let mut step = hold("Short", 10);
    step.duration_ms = 3_000;
    let mut s = Session::new(routine(vec![step]), &no_get_ready());
    s.start(0);
    s.cursor = 10_000;
    assert_eq!(s.catch_up(0), vec![]);
    assert_eq!(
        seconds_left(&s.catch_up(3_000)),
        vec![(2, 1_000), (1, 2_000)]
    );
}

#[test]
fn the_session_time_left_counts_every_later_step_not_only_the_current_one() {
    let mut s = three_steps();
    s.start(0);
    assert_eq!(s.session_remaining(0), 45_000);
    assert_eq!(s.step_number(), Some(1));
    assert_eq!(s.session_remaining(4_000), 41_000);
    assert_eq!(
        s.remaining(4_000),
        6_000,
        "the step's own time left differs"
    );
    s.skip(4_000); // on to step 2, left side
    assert_eq!(s.step_number(), Some(2));
    assert_eq!(s.session_remaining(4_000), 35_000);
    s.pause(6_000);
    assert_eq!(
        s.session_remaining(60_000),
        33_000,
        "paused: it stands still"
    );
    s.extend(60_000);
    assert_eq!(
        s.session_remaining(60_000),
        43_000,
        "+10 s adds to the whole"
    );
    s.end(61_000);
    assert_eq!(s.session_remaining(61_000), 0);
    assert_eq!(s.step_number(), None);
}

#[test]
fn a_clock_set_back_before_a_reload_keeps_the_session_paused_where_it_was() {
    // Started at 10 000 000 (last touched then), saved 4 s into its first
    // 10 s step.
    let mut s = three_steps();
    s.start(10_000_000);
    s.catch_up(10_004_000);
    let text = saved(&s);
    for back in [CLOCK_SET_BACK + 1, 5_000, 60_000, 60 * 60 * 1_000] {
        // The page opens again with the wall clock before that start.
        let now = 10_000_000 - back;
        let r = restore_json(&text, now).expect("kept, not set aside");
        assert_eq!(r.status(), Status::Paused, "{back}");
        assert_eq!(r.index(), 0);
        // Paused in its step, with at most the step's own length left.
        assert!(r.remaining(now) <= 10_000 && r.remaining(now) > 0, "{back}");
        assert_eq!(r.touched_at(), now);
        assert!(
            matches!(after_reload(r, now), Reloaded::Resume(_)),
            "{back}"
        );
    }
    // A clock a moment behind (two tabs, rounding) changes nothing.
    let r = restore_json(&text, 10_000_000 - CLOCK_SET_BACK).expect("kept");
    assert_eq!((r.status(), r.touched_at()), (Status::Running, 10_000_000));
    // A session already over keeps its end, moved with the clock.
    let mut over = three_steps();
    over.start(10_000_000);
    over.end(10_004_000);
    let r = restore_json(&saved(&over), 10_004_000 - 60_000).expect("kept");
    assert_eq!(r.status(), Status::Ended);
    assert!(r.closed_at() >= r.started_at());
    // The clock set forward instead: the hold ran out while no page was
    // open, and the person is asked rather than told it was done.
    let later = restore_json(&text, 10_004_000 + 60 * 60 * 1_000).expect("kept");
    assert!(matches!(
        after_reload(later, 10_004_000 + 60 * 60 * 1_000),
        Reloaded::AskLeft(_)
    ));
}

#[test]
fn a_bent_deadline_is_still_refused_when_the_clock_is_right() {
    let mut s = three_steps();
    s.start(1_000_000);
    s.countdown = Countdown::from_parts(
        10_000,
        Phase::Running {
            deadline: 1_000_000 + 10 * 365 * 24 * 3_600_000,
        },
    );
    assert_eq!(
        restore_json(&saved(&s), 1_001_000).unwrap_err().reason,
        "its times lie too far in the future"
    );
}
