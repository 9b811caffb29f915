//! What the session page shows about the current segment, derived once per
//! segment change (not per tick), so the page re-renders only when it must.

use unknot_domain::{
    cues,
    picture::Picture,
    routine::{BodyArea, Side, StepKind, Tool},
    session::{Session, Status},
    text,
    time::{Instant, Millis},
    timeline::SegmentKind,
};

#[derive(Clone, Debug, PartialEq)]
pub struct StepView {
    pub index: usize,
    pub status: Status,
    pub segment: SegmentKind,
    /// The kind shown by colour and icon (a switch or set rest shows as rest).
    pub kind: StepKind,
    /// The label on the kind chip ("Hold", "Get ready", "Switch sides").
    pub chip: &'static str,
    pub title: String,
    pub instruction: String,
    /// The instruction's first sentence, shown beside the countdown (the
    /// whole instruction follows below it): for a count-in, the step's own.
    pub lead: String,
    /// What to take care of in this step (`Step::cautions`: its own, its
    /// area's for pressure, the heat cautions); only while it is worked.
    pub cautions: Vec<String>,
    pub side: Option<Side>,
    pub set: u8,
    pub sets: u8,
    pub area: BodyArea,
    pub tool: Tool,
    /// The step's picture (the step about to start while getting ready or
    /// switching sides), if it has one.
    pub picture: Option<Picture>,
    /// The current segment's length (grows with "Add 10 seconds").
    pub length: Millis,
    /// Why "Add 10 seconds" adds nothing more, once the segment is at its
    /// step kind's limit ("60 s is the most for one hold: move to the next
    /// spot").
    pub extend_limit: Option<String>,
    pub next: Option<String>,
    pub routine_name: String,
    pub total: Millis,
    pub work_done: usize,
    pub work_count: usize,
}

impl StepView {
    /// Why "+10 s" adds nothing more, once it was tapped at this segment's
    /// limit (`shown`: [`Player::limit_shown`](super::controller::Player)).
    pub fn limit_note(&self, shown: Option<usize>) -> Option<String> {
        (shown == Some(self.index))
            .then(|| self.extend_limit.clone())
            .flatten()
    }

    pub fn of(s: &Session) -> Option<Self> {
        let seg = *s.current()?;
        let routine = s.routine();
        let step = routine.steps.get(seg.step)?;
        let (kind, instruction) = match seg.kind {
            SegmentKind::Work => (step.kind, step.instruction.clone()),
            SegmentKind::GetReady => (
                step.kind,
                format!("Get into position for the first step. {}", step.instruction),
            ),
            SegmentKind::SwitchSides => (
                StepKind::Rest,
                format!(
                    "Ease off and move to your {} side. {}",
                    seg.side
                        .map_or("other", |s| if s == Side::Left { "left" } else { "right" }),
                    step.instruction
                ),
            ),
            SegmentKind::SetRest => (
                StepKind::Rest,
                "Ease off, breathe slowly and let the area settle before the next set.".to_string(),
            ),
        };
        let lead = text::first_sentence(match seg.kind {
            SegmentKind::GetReady => &step.instruction,
            _ => &instruction,
        })
        .to_string();
        let next = s.next_shown().map(|n| {
            let title = cues::segment_title(routine, n);
            match n.side {
                Some(side) => format!("{title} ({})", side.label().to_ascii_lowercase()),
                None => title,
            }
        });
        Some(Self {
            index: s.index(),
            status: s.status(),
            segment: seg.kind,
            kind,
            chip: match seg.kind {
                SegmentKind::GetReady => "Get ready",
                SegmentKind::SwitchSides => "Switch sides",
                SegmentKind::SetRest => "Rest",
                SegmentKind::Work => kind.label(),
            },
            title: cues::segment_title(routine, &seg),
            instruction,
            lead,
            cautions: if seg.kind == SegmentKind::Work {
                step.cautions().into_iter().map(str::to_string).collect()
            } else {
                Vec::new()
            },
            side: seg.side,
            set: seg.set,
            sets: seg.sets,
            area: step.area,
            tool: step.tool,
            picture: step.picture,
            length: s.countdown().length(),
            extend_limit: s.extend_limit(),
            next,
            routine_name: routine.name.clone(),
            total: s.total(),
            work_done: s.completed_count() + s.skipped_count(),
            work_count: s.work_count(),
        })
    }

    pub fn is_pressure(&self) -> bool {
        self.segment == SegmentKind::Work && matches!(self.kind, StepKind::Hold | StepKind::Roll)
    }
}

/// The summary on the end screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Ran to its end with at least one step done (skipping every step is
    /// not "complete").
    pub completed: bool,
    /// Ran to its end (every step done or skipped).
    pub finished: bool,
    pub routine_name: String,
    pub active: Millis,
    pub done: usize,
    pub skipped: usize,
    pub of: usize,
}

impl Summary {
    pub fn of(s: &Session, now: Instant) -> Option<Self> {
        if !s.is_over() {
            return None;
        }
        Some(Self {
            completed: s.is_complete(),
            finished: s.status() == Status::Finished,
            routine_name: s.routine().name.clone(),
            active: s.active_time(now),
            done: s.steps_done(),
            skipped: s.steps_skipped(),
            of: s.step_count(),
        })
    }
}
