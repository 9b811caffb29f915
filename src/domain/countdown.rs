//! One countdown defined by a deadline, never by a decremented counter.
//!
//! While running, the only stored fact is the deadline on the monotonic
//! clock; the remaining time is always `deadline - now`. Pausing stores the
//! remaining time, resuming turns it back into a new deadline. So however
//! late the page's timers fire (background tab, blocked main thread, sleep),
//! the next look at the clock gives the exact answer.

use crate::time::{until_next_boundary, Instant, Millis};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "phase", rename_all = "snake_case")]
pub enum Phase {
    /// Not started yet.
    Ready,
    /// Counting down to `deadline`.
    Running { deadline: Instant },
    /// Stopped with `remaining` left.
    Paused { remaining: Millis },
    /// Reached zero at `at` (the deadline, not the moment we noticed).
    Finished { at: Instant },
}

/// What [`Countdown::catch_up`] found happened since the previous call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Happened {
    /// The deadline passed at `at`. Reported exactly once.
    Finished { at: Instant },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Countdown {
    length: Millis,
    phase: Phase,
}

impl Countdown {
    pub fn new(length: Millis) -> Self {
        Self {
            length,
            phase: Phase::Ready,
        }
    }

    /// A countdown already running towards `deadline` (used when restoring).
    pub fn from_parts(length: Millis, phase: Phase) -> Self {
        Self { length, phase }
    }

    pub fn length(&self) -> Millis {
        self.length
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }

    pub fn is_running(&self) -> bool {
        matches!(self.phase, Phase::Running { .. })
    }

    pub fn is_paused(&self) -> bool {
        matches!(self.phase, Phase::Paused { .. })
    }

    /// Remaining time at `now`: never negative, the full length before start.
    pub fn remaining(&self, now: Instant) -> Millis {
        match self.phase {
            Phase::Ready => self.length,
            Phase::Running { deadline } => deadline.saturating_sub(now),
            Phase::Paused { remaining } => remaining,
            Phase::Finished { .. } => 0,
        }
    }

    /// Time already counted down at `now` (for progress bars and summaries).
    pub fn elapsed(&self, now: Instant) -> Millis {
        self.length.saturating_sub(self.remaining(now))
    }

    /// Starts from the full length at `now`. Only from `Ready`.
    pub fn start(&mut self, now: Instant) -> bool {
        if self.phase != Phase::Ready {
            return false;
        }
        self.phase = Phase::Running {
            deadline: now + self.length,
        };
        true
    }

    /// Freezes the remaining time. Does nothing once the deadline has passed:
    /// the countdown is over, and the next [`catch_up`](Self::catch_up) says so.
    pub fn pause(&mut self, now: Instant) -> bool {
        match self.phase {
            Phase::Running { deadline } if now < deadline => {
                self.phase = Phase::Paused {
                    remaining: deadline - now,
                };
                true
            }
            _ => false,
        }
    }

    /// Continues with the frozen remaining time from `now`.
    pub fn resume(&mut self, now: Instant) -> bool {
        match self.phase {
            Phase::Paused { remaining } => {
                self.phase = Phase::Running {
                    deadline: now + remaining,
                };
                true
            }
            _ => false,
        }
    }

    /// Adds time to a running or paused countdown; the length grows with it so
    /// progress stays consistent.
    pub fn extend(&mut self, by: Millis, now: Instant) -> bool {
        match &mut self.phase {
            Phase::Running { deadline } if now < *deadline => *deadline += by,
            Phase::Paused { remaining } => *remaining += by,
            _ => return false,
        }
        self.length += by;
        true
    }

    /// Back to `Ready` with the same length.
    pub fn reset(&mut self) {
        self.phase = Phase::Ready;
    }

    /// Reports what happened since the last call. Calling it again with the
    /// same or a later `now` reports nothing new: finishing happens once.
    pub fn catch_up(&mut self, now: Instant) -> Option<Happened> {
        match self.phase {
            Phase::Running { deadline } if now >= deadline => {
                self.phase = Phase::Finished { at: deadline };
                Some(Happened::Finished { at: deadline })
            }
            _ => None,
        }
    }

    /// How long after `now` the display next needs to change: the next whole
    /// second counted back from the deadline, or the deadline itself.
    /// `None` when nothing will change by itself (ready, paused, finished).
    pub fn next_wake(&self, now: Instant) -> Option<Millis> {
        match self.phase {
            Phase::Running { deadline } if now < deadline => {
                Some(until_next_boundary(deadline - now))
            }
            Phase::Running { .. } => Some(0),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
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
                if c.catch_up(now).is_some() { break; }
                prop_assert_eq!(c.remaining(now) % 1_000, 0);
            }
            prop_assert_eq!(now, start + length);
            prop_assert_eq!(wakes, length.div_ceil(1_000));
        }
    }
}
