//! Expands a routine into the flat list of timed segments the player runs:
//! get-ready, each set and side of each step, switch pauses and set rests.

use crate::routine::{Routine, Side, Sides, StepKind};
use crate::settings::Settings;
use crate::time::Millis;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    /// Count-in before the first step: get into position.
    GetReady,
    /// One side of one set of a step.
    Work,
    /// Short pause to move the tool to the other side.
    SwitchSides,
    /// Rest between two sets of the same step.
    SetRest,
}

/// One timed piece of a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub kind: SegmentKind,
    /// The routine step this belongs to (for get-ready: the first step; for a
    /// switch or rest: the step being worked).
    pub step: usize,
    /// Side worked (for a switch: the side coming next).
    pub side: Option<Side>,
    /// Set number, 1-based (for a rest: the set coming next).
    pub set: u8,
    pub sets: u8,
    pub duration_ms: Millis,
}

impl Segment {
    /// Get-ready, switches and set rests join steps; they are not steps.
    pub fn is_connector(&self) -> bool {
        self.kind != SegmentKind::Work
    }
}

/// Builds the timeline. Zero-length connectors are left out.
pub fn expand(routine: &Routine, settings: &Settings) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut push = |seg: Segment| {
        if seg.duration_ms > 0 {
            out.push(seg);
        }
    };
    if let Some(first) = routine.steps.first() {
        push(Segment {
            kind: SegmentKind::GetReady,
            step: 0,
            side: first_side(first.sides),
            set: 1,
            sets: first.sets.max(1),
            duration_ms: settings.get_ready_ms,
        });
    }
    for (i, step) in routine.steps.iter().enumerate() {
        let sets = step.sets.max(1);
        let rest = step.rest_between_sets_ms.unwrap_or(settings.set_rest_ms);
        for set in 1..=sets {
            for (n, &side) in step.sides.order().iter().enumerate() {
                if n > 0 {
                    push(Segment {
                        kind: SegmentKind::SwitchSides,
                        step: i,
                        side,
                        set,
                        sets,
                        duration_ms: settings.switch_pause_ms,
                    });
                }
                push(Segment {
                    kind: SegmentKind::Work,
                    step: i,
                    side,
                    set,
                    sets,
                    duration_ms: step.duration_ms,
                });
            }
            // A rest step needs no rest after it.
            if set < sets && step.kind != StepKind::Rest {
                push(Segment {
                    kind: SegmentKind::SetRest,
                    step: i,
                    side: first_side(step.sides),
                    set: set + 1,
                    sets,
                    duration_ms: rest,
                });
            }
        }
    }
    out
}

/// The side a step starts on.
fn first_side(sides: Sides) -> Option<Side> {
    sides.order().first().copied().flatten()
}

/// Total length of a timeline (saturating: a bent routine cannot overflow
/// it).
pub fn total(segments: &[Segment]) -> Millis {
    segments
        .iter()
        .fold(0, |sum: Millis, s| sum.saturating_add(s.duration_ms))
}

#[cfg(test)]
#[path = "timeline_tests.rs"]
mod tests;
