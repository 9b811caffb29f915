//! Tests of `countdown`: examples and invariants, run natively.
use super::*;
use proptest::prelude::*;

#[test]
fn counts_down_from_a_deadline() {
    let mut c = Countdown::new(10_000);
    assert_eq!(c.remaining(5), 10_000);
    assert!(c.start(1_000));
    assert_eq!(c.remaining(1_000), 10_000);
    assert_eq!(c.remaining(4_500), 6_500);
    assert_eq!(c.catch_up(10_999), None);
    assert_eq!(c.catch_up(11_000), Some(Happened::Finished { at: 11_000 }));
    assert_eq!(c.remaining(12_000), 0);
}

#[test]
fn a_late_look_finishes_at_the_deadline_not_at_the_look() {
    let mut c = Countdown::new(10_000);
    c.start(0);
    // The page was frozen for a minute.
    assert_eq!(c.catch_up(70_000), Some(Happened::Finished { at: 10_000 }));
    assert_eq!(c.phase(), Phase::Finished { at: 10_000 });
}

#[test]
fn pause_freezes_and_resume_sets_a_new_deadline() {
    let mut c = Countdown::new(30_000);
    c.start(0);
    assert!(c.pause(12_000));
    assert_eq!(c.remaining(50_000), 18_000);
    assert_eq!(c.next_wake(50_000), None);
    assert!(c.resume(100_000));
    assert_eq!(c.phase(), Phase::Running { deadline: 118_000 });
}

#[test]
fn pause_after_the_deadline_does_not_resurrect_the_countdown() {
    let mut c = Countdown::new(1_000);
    c.start(0);
    assert!(!c.pause(1_500));
    assert_eq!(c.catch_up(1_500), Some(Happened::Finished { at: 1_000 }));
}

#[test]
fn transitions_from_the_wrong_phase_are_refused() {
    let mut c = Countdown::new(1_000);
    assert!(!c.pause(0));
    assert!(!c.resume(0));
    assert!(c.start(0));
    assert!(!c.start(10));
    assert!(!c.resume(10));
}

#[test]
fn extend_moves_the_deadline_and_the_length() {
    let mut c = Countdown::new(30_000);
    c.start(0);
    assert!(c.extend(10_000, 5_000));
    assert_eq!(c.remaining(5_000), 35_000);
    assert_eq!(c.length(), 40_000);
    assert_eq!(c.elapsed(5_000), 5_000);
}

#[test]
fn wakes_on_whole_seconds_counted_from_the_deadline() {
    let mut c = Countdown::new(10_000);
    c.start(250);
    assert_eq!(c.next_wake(250), Some(1_000));
    assert_eq!(c.next_wake(900), Some(350));
    assert_eq!(c.next_wake(10_249), Some(1));
    assert_eq!(c.next_wake(10_250), Some(0));
}

#[test]
fn reset_returns_to_ready() {
    let mut c = Countdown::new(10_000);
    c.start(0);
    c.reset();
    assert_eq!(c.phase(), Phase::Ready);
    assert_eq!(c.remaining(99_999), 10_000);
}

#[test]
fn phase_questions_answer_for_each_phase() {
    let mut c = Countdown::new(5_000);
    assert_eq!((c.is_running(), c.is_paused()), (false, false));
    c.start(0);
    assert_eq!((c.is_running(), c.is_paused()), (true, false));
    c.pause(1_000);
    assert_eq!((c.is_running(), c.is_paused()), (false, true));
    c.resume(2_000);
    c.catch_up(9_000);
    assert_eq!((c.is_running(), c.is_paused()), (false, false));
}

#[test]
fn a_countdown_can_be_rebuilt_from_its_parts() {
    let c = Countdown::from_parts(8_000, Phase::Running { deadline: 20_000 });
    assert_eq!(c.length(), 8_000);
    assert_eq!(c.phase(), Phase::Running { deadline: 20_000 });
    assert_eq!(c.remaining(15_000), 5_000);
    assert_eq!(c.elapsed(15_000), 3_000);
    let p = Countdown::from_parts(8_000, Phase::Paused { remaining: 2_500 });
    assert_eq!((p.remaining(0), p.elapsed(0)), (2_500, 5_500));
}

#[test]
fn the_deadline_itself_is_the_end() {
    let mut c = Countdown::new(1_000);
    c.start(0);
    assert_eq!(c.remaining(999), 1);
    assert!(!c.pause(1_000), "at the deadline it is over");
    assert!(!c.extend(500, 1_000));
    assert_eq!(c.length(), 1_000);
    assert_eq!(c.next_wake(1_000), Some(0));
    assert_eq!(c.next_wake(5_000), Some(0), "still waiting to be caught up");
    assert_eq!(c.catch_up(999), None);
    assert_eq!(c.catch_up(1_000), Some(Happened::Finished { at: 1_000 }));
    assert_eq!(c.catch_up(1_000), None, "reported once");
    assert_eq!(c.next_wake(1_000), None);
    assert_eq!(c.elapsed(2_000), 1_000);
    // One moment before, it can still be paused.
    let mut d = Countdown::new(1_000);
    d.start(0);
    assert!(d.pause(999));
    assert_eq!(d.phase(), Phase::Paused { remaining: 1 });
}

#[test]
fn extend_while_paused_adds_to_the_frozen_time_and_the_length() {
    let mut c = Countdown::new(30_000);
    c.start(0);
    c.pause(20_000);
    assert!(c.extend(10_000, 50_000));
    assert_eq!(c.phase(), Phase::Paused { remaining: 20_000 });
    assert_eq!(c.length(), 40_000);
    assert_eq!(c.elapsed(99_000), 20_000);
    // Not before the start, nor once finished.
    let mut r = Countdown::new(1_000);
    assert!(!r.extend(10_000, 0));
    assert_eq!(r.length(), 1_000);
    r.start(0);
    r.catch_up(1_000);
    assert!(!r.extend(10_000, 1_000));
    assert_eq!(r.length(), 1_000);
}

#[test]
fn nothing_wakes_a_countdown_that_is_not_running() {
    let mut c = Countdown::new(10_000);
    assert_eq!(c.next_wake(0), None);
    c.start(0);
    assert_eq!(c.next_wake(4_000), Some(1_000));
    assert_eq!(c.next_wake(4_001), Some(999));
}

#[test]
fn huge_values_saturate_instead_of_overflowing() {
    let mut c = Countdown::new(u64::MAX);
    assert!(c.start(10));
    assert_eq!(c.phase(), Phase::Running { deadline: u64::MAX });
    assert!(c.extend(5, 20));
    assert_eq!(
        (c.length(), c.phase()),
        (u64::MAX, Phase::Running { deadline: u64::MAX })
    );
    assert!(c.pause(20));
    assert!(c.extend(u64::MAX, 20));
    assert!(c.resume(u64::MAX - 1));
    assert_eq!(c.phase(), Phase::Running { deadline: u64::MAX });
}

#[derive(Clone, Debug)]
enum Op {
    Wait(Millis),
    Pause,
    Resume,
    Look,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0u64..5_000).prop_map(Op::Wait),
        Just(Op::Pause),
        Just(Op::Resume),
        Just(Op::Look),
    ]
}

proptest! {
    /// However the person pauses and resumes, the countdown runs for
    /// exactly its length: it finishes at start + length + time paused.
    #[test]
    fn pause_and_resume_never_lose_or_gain_time(
        length in 1u64..120_000,
        start in 0u64..1_000_000,
        ops in prop::collection::vec(op(), 0..60),
    ) {
        let mut c = Countdown::new(length);
        let mut now = start;
        c.start(now);
        let mut paused_total = 0;
        let mut paused_since = None;
        let mut finished = Vec::new();
        for op in ops {
            match op {
                Op::Wait(ms) => now += ms,
                Op::Pause => if c.pause(now) { paused_since = Some(now) },
                Op::Resume => if c.resume(now) {
                    paused_total += now - paused_since.take().unwrap();
                },
                Op::Look => {}
            }
            finished.extend(c.catch_up(now));
        }
        // Run out the clock.
        if let Some(since) = paused_since.take() {
            c.resume(now);
            paused_total += now - since;
        }
        now += length;
        finished.extend(c.catch_up(now));
        prop_assert_eq!(finished, vec![Happened::Finished { at: start + length + paused_total }]);
    }

    /// Looking at the clock twice changes nothing: catch-up is idempotent.
    #[test]
    fn repeated_catch_up_is_idempotent(length in 1u64..100_000, at in 0u64..200_000) {
        let mut c = Countdown::new(length);
        c.start(0);
        let first = c.catch_up(at);
        let snapshot = c;
        prop_assert_eq!(c.catch_up(at), None);
        prop_assert_eq!(c, snapshot);
        prop_assert_eq!(first.is_some(), at >= length);
    }

    /// Waking at each reported moment walks the display through every
    /// whole second down to zero, and never wakes past the deadline.
    #[test]
    fn wakes_hit_every_second_and_the_deadline(length in 1u64..30_000, start in 0u64..10_000) {
        let mut c = Countdown::new(length);
        c.start(start);
        let mut now = start;
        let mut wakes = 0;
        while let Some(delay) = c.next_wake(now) {
            now += delay;
            prop_assert!(now <= start + length);
            wakes += 1;
            prop_assert!(wakes <= length.div_ceil(1_000), "woken more often than once a second");
            if c.catch_up(now).is_some() { break; }
            prop_assert_eq!(c.remaining(now) % 1_000, 0);
        }
        prop_assert_eq!(now, start + length);
        prop_assert_eq!(wakes, length.div_ceil(1_000));
    }
}

/// The stored phase keeps the internally tagged format, both ways, and a
/// phase without its field (or with an unknown name) is refused.
#[test]
fn phases_are_stored_as_one_flat_tagged_object() {
    let cases = [
        (Phase::Ready, r#"{"phase":"ready"}"#),
        (
            Phase::Running { deadline: 12 },
            r#"{"phase":"running","deadline":12}"#,
        ),
        (
            Phase::Paused { remaining: 3_400 },
            r#"{"phase":"paused","remaining":3400}"#,
        ),
        (
            Phase::Finished { at: u64::MAX },
            r#"{"phase":"finished","at":18446744073709551615}"#,
        ),
    ];
    for (phase, json) in cases {
        assert_eq!(serde_json::to_string(&phase).unwrap(), json);
        assert_eq!(serde_json::from_str::<Phase>(json).unwrap(), phase);
    }
    // Fields of other phases are ignored, as before.
    assert_eq!(
        serde_json::from_str::<Phase>(r#"{"phase":"paused","remaining":5,"at":1}"#).unwrap(),
        Phase::Paused { remaining: 5 }
    );
    for bad in [
        r#"{"phase":"running"}"#,
        r#"{"phase":"paused","remaining":-1}"#,
        r#"{"phase":"later","at":1}"#,
        r#"{"deadline":1}"#,
        r#""running""#,
    ] {
        assert!(serde_json::from_str::<Phase>(bad).is_err(), "{bad}");
    }
}
