//! Reading routines, settings and the session history from JSON nobody
//! vouches for (an import file, a share link, damaged storage), field by
//! field, so that every problem is reported with where it is
//! (`routines[2].steps[0].kind`), and nothing in the input can make it
//! panic. Texts are cleaned on the way in (see [`crate::text`]); fields this
//! version does not know are dropped.

use crate::calendar::LocalDate;
use crate::history::{
    AreaRating, History, OpenRatings, SessionLog, HISTORY_VERSION, MAX_SESSIONS, RATING_MAX,
};
use crate::limits::{fit_note, fit_routine};
use crate::picture::{Picture, Pose, Spot};
use crate::routine::{BodyArea, Routine, Step, StepKind, Tool};
use crate::settings::Settings;
use crate::text::{clean_name, clean_routine, clean_text};
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

pub use crate::json_depth::{nested_too_deep, MAX_DEPTH};

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
    let also_works = areas_field(obj, path, "also_works", out);
    if out.0.len() > before {
        return None;
    }
    let text = |k: &str| obj.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    Some(clean_routine(&Routine {
        id: text("id"),
        name: text("name"),
        description: text("description"),
        steps,
        also_works,
    }))
}

/// An optional list of body areas; absent or `null` reads as empty, so
/// routines saved before the field existed still read.
fn areas_field(
    obj: &Map<String, Value>,
    path: &str,
    name: &str,
    out: &mut Report,
) -> Vec<BodyArea> {
    let mut areas = Vec::new();
    match obj.get(name) {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                match from_json::<BodyArea>(item) {
                    Some(area) => areas.push(area),
                    None => out.error(
                        format!("{}[{i}]", join(path, name)),
                        format!("must be one of {}", area_names()),
                    ),
                }
            }
        }
        Some(_) => out.error(join(path, name), "must be a list of body areas"),
    }
    areas
}

/// "head, jaw, neck, ...": the area names the JSON may use.
fn area_names() -> String {
    BodyArea::ALL
        .iter()
        .map(|a| a.slug())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A routine whose shape is right and which is within every limit a user's
/// routine must keep (`validate` with [`Policy::User`]); warnings pass.
///
/// A step longer than its kind allows (made by an older version, which
/// allowed longer holds, or by hand) is first brought to the limit
/// ([`fit_routine`]), and `notes` gets a sentence saying what was changed,
/// for the user to see before anything is saved.
pub fn checked_routine(
    value: &Value,
    path: &str,
    out: &mut Report,
    notes: &mut Vec<String>,
) -> Option<Routine> {
    let (routine, fits) = fit_routine(&routine_shape(value, path, out)?);
    let mut ok = true;
    for p in validate(&routine, Policy::User) {
        if p.severity == Severity::Error {
            out.error(join(path, &p.path), p.message);
            ok = false;
        }
    }
    if ok && !fits.is_empty() {
        notes.push(fit_note(&routine.name, &fits));
    }
    ok.then_some(routine)
}

/// Step fields: (name, required, what a good value looks like).
fn step_fields() -> [(&'static str, bool, String); 11] {
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
        ("area", true, format!("must be one of {}", area_names())),
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
        (
            "picture",
            false,
            "must be a picture (pose, tool, spot) or null".into(),
        ),
    ]
}

/// "must be one of a, b, c": the JSON names of `all`.
fn one_of<T: serde::Serialize>(all: &[T]) -> String {
    let names: Vec<String> = all
        .iter()
        .filter_map(|x| serde_json::to_value(x).ok())
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    format!("must be one of {}", names.join(", "))
}

/// Picture fields: (name, required, what a good value looks like).
fn picture_fields() -> [(&'static str, bool, String); 4] {
    [
        ("pose", true, one_of(&Pose::ALL)),
        ("tool", true, one_of(&Tool::ALL)),
        ("spot", true, one_of(&Spot::ALL)),
        (
            "movement",
            false,
            r#"must be "up_and_down", "take_off" or null"#.into(),
        ),
    ]
}

/// A step's picture checked field by field, each problem with its path.
fn picture_shape(value: &Value, path: &str, out: &mut Report) {
    let Some(obj) = value.as_object() else {
        return; // null, or reported as the step's own field
    };
    let good = serde_json::to_value(Picture::new(Pose::BackKneesBent, Tool::Ball, Spot::Calf))
        .expect("a picture serializes");
    for (name, required, expected) in picture_fields() {
        match obj.get(name) {
            None if required => out.error(join(path, name), "is missing"),
            None => {}
            Some(v) => {
                let mut probe = good.clone();
                probe[name] = v.clone();
                if from_json::<Picture>(&probe).is_none() {
                    out.error(join(path, name), expected);
                }
            }
        }
    }
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
            Some(v) if name == "picture" && v.is_object() => {
                picture_shape(v, &join(path, name), out);
            }
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
            } else if default.is_number() {
                "must be a whole number"
            } else {
                "must be one of the places on the body, or null"
            };
            out.error(join(path, key), expected);
        }
    }
    from_json::<Settings>(&Value::Object(good))
        .unwrap_or_default()
        .clamped()
}

/// The most sessions a history may hold: the one limit of logging, export
/// and import ([`MAX_SESSIONS`]).
pub const MAX_HISTORY_SESSIONS: usize = MAX_SESSIONS;
/// Longest routine name kept in a history entry, after cleaning.
pub const HISTORY_NAME_MAX_CHARS: usize = 80;
/// Longest entry or routine id in a history.
pub const HISTORY_ID_MAX_CHARS: usize = 80;
/// The latest start a history entry may have: the last moment of 9999.
pub const LATEST_START_MS: i64 = 253_402_300_799_999;
/// Time zones lie within 18 hours of UTC.
pub const MAX_OFFSET_MIN: i64 = 18 * 60;
/// The longest one session could run: a week.
pub const MAX_ACTIVE_MS: u64 = 7 * 24 * 60 * 60 * 1_000;
/// The most steps done or skipped one entry may count.
pub const MAX_STEP_COUNT: u64 = 1_000;

/// A history that is right in every field and within every limit, or `None`
/// with every problem reported. Unknown fields are dropped, names cleaned;
/// entries come out in start order with unique ids.
pub fn checked_history(value: &Value, path: &str, out: &mut Report) -> Option<History> {
    let before = out.0.len();
    let history = history_lenient(value, path, out)?;
    (out.0.len() == before).then_some(history)
}

/// A history with every entry that reads well; each one that does not is
/// reported and left out, and so is each entry with the id of an earlier
/// one. `None` when nothing can be read at all (not an object, a newer
/// version, no list of sessions).
pub fn history_lenient(value: &Value, path: &str, out: &mut Report) -> Option<History> {
    let read = read_history(value, path, out)?;
    out.0.extend(read.problems.0);
    for (at, first) in read.duplicates {
        out.error(
            format!("{}[{at}].id", join(path, "sessions")),
            format!("is the id of sessions[{first}] too: one session, twice"),
        );
    }
    Some(read.history)
}

/// A history read entry by entry: what reads, and what does not.
#[derive(Debug, Default)]
pub struct ReadHistory {
    pub history: History,
    /// The places (in the list as given) of the entries that could not be
    /// read: set aside, never letting them hide the rest.
    pub bad: Vec<usize>,
    /// What is wrong with those entries, with where.
    pub problems: Report,
    /// Entries left out because an earlier entry has the same id: (place,
    /// place of the first).
    pub duplicates: Vec<(usize, usize)>,
}

impl ReadHistory {
    /// The entries that could not be read, as they were, in one JSON
    /// document: what is kept for the user when they are set aside.
    pub fn set_aside_json(&self, value: &Value) -> String {
        let items = value.get("sessions").and_then(Value::as_array);
        let bad: Vec<&Value> = self
            .bad
            .iter()
            .filter_map(|&i| items.and_then(|s| s.get(i)))
            .collect();
        serde_json::to_string_pretty(&serde_json::json!({
            "set_aside": "history entries that could not be read",
            "sessions": bad,
        }))
        .unwrap_or_default()
    }
}

/// Reads a stored or imported history (version 1 or 2) entry by entry.
/// Problems with the document as a whole go to `out`, and give `None`
/// when nothing can be read (not an object, a newer version, no list of
/// sessions, more than [`MAX_HISTORY_SESSIONS`]).
pub fn read_history(value: &Value, path: &str, out: &mut Report) -> Option<ReadHistory> {
    let Some(obj) = value.as_object() else {
        out.error(path, "must be a history (a JSON object)");
        return None;
    };
    match obj.get("version") {
        None => {}
        Some(v) => match v.as_u64() {
            Some(n) if n > u64::from(HISTORY_VERSION) => {
                out.error(
                    join(path, "version"),
                    "The history was made by a newer version of Unknot: update the app first",
                );
                return None;
            }
            Some(_) => {}
            None => {
                out.error(join(path, "version"), "must be a version number");
                return None;
            }
        },
    }
    let items = match obj.get("sessions") {
        None => {
            out.error(join(path, "sessions"), "is missing");
            return None;
        }
        Some(Value::Array(items)) if items.len() > MAX_HISTORY_SESSIONS => {
            out.error(
                join(path, "sessions"),
                format!("A history can hold at most {MAX_HISTORY_SESSIONS} sessions"),
            );
            return None;
        }
        Some(Value::Array(items)) => items,
        Some(_) => {
            out.error(join(path, "sessions"), "must be a list of sessions");
            return None;
        }
    };
    let mut read = ReadHistory::default();
    let mut first_of: std::collections::HashMap<String, usize> = Default::default();
    for (i, item) in items.iter().enumerate() {
        let at = format!("{}[{i}]", join(path, "sessions"));
        let before = read.problems.0.len();
        let log = match item {
            Value::Array(row) => row_as_object(row, &at, &mut read.problems)
                .and_then(|obj| session_log(&obj, &at, &mut read.problems)),
            _ => session_log(item, &at, &mut read.problems),
        };
        match log {
            Some(log) if read.problems.0.len() == before => match first_of.get(&log.id) {
                Some(&first) => read.duplicates.push((i, first)),
                None => {
                    first_of.insert(log.id.clone(), i);
                    read.history.sessions.push(log);
                }
            },
            _ => read.bad.push(i),
        }
    }
    read.history.sort_and_cap();
    read.history.open = match obj.get("open") {
        None | Some(Value::Null) => None,
        Some(v) => open_ratings(v, &join(path, "open"), out),
    };
    Some(read)
}

/// The names of a version 2 row's values, in order (the id may follow).
const ROW_FIELDS: [&str; 9] = [
    "started_at_ms",
    "utc_offset_min",
    "routine_id",
    "routine_name",
    "completed",
    "steps_done",
    "steps_skipped",
    "active_ms",
    "ratings",
];

/// A version 2 row as the version 1 object it stands for, so that one
/// reader checks both: the id is the start time unless given, the date is
/// the start's at the offset, a rating `[area, before, after]` is
/// `{"area", "before", "after"}`.
fn row_as_object(row: &[Value], path: &str, out: &mut Report) -> Option<Value> {
    if !(ROW_FIELDS.len()..=ROW_FIELDS.len() + 1).contains(&row.len()) {
        out.error(
            path,
            "must be a session (a list of 9 values, and its id if it is not the start time)",
        );
        return None;
    }
    let mut obj = Map::new();
    for (name, v) in ROW_FIELDS.iter().zip(row) {
        obj.insert((*name).to_string(), v.clone());
    }
    if let Some(Value::Array(ratings)) = obj.get_mut("ratings") {
        for r in ratings.iter_mut() {
            if let Value::Array(parts) = r {
                if parts.len() == 3 {
                    *r = serde_json::json!({
                        "area": parts[0], "before": parts[1], "after": parts[2]
                    });
                }
            }
        }
    }
    let start = row[0].as_i64();
    let id = match row.get(ROW_FIELDS.len()) {
        Some(id) => id.clone(),
        None => start.map_or(Value::Null, |t| Value::String(t.to_string())),
    };
    obj.insert("id".into(), id);
    // The date follows from the start and the offset; when either is
    // wrong, that field is reported and the date is not.
    let date = match (start, row[1].as_i64()) {
        (Some(t), Some(off))
            if (0..=LATEST_START_MS).contains(&t) && off.abs() <= MAX_OFFSET_MIN =>
        {
            LocalDate::at(t, off as i32)
        }
        _ => LocalDate::new(1970, 1, 1),
    };
    obj.insert("date".into(), serde_json::json!(date));
    Some(Value::Object(obj))
}

fn session_log(value: &Value, path: &str, out: &mut Report) -> Option<SessionLog> {
    let Some(obj) = value.as_object() else {
        out.error(path, "must be a session (a JSON object)");
        return None;
    };
    let mut f = Fields { obj, path, out };
    let id = f.text("id", HISTORY_ID_MAX_CHARS);
    let started_at_ms = f.int(
        "started_at_ms",
        0..=LATEST_START_MS,
        "must be a time in milliseconds since 1970",
    );
    let date = f.date("date");
    let utc_offset_min = f.int(
        "utc_offset_min",
        -MAX_OFFSET_MIN..=MAX_OFFSET_MIN,
        "must be a whole number of minutes within 18 hours of UTC",
    );
    let routine_id = f.text("routine_id", HISTORY_ID_MAX_CHARS);
    let routine_name = f.name("routine_name");
    let completed = f.boolean("completed");
    let count = "must be a whole number from 0 to 1000";
    let steps_done = f.int("steps_done", 0..=MAX_STEP_COUNT as i64, count);
    let steps_skipped = f.int("steps_skipped", 0..=MAX_STEP_COUNT as i64, count);
    let active_ms = f.int(
        "active_ms",
        0..=MAX_ACTIVE_MS as i64,
        "must be a whole number of milliseconds, at most a week",
    );
    let ratings = match obj.get("ratings") {
        None | Some(Value::Null) => Some(Vec::new()),
        Some(v) => ratings(v, &join(path, "ratings"), f.out),
    };
    Some(SessionLog {
        id: id?,
        started_at_ms: started_at_ms?,
        date: date?,
        utc_offset_min: utc_offset_min? as i32,
        routine_id: routine_id?,
        routine_name: routine_name?,
        completed: completed?,
        steps_done: steps_done? as u32,
        steps_skipped: steps_skipped? as u32,
        active_ms: active_ms? as u64,
        ratings: ratings?,
    })
}

fn open_ratings(value: &Value, path: &str, out: &mut Report) -> Option<OpenRatings> {
    let Some(obj) = value.as_object() else {
        out.error(
            path,
            "must be null or the ratings of a session (a JSON object)",
        );
        return None;
    };
    let routine_id = Fields { obj, path, out }.text("routine_id", HISTORY_ID_MAX_CHARS);
    let ratings = match obj.get("ratings") {
        None => {
            out.error(join(path, "ratings"), "is missing");
            None
        }
        Some(v) => ratings(v, &join(path, "ratings"), out),
    };
    Some(OpenRatings {
        routine_id: routine_id?,
        ratings: ratings?,
    })
}

fn ratings(value: &Value, path: &str, out: &mut Report) -> Option<Vec<AreaRating>> {
    let Some(items) = value.as_array() else {
        out.error(path, "must be a list of ratings");
        return None;
    };
    if items.len() > BodyArea::ALL.len() {
        out.error(
            path,
            format!("must have at most {} ratings", BodyArea::ALL.len()),
        );
        return None;
    }
    let before = out.0.len();
    let mut list = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let at = format!("{path}[{i}]");
        let Some(obj) = item.as_object() else {
            out.error(&at, "must be a rating (a JSON object)");
            continue;
        };
        let mut f = Fields {
            obj,
            path: &at,
            out,
        };
        let area = f.area("area");
        let before_rating = f.rating("before");
        let after_rating = f.rating("after");
        if let (Some(area), Some(before), Some(after)) = (area, before_rating, after_rating) {
            list.push(AreaRating {
                area,
                before,
                after,
            });
        }
    }
    (out.0.len() == before).then_some(list)
}

/// Reads the fields of one object, reporting each problem under `path`.
struct Fields<'a> {
    obj: &'a Map<String, Value>,
    path: &'a str,
    out: &'a mut Report,
}

impl<'a> Fields<'a> {
    /// The field, or `None` reported as missing.
    fn get(&mut self, name: &str) -> Option<&'a Value> {
        let v = self.obj.get(name);
        if v.is_none() {
            self.out.error(join(self.path, name), "is missing");
        }
        v
    }

    fn fail<T>(&mut self, name: &str, message: impl Into<String>) -> Option<T> {
        self.out.error(join(self.path, name), message);
        None
    }

    /// Text, cleaned, at most `max` characters.
    fn text(&mut self, name: &str, max: usize) -> Option<String> {
        let raw = match self.get(name)? {
            Value::String(raw) => raw,
            _ => return self.fail(name, "must be text"),
        };
        let text = clean_text(raw, usize::MAX);
        if text.chars().count() > max {
            return self.fail(name, format!("must be at most {max} characters"));
        }
        Some(text)
    }

    /// A name with something to see, at most [`HISTORY_NAME_MAX_CHARS`].
    fn name(&mut self, name: &str) -> Option<String> {
        let raw = self.text(name, usize::MAX)?;
        match clean_name(&raw) {
            Ok(n) if n.chars().count() <= HISTORY_NAME_MAX_CHARS => Some(n),
            Ok(_) => self.fail(
                name,
                format!("must be at most {HISTORY_NAME_MAX_CHARS} characters"),
            ),
            Err(problem) => self.fail(name, problem.message()),
        }
    }

    fn int(
        &mut self,
        name: &str,
        range: std::ops::RangeInclusive<i64>,
        expected: &str,
    ) -> Option<i64> {
        match self.get(name)?.as_i64() {
            Some(n) if range.contains(&n) => Some(n),
            _ => self.fail(name, expected),
        }
    }

    fn boolean(&mut self, name: &str) -> Option<bool> {
        match self.get(name)?.as_bool() {
            Some(b) => Some(b),
            None => self.fail(name, "must be true or false"),
        }
    }

    /// A calendar date `{"y": 2025, "m": 3, "d": 1}`.
    fn date(&mut self, name: &str) -> Option<LocalDate> {
        let d = from_json::<LocalDate>(self.get(name)?);
        match d {
            Some(d)
                if (1970..=9999).contains(&d.y)
                    && (1..=12).contains(&d.m)
                    && (1..=31).contains(&d.d) =>
            {
                Some(d)
            }
            _ => self.fail(
                name,
                r#"must be a date such as {"y": 2025, "m": 3, "d": 1}"#,
            ),
        }
    }

    fn area(&mut self, name: &str) -> Option<BodyArea> {
        match from_json::<BodyArea>(self.get(name)?) {
            Some(a) => Some(a),
            None => {
                let names: Vec<_> = BodyArea::ALL.iter().map(|a| a.slug()).collect();
                self.fail(name, format!("must be one of {}", names.join(", ")))
            }
        }
    }

    /// An optional rating: missing or null is "not rated".
    fn rating(&mut self, name: &str) -> Option<Option<u8>> {
        match self.obj.get(name) {
            None | Some(Value::Null) => Some(None),
            Some(v) => match v.as_u64() {
                Some(n) if n <= u64::from(RATING_MAX) => Some(Some(n as u8)),
                _ => self.fail(
                    name,
                    format!("must be null or a whole number from 0 to {RATING_MAX}"),
                ),
            },
        }
    }
}

#[cfg(test)]
#[path = "checked_tests.rs"]
mod tests;
