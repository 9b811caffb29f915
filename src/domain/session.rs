//! A running session: a small state machine over the timeline.
//!
//! States: `Ready -> Running <-> Paused -> Finished | Ended`.
//! Every event takes `now`. [`Session::catch_up`] is the only place time
//! moves the session forward: given `now` it walks through every mark and
//! segment end that passed since the last call (each next segment starts at
//! the previous deadline, not when we noticed), and returns them in order.
//! So a page that wakes after minutes in the background lands on the right
//! segment with the right remaining time and knows which cues it missed.

use crate::countdown::{Countdown, Happened};
use crate::routine::Routine;
use crate::settings::Settings;
use crate::time::{Instant, Millis, SECOND};
use crate::timeline::{expand, Segment, SegmentKind};
use serde::{Deserialize, Serialize};

/// "Add 10 seconds".
pub const EXTEND_BY: Millis = 10 * SECOND;
/// A paused session older than this is not offered for resuming.
pub const STALE_AFTER: Millis = 12 * 60 * 60 * SECOND;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Ready,
    Running,
    Paused,
    /// Ran to the end of the timeline.
    Finished,
    /// Ended early by the user.
    Ended,
}

/// What happened, in the order it happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    SegmentStarted {
        index: usize,
        at: Instant,
    },
    /// A switch-sides pause began (also reported as `SegmentStarted`).
    SwitchSides {
        index: usize,
        at: Instant,
    },
    Halfway {
        index: usize,
        at: Instant,
    },
    /// 10, 3, 2 or 1 seconds left in the segment.
    SecondsLeft {
        index: usize,
        seconds: u8,
        at: Instant,
    },
    SegmentEnded {
        index: usize,
        at: Instant,
    },
    Finished {
        at: Instant,
    },
}

impl Event {
    pub fn at(&self) -> Instant {
        match *self {
            Event::SegmentStarted { at, .. }
            | Event::SwitchSides { at, .. }
            | Event::Halfway { at, .. }
            | Event::SecondsLeft { at, .. }
            | Event::SegmentEnded { at, .. }
            | Event::Finished { at } => at,
        }
    }
}

/// How a segment was left.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Completed,
    Skipped,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    routine: Routine,
    segments: Vec<Segment>,
    status: Status,
    index: usize,
    countdown: Countdown,
    /// Remaining time of the current segment at the last catch-up; marks
    /// between this and the new remaining time are reported.
    cursor: Millis,
    /// Per segment: how it was left and how long it ran.
    outcomes: Vec<Option<(Outcome, Millis)>>,
    started_at: Option<Instant>,
    /// When the session finished or was ended.
    closed_at: Option<Instant>,
    /// The last moment anything happened (for staleness after a reload).
    touched_at: Instant,
}

impl Session {
    pub fn new(routine: Routine, settings: &Settings) -> Self {
        let segments = expand(&routine, &settings.clone().clamped());
        let first = segments.first().map_or(0, |s| s.duration_ms);
        let outcomes = vec![None; segments.len()];
        Self {
            routine,
            segments,
            status: Status::Ready,
            index: 0,
            countdown: Countdown::new(first),
            cursor: first,
            outcomes,
            started_at: None,
            closed_at: None,
            touched_at: 0,
        }
    }

    // ----- reading -----

    pub fn routine(&self) -> &Routine {
        &self.routine
    }
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }
    pub fn status(&self) -> Status {
        self.status
    }
    pub fn index(&self) -> usize {
        self.index
    }
    pub fn current(&self) -> Option<&Segment> {
        self.segments.get(self.index)
    }
    /// The next segment that is a real step (skipping switches and rests).
    pub fn next_work(&self) -> Option<&Segment> {
        self.segments[(self.index + 1).min(self.segments.len())..]
            .iter()
            .find(|s| s.kind == SegmentKind::Work)
    }
    pub fn countdown(&self) -> &Countdown {
        &self.countdown
    }
    pub fn remaining(&self, now: Instant) -> Millis {
        match self.status {
            Status::Finished | Status::Ended => 0,
            _ => self.countdown.remaining(now),
        }
    }
    pub fn is_over(&self) -> bool {
        matches!(self.status, Status::Finished | Status::Ended)
    }
    pub fn started_at(&self) -> Option<Instant> {
        self.started_at
    }
    pub fn closed_at(&self) -> Option<Instant> {
        self.closed_at
    }
    pub fn touched_at(&self) -> Instant {
        self.touched_at
    }

    /// Total planned length (changes when time is added).
    pub fn total(&self) -> Millis {
        let mut sum: Millis = self.segments.iter().map(|s| s.duration_ms).sum();
        if let Some(cur) = self.segments.get(self.index) {
            sum = sum - cur.duration_ms + self.countdown.length();
        }
        sum
    }

    /// Time counted down so far along the timeline (for the overall bar):
    /// the planned length of every earlier segment plus the current one's
    /// elapsed time.
    pub fn position(&self, now: Instant) -> Millis {
        if self.is_over() {
            return self.total();
        }
        let before: Millis = self.segments[..self.index]
            .iter()
            .map(|s| s.duration_ms)
            .sum();
        before + self.countdown.elapsed(now)
    }

    /// Time actually spent running (what the summary shows).
    pub fn active_time(&self, now: Instant) -> Millis {
        let past: Millis = self.outcomes.iter().flatten().map(|(_, ms)| ms).sum();
        let current = match self.status {
            Status::Running | Status::Paused if self.outcomes[self.index].is_none() => {
                self.countdown.elapsed(now)
            }
            _ => 0,
        };
        past + current
    }

    /// Steps worked to the end (work segments, each side and set counted).
    pub fn completed_count(&self) -> usize {
        self.count(Outcome::Completed)
    }
    pub fn skipped_count(&self) -> usize {
        self.count(Outcome::Skipped)
    }
    pub fn work_count(&self) -> usize {
        self.segments
            .iter()
            .filter(|s| s.kind == SegmentKind::Work)
            .count()
    }
    fn count(&self, which: Outcome) -> usize {
        self.segments
            .iter()
            .zip(&self.outcomes)
            .filter(|(s, o)| {
                s.kind == SegmentKind::Work && matches!(o, Some((w, _)) if *w == which)
            })
            .count()
    }

    /// A paused session left for too long, or one already over, is not
    /// offered for resuming after a reload.
    pub fn is_resumable(&self, now: Instant) -> bool {
        match self.status {
            Status::Running => true,
            Status::Paused => now.saturating_sub(self.touched_at) < STALE_AFTER,
            _ => false,
        }
    }

    // ----- events -----

    pub fn start(&mut self, now: Instant) -> Vec<Event> {
        let mut out = Vec::new();
        if self.status != Status::Ready {
            return out;
        }
        self.started_at = Some(now);
        self.touched_at = now;
        if self.segments.is_empty() {
            self.close(Status::Finished, now, &mut out);
            return out;
        }
        self.status = Status::Running;
        self.enter(0, now, &mut out);
        out
    }

    pub fn pause(&mut self, now: Instant) -> Vec<Event> {
        let out = self.catch_up(now);
        if self.status == Status::Running && self.countdown.pause(now) {
            self.status = Status::Paused;
            self.touched_at = now;
        }
        out
    }

    pub fn resume(&mut self, now: Instant) -> Vec<Event> {
        if self.status == Status::Paused && self.countdown.resume(now) {
            self.status = Status::Running;
            self.touched_at = now;
        }
        Vec::new()
    }

    /// Leaves the current segment as skipped and starts the next one now
    /// (paused if the session was paused). Skipping the last one finishes.
    pub fn skip(&mut self, now: Instant) -> Vec<Event> {
        let mut out = self.catch_up(now);
        if !self.is_live() {
            return out;
        }
        let elapsed = self.countdown.elapsed(now);
        self.outcomes[self.index] = Some((Outcome::Skipped, elapsed));
        out.push(Event::SegmentEnded {
            index: self.index,
            at: now,
        });
        if self.index + 1 < self.segments.len() {
            self.go_to(self.index + 1, now, &mut out);
        } else {
            self.close(Status::Finished, now, &mut out);
        }
        out
    }

    /// Back to the start of the previous step (switch pauses and set rests
    /// are passed over), or to the start of the current one at the top.
    pub fn previous(&mut self, now: Instant) -> Vec<Event> {
        let mut out = self.catch_up(now);
        if !self.is_live() {
            return out;
        }
        let target = self.segments[..self.index]
            .iter()
            .rposition(|s| s.kind == SegmentKind::Work)
            .unwrap_or(0);
        // Whatever was recorded from the target on is being redone.
        for o in &mut self.outcomes[target..] {
            *o = None;
        }
        self.go_to(target, now, &mut out);
        out
    }

    /// Adds [`EXTEND_BY`] to the current segment.
    pub fn extend(&mut self, now: Instant) -> Vec<Event> {
        let out = self.catch_up(now);
        if self.is_live() && self.countdown.extend(EXTEND_BY, now) {
            self.cursor = self.countdown.remaining(now);
            self.touched_at = now;
        }
        out
    }

    /// Ends the session early.
    pub fn end(&mut self, now: Instant) -> Vec<Event> {
        let mut out = self.catch_up(now);
        if self.is_live() {
            let elapsed = self.countdown.elapsed(now);
            self.outcomes[self.index] = Some((Outcome::Skipped, elapsed));
            self.close(Status::Ended, now, &mut out);
        }
        out
    }

    /// Moves time forward to `now` and returns, in order, everything that
    /// happened since the last call. Calling it in one go or in many small
    /// steps gives the same state and the same events.
    pub fn catch_up(&mut self, now: Instant) -> Vec<Event> {
        let mut out = Vec::new();
        while self.status == Status::Running {
            let remaining = self.countdown.remaining(now);
            self.emit_marks(remaining, &mut out);
            match self.countdown.catch_up(now) {
                Some(Happened::Finished { at }) => {
                    let ran = self.countdown.length();
                    self.outcomes[self.index] = Some((Outcome::Completed, ran));
                    out.push(Event::SegmentEnded {
                        index: self.index,
                        at,
                    });
                    self.touched_at = at;
                    if self.index + 1 < self.segments.len() {
                        self.enter(self.index + 1, at, &mut out);
                    } else {
                        self.close(Status::Finished, at, &mut out);
                    }
                }
                None => break,
            }
        }
        out
    }

    /// Events that will happen from `now` on if nobody touches the session,
    /// up to `now + horizon`. Used to schedule cues ahead on the audio clock.
    pub fn upcoming(&self, now: Instant, horizon: Millis) -> Vec<Event> {
        let mut ahead = self.clone();
        ahead.catch_up(now); // what already happened is not upcoming
        if ahead.status != Status::Running {
            return Vec::new();
        }
        ahead.catch_up(now + horizon)
    }

    /// When the display next needs to change by itself (a second boundary or
    /// the segment's end), as a delay from `now`.
    pub fn next_wake(&self, now: Instant) -> Option<Millis> {
        match self.status {
            Status::Running => self.countdown.next_wake(now),
            _ => None,
        }
    }

    // ----- internals -----

    fn is_live(&self) -> bool {
        matches!(self.status, Status::Running | Status::Paused)
    }

    /// Starts segment `index` at `at` (running).
    fn enter(&mut self, index: usize, at: Instant, out: &mut Vec<Event>) {
        self.index = index;
        let seg = self.segments[index];
        self.countdown = Countdown::new(seg.duration_ms);
        self.countdown.start(at);
        self.cursor = seg.duration_ms;
        self.touched_at = at;
        out.push(Event::SegmentStarted { index, at });
        if seg.kind == SegmentKind::SwitchSides {
            out.push(Event::SwitchSides { index, at });
        }
    }

    /// Jumps to `index` at `now`, keeping the session paused if it was.
    fn go_to(&mut self, index: usize, now: Instant, out: &mut Vec<Event>) {
        let paused = self.status == Status::Paused;
        self.enter(index, now, out);
        if paused {
            self.countdown.pause(now);
        }
    }

    fn close(&mut self, status: Status, at: Instant, out: &mut Vec<Event>) {
        self.status = status;
        self.closed_at = Some(at);
        self.touched_at = at;
        if status == Status::Finished {
            out.push(Event::Finished { at });
        }
    }

    /// Reports the marks crossed since the cursor: halfway, 10 s left (on
    /// segments longer than 20 s) and the last three seconds.
    fn emit_marks(&mut self, remaining: Millis, out: &mut Vec<Event>) {
        let length = self.countdown.length();
        let Some(deadline) = self.deadline() else {
            return;
        };
        let mut marks: Vec<(Millis, Event)> = Vec::with_capacity(5);
        let index = self.index;
        let kind = self.segments[index].kind;
        let mut mark = |threshold: Millis, event: Event| {
            if threshold >= remaining && threshold < self.cursor {
                marks.push((threshold, event));
            }
        };
        if kind == SegmentKind::Work && length >= 2 * SECOND {
            let t = length / 2;
            mark(
                t,
                Event::Halfway {
                    index,
                    at: deadline - t,
                },
            );
        }
        if kind == SegmentKind::Work && length > 20 * SECOND {
            let t = 10 * SECOND;
            mark(
                t,
                Event::SecondsLeft {
                    index,
                    seconds: 10,
                    at: deadline - t,
                },
            );
        }
        for s in [3u8, 2, 1] {
            let t = s as Millis * SECOND;
            if t < length {
                mark(
                    t,
                    Event::SecondsLeft {
                        index,
                        seconds: s,
                        at: deadline - t,
                    },
                );
            }
        }
        marks.sort_by_key(|m| std::cmp::Reverse(m.0));
        out.extend(marks.into_iter().map(|(_, e)| e));
        self.cursor = self.cursor.min(remaining);
    }

    fn deadline(&self) -> Option<Instant> {
        match self.countdown.phase() {
            crate::countdown::Phase::Running { deadline } => Some(deadline),
            _ => None,
        }
    }
}

#[cfg(test)]
#[path = "session_tests.rs"]
mod tests;
