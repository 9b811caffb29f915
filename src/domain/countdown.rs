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
#[serde(tag = "phase", rename_all = "snake_case", try_from = "StoredPhase")]
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

/// The stored form of [`Phase`], read as one flat object
/// (`{"phase": "running", "deadline": 1234}`): the same format serde's
/// internally tagged enum writes, without the buffering code its derived
/// reader brings (about 10 KB of wasm in the first download).
#[derive(Deserialize)]
struct StoredPhase {
    phase: PhaseName,
    deadline: Option<Instant>,
    remaining: Option<Millis>,
    at: Option<Instant>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum PhaseName {
    Ready,
    Running,
    Paused,
    Finished,
}

impl TryFrom<StoredPhase> for Phase {
    type Error = &'static str;

    fn try_from(p: StoredPhase) -> Result<Self, Self::Error> {
        Ok(match p.phase {
            PhaseName::Ready => Phase::Ready,
            PhaseName::Running => Phase::Running {
                deadline: p.deadline.ok_or("missing field `deadline`")?,
            },
            PhaseName::Paused => Phase::Paused {
                remaining: p.remaining.ok_or("missing field `remaining`")?,
            },
            PhaseName::Finished => Phase::Finished {
                at: p.at.ok_or("missing field `at`")?,
            },
        })
    }
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
            deadline: now.saturating_add(self.length),
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
                    deadline: now.saturating_add(remaining),
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
            Phase::Running { deadline } if now < *deadline => {
                *deadline = deadline.saturating_add(by)
            }
            Phase::Paused { remaining } => *remaining = remaining.saturating_add(by),
            _ => return false,
        }
        self.length = self.length.saturating_add(by);
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
#[path = "countdown_tests.rs"]
mod tests;
