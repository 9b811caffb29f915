//! Reading routines and settings from JSON nobody vouches for (an import
//! file, a share link, damaged storage), field by field, so that every
//! problem is reported with where it is (`routines[2].steps[0].kind`), and
//! nothing in the input can make it panic.

use crate::routine::{BodyArea, Routine, Step, StepKind, Tool};
use crate::settings::Settings;
use crate::validate::{validate, Policy, Problem, Severity};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// `T` from a JSON value. Goes through text on purpose: the app already
/// reads these types from stored text, so this reuses that code instead of
/// adding a second deserializer per type to the wasm.
fn from_json<T: DeserializeOwned>(value: &Value) -> Option<T> {
    serde_json::from_str(&value.to_string()).ok()
}

/// The most problems listed for one input; the rest are counted.
pub const MAX_LISTED: usize = 100;

/// The deepest nesting of lists and objects any Unknot document needs is
/// about six; text nested deeper than this is refused before it is parsed
/// (the JSON parser's own limit would call it "not valid JSON").
pub const MAX_DEPTH: usize = 32;

/// Whether the JSON text nests lists and objects deeper than
/// [`MAX_DEPTH`]. Brackets inside strings do not count. Text that is not
/// JSON at all may give either answer; the parser then says what is wrong.
pub fn nested_too_deep(text: &str) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for b in text.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

/// Collected problems, all errors.
#[derive(Debug, Default)]
pub struct Report(pub Vec<Problem>);

impl Report {
    pub fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem {
            path: path.into(),
            message: message.into(),
            severity: Severity::Error,
        });
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The problems, at most [`MAX_LISTED`] and then a line saying how many
    /// more there are.
    pub fn finish(mut self) -> Vec<Problem> {
        if self.0.len() > MAX_LISTED {
            let more = self.0.len() - MAX_LISTED;
            self.0.truncate(MAX_LISTED);
            self.error("", format!("... and {more} more problems"));
        }
        self.0
    }
}

/// `path.field`, or just `field` at the top.
pub fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}

/// The routine at `path`, if its shape is right (types, names of kinds and
/// areas). Limits are not checked here: see [`checked_routine`].
pub fn routine_shape(value: &Value, path: &str, out: &mut Report) -> Option<Routine> {
    let Some(obj) = value.as_object() else {
        out.error(path, "must be a routine (a JSON object)");
        return None;
    };
    let before = out.0.len();
    text_field(obj, path, "id", true, out);
    text_field(obj, path, "name", true, out);
    text_field(obj, path, "description", false, out);
    let mut steps = Vec::new();
    match obj.get("steps") {
        None => out.error(join(path, "steps"), "is missing"),
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                if let Some(step) = step_shape(item, &format!("{}[{i}]", join(path, "steps")), out)
                {
                    steps.push(step);
                }
            }
        }
        Some(_) => out.error(join(path, "steps"), "must be a list of steps"),
    }
    if out.0.len() > before {
        return None;
    }
    let text = |k: &str| obj.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    Some(Routine {
        id: text("id"),
        name: text("name"),
        description: text("description"),
        steps,
    })
}

/// A routine whose shape is right and which is within every limit a user's
/// routine must keep (`validate` with [`Policy::User`]); warnings pass.
pub fn checked_routine(value: &Value, path: &str, out: &mut Report) -> Option<Routine> {
    let routine = routine_shape(value, path, out)?;
    let mut ok = true;
    for p in validate(&routine, Policy::User) {
        if p.severity == Severity::Error {
            out.error(join(path, &p.path), p.message);
            ok = false;
        }
    }
    ok.then_some(routine)
}

/// Step fields: (name, required, what a good value looks like).
fn step_fields() -> [(&'static str, bool, String); 10] {
    let names = |v: Vec<&'static str>| v.join(", ");
    [
        (
            "kind",
            true,
            format!(
                "must be one of {}",
                names(StepKind::ALL.iter().map(|k| k.slug()).collect())
            ),
        ),
        ("title", true, "must be text".into()),
        ("instruction", true, "must be text".into()),
        (
            "duration_ms",
            true,
            "must be a whole number of milliseconds".into(),
        ),
        (
            "area",
            true,
            format!(
                "must be one of {}",
                names(BodyArea::ALL.iter().map(|a| a.slug()).collect())
            ),
        ),
        (
            "tool",
            true,
            format!(
                "must be one of {}",
                names(Tool::ALL.iter().map(|t| t.slug()).collect())
            ),
        ),
        (
            "sides",
            false,
            r#"must be "center", "both", {"only": "left"} or {"only": "right"}"#.into(),
        ),
        ("sets", false, "must be a whole number from 1 to 5".into()),
        (
            "rest_between_sets_ms",
            false,
            "must be null or a whole number of milliseconds".into(),
        ),
        ("caution", false, "must be text or null".into()),
    ]
}

fn step_shape(value: &Value, path: &str, out: &mut Report) -> Option<Step> {
    let Some(obj) = value.as_object() else {
        out.error(path, "must be a step (a JSON object)");
        return None;
    };
    // Each field is tried alone in an otherwise good step, so a bad value is
    // blamed on its own field.
    let good = serde_json::to_value(crate::edit::blank_step()).expect("a step serializes");
    let before = out.0.len();
    for (name, required, expected) in step_fields() {
        match obj.get(name) {
            None if required => out.error(join(path, name), "is missing"),
            None => {}
            Some(v) => {
                let mut probe = good.clone();
                probe[name] = v.clone();
                if from_json::<Step>(&probe).is_none() {
                    out.error(join(path, name), expected);
                }
            }
        }
    }
    if out.0.len() > before {
        return None;
    }
    let step = from_json::<Step>(value);
    if step.is_none() {
        out.error(path, "is not a valid step");
    }
    step
}

/// A text field of an object.
fn text_field(obj: &Map<String, Value>, path: &str, name: &str, required: bool, out: &mut Report) {
    match obj.get(name) {
        None if required => out.error(join(path, name), "is missing"),
        Some(v) if !v.is_string() => out.error(join(path, name), "must be text"),
        _ => {}
    }
}

/// Settings from `value`: every field that reads well is kept, each one that
/// does not is reported (and takes its default), numbers are clamped.
pub fn settings_lenient(value: &Value, path: &str, out: &mut Report) -> Settings {
    let Some(obj) = value.as_object() else {
        out.error(path, "must be settings (a JSON object)");
        return Settings::default();
    };
    let defaults = serde_json::to_value(Settings::default()).expect("settings serialize");
    let mut good = Map::new();
    for (key, v) in obj {
        let Some(default) = defaults.get(key) else {
            continue; // a field this version does not know: ignored
        };
        let mut one = Map::new();
        one.insert(key.clone(), v.clone());
        if from_json::<Settings>(&Value::Object(one)).is_some() {
            good.insert(key.clone(), v.clone());
        } else {
            let expected = if default.is_boolean() {
                "must be true or false"
            } else {
                "must be a whole number"
            };
            out.error(join(path, key), expected);
        }
    }
    from_json::<Settings>(&Value::Object(good))
        .unwrap_or_default()
        .clamped()
}

#[cfg(test)]
#[path = "checked_tests.rs"]
mod tests;
