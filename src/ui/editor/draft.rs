//! The routine being edited: its fields as signals, each step with a key
//! that stays with it when steps move, the problems found in it, which
//! fields have been left (their errors show from then on), whether it
//! differs from what was opened, and the step last removed (for Undo).

use leptos::prelude::*;
use unknot_domain::{
    edit,
    routine::{BodyArea, Routine, Step, StepKind},
    validate::{validate, Policy, Problem, Severity},
};

/// A step taken out by Remove, which Undo puts back where it was.
#[derive(Clone, Debug, PartialEq)]
pub struct Removed {
    pub at: usize,
    pub key: u32,
    pub step: Step,
}

#[derive(Clone, Copy)]
pub struct Draft {
    pub id: StoredValue<String>,
    /// Areas the routine works beyond its steps' own, kept as they were.
    also_works: StoredValue<Vec<BodyArea>>,
    pub name: RwSignal<String>,
    pub description: RwSignal<String>,
    /// Steps with their keys.
    pub steps: RwSignal<Vec<(u32, Step)>>,
    next_key: StoredValue<u32>,
    /// Keys of steps whose typed duration is not a duration.
    pub bad_inputs: RwSignal<Vec<u32>>,
    /// Every problem `validate` finds, recomputed on each change.
    pub problems: Memo<Vec<Problem>>,
    /// The routine as opened (or last saved).
    initial: RwSignal<Routine>,
    /// Whether there are edits not saved.
    pub dirty: Memo<bool>,
    /// Ids of the fields the user has left: their errors show.
    touched: RwSignal<Vec<String>>,
    /// Whether Save was tried: every error shows.
    pub tried_save: RwSignal<bool>,
    /// The step last removed, until Undo, another removal or Save.
    pub removed: RwSignal<Option<Removed>>,
}

impl Draft {
    pub fn new(routine: Routine) -> Self {
        let count = routine.steps.len() as u32;
        let initial = RwSignal::new(routine.clone());
        let steps = RwSignal::new((0..count).zip(routine.steps).collect::<Vec<_>>());
        let name = RwSignal::new(routine.name);
        let description = RwSignal::new(routine.description);
        let id = StoredValue::new(routine.id);
        // The extra areas a routine is tagged with (a customised preset keeps them).
        let also_works = StoredValue::new(routine.also_works);
        let current = move || Routine {
            id: id.get_value(),
            name: name.get(),
            description: description.get(),
            steps: steps.with(|s| s.iter().map(|(_, s)| s.clone()).collect()),
            also_works: also_works.get_value(),
        };
        let problems = Memo::new(move |_| validate(&current(), Policy::User));
        let bad_inputs = RwSignal::new(Vec::new());
        let dirty = Memo::new(move |_| {
            bad_inputs.with(|b: &Vec<u32>| !b.is_empty()) || initial.with(|i| *i != current())
        });
        Self {
            id,
            also_works,
            name,
            description,
            steps,
            next_key: StoredValue::new(count),
            bad_inputs,
            problems,
            initial,
            dirty,
            touched: RwSignal::new(Vec::new()),
            tried_save: RwSignal::new(false),
            removed: RwSignal::new(None),
        }
    }

    pub fn routine(&self) -> Routine {
        Routine {
            id: self.id.get_value(),
            name: self.name.get_untracked(),
            description: self.description.get_untracked(),
            steps: self
                .steps
                .with_untracked(|s| s.iter().map(|(_, s)| s.clone()).collect()),
            also_works: self.also_works.get_value(),
        }
    }

    /// The routine as it is now counts as saved: no edits left.
    pub fn mark_saved(&self) {
        self.initial.set(self.routine());
        self.removed.set(None);
    }

    /// The user left the field with this element id: its errors show.
    pub fn touch(&self, field: &str) {
        if !self
            .touched
            .with_untracked(|t| t.iter().any(|f| f == field))
        {
            self.touched.update(|t| t.push(field.to_string()));
        }
    }

    /// Whether the errors of the field with this element id show: after
    /// the user left it or tried to save (reactive).
    pub fn shows_errors(&self, field: &str) -> bool {
        self.tried_save.get() || self.touched.with(|t| t.iter().any(|f| f == field))
    }

    /// The element ids of the fields with an error, in page order, each
    /// once (a duration that cannot be read is one error, not two).
    /// Reactive.
    pub fn error_fields(&self) -> Vec<String> {
        let mut found: Vec<((usize, usize, usize), String)> = self.problems.with(|p| {
            p.iter()
                .filter(|p| p.severity == Severity::Error)
                .map(|p| self.field_of(&p.path))
                .collect()
        });
        self.bad_inputs.with(|bad| {
            for key in bad {
                if let Some(i) = self.index_of(*key) {
                    found.push(((2, i, 3), format!("step-{key}-duration")));
                }
            }
        });
        found.sort();
        found.dedup_by(|a, b| a.1 == b.1);
        found.into_iter().map(|(_, id)| id).collect()
    }

    /// How many fields have an error (reactive).
    pub fn error_count(&self) -> usize {
        self.error_fields().len()
    }

    /// Where the field a problem's `path` names is on the page (for the
    /// order), and its element id.
    fn field_of(&self, path: &str) -> ((usize, usize, usize), String) {
        let in_step = path
            .strip_prefix("steps[")
            .and_then(|rest| rest.split_once("]."))
            .and_then(|(n, f)| Some((n.parse::<usize>().ok()?, f)));
        if let Some((i, field)) = in_step {
            let key = self.steps.with(|s| s.get(i).map(|(k, _)| *k));
            let (rank, name) = match field {
                "kind" => (0, "kind"),
                "instruction" => (2, "instruction"),
                "duration_ms" => (3, "duration"),
                "sides" => (4, "sides"),
                "sets" => (5, "sets"),
                "rest_between_sets_ms" => (6, "rest"),
                // The title, and the caution a copied preset keeps (it has no field).
                _ => (1, "title"),
            };
            if let Some(key) = key {
                return ((2, i, rank), format!("step-{key}-{name}"));
            }
        }
        match path {
            "description" => ((1, 0, 0), "routine-description".into()),
            "steps" => ((3, 0, 0), "add-step".into()),
            _ => ((0, 0, 0), "routine-name".into()),
        }
    }

    fn key(&self) -> u32 {
        let k = self.next_key.get_value();
        self.next_key.set_value(k + 1);
        k
    }

    /// Where the step with `key` is now (reactive).
    pub fn index_of(&self, key: u32) -> Option<usize> {
        self.steps.with(|s| s.iter().position(|(k, _)| *k == key))
    }

    /// The step with `key` (reactive).
    pub fn step(&self, key: u32) -> Option<Step> {
        self.steps
            .with(|s| s.iter().find(|(k, _)| *k == key).map(|(_, s)| s.clone()))
    }

    pub fn update_step(&self, key: u32, f: impl FnOnce(&mut Step)) {
        self.steps.update(|s| {
            if let Some((_, step)) = s.iter_mut().find(|(k, _)| *k == key) {
                f(step);
                fit_picture(step);
            }
        });
    }

    /// Makes the step with `key` a step of `kind`, with that kind's defaults.
    pub fn change_kind(&self, key: u32, kind: StepKind) {
        self.steps.update(|s| {
            if let Some(i) = s.iter().position(|(k, _)| *k == key) {
                let before: Vec<Step> = s[..i].iter().map(|(_, s)| s.clone()).collect();
                edit::change_kind(&mut s[i].1, kind, &before);
                fit_picture(&mut s[i].1);
            }
        });
    }

    /// Appends a step that follows the one before it; returns its key.
    pub fn add_step(&self) -> u32 {
        let key = self.key();
        self.steps.update(|s| {
            let before: Vec<Step> = s.iter().map(|(_, s)| s.clone()).collect();
            s.push((key, edit::new_step(&before)));
        });
        key
    }

    pub fn duplicate(&self, key: u32) {
        let new_key = self.key();
        self.steps.update(|s| {
            if let Some(i) = s.iter().position(|(k, _)| *k == key) {
                let copy = s[i].1.clone();
                s.insert(i + 1, (new_key, copy));
            }
        });
    }

    /// Takes the step out, keeping it for Undo.
    pub fn remove(&self, key: u32) {
        let mut taken = None;
        self.steps.update(|s| {
            if let Some(at) = s.iter().position(|(k, _)| *k == key) {
                let (key, step) = s.remove(at);
                taken = Some(Removed { at, key, step });
            }
        });
        if taken.is_some() {
            self.removed.set(taken);
        }
        self.set_bad_input(key, false);
    }

    /// Puts the step last removed back where it was; returns its key.
    pub fn undo_remove(&self) -> Option<u32> {
        let r = self.removed.get_untracked()?;
        self.removed.set(None);
        self.steps.update(|s| {
            let at = r.at.min(s.len());
            s.insert(at, (r.key, r.step));
        });
        Some(r.key)
    }

    pub fn move_step(&self, key: u32, up: bool) {
        self.steps.update(|s| {
            if let Some(i) = s.iter().position(|(k, _)| *k == key) {
                if up {
                    edit::move_up(s, i);
                } else {
                    edit::move_down(s, i);
                }
            }
        });
    }

    pub fn set_bad_input(&self, key: u32, bad: bool) {
        let has = self.bad_inputs.with_untracked(|b| b.contains(&key));
        if bad && !has {
            self.bad_inputs.update(|b| b.push(key));
        } else if !bad && has {
            self.bad_inputs.update(|b| b.retain(|k| *k != key));
        }
    }

    /// Problems about one field (`name`, `steps[1].title`), reactive.
    pub fn messages(&self, path: &str) -> Vec<Problem> {
        self.problems
            .with(|p| p.iter().filter(|p| p.path == path).cloned().collect())
    }

    /// The lines to show under the field with element id `field` whose
    /// problems are at `path`: warnings always, errors once the field was
    /// left or Save was tried (reactive).
    pub fn lines(&self, field: &str, path: &str) -> Vec<Line> {
        let shown = self.shows_errors(field);
        self.messages(path)
            .into_iter()
            .filter(|p| shown || p.severity == Severity::Warning)
            .map(Line::from)
            .collect()
    }
}

/// One line under a field: its text and how it looks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    pub tone: Tone,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// What stops Save.
    Error,
    /// Worth a second look.
    Warning,
    /// Plain information ("15 = 0:15").
    Note,
}

impl From<Problem> for Line {
    fn from(p: Problem) -> Self {
        Line {
            text: p.message,
            tone: match p.severity {
                Severity::Error => Tone::Error,
                Severity::Warning => Tone::Warning,
            },
        }
    }
}

/// A step's picture kept in step with it: its tool, a roll's movement, a
/// spot on its area.
fn fit_picture(step: &mut Step) {
    step.picture = step
        .picture
        .map(|p| p.fitted(step.kind, step.area, step.tool));
}
