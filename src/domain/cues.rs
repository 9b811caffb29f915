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
            at: deadline - t,
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
        segments[from..]
            .iter()
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
mod tests {
    use super::*;
    use crate::routine::{BodyArea, Step, Tool};
    use crate::session::Session;
    use crate::settings::Settings;

    fn session() -> Session {
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
                .both_sides(),
                Step::new(
                    StepKind::Stretch,
                    "Calf stretch",
                    "Lean into a wall.",
                    20,
                    BodyArea::Calves,
                    Tool::None,
                ),
            ],
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
        let t = tones(&ahead, s.segments());
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
        assert_eq!(
            at(Tone::Tick),
            vec![
                2_000, 3_000, 4_000, 12_000, 13_000, 14_000, 17_000, 18_000, 19_000, 27_000,
                28_000, 29_000, 47_000, 48_000, 49_000
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
}
