//! Tests of `checked`: examples and invariants, run natively.
use super::*;
use proptest::prelude::*;
use serde_json::json;

fn good_step() -> Value {
    json!({
        "kind": "hold", "title": "Calf", "instruction": "Lean in.", "duration_ms": 30000,
        "area": "calves", "tool": "ball", "sides": "both", "sets": 2, "rest_between_sets_ms": 10000
    })
}

fn good_routine() -> Value {
    json!({ "id": "u-1", "name": "Calves", "description": "", "steps": [good_step()] })
}

fn paths(out: &Report) -> Vec<String> {
    out.0
        .iter()
        .map(|p| format!("{}: {}", p.path, p.message))
        .collect()
}

#[test]
fn a_good_routine_reads_back() {
    let mut out = Report::default();
    let r = checked_routine(&good_routine(), "r", &mut out, &mut Vec::new()).unwrap();
    assert!(out.is_empty());
    assert_eq!(r.steps.len(), 1);
    assert_eq!(r.name, "Calves");
}

#[test]
fn every_bad_field_is_named() {
    let mut v = good_routine();
    v["name"] = json!(5);
    v["steps"] = json!([
        good_step(),
        { "kind": "hol", "title": 3, "instruction": "", "duration_ms": -1, "area": "tail",
          "tool": "ball", "sets": 900, "sides": "up" },
        "nope",
    ]);
    let mut out = Report::default();
    assert!(checked_routine(&v, "routines[2]", &mut out, &mut Vec::new()).is_none());
    let p = paths(&out);
    assert_eq!(p[0], "routines[2].name: must be text");
    assert!(p[1].starts_with("routines[2].steps[1].kind: must be one of hold, roll"));
    assert_eq!(p[2], "routines[2].steps[1].title: must be text");
    assert_eq!(
        p[3],
        "routines[2].steps[1].duration_ms: must be a whole number of milliseconds"
    );
    assert!(p[4].starts_with("routines[2].steps[1].area: must be one of head"));
    assert!(p[5].starts_with("routines[2].steps[1].sides: must be"));
    assert_eq!(
        p[6],
        "routines[2].steps[1].sets: must be a whole number from 1 to 5"
    );
    assert_eq!(p[7], "routines[2].steps[2]: must be a step (a JSON object)");
    assert_eq!(p.len(), 8);
}

#[test]
fn missing_fields_are_named() {
    let mut out = Report::default();
    assert!(checked_routine(&json!({"steps": [{}]}), "", &mut out, &mut Vec::new()).is_none());
    let p = paths(&out);
    assert_eq!(p[0], "id: is missing");
    assert_eq!(p[1], "name: is missing");
    assert_eq!(p[2], "steps[0].kind: is missing");
    assert_eq!(p.len(), 2 + 6);
}

#[test]
fn limits_are_checked_with_the_validators_words() {
    let mut v = good_routine();
    v["steps"][0]["duration_ms"] = json!(5000);
    let mut out = Report::default();
    assert!(checked_routine(&v, "routines[0]", &mut out, &mut Vec::new()).is_none());
    assert_eq!(
        paths(&out),
        ["routines[0].steps[0].duration_ms: Hold must be 0:10 to 1:00"]
    );
    // The shape alone is fine (damaged storage keeps such a routine).
    let mut out = Report::default();
    assert!(routine_shape(&v, "", &mut out).is_some());
}

#[test]
fn a_step_past_its_maximum_is_brought_to_the_limit_with_a_note() {
    let mut v = good_routine();
    v["name"] = json!("Calves");
    v["steps"][0]["duration_ms"] = json!(60_000);
    let (mut out, mut notes) = (Report::default(), Vec::new());
    let r = checked_routine(&v, "", &mut out, &mut notes).unwrap();
    assert_eq!(
        (r.steps[0].duration_ms, notes.len()),
        (60_000, 0),
        "at the limit: as it is"
    );
    v["steps"][0]["duration_ms"] = json!(61_000);
    let r = checked_routine(&v, "", &mut out, &mut notes).unwrap();
    assert!(out.is_empty());
    assert_eq!(r.steps[0].duration_ms, 60_000);
    assert_eq!(
        notes,
        ["\u{201c}Calves\u{201d}, step 1 \u{201c}Calf\u{201d}: hold shortened from 1:01 to 1:00 (60 s is the most for one hold)."]
    );
}

#[test]
fn settings_keep_what_reads_well() {
    let mut out = Report::default();
    let s = settings_lenient(
        &json!({"sound": false, "voice": "yes", "set_rest_ms": 999999, "extra": 1}),
        "settings",
        &mut out,
    );
    assert!(!s.sound);
    assert!(s.voice, "a bad field takes its default");
    assert_eq!(s.set_rest_ms, 60_000, "clamped");
    assert_eq!(paths(&out), ["settings.voice: must be true or false"]);
    let mut out = Report::default();
    assert_eq!(
        settings_lenient(&json!([1]), "s", &mut out),
        Settings::default()
    );
    assert_eq!(out.0.len(), 1);
}

#[test]
fn settings_keep_the_eyes_free_options_field_by_field() {
    let mut out = Report::default();
    let s = settings_lenient(
        &json!({"halfway_cue": true, "read_instructions": true, "flash": "on",
                "sound_through_silent": true}),
        "settings",
        &mut out,
    );
    assert!(s.halfway_cue && s.read_instructions && s.sound_through_silent);
    assert!(!s.flash, "a bad field takes its default");
    assert_eq!(paths(&out), ["settings.flash: must be true or false"]);
}

#[test]
fn long_reports_are_cut_with_a_count() {
    let mut out = Report::default();
    for _ in 0..150 {
        out.error("x", "bad");
    }
    let list = out.finish();
    assert_eq!(list.len(), MAX_LISTED + 1);
    assert_eq!(list[MAX_LISTED].message, "... and 50 more problems");
}

#[test]
fn extra_areas_may_be_missing_or_null_and_bad_ones_are_named() {
    let mut out = Report::default();
    let r = checked_routine(&good_routine(), "", &mut out, &mut Vec::new()).unwrap();
    assert!(r.also_works.is_empty());

    let mut v = good_routine();
    v["also_works"] = Value::Null;
    assert!(checked_routine(&v, "", &mut out, &mut Vec::new())
        .unwrap()
        .also_works
        .is_empty());

    v["also_works"] = json!(["neck", "feet"]);
    let r = checked_routine(&v, "", &mut out, &mut Vec::new()).unwrap();
    assert_eq!(r.also_works, [BodyArea::Neck, BodyArea::Feet]);
    assert_eq!(
        r.areas(),
        [BodyArea::Calves, BodyArea::Neck, BodyArea::Feet]
    );
    assert!(out.is_empty());

    v["also_works"] = json!(["neck", "tail", 3]);
    assert!(checked_routine(&v, "r", &mut out, &mut Vec::new()).is_none());
    let p = paths(&out);
    assert!(p[0].starts_with("r.also_works[1]: must be one of head, jaw"));
    assert!(p[1].starts_with("r.also_works[2]: must be one of"));
    assert_eq!(p.len(), 2);

    let mut out = Report::default();
    v["also_works"] = json!("neck");
    assert!(routine_shape(&v, "", &mut out).is_none());
    assert_eq!(paths(&out), ["also_works: must be a list of body areas"]);

    let mut out = Report::default();
    v["also_works"] = json!(["neck", "neck"]);
    assert!(checked_routine(&v, "", &mut out, &mut Vec::new()).is_none());
    assert_eq!(paths(&out), ["also_works[1]: Neck is already in the list"]);
}

#[test]
fn a_step_picture_is_optional_and_checked_field_by_field() {
    // Without one (an older document) the step reads as before.
    let mut out = Report::default();
    let r = checked_routine(&good_routine(), "r", &mut out, &mut Vec::new()).unwrap();
    assert_eq!(r.steps[0].picture, None);
    // A good one reads back typed; null is no picture.
    let mut v = good_routine();
    v["steps"][0]["picture"] = json!({ "pose": "seated_floor", "tool": "ball", "spot": "calf" });
    let r = checked_routine(&v, "r", &mut out, &mut Vec::new()).unwrap();
    assert!(out.is_empty(), "{:?}", paths(&out));
    let pic = r.steps[0].picture.unwrap();
    assert_eq!(pic.spot, crate::picture::Spot::Calf);
    v["steps"][0]["picture"] = Value::Null;
    let r = checked_routine(&v, "r", &mut out, &mut Vec::new()).unwrap();
    assert_eq!(r.steps[0].picture, None);
    // Each bad field is named on its own.
    v["steps"][0]["picture"] = json!({ "pose": "upside_down", "tool": "ball", "movement": "spin" });
    assert!(checked_routine(&v, "r", &mut out, &mut Vec::new()).is_none());
    let p = paths(&out);
    assert!(
        p[0].starts_with("r.steps[0].picture.pose: must be one of back_knees_bent"),
        "{p:?}"
    );
    assert_eq!(p[1], "r.steps[0].picture.spot: is missing");
    assert!(
        p[2].starts_with("r.steps[0].picture.movement: must be"),
        "{p:?}"
    );
    assert_eq!(p.len(), 3, "{p:?}");
    let mut out = Report::default();
    v["steps"][0]["picture"] = json!("ball");
    assert!(checked_routine(&v, "r", &mut out, &mut Vec::new()).is_none());
    assert_eq!(
        paths(&out),
        vec!["r.steps[0].picture: must be a picture (pose, tool, spot) or null"]
    );
}

#[test]
fn routine_texts_are_cleaned_on_the_way_in() {
    let mut v = good_routine();
    v["name"] = json!("\u{202E}Calves\u{0} ");
    v["description"] = json!("Line one\r\nLine two\u{200B}");
    v["steps"][0]["title"] = json!("\u{FEFF}Calf\u{2066}");
    v["steps"][0]["instruction"] = json!("Lean in.\u{7}");
    v["steps"][0]["caution"] = json!(" Not on a vein\u{202C}");
    let mut out = Report::default();
    let r = checked_routine(&v, "", &mut out, &mut Vec::new()).unwrap();
    assert!(out.is_empty());
    assert_eq!(r.name, "Calves");
    assert_eq!(r.description, "Line one\nLine two");
    assert_eq!(r.steps[0].title, "Calf");
    assert_eq!(r.steps[0].instruction, "Lean in.");
    assert_eq!(r.steps[0].caution.as_deref(), Some("Not on a vein"));
}

#[test]
fn a_routine_named_with_invisible_characters_is_refused() {
    let mut v = good_routine();
    v["name"] = json!("\u{200B}\u{3164}\u{FEFF}");
    v["steps"][0]["title"] = json!("\u{2800}");
    let mut out = Report::default();
    assert!(checked_routine(&v, "routines[0]", &mut out, &mut Vec::new()).is_none());
    assert_eq!(
        paths(&out),
        [
            "routines[0].name: Give the routine a name",
            "routines[0].steps[0].title: Give the step a title you can see"
        ]
    );
    let mut v = good_routine();
    v["name"] = json!("\u{2800}\u{200E}");
    let mut out = Report::default();
    assert!(checked_routine(&v, "", &mut out, &mut Vec::new()).is_none());
    assert_eq!(paths(&out), ["name: Give the routine a name you can see"]);
}

#[test]
fn depth_is_measured_outside_strings() {
    assert!(!nested_too_deep(""));
    assert!(!nested_too_deep(&format!(
        "{}{}",
        "[".repeat(MAX_DEPTH),
        "]".repeat(MAX_DEPTH)
    )));
    assert!(nested_too_deep(&"[".repeat(MAX_DEPTH + 1)));
    assert!(nested_too_deep(&"{\"a\":".repeat(MAX_DEPTH + 1)));
    // Closed levels do not add up.
    assert!(!nested_too_deep(&"[[]]".repeat(1_000)));
    // Brackets in strings, escaped quotes included, are text.
    let in_string = format!("[\"{}\\\"{}\"]", "[".repeat(100), "{".repeat(100));
    assert!(!nested_too_deep(&in_string));
    let after_escapes = format!("[\"\\\\\"{}", "[".repeat(MAX_DEPTH));
    assert!(nested_too_deep(&after_escapes));
}

// ----- the history -----

fn good_log() -> Value {
    json!({
        "id": "1700000000000", "started_at_ms": 1_700_000_000_000_i64,
        "date": {"y": 2023, "m": 11, "d": 14}, "utc_offset_min": 60,
        "routine_id": "calves", "routine_name": "Calves, gently", "completed": true,
        "steps_done": 3, "steps_skipped": 0, "active_ms": 300_000,
        "ratings": [{"area": "calves", "before": 6, "after": 3}]
    })
}

fn good_history() -> Value {
    json!({"version": 1, "sessions": [good_log()]})
}

fn history_problems(v: &Value) -> Vec<String> {
    let mut out = Report::default();
    assert!(checked_history(v, "history", &mut out).is_none(), "{v}");
    paths(&out)
}

#[test]
fn a_good_history_reads_back_typed() {
    let mut out = Report::default();
    let h = checked_history(&good_history(), "history", &mut out).unwrap();
    assert!(out.is_empty());
    assert_eq!(h.version, HISTORY_VERSION);
    let log = &h.sessions[0];
    assert_eq!(log.routine_name, "Calves, gently");
    assert_eq!(log.date, LocalDate::new(2023, 11, 14));
    assert_eq!(log.utc_offset_min, 60);
    assert_eq!(log.ratings[0].change_text(), "Calves: 6 → 3");
    // Written in the current form and read again: the same history.
    let again = serde_json::to_value(&h).unwrap();
    assert_eq!(again["version"], json!(HISTORY_VERSION));
    assert_eq!(checked_history(&again, "history", &mut out), Some(h));
    assert!(out.is_empty());
}

#[test]
fn a_history_that_is_not_one_is_refused() {
    assert_eq!(
        history_problems(&json!("my sessions")),
        ["history: must be a history (a JSON object)"]
    );
    assert_eq!(
        history_problems(&json!({"version": 1})),
        ["history.sessions: is missing"]
    );
    assert_eq!(
        history_problems(&json!({"version": 1, "sessions": {}})),
        ["history.sessions: must be a list of sessions"]
    );
    assert_eq!(
        history_problems(&json!({"version": 3, "sessions": []})),
        ["history.version: The history was made by a newer version of Unknot: update the app first"]
    );
    assert_eq!(
        history_problems(&json!({"version": "one", "sessions": []})),
        ["history.version: must be a version number"]
    );
    // A missing or zero version is the first one.
    for v in [
        json!({"sessions": []}),
        json!({"version": 0, "sessions": []}),
    ] {
        let mut out = Report::default();
        assert_eq!(checked_history(&v, "", &mut out), Some(History::default()));
    }
}

#[test]
fn every_bad_field_of_an_entry_is_named() {
    let mut log = good_log();
    log.as_object_mut().unwrap().remove("routine_id");
    log["id"] = json!(5);
    log["started_at_ms"] = json!(-1);
    log["date"] = json!({"y": 2023, "m": 13, "d": 1});
    log["utc_offset_min"] = json!(5_000);
    log["routine_name"] = json!("\u{200B}\u{200B}");
    log["completed"] = json!("yes");
    log["steps_done"] = json!(1.5);
    log["steps_skipped"] = json!(1_001);
    log["active_ms"] = json!(u64::MAX);
    log["ratings"] = json!([{"area": "tail", "before": 11, "after": -1}, 3]);
    let p = history_problems(&json!({"sessions": [good_log(), log]}));
    let at = "history.sessions[1]";
    assert_eq!(
        p,
        [
            format!("{at}.id: must be text"),
            format!("{at}.started_at_ms: must be a time in milliseconds since 1970"),
            format!(r#"{at}.date: must be a date such as {{"y": 2025, "m": 3, "d": 1}}"#),
            format!(
                "{at}.utc_offset_min: must be a whole number of minutes within 18 hours of UTC"
            ),
            format!("{at}.routine_id: is missing"),
            format!("{at}.routine_name: Give the routine a name"),
            format!("{at}.completed: must be true or false"),
            format!("{at}.steps_done: must be a whole number from 0 to 1000"),
            format!("{at}.steps_skipped: must be a whole number from 0 to 1000"),
            format!("{at}.active_ms: must be a whole number of milliseconds, at most a week"),
            format!(
                "{at}.ratings[0].area: must be one of {}",
                BodyArea::ALL.map(|a| a.slug()).join(", ")
            ),
            format!("{at}.ratings[0].before: must be null or a whole number from 0 to 10"),
            format!("{at}.ratings[0].after: must be null or a whole number from 0 to 10"),
            format!("{at}.ratings[1]: must be a rating (a JSON object)"),
        ]
    );
    assert_eq!(
        history_problems(&json!({"sessions": [7]})),
        ["history.sessions[0]: must be a session (a JSON object)"]
    );
}

#[test]
fn every_text_has_a_size_limit() {
    let mut log = good_log();
    log["routine_name"] = json!("a".repeat(1_000_000));
    log["id"] = json!("1".repeat(81));
    log["routine_id"] = json!("r".repeat(81));
    let at = "history.sessions[0]";
    assert_eq!(
        history_problems(&json!({"sessions": [log]})),
        [
            format!("{at}.id: must be at most 80 characters"),
            format!("{at}.routine_id: must be at most 80 characters"),
            format!("{at}.routine_name: must be at most 80 characters"),
        ]
    );
    // 80 characters after cleaning is fine.
    let mut log = good_log();
    log["routine_name"] = json!(format!(" {}\u{200B}\u{202E} ", "é".repeat(80)));
    let mut out = Report::default();
    let h = checked_history(&json!({"sessions": [log]}), "", &mut out).unwrap();
    assert_eq!(h.sessions[0].routine_name, "é".repeat(80));
}

#[test]
fn a_history_has_a_cap_on_entries_and_ratings() {
    let many = vec![good_log(); MAX_HISTORY_SESSIONS + 1];
    assert_eq!(
        history_problems(&json!({"sessions": many})),
        ["history.sessions: A history can hold at most 20000 sessions"]
    );
    let mut log = good_log();
    log["ratings"] = json!(vec![json!({"area": "calves"}); BodyArea::ALL.len() + 1]);
    assert_eq!(
        history_problems(&json!({"sessions": [log]})),
        ["history.sessions[0].ratings: must have at most 16 ratings"]
    );
}

#[test]
fn unknown_fields_are_dropped_and_entries_put_in_order() {
    let mut late = good_log();
    late["id"] = json!("2");
    late["started_at_ms"] = json!(2_000);
    late["junk"] = json!("x".repeat(10_000));
    let mut early = good_log();
    early["id"] = json!("1");
    early["started_at_ms"] = json!(1_000);
    early.as_object_mut().unwrap().remove("ratings");
    early["ratings"] = Value::Null;
    let doc = json!({"version": 1, "sessions": [late, early.clone(), early], "extra": [1, 2]});
    let mut out = Report::default();
    let h = history_lenient(&doc, "", &mut out).unwrap();
    let ids: Vec<_> = h.sessions.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["1", "2"], "in start order, one entry per id");
    // The repeated id is said, not merged in silence.
    assert_eq!(
        paths(&out),
        ["sessions[2].id: is the id of sessions[1] too: one session, twice"]
    );
    assert!(h.sessions[0].ratings.is_empty());
    let text = serde_json::to_string(&h).unwrap();
    assert!(!text.contains("junk") && !text.contains("extra"), "{text}");
}

#[test]
fn open_ratings_are_read_too() {
    let mut doc = good_history();
    doc["open"] = json!({"routine_id": "calves", "ratings": [{"area": "neck", "before": 4}]});
    let mut out = Report::default();
    let h = checked_history(&doc, "", &mut out).unwrap();
    let open = h.open.unwrap();
    assert_eq!(open.routine_id, "calves");
    assert_eq!(
        open.ratings,
        [AreaRating {
            area: BodyArea::Neck,
            before: Some(4),
            after: None
        }]
    );
    doc["open"] = json!({"ratings": 3});
    assert_eq!(
        history_problems(&doc),
        [
            "history.open.routine_id: is missing",
            "history.open.ratings: must be a list of ratings"
        ]
    );
    doc["open"] = json!({"routine_id": "calves"});
    assert_eq!(history_problems(&doc), ["history.open.ratings: is missing"]);
    doc["open"] = json!(true);
    assert_eq!(
        history_problems(&doc),
        ["history.open: must be null or the ratings of a session (a JSON object)"]
    );
}

#[test]
fn a_lenient_read_keeps_the_entries_that_read_well() {
    let mut bad = good_log();
    bad["completed"] = json!(null);
    let mut good = good_log();
    good["id"] = json!("2");
    let mut out = Report::default();
    let h = history_lenient(&json!({"sessions": [bad, good]}), "", &mut out).unwrap();
    assert_eq!(h.sessions.len(), 1);
    assert_eq!(
        paths(&out),
        ["sessions[0].completed: must be true or false"]
    );
}

/// Replaces the value at `path` (indexes taken modulo each level's size).
fn mutate(v: &mut Value, path: &[usize], with: &Value) {
    let Some((&i, rest)) = path.split_first() else {
        *v = with.clone();
        return;
    };
    match v {
        Value::Array(a) if !a.is_empty() => {
            let n = a.len();
            mutate(&mut a[i % n], rest, with)
        }
        Value::Object(o) if !o.is_empty() => {
            let n = o.len();
            if let Some(child) = o.values_mut().nth(i % n) {
                mutate(child, rest, with)
            }
        }
        _ => *v = with.clone(),
    }
}

fn bending_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        Just(json!([])),
        Just(json!({})),
        Just(json!(u64::MAX)),
        Just(json!(i64::MIN)),
        Just(json!(-1)),
        Just(json!(1e300)),
        Just(json!("\u{202E}\u{0}\u{200B}")),
        Just(json!({"y": 2025, "m": 0, "d": 40})),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        ".{0,100}".prop_map(Value::from),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, ..ProptestConfig::default() })]

    /// A good history with one value bent anywhere: reading it never
    /// panics; it is either refused with reasons or comes out clean and
    /// within every limit, the same as serde reads its own output.
    #[test]
    fn bent_histories_are_refused_or_clean(
        path in prop::collection::vec(any::<usize>(), 0..6),
        with in bending_value(),
    ) {
        let mut doc = json!({"version": 1, "sessions": [good_log(), good_log()],
            "open": {"routine_id": "calves", "ratings": [{"area": "neck"}]}});
        doc["sessions"][1]["id"] = json!("2");
        mutate(&mut doc, &path, &with);
        let mut out = Report::default();
        match checked_history(&doc, "", &mut out) {
            None => prop_assert!(!out.is_empty()),
            Some(h) => {
                prop_assert!(out.is_empty());
                for s in &h.sessions {
                    prop_assert!(crate::text::is_visible(&s.routine_name));
                    prop_assert!(s.routine_name.chars().count() <= HISTORY_NAME_MAX_CHARS);
                    prop_assert!(!s.routine_name.chars().any(crate::text::is_forbidden));
                    prop_assert!(s.ratings.iter().all(|r| r.before.unwrap_or(0) <= RATING_MAX));
                }
                let again = serde_json::to_value(&h).unwrap();
                let mut out2 = Report::default();
                prop_assert_eq!(checked_history(&again, "", &mut out2), Some(h));
            }
        }
    }
}

#[test]
fn a_version_2_row_reads_like_the_object_it_stands_for() {
    let row = json!([
        1_700_000_000_000_i64,
        60,
        "calves",
        "Calves, gently",
        true,
        3,
        0,
        300_000,
        [["calves", 6, 3]]
    ]);
    let mut out = Report::default();
    let from_row = checked_history(&json!({"version": 2, "sessions": [row]}), "", &mut out);
    let from_object = checked_history(&good_history(), "", &mut out);
    assert!(out.is_empty(), "{:?}", paths(&out));
    assert_eq!(from_row, from_object);
    // A row of the wrong length, and a row with a bad value, say where.
    assert_eq!(
        history_problems(&json!({"version": 2, "sessions": [[1, 2, 3]]})),
        ["history.sessions[0]: must be a session (a list of 9 values, and its id if it is not the start time)"]
    );
    let mut bad = row.clone();
    bad[4] = json!("yes");
    bad[8] = json!([["calves", 11, 3]]);
    assert_eq!(
        history_problems(&json!({"version": 2, "sessions": [bad]})),
        [
            "history.sessions[0].completed: must be true or false",
            "history.sessions[0].ratings[0].before: must be null or a whole number from 0 to 10",
        ]
    );
}

#[test]
fn one_unreadable_entry_is_set_aside_alone() {
    let mut broken = good_log();
    broken.as_object_mut().unwrap().remove("date");
    let mut other = good_log();
    other["id"] = json!("2");
    other["started_at_ms"] = json!(2_000);
    let doc = json!({"version": 1, "sessions": [good_log(), broken.clone(), other]});
    let mut out = Report::default();
    let read = read_history(&doc, "", &mut out).unwrap();
    assert!(out.is_empty(), "the document as a whole reads");
    assert_eq!(read.history.sessions.len(), 2);
    assert_eq!(read.bad, [1]);
    assert_eq!(paths(&read.problems), ["sessions[1].date: is missing"]);
    let kept: Value = serde_json::from_str(&read.set_aside_json(&doc)).unwrap();
    assert_eq!(kept["sessions"], json!([broken]));
}
