//! The safe limits of each step kind, in one table that every path uses:
//! presets, the editor, imports, share links, stored routines, Quick hold and
//! "+10 s" in a session.
//!
//! One pressure hold lasts 10 to 60 s; one pass of the foam roller 15 s to
//! 2 minutes; one stretch 15 to 60 s; heat 1 to 20 minutes on one area, as one
//! application; a rest 5 to 60 s. "+10 s" stops at the same maximum, and the
//! pauses between steps (get ready, switch sides, rest between sets) at
//! [`PAUSE_MAX`]. Each maximum comes with the words that say why it is there
//! ("60 s is the most for one hold: move to the next spot").

use crate::routine::{Routine, Step, StepKind};
use crate::time::{format_clock, Millis, SECOND};

const MINUTE: Millis = 60 * SECOND;

/// The shortest and longest one set of one side of a step may last.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bounds {
    pub min: Millis,
    pub max: Millis,
}

impl Bounds {
    pub fn contains(self, ms: Millis) -> bool {
        (self.min..=self.max).contains(&ms)
    }

    /// `ms` pulled inside the bounds.
    pub fn clamp(self, ms: Millis) -> Millis {
        ms.clamp(self.min, self.max)
    }
}

/// One pressure hold on one spot.
pub const HOLD: Bounds = Bounds {
    min: 10 * SECOND,
    max: 60 * SECOND,
};
/// One slow pass of the foam roller (beginners start at 15 s).
pub const ROLL: Bounds = Bounds {
    min: 15 * SECOND,
    max: 120 * SECOND,
};
/// One stretch of the muscle just worked.
pub const STRETCH: Bounds = Bounds {
    min: 15 * SECOND,
    max: 60 * SECOND,
};
/// Heat on one area.
pub const HEAT: Bounds = Bounds {
    min: MINUTE,
    max: 20 * MINUTE,
};
/// A rest step.
pub const REST: Bounds = Bounds {
    min: 5 * SECOND,
    max: 60 * SECOND,
};
/// The most a pause between steps (get ready, switch sides, rest between
/// sets) may grow to with "+10 s"; longer, the session can be paused.
pub const PAUSE_MAX: Millis = 60 * SECOND;
/// A heat step is one application: the area's whole time under heat is its
/// length, so it cannot be repeated in sets.
pub const HEAT_SETS_MAX: u8 = 1;

/// The limits of a step of `kind`.
pub const fn bounds(kind: StepKind) -> Bounds {
    match kind {
        StepKind::Hold => HOLD,
        StepKind::Roll => ROLL,
        StepKind::Stretch => STRETCH,
        StepKind::Heat => HEAT,
        StepKind::Rest => REST,
    }
}

/// "60 s is the most for one hold", "20 minutes is the most heat on one
/// area": the maximum of `kind` in words.
pub fn most(kind: StepKind) -> String {
    let what = match kind {
        StepKind::Hold => "for one hold",
        StepKind::Roll => "for one pass",
        StepKind::Stretch => "for one stretch",
        StepKind::Heat => "heat on one area",
        StepKind::Rest => "for a rest",
    };
    format!("{} is the most {what}", length_words(bounds(kind).max))
}

/// Why "+10 s" stops at the maximum of `kind`, and what to do instead:
/// "60 s is the most for one hold: move to the next spot".
pub fn limit_reason(kind: StepKind) -> String {
    let then = match kind {
        StepKind::Hold => "move to the next spot",
        StepKind::Roll => "move on to the next area",
        StepKind::Stretch => "ease out of it slowly",
        StepKind::Heat => "remove the heat",
        StepKind::Rest => "tap Pause if you need longer",
    };
    format!("{}: {then}", most(kind))
}

/// Why "+10 s" stops in a pause between steps (`get_ready`: the count-in
/// before the first step).
pub fn pause_reason(get_ready: bool) -> String {
    let what = if get_ready {
        "to get ready"
    } else {
        "for a pause between steps"
    };
    format!(
        "{} is the most {what}: tap Pause if you need longer",
        length_words(PAUSE_MAX)
    )
}

/// "45 s", "60 s", "90 s", "2 minutes", "20 minutes": seconds below two
/// minutes (as the hold choices read), whole minutes from there.
pub fn length_words(ms: Millis) -> String {
    let secs = ms.div_ceil(SECOND);
    if secs >= 120 && secs.is_multiple_of(60) {
        format!("{} minutes", secs / 60)
    } else {
        format!("{secs} s")
    }
}

/// What [`fit_routine`] changed in one step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fit {
    /// The step's place in its routine (0-based).
    pub step: usize,
    pub title: String,
    pub kind: StepKind,
    /// The length before and after, when it was shortened.
    pub shortened: Option<(Millis, Millis)>,
    /// The sets before, when a heat step was made one application.
    pub sets_from: Option<u8>,
}

impl Fit {
    /// `step 2 "Top of the shoulder": hold shortened from 1:30 to 1:00 (60 s
    /// is the most for one hold)`.
    pub fn describe(&self) -> String {
        let title = self.title.trim();
        let name = if title.is_empty() {
            format!("step {}", self.step + 1)
        } else {
            format!("step {} \u{201c}{title}\u{201d}", self.step + 1)
        };
        let mut changes = Vec::new();
        if let Some((from, to)) = self.shortened {
            changes.push(format!(
                "{} shortened from {} to {}",
                self.kind.label().to_ascii_lowercase(),
                format_clock(from),
                format_clock(to)
            ));
        }
        if let Some(sets) = self.sets_from {
            changes.push(format!("{sets} sets of heat made one"));
        }
        format!("{name}: {} ({})", changes.join(", "), most(self.kind))
    }
}

/// `routine` with every step brought inside the maxima (a step longer than
/// its kind allows is shortened to the limit; a heat step in sets becomes
/// one application), and what was changed. Steps that are too short are
/// left alone: that is not a safety matter, and validation names them where
/// the routine is edited or checked.
pub fn fit_routine(routine: &Routine) -> (Routine, Vec<Fit>) {
    let mut out = routine.clone();
    let mut fits = Vec::new();
    for (i, step) in out.steps.iter_mut().enumerate() {
        if let Some(fit) = fit_step(i, step) {
            fits.push(fit);
        }
    }
    (out, fits)
}

fn fit_step(index: usize, step: &mut Step) -> Option<Fit> {
    let max = bounds(step.kind).max;
    let shortened = (step.duration_ms > max).then(|| {
        let from = step.duration_ms;
        step.duration_ms = max;
        (from, max)
    });
    let sets_from = (step.kind == StepKind::Heat && step.sets > HEAT_SETS_MAX).then(|| {
        let from = step.sets;
        step.sets = HEAT_SETS_MAX;
        step.rest_between_sets_ms = None;
        from
    });
    (shortened.is_some() || sets_from.is_some()).then(|| Fit {
        step: index,
        title: step.title.clone(),
        kind: step.kind,
        shortened,
        sets_from,
    })
}

/// The note the user sees about one routine brought inside the limits,
/// under a heading that says so ("Changed to stay within the safe
/// limits"): `"Neck (mine)", step 2 "Top of the shoulder": hold shortened
/// from 1:30 to 1:00 (60 s is the most for one hold); step 4: ...`.
pub fn fit_note(routine_name: &str, fits: &[Fit]) -> String {
    let parts: Vec<String> = fits.iter().map(Fit::describe).collect();
    format!(
        "\u{201c}{}\u{201d}, {}.",
        routine_name.trim(),
        parts.join("; ")
    )
}

#[cfg(test)]
#[path = "limits_tests.rs"]
mod tests;
