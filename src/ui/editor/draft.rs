//! The routine being edited: its fields as signals, each step with a key
//! that stays with it when steps move, and the problems found in it.

use leptos::prelude::*;
use unknot_domain::{
    edit,
    routine::{BodyArea, Routine, Step},
    validate::{validate, Policy, Problem, Severity},
};

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
}

impl Draft {
    pub fn new(routine: Routine) -> Self {
        let count = routine.steps.len() as u32;
        let steps = RwSignal::new((0..count).zip(routine.steps).collect::<Vec<_>>());
        let name = RwSignal::new(routine.name);
        let description = RwSignal::new(routine.description);
        let id = StoredValue::new(routine.id);
        // The extra areas a routine is tagged with (a customised preset keeps them).
        let also_works = StoredValue::new(routine.also_works);
        let problems = Memo::new(move |_| {
            let r = Routine {
                id: id.get_value(),
                name: name.get(),
                description: description.get(),
                steps: steps.with(|s| s.iter().map(|(_, s)| s.clone()).collect()),
                also_works: also_works.get_value(),
            };
            validate(&r, Policy::User)
        });
        Self {
            id,
            also_works,
            name,
            description,
            steps,
            next_key: StoredValue::new(count),
            bad_inputs: RwSignal::new(Vec::new()),
            problems,
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

    /// Errors that stop Save: validation errors and durations that could
    /// not be read (reactive).
    pub fn error_count(&self) -> usize {
        self.problems
            .with(|p| p.iter().filter(|p| p.severity == Severity::Error).count())
            + self.bad_inputs.with(Vec::len)
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
            }
        });
    }

    pub fn add_step(&self) {
        let key = self.key();
        self.steps.update(|s| s.push((key, edit::blank_step())));
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

    pub fn remove(&self, key: u32) {
        self.steps.update(|s| s.retain(|(k, _)| *k != key));
        self.set_bad_input(key, false);
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
}

/// "Step 2, duration" for `steps[1].duration_ms`: where a problem is, in
/// words, for the summary next to Save.
pub fn place(path: &str) -> String {
    let field = |f: &str| match f {
        "instruction" => "instructions".to_string(),
        "duration_ms" => "duration".to_string(),
        "rest_between_sets_ms" => "rest between sets".to_string(),
        other => other.to_string(),
    };
    if let Some((n, f)) = path
        .strip_prefix("steps[")
        .and_then(|rest| rest.split_once("]."))
    {
        if let Ok(i) = n.parse::<usize>() {
            return format!("Step {}, {}", i + 1, field(f));
        }
    }
    match path {
        "name" => "Name".into(),
        "description" => "Description".into(),
        "steps" => "Steps".into(),
        other => other.into(),
    }
}
