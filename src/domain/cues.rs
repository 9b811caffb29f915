//! Which sounds, words and buzzes go with which session events.
//!
//! Pure mapping from [`Event`]s to cues, so the timing of every cue comes
//! from the state machine and can be tested natively. The platform plays
//! them: tones are scheduled ahead on the audio clock, speech and vibration
//! happen when the page sees the event.

use crate::countdown::{Countdown, Phase};
use crate::routine::{Routine, StepKind};
use crate::session::Event;
use crate::time::{format_length, Instant, SECOND};
use crate::timeline::{Segment, SegmentKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tone {
    /// Each of the last three seconds.
    Tick,
    /// A step (or get-ready, or rest) is over and the next begins.
    StepEnd,
    /// Move to the other side.
    SwitchSides,
    /// The routine is complete.
    Finish,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PlannedTone {
    pub at: Instant,
    pub tone: Tone,
}

/// The tones for a run of events, one per moment: a boundary plays the
/// switch tone or the finish tone instead of the plain end tone.
pub fn tones(events: &[Event], segments: &[Segment]) -> Vec<PlannedTone> {
    let mut out = Vec::new();
    for e in events {
        let tone = match *e {
            Event::SecondsLeft {
                seconds: 1..=3, at, ..
            } => Some((at, Tone::Tick)),
            Event::SegmentStarted { index, at } if index > 0 => {
                let kind = segments.get(index).map(|s| s.kind);
                Some((
                    at,
                    if kind == Some(SegmentKind::SwitchSides) {
                        Tone::SwitchSides
                    } else {
                        Tone::StepEnd
                    },
                ))
            }
            Event::Finished { at } => Some((at, Tone::Finish)),
            _ => None,
        };
        if let Some((at, tone)) = tone {
            out.push(PlannedTone { at, tone });
        }
    }
    out
}

/// The tones of a lone countdown (Quick hold): a tick for each of the last
/// three seconds and the finish tone at the deadline. Nothing unless running.
pub fn countdown_tones(countdown: &Countdown) -> Vec<PlannedTone> {
    let Phase::Running { deadline } = countdown.phase() else {
        return Vec::new();
    };
    let mut out: Vec<PlannedTone> = [3, 2, 1]
        .iter()
        .map(|s| s * SECOND)
        .filter(|&t| t < countdown.length())
        .map(|t| PlannedTone {
            at: deadline.saturating_sub(t),
            tone: Tone::Tick,
        })
        .collect();
    out.push(PlannedTone {
        at: deadline,
        tone: Tone::Finish,
    });
    out
}

/// Vibration pattern (ms on, off, on...) for an event, if it gets one:
/// at the end of each work step, at a side switch, and at the finish.
pub fn vibration(event: &Event, segments: &[Segment]) -> Option<&'static [u32]> {
    match *event {
        Event::SwitchSides { .. } => Some(&[120, 80, 120]),
        Event::Finished { .. } => Some(&[300, 100, 300]),
        Event::SegmentEnded { index, .. }
            if segments.get(index).map(|s| s.kind) == Some(SegmentKind::Work) =>
        {
            Some(&[250])
        }
        _ => None,
    }
}

/// What a segment is called on screen and in speech, e.g. "Left calf hold".
pub fn segment_title(routine: &Routine, seg: &Segment) -> String {
    let title = routine
        .steps
        .get(seg.step)
        .map(|s| s.title.as_str())
        .unwrap_or("Step");
    match seg.kind {
        // The count-in shows the step it prepares for.
        SegmentKind::GetReady => title.to_string(),
        SegmentKind::SwitchSides => "Switch sides".to_string(),
        SegmentKind::SetRest => "Rest".to_string(),
        SegmentKind::Work => title.to_string(),
    }
}

/// The sentence spoken (and announced to screen readers) when a segment
/// starts, e.g. "Left. Calf hold, ball, 30 seconds."
pub fn announcement(routine: &Routine, segments: &[Segment], index: usize) -> String {
    let Some(seg) = segments.get(index) else {
        return String::new();
    };
    let step = routine.steps.get(seg.step);
    let next_work = |from: usize| {
        segments
            .iter()
            .skip(from)
            .find(|s| s.kind == SegmentKind::Work)
            .map(|s| describe_work(routine, s))
    };
    match seg.kind {
        SegmentKind::GetReady => match next_work(index) {
            Some(first) => format!("Get ready. First: {first}"),
            None => "Get ready.".to_string(),
        },
        SegmentKind::SwitchSides => match next_work(index) {
            Some(next) => format!("Switch sides. Next: {next}"),
            None => "Switch sides.".to_string(),
        },
        SegmentKind::SetRest => format!(
            "Rest, {}. Then set {} of {}.",
            format_length(seg.duration_ms),
            seg.set,
            seg.sets
        ),
        SegmentKind::Work if step.is_some_and(|s| s.kind == StepKind::Rest) => {
            format!("Rest, {}.", format_length(seg.duration_ms))
        }
        SegmentKind::Work => describe_work(routine, seg),
    }
}

fn describe_work(routine: &Routine, seg: &Segment) -> String {
    let Some(step) = routine.steps.get(seg.step) else {
        return String::new();
    };
    let mut parts = Vec::new();
    if let Some(side) = seg.side {
        parts.push(format!("{}.", side.label()));
    }
    let mut what = step.title.clone();
    if let Some(tool) = step.tool.spoken() {
        what.push_str(", ");
        what.push_str(tool);
    }
    what.push_str(", ");
    what.push_str(&format_length(seg.duration_ms));
    if seg.sets > 1 {
        what.push_str(&format!(", set {} of {}", seg.set, seg.sets));
    }
    what.push('.');
    parts.push(what);
    parts.join(" ")
}

/// Words spoken for a mark inside a segment ("10 seconds left").
pub fn spoken_mark(event: &Event) -> Option<&'static str> {
    match event {
        Event::SecondsLeft { seconds: 10, .. } => Some("10 seconds left"),
        _ => None,
    }
}

#[cfg(test)]
#[path = "cues_tests.rs"]
mod tests;
