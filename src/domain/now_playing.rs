//! The session in a few words for when nobody watches the screen: the text
//! the lock screen shows (Media Session) and what happened while the page
//! was away.

use crate::cues::{segment_title, step_title};
use crate::routine::Routine;
use crate::session::{Session, Status};
use crate::time::{format_clock, Instant};
use crate::timeline::{Segment, SegmentKind};

/// What the lock screen and the notification show for the current segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NowPlaying {
    /// The segment, e.g. "Glute hold · left" or "Rest before set 3".
    pub title: String,
    /// The routine's name.
    pub artist: String,
    /// Where in the routine, e.g. "Set 2 of 3 · Hold" or "Step 2 of 5 · Roll".
    pub album: String,
    /// The current segment's length (with any time added).
    pub duration_ms: u64,
    /// How much of it has run at `now`.
    pub position_ms: u64,
}

/// The lock screen's text at `now`, or `None` once the session is over.
pub fn now_playing(session: &Session, now: Instant) -> Option<NowPlaying> {
    if session.is_over() {
        return None;
    }
    let seg = session.current()?;
    let routine = session.routine();
    let duration_ms = session.countdown().length();
    Some(NowPlaying {
        title: title(routine, seg, " · "),
        artist: routine.name.clone(),
        album: album(routine, seg),
        duration_ms,
        position_ms: session.countdown().elapsed(now).min(duration_ms),
    })
}

/// What happened while the page was away, for the page that comes back:
/// `last_shown` is the segment it showed before, `session` has been caught
/// up to `now`. E.g. "2 steps done, now: Calf hold, right, 0:21 left".
/// `None` when the session is still on the segment that was shown.
pub fn away_summary(session: &Session, last_shown: usize, now: Instant) -> Option<String> {
    match session.status() {
        Status::Finished => return Some("The routine is complete".to_string()),
        Status::Ended => return Some("The session has ended".to_string()),
        _ if session.index() == last_shown => return None,
        _ => {}
    }
    let done = session
        .segments()
        .get(last_shown..session.index())
        .unwrap_or_default()
        .iter()
        .filter(|s| s.kind == SegmentKind::Work)
        .count();
    let done = match done {
        0 => "No step finished".to_string(),
        1 => "1 step done".to_string(),
        n => format!("{n} steps done"),
    };
    let seg = session.current()?;
    Some(format!(
        "{done}, now: {}, {} left",
        title(session.routine(), seg, ", "),
        format_clock(session.remaining(now))
    ))
}

/// A segment's title with its side after `sep` ("Calf hold · left"), and
/// the step it belongs to for a count-in or a switch.
fn title(routine: &Routine, seg: &Segment, sep: &str) -> String {
    match seg.kind {
        SegmentKind::GetReady => format!("Get ready: {}", step_title(routine, seg)),
        SegmentKind::SwitchSides => format!(
            "{}: {}",
            segment_title(routine, seg),
            step_title(routine, seg)
        ),
        SegmentKind::SetRest => format!("Rest before set {}", seg.set),
        SegmentKind::Work => match seg.side {
            Some(side) => format!(
                "{}{sep}{}",
                segment_title(routine, seg),
                side.label().to_ascii_lowercase()
            ),
            None => segment_title(routine, seg),
        },
    }
}

/// "Set 2 of 3 · Hold" for a step done in sets, "Step 2 of 5 · Hold" in a
/// routine of several steps, else just the kind ("Hold").
fn album(routine: &Routine, seg: &Segment) -> String {
    let kind = routine
        .steps
        .get(seg.step)
        .map_or("Step", |s| s.kind.label());
    let steps = routine.steps.len();
    if seg.sets > 1 {
        format!("Set {} of {} · {kind}", seg.set, seg.sets)
    } else if steps > 1 {
        format!("Step {} of {steps} · {kind}", seg.step.saturating_add(1))
    } else {
        kind.to_string()
    }
}

#[cfg(test)]
#[path = "now_playing_tests.rs"]
mod tests;
