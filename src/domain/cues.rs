//! Which sounds, words, buzzes and flashes go with which session events.
//!
//! Pure mapping from [`Event`]s to cues, so the timing of every cue comes
//! from the state machine and can be tested natively. The platform plays
//! them: tones are scheduled ahead on the audio clock, speech and vibration
//! happen when the page sees the event. The notes of each tone are data here
//! too, so that the tones can be checked to sound different from each other.

use crate::countdown::{Countdown, Phase};
use crate::routine::{Routine, StepKind};
use crate::session::Event;
use crate::time::{format_length, Instant, SECOND};
use crate::timeline::{Segment, SegmentKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tone {
    /// Each of the last three seconds.
    Tick,
    /// A step (or get-ready, or switch pause) is over and the next begins.
    StepEnd,
    /// Move to the other side.
    SwitchSides,
    /// A rest between two sets begins.
    SetRest,
    /// Halfway through a work segment (when the user asked for it).
    Halfway,
    /// The routine is complete.
    Finish,
}

impl Tone {
    /// The tones that mark a moment (not the ticks), in the order a person
    /// meets them in a session: the first step begins, its halfway point,
    /// the switch to the other side, a rest before the next set, the end.
    pub const ALL_MOMENTS: [Tone; 5] = [
        Tone::StepEnd,
        Tone::Halfway,
        Tone::SwitchSides,
        Tone::SetRest,
        Tone::Finish,
    ];

    /// What the tone means, for its "Test" button.
    pub fn label(self) -> &'static str {
        match self {
            Tone::Tick => "Last seconds",
            Tone::StepEnd => "Next step",
            Tone::SwitchSides => "Switch sides",
            Tone::SetRest => "Set rest",
            Tone::Halfway => "Halfway",
            Tone::Finish => "Routine done",
        }
    }
}

/// The shape of an oscillator's wave.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Wave {
    Sine,
    Triangle,
    Square,
}

/// One note of a tone: pitch (Hz), start after the tone begins and length
/// (seconds), peak loudness (0 to 1) and wave.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Note {
    pub freq: f32,
    pub offset: f64,
    pub length: f64,
    pub gain: f32,
    pub wave: Wave,
}

const fn note(freq: f32, offset: f64, length: f64, gain: f32, wave: Wave) -> Note {
    Note {
        freq,
        offset,
        length,
        gain,
        wave,
    }
}

use Wave::{Sine, Triangle};

/// Soft, short and high: the last three seconds.
const TICK: &[Note] = &[note(1_046.5, 0.0, 0.07, 0.18, Sine)];
/// Rising two-note chime: this step is over, the next one starts.
const STEP_END: &[Note] = &[
    note(659.3, 0.0, 0.18, 0.35, Sine),
    note(987.8, 0.16, 0.32, 0.35, Sine),
];
/// Two low buzzy notes and a higher one: move the tool to the other side.
const SWITCH_SIDES: &[Note] = &[
    note(392.0, 0.0, 0.16, 0.35, Triangle),
    note(392.0, 0.24, 0.16, 0.35, Triangle),
    note(523.3, 0.48, 0.3, 0.35, Triangle),
];
/// A slow, soft falling pair: ease off, a rest before the next set.
const SET_REST: &[Note] = &[
    note(587.3, 0.0, 0.35, 0.25, Sine),
    note(440.0, 0.45, 0.6, 0.25, Sine),
];
/// One soft middle note: half of this side or set is done.
const HALFWAY: &[Note] = &[note(784.0, 0.0, 0.25, 0.2, Sine)];
/// A major arpeggio: the routine is complete (or the heat must come off).
const FINISH: &[Note] = &[
    note(523.3, 0.0, 0.25, 0.35, Sine),
    note(659.3, 0.2, 0.25, 0.35, Sine),
    note(784.0, 0.4, 0.25, 0.35, Sine),
    note(1_046.5, 0.6, 0.7, 0.35, Sine),
];

/// The notes a tone is played with. Each moment tone differs from every
/// other by its number of notes, its melody's direction or its rhythm, so
/// they can be told apart without looking.
pub fn pattern(tone: Tone) -> &'static [Note] {
    match tone {
        Tone::Tick => TICK,
        Tone::StepEnd => STEP_END,
        Tone::SwitchSides => SWITCH_SIDES,
        Tone::SetRest => SET_REST,
        Tone::Halfway => HALFWAY,
        Tone::Finish => FINISH,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PlannedTone {
    pub at: Instant,
    pub tone: Tone,
}

/// The tones for a run of events, one per moment: a boundary plays the
/// switch, set-rest or finish tone instead of the plain step tone, and with
/// `halfway` the middle of each work segment plays a soft note.
pub fn tones(events: &[Event], segments: &[Segment], halfway: bool) -> Vec<PlannedTone> {
    let kind = |index: usize| segments.get(index).map(|s| s.kind);
    let mut out = Vec::new();
    for e in events {
        let tone = match *e {
            Event::SecondsLeft {
                seconds: 1..=3, at, ..
            } => Some((at, Tone::Tick)),
            Event::SegmentStarted { index, at } if index > 0 => Some((
                at,
                match kind(index) {
                    Some(SegmentKind::SwitchSides) => Tone::SwitchSides,
                    Some(SegmentKind::SetRest) => Tone::SetRest,
                    _ => Tone::StepEnd,
                },
            )),
            Event::Halfway { index, at } if halfway && kind(index) == Some(SegmentKind::Work) => {
                Some((at, Tone::Halfway))
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

/// A full-screen flash, for the moments that get one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flash {
    /// A new step, side or set begins, or a rest between sets.
    Step,
    /// Move to the other side.
    Switch,
    /// The routine is complete.
    Finish,
}

/// Flashes never come closer together than this: at most three a second.
pub const FLASH_MIN_GAP_MS: u64 = 334;

/// The flash for an event, if it gets one: a work or set-rest segment
/// starting (not the first, which starts at the tap), a side switch and the
/// finish.
pub fn flash(event: &Event, segments: &[Segment]) -> Option<Flash> {
    match *event {
        Event::SegmentStarted { index, .. } if index > 0 => match segments.get(index)?.kind {
            SegmentKind::Work | SegmentKind::SetRest => Some(Flash::Step),
            SegmentKind::GetReady | SegmentKind::SwitchSides => None,
        },
        Event::SwitchSides { .. } => Some(Flash::Switch),
        Event::Finished { .. } => Some(Flash::Finish),
        _ => None,
    }
}

/// Whether a flash may show at `now`, the last one having shown at
/// `last_flash_at`: at least [`FLASH_MIN_GAP_MS`] must lie between them.
pub fn flash_allowed(last_flash_at: Option<Instant>, now: Instant) -> bool {
    last_flash_at.is_none_or(|last| now.saturating_sub(last) >= FLASH_MIN_GAP_MS)
}

/// What a segment is called on screen and in speech, e.g. "Left calf hold".
pub fn segment_title(routine: &Routine, seg: &Segment) -> String {
    match seg.kind {
        // The count-in shows the step it prepares for.
        SegmentKind::GetReady | SegmentKind::Work => step_title(routine, seg).to_string(),
        SegmentKind::SwitchSides => "Switch sides".to_string(),
        SegmentKind::SetRest => "Rest".to_string(),
    }
}

/// The title of the step a segment belongs to ("Step" if it is not there).
pub(crate) fn step_title<'a>(routine: &'a Routine, seg: &Segment) -> &'a str {
    routine
        .steps
        .get(seg.step)
        .map_or("Step", |s| s.title.as_str())
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

/// [`announcement`] followed by the step's instruction, for when the user
/// asked for instructions to be read. The instruction is read when the step
/// begins (its first side of its first set), not again for each side or set.
pub fn announcement_with_instruction(
    routine: &Routine,
    segments: &[Segment],
    index: usize,
) -> String {
    let text = announcement(routine, segments, index);
    let Some(seg) = segments.get(index) else {
        return text;
    };
    let is_work_of_step = |s: &Segment| s.kind == SegmentKind::Work && s.step == seg.step;
    let step_begins = is_work_of_step(seg) && !segments.iter().take(index).any(is_work_of_step);
    let instruction = routine
        .steps
        .get(seg.step)
        .map_or("", |s| s.instruction.trim());
    if step_begins && !instruction.is_empty() {
        format!("{text} {instruction}")
    } else {
        text
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
