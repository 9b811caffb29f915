//! A running session: a small state machine over the timeline.
//!
//! States: `Ready -> Running <-> Paused -> Finished | Ended`.
//! Every event takes `now`. [`Session::catch_up`] is the only place time
//! moves the session forward: given `now` it walks through every mark and
//! segment end that passed since the last call (each next segment starts at
//! the previous deadline, not when we noticed), and returns them in order.
//! So a page that wakes after minutes in the background lands on the right
//! segment with the right remaining time and knows which cues it missed.
//!
//! A session read back from storage goes through [`restore`] first: it is
//! checked against its routine, its timeline and the limits, so a bent one
//! is set aside with a reason instead of reaching the engine. Even so, no
//! method here panics on any input: indexes are checked and the arithmetic
//! saturates.

use crate::countdown::{Countdown, Happened, Phase};
use crate::limits;
use crate::routine::Routine;
use crate::settings::Settings;
use crate::text::clean_routine;
use crate::time::{Instant, Millis, SECOND};
use crate::timeline::{expand, Segment, SegmentKind};
use crate::validate::{validate_timing, Policy, Severity};
use serde::{Deserialize, Serialize};
use std::fmt;

/// "Add 10 seconds": each tap adds this much, or what is left up to the
/// segment's limit ([`Session::extend_cap`]), so the last tap that adds
/// anything reaches the limit exactly.
pub const EXTEND_BY: Millis = 10 * SECOND;
/// A paused session older than this is not offered for resuming.
pub const STALE_AFTER: Millis = 12 * 60 * 60 * SECOND;
/// A session that was running and ran out this long before a reload ran out
/// while no page was open (not just during the reload): the user is asked.
pub const LEFT_AFTER: Millis = 10 * SECOND;
/// A session saved more than this "after" the moment it is read back was
/// saved before the wall clock was set back ([`restore`]); less is two
/// tabs' clocks or rounding, and is read as it is.
pub const CLOCK_SET_BACK: Millis = 2 * SECOND;
/// How long the end screen of a session is shown again after a reload (its
/// after-rating can still be given from History for a day).
pub const END_SCREEN_KEPT: Millis = 60 * 60 * SECOND;

/// What becomes of a session read back after a reload or in another tab
/// ([`after_reload`]); each holds the session caught up to `now`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reloaded {
    /// Running or paused: it goes on.
    Resume(Session),
    /// Over a moment ago (on its end screen, or ended during the reload):
    /// the end screen again, with its after-rating.
    EndScreen(Session),
    /// Ran out while no page was open: ask whether it was finished.
    AskLeft(Session),
    /// Too old to show: logged as it is, and forgotten.
    Forget(Session),
}

/// Decides what a saved session becomes at `now` (pure: the caller carries
/// it out).
pub fn after_reload(mut saved: Session, now: Instant) -> Reloaded {
    let was_running = saved.status() == Status::Running;
    let unattended = saved.ran_out_unattended(now);
    saved.catch_up(now);
    let since_close = saved.closed_at().map(|end| now.saturating_sub(end));
    let unattended = unattended
        || (was_running
            && saved.status() == Status::Finished
            && since_close.is_some_and(|t| t > LEFT_AFTER));
    if saved.is_resumable(now) {
        Reloaded::Resume(saved)
    } else if unattended && saved.is_over() {
        Reloaded::AskLeft(saved)
    } else if saved.is_over()
        && saved.end_screen_kept()
        && since_close.is_some_and(|t| t <= END_SCREEN_KEPT)
    {
        Reloaded::EndScreen(saved)
    } else {
        Reloaded::Forget(saved)
    }
}

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
        self.segments
            .iter()
            .skip(self.index.saturating_add(1))
            .find(|s| s.kind == SegmentKind::Work)
    }
    /// The work segment a screen's "Next:" names. During a work segment,
    /// the next one; during a get-ready, a side switch or a rest, which lead
    /// into a work segment that the screen already shows, the one after it.
    pub fn next_shown(&self) -> Option<&Segment> {
        let upcoming = match self.current()?.kind {
            SegmentKind::Work => return self.next_work(),
            _ => self.index.saturating_add(1),
        };
        self.segments
            .iter()
            .skip(upcoming)
            .skip_while(|s| s.kind != SegmentKind::Work)
            .skip(1)
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
    /// Time left in the whole session as planned from here (the current
    /// segment's time left and every later segment's length): what Home's
    /// "Back to your session" says. Zero once it is over.
    pub fn session_remaining(&self, now: Instant) -> Millis {
        if self.is_over() {
            return 0;
        }
        self.total().saturating_sub(self.position(now))
    }

    /// The routine step the session is on, 1-based, as its page numbers
    /// them (a get-ready, switch or rest belongs to the step it joins).
    pub fn step_number(&self) -> Option<usize> {
        (!self.is_over())
            .then(|| self.current().map(|s| s.step + 1))
            .flatten()
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
        let sum = crate::timeline::total(&self.segments);
        match self.segments.get(self.index) {
            Some(cur) => sum
                .saturating_sub(cur.duration_ms)
                .saturating_add(self.countdown.length()),
            None => sum,
        }
    }

    /// Time counted down so far along the timeline (for the overall bar):
    /// the planned length of every earlier segment plus the current one's
    /// elapsed time.
    pub fn position(&self, now: Instant) -> Millis {
        if self.is_over() {
            return self.total();
        }
        let before = crate::timeline::total(self.segments.get(..self.index).unwrap_or_default());
        before.saturating_add(self.countdown.elapsed(now))
    }

    /// Time actually spent running (what the summary shows).
    pub fn active_time(&self, now: Instant) -> Millis {
        let past = self
            .outcomes
            .iter()
            .flatten()
            .fold(0, |sum: Millis, (_, ms)| sum.saturating_add(*ms));
        let current = match self.status {
            Status::Running | Status::Paused if self.outcomes.get(self.index) == Some(&None) => {
                self.countdown.elapsed(now)
            }
            _ => 0,
        };
        past.saturating_add(current)
    }

    /// Work segments worked to the end (each side and set counted). For
    /// what the end screen and the history say, see [`Session::steps_done`].
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

    /// The routine's steps, as its page lists them (rest steps included):
    /// what "of" counts on the end screen and in the history.
    pub fn step_count(&self) -> usize {
        self.routine.steps.len()
    }

    /// Steps of the routine done: a step counts once any of its work
    /// segments (a side, a set) ran to its end.
    pub fn steps_done(&self) -> usize {
        self.step_tally().0
    }

    /// Steps of the routine skipped: every one of its work segments was
    /// skipped. A step cut short by ending the session is not skipped, and
    /// one never reached is neither done nor skipped.
    pub fn steps_skipped(&self) -> usize {
        self.step_tally().1
    }

    /// (done, skipped) over the routine's steps.
    fn step_tally(&self) -> (usize, usize) {
        let n = self.routine.steps.len();
        let mut done = vec![false; n];
        let mut work = vec![0usize; n];
        let mut skipped = vec![0usize; n];
        let ended_at = (self.status == Status::Ended).then_some(self.index);
        for (i, (seg, outcome)) in self.segments.iter().zip(&self.outcomes).enumerate() {
            if seg.kind != SegmentKind::Work || seg.step >= n {
                continue;
            }
            work[seg.step] += 1;
            match outcome {
                Some((Outcome::Completed, _)) => done[seg.step] = true,
                Some((Outcome::Skipped, _)) if ended_at != Some(i) => skipped[seg.step] += 1,
                _ => {}
            }
        }
        let done_count = done.iter().filter(|&&d| d).count();
        let skipped_count = (0..n)
            .filter(|&i| work[i] > 0 && skipped[i] == work[i])
            .count();
        (done_count, skipped_count)
    }

    /// Ran to the end of its timeline with at least one work segment done:
    /// a session whose every step was skipped is over, not complete.
    pub fn is_complete(&self) -> bool {
        self.status == Status::Finished && self.completed_count() > 0
    }

    /// Whether catching this session up to `now` would finish it without
    /// anyone having seen its last segment begin: nothing touched it for
    /// longer than its last segment lasts (the app was closed). Ask this of
    /// the session as it was saved, before [`Session::catch_up`]; the user
    /// is then asked whether they finished, rather than the history being
    /// told they did.
    pub fn ran_out_unattended(&self, now: Instant) -> bool {
        if self.status != Status::Running {
            return false;
        }
        let mut ahead = self.clone();
        ahead.catch_up(now);
        match (ahead.status, ahead.closed_at) {
            (Status::Finished, Some(end)) => {
                end.saturating_sub(self.touched_at) > ahead.countdown.length()
            }
            _ => false,
        }
    }

    /// Whether the end screen of this session comes back after a reload
    /// (so it is saved once over): a routine's, for its after-rating. A
    /// quick hold's has nothing to add and is forgotten.
    pub fn end_screen_kept(&self) -> bool {
        !crate::quick::is_quick(&self.routine)
    }

    /// Whether to offer the session for resuming after a reload. A paused
    /// session left for [`STALE_AFTER`], a running one untouched for longer
    /// than its whole planned length (it cannot still be running), and one
    /// already over are not offered.
    pub fn is_resumable(&self, now: Instant) -> bool {
        let untouched = now.saturating_sub(self.touched_at);
        match self.status {
            Status::Running => untouched <= self.total(),
            Status::Paused => untouched < STALE_AFTER,
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
        self.record(Outcome::Skipped, elapsed);
        out.push(Event::SegmentEnded {
            index: self.index,
            at: now,
        });
        let next = self.index.saturating_add(1);
        if next < self.segments.len() {
            self.go_to(next, now, &mut out);
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
        let target = self
            .segments
            .get(..self.index)
            .unwrap_or(&self.segments)
            .iter()
            .rposition(|s| s.kind == SegmentKind::Work)
            .unwrap_or(0);
        // Whatever was recorded from the target on is being redone.
        for o in self.outcomes.iter_mut().skip(target) {
            *o = None;
        }
        self.go_to(target, now, &mut out);
        out
    }

    /// The most the current segment may last with "+10 s": its step
    /// kind's maximum for a step ([`limits::bounds`]), [`limits::PAUSE_MAX`]
    /// for a pause between steps; never less than the segment's planned
    /// length.
    pub fn extend_cap(&self) -> Millis {
        self.current().map_or(0, |seg| self.cap_of(seg))
    }

    /// The limit of one segment (see [`Session::extend_cap`]).
    fn cap_of(&self, seg: &Segment) -> Millis {
        let limit = match (seg.kind, self.routine.steps.get(seg.step)) {
            (SegmentKind::Work, Some(step)) => limits::bounds(step.kind).max,
            _ => limits::PAUSE_MAX,
        };
        limit.max(seg.duration_ms)
    }

    /// Whether [`Session::extend`] can add time: the session is live and
    /// the current segment is shorter than its limit (the "+10 s" button
    /// shows that it cannot when not).
    pub fn can_extend(&self) -> bool {
        self.is_live() && self.countdown.length() < self.extend_cap()
    }

    /// Why "+10 s" adds nothing more to the current segment, while the
    /// session is live and the segment has reached its limit: "60 s is the
    /// most for one hold: move to the next spot". `None` while time can
    /// still be added, and when the session is not live.
    pub fn extend_limit(&self) -> Option<String> {
        if !self.is_live() || self.can_extend() {
            return None;
        }
        let seg = self.current()?;
        Some(match (seg.kind, self.routine.steps.get(seg.step)) {
            (SegmentKind::Work, Some(step)) => limits::limit_reason(step.kind),
            (kind, _) => limits::pause_reason(kind == SegmentKind::GetReady),
        })
    }

    /// Adds [`EXTEND_BY`] to the current segment, or what is left up to its
    /// limit ([`Session::extend_cap`]); at the limit it changes nothing
    /// ([`Session::extend_limit`] says why).
    pub fn extend(&mut self, now: Instant) -> Vec<Event> {
        let out = self.catch_up(now);
        if self.can_extend() {
            let room = self.extend_cap().saturating_sub(self.countdown.length());
            if self.countdown.extend(EXTEND_BY.min(room), now) {
                self.cursor = self.countdown.remaining(now);
                self.touched_at = now;
            }
        }
        out
    }

    /// Ends the session early.
    pub fn end(&mut self, now: Instant) -> Vec<Event> {
        let mut out = self.catch_up(now);
        if self.is_live() {
            let elapsed = self.countdown.elapsed(now);
            self.record(Outcome::Skipped, elapsed);
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
                    self.record(Outcome::Completed, ran);
                    out.push(Event::SegmentEnded {
                        index: self.index,
                        at,
                    });
                    self.touched_at = at;
                    let next = self.index.saturating_add(1);
                    if next < self.segments.len() {
                        self.enter(next, at, &mut out);
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
        ahead.catch_up(now.saturating_add(horizon))
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

    /// How the current segment was left (nothing when the session's lists
    /// are bent and there is no such entry).
    fn record(&mut self, outcome: Outcome, ran: Millis) {
        if let Some(o) = self.outcomes.get_mut(self.index) {
            *o = Some((outcome, ran));
        }
    }

    /// Starts segment `index` at `at` (running). A segment that is not there
    /// (a bent saved session) ends the session instead.
    fn enter(&mut self, index: usize, at: Instant, out: &mut Vec<Event>) {
        let Some(&seg) = self.segments.get(index) else {
            self.close(Status::Ended, at, out);
            return;
        };
        self.index = index;
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
        let Some(kind) = self.segments.get(index).map(|s| s.kind) else {
            return;
        };
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
                    at: deadline.saturating_sub(t),
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
                    at: deadline.saturating_sub(t),
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
                        at: deadline.saturating_sub(t),
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
            Phase::Running { deadline } => Some(deadline),
            _ => None,
        }
    }
}

/// Why a saved session cannot be picked up again, in a few plain words
/// ("its list of steps is empty").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RestoreProblem {
    pub reason: String,
}

impl RestoreProblem {
    fn new(reason: impl Into<String>) -> Self {
        Self {
            reason: reason.into(),
        }
    }

    /// The sentence to show when the saved session is set aside.
    pub fn message(&self) -> String {
        format!(
            "The session that was running could not be restored: {}.",
            self.reason
        )
    }
}

impl Session {
    /// Every moment in the session moved `by` earlier (saturating at 0).
    fn shifted_back(mut self, by: Millis) -> Self {
        let back = |t: Instant| t.saturating_sub(by);
        self.started_at = self.started_at.map(back);
        self.closed_at = self.closed_at.map(back);
        self.touched_at = back(self.touched_at);
        let phase = match self.countdown.phase() {
            Phase::Running { deadline } => Phase::Running {
                deadline: back(deadline),
            },
            Phase::Finished { at } => Phase::Finished { at: back(at) },
            other => other,
        };
        self.countdown = Countdown::from_parts(self.countdown.length(), phase);
        self
    }
}

impl fmt::Display for RestoreProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

/// A saved session, checked (see [`Session::check`]) and with its routine's
/// texts cleaned, ready for [`Session::catch_up`]. Time does not move here.
///
/// A session saved more than [`CLOCK_SET_BACK`] "after" `now` was saved
/// before the wall clock was set back (travel, a phone syncing its time):
/// how long ago is unknown, so it is read as saved just now, and one that
/// was running is paused there, for the person to resume. It neither
/// vanishes nor jumps ahead.
pub fn restore(saved: Session, now: Instant) -> Result<Session, RestoreProblem> {
    let saved = match saved.touched_at.checked_sub(now) {
        Some(ahead) if ahead > CLOCK_SET_BACK => {
            let mut moved = saved.shifted_back(ahead);
            if moved.status == Status::Running {
                moved.pause(now);
            }
            moved
        }
        _ => saved,
    };
    saved.check(now)?;
    Ok(Session {
        routine: clean_routine(&saved.routine),
        ..saved
    })
}

/// [`restore`] from the saved text itself: text that is not a session at
/// all is refused the same way.
pub fn restore_json(text: &str, now: Instant) -> Result<Session, RestoreProblem> {
    if crate::json_depth::nested_too_deep(text) {
        return Err(RestoreProblem::new("it is nested too deep"));
    }
    let saved: Session = serde_json::from_str(text)
        .map_err(|_| RestoreProblem::new("it is not a session this version can read"))?;
    restore(saved, now)
}

impl Session {
    /// Checks a session read back from storage against its routine, a
    /// freshly expanded timeline and the safe limits, so that nothing bent
    /// (by a bug, an old version, a write cut short or a hand edit) reaches
    /// the engine:
    ///
    /// - the routine keeps the limits of a user's routine (its timing:
    ///   steps, lengths, sets, rests);
    /// - the segments are the routine's timeline (with the connector
    ///   lengths the session was started with, each within the settings'
    ///   limits), and there is one outcome per segment;
    /// - the index points at a segment, the current countdown's length is
    ///   from that segment's planned length up to its limit (what "+10 s"
    ///   could have made it), and each recorded run is no longer than its
    ///   segment could last;
    /// - the status agrees with the countdown and with which segments have
    ///   an outcome;
    /// - no deadline or timestamp lies further ahead of `now` than the
    ///   session's whole planned length.
    pub fn check(&self, now: Instant) -> Result<(), RestoreProblem> {
        let bad = |reason: &str| Err(RestoreProblem::new(reason));
        if let Some(p) = validate_timing(&self.routine, Policy::User)
            .into_iter()
            .find(|p| p.severity == Severity::Error)
        {
            return Err(RestoreProblem::new(format!(
                "its routine is outside the safe limits ({}: {})",
                p.path, p.message
            )));
        }
        if self.segments.is_empty() {
            return bad("its list of steps is empty");
        }
        if self.outcomes.len() != self.segments.len() {
            return bad("its record of steps done does not match its steps");
        }
        let Some(current) = self.segments.get(self.index) else {
            return bad("it points past its last step");
        };
        if self.segments != expected_timeline(&self.routine, &self.segments) {
            return bad("its steps do not match its routine");
        }
        let length = self.countdown.length();
        if length < current.duration_ms || length > self.cap_of(current) {
            return bad("the current step has a length it could not have");
        }
        if self.cursor > length {
            return bad("the current step's time is out of range");
        }
        let overlong = self
            .segments
            .iter()
            .zip(&self.outcomes)
            .any(|(seg, o)| o.is_some_and(|(_, ran)| ran > self.cap_of(seg)));
        if overlong {
            return bad("a step is recorded as longer than it could have run");
        }
        let recorded = match self.status {
            Status::Ready => 0,
            Status::Running | Status::Paused => self.index,
            Status::Ended => self.index.saturating_add(1),
            Status::Finished => self.segments.len(),
        };
        let in_order = self
            .outcomes
            .iter()
            .enumerate()
            .all(|(i, o)| o.is_some() == (i < recorded));
        if !in_order {
            return bad("its record of steps done does not match where it is");
        }
        let latest = now.saturating_add(self.total());
        let phase = self.countdown.phase();
        let consistent = match self.status {
            Status::Ready => {
                self.index == 0
                    && phase == Phase::Ready
                    && self.started_at.is_none()
                    && self.closed_at.is_none()
            }
            Status::Running => {
                matches!(phase, Phase::Running { .. })
                    && self.started_at.is_some()
                    && self.closed_at.is_none()
            }
            Status::Paused => {
                matches!(phase, Phase::Paused { remaining } if remaining <= length)
                    && self.started_at.is_some()
                    && self.closed_at.is_none()
            }
            Status::Finished | Status::Ended => {
                self.started_at.is_some() && self.closed_at >= self.started_at
            }
        };
        if !consistent {
            return bad("its state does not hold together");
        }
        let deadline = self.deadline().unwrap_or(0);
        let times = [
            deadline,
            self.started_at.unwrap_or(0),
            self.closed_at.unwrap_or(0),
            self.touched_at,
        ];
        if times.iter().any(|&t| t > latest) {
            return bad("its times lie too far in the future");
        }
        Ok(())
    }
}

/// The timeline `routine` expands to with the connector lengths found in
/// `segments` (get-ready, switch pause and the set rest used where a step
/// has none of its own), pulled into the settings' limits.
fn expected_timeline(routine: &Routine, segments: &[Segment]) -> Vec<Segment> {
    let length_of = |kind: SegmentKind, own_rest: bool| {
        segments
            .iter()
            .find(|s| {
                s.kind == kind
                    && (own_rest
                        || routine
                            .steps
                            .get(s.step)
                            .is_some_and(|st| st.rest_between_sets_ms.is_none()))
            })
            .map(|s| s.duration_ms)
    };
    let defaults = Settings::default();
    let settings = Settings {
        get_ready_ms: length_of(SegmentKind::GetReady, true).unwrap_or(0),
        switch_pause_ms: length_of(SegmentKind::SwitchSides, true)
            .unwrap_or(defaults.switch_pause_ms),
        set_rest_ms: length_of(SegmentKind::SetRest, false).unwrap_or(defaults.set_rest_ms),
        ..defaults
    };
    expand(routine, &settings.clamped())
}

#[cfg(test)]
#[path = "session_tests.rs"]
mod tests;
