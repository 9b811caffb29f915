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
fn staleness_only_applies_to_paused_sessions() {
    let mut s = three_steps();
    s.start(0);
    assert!(s.is_resumable(10 * STALE_AFTER));
    s.pause(1_000);
    assert!(s.is_resumable(1_000 + STALE_AFTER - 1));
    assert!(!s.is_resumable(1_000 + STALE_AFTER));
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
