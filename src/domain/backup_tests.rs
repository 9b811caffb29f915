//! Tests of `backup`: examples and invariants, run natively.
use super::*;
use crate::history::MAX_SESSIONS;
use crate::presets;
use crate::routine::BodyArea;
use crate::validate::Severity;
use proptest::prelude::*;
use serde_json::json;

fn mine(id: &str, name: &str) -> Routine {
    let mut r = presets::all().remove(0);
    r.id = id.into();
    r.name = name.into();
    r
}

fn sample() -> Backup {
    Backup::new(
        "2024-05-01".into(),
        Some(Settings {
            sound: false,
            ..Settings::default()
        }),
        vec![
            mine("u-a", "Mine <b>bold</b>"),
            mine("u-b", "Calves, longer").with_also_works(&[BodyArea::Feet]),
        ],
        Some(history_of(1)),
    )
}

/// A history of `n` sessions, one a day, as the app stores it.
fn history_of(n: usize) -> Value {
    let day = 86_400_000_i64;
    let sessions = (0..n as i64)
        .map(|i| {
            let start = 1_600_000_000_000 + i * day;
            crate::history::SessionLog {
                id: start.to_string(),
                started_at_ms: start,
                date: crate::calendar::LocalDate::at(start, 60),
                utc_offset_min: 60,
                routine_id: "u-a".into(),
                routine_name: "Mine".into(),
                completed: true,
                steps_done: 3,
                steps_skipped: 0,
                active_ms: 300_000,
                ratings: vec![crate::history::AreaRating {
                    area: BodyArea::Calves,
                    before: Some(6),
                    after: Some(3),
                }],
            }
        })
        .collect();
    let h = History {
        sessions,
        ..History::default()
    };
    serde_json::to_value(&h).unwrap()
}

/// One history entry as the app writes it.
fn log_json(id: &str) -> Value {
    json!({
        "id": id, "started_at_ms": 1_700_000_000_000_i64,
        "date": {"y": 2023, "m": 11, "d": 14}, "utc_offset_min": 60,
        "routine_id": "u-a", "routine_name": "Mine", "completed": true,
        "steps_done": 3, "steps_skipped": 0, "active_ms": 300_000,
        "ratings": [{"area": "calves", "before": 6, "after": 3}]
    })
}

fn lines(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(problem_line).collect()
}

#[test]
fn export_then_import_gives_the_same_data() {
    let b = sample();
    assert_eq!(parse(&b.to_json()), Ok(b.clone()));
    let bare = Backup::new("2024-05-01".into(), None, vec![], None);
    assert_eq!(parse(&bare.to_json()), Ok(bare));
}

#[test]
fn summary_and_file_name() {
    assert_eq!(
        sample().summary(),
        "2 routines, settings, history of 1 session"
    );
    assert_eq!(
        Backup::new(String::new(), None, vec![mine("u-a", "A")], None).summary(),
        "1 routine"
    );
    assert_eq!(file_name(2024, 5, 1), "unknot-backup-2024-05-01.json");
}

#[test]
fn an_invalid_file_lists_every_problem_with_its_place() {
    let mut v = serde_json::to_value(sample()).unwrap();
    v["routines"][1]["steps"][0]["duration_ms"] = json!(5_000);
    v["routines"][1]["name"] = json!("");
    v["routines"][0]["steps"][1]["kind"] = json!("squeeze");
    v["settings"]["voice"] = json!("loud");
    let problems = parse(&v.to_string()).unwrap_err();
    assert!(problems.iter().all(|p| p.severity == Severity::Error));
    let l = lines(&problems);
    assert_eq!(l[0], "settings.voice: must be true or false");
    assert!(
        l[1].starts_with("routines[0].steps[1].kind: must be one of"),
        "{l:?}"
    );
    assert_eq!(l[2], "routines[1].name: Give the routine a name");
    assert_eq!(
        l[3],
        "routines[1].steps[0].duration_ms: Hold must be 0:10 to 1:00"
    );
    assert_eq!(l.len(), 4);
}

#[test]
fn a_step_past_its_limit_is_brought_to_it_and_the_import_says_so() {
    let mut v = serde_json::to_value(sample()).unwrap();
    v["routines"][0]["steps"] = json!([{
        "kind": "hold", "title": "Calf", "instruction": "Lean in.", "duration_ms": 60_000,
        "area": "calves", "tool": "ball"
    }, {
        "kind": "heat", "title": "Warm", "instruction": "Warm it.", "duration_ms": 1_200_000,
        "area": "calves", "tool": "heat_source"
    }]);
    // At the limits: read as they are, nothing to say.
    let b = parse(&v.to_string()).unwrap();
    assert_eq!(b.routines[0].steps[0].duration_ms, 60_000);
    assert_eq!(b.notes, Vec::<String>::new());
    // One past each: brought to the limits, with one note for the routine.
    v["routines"][0]["steps"][0]["duration_ms"] = json!(61_000);
    v["routines"][0]["steps"][1]["duration_ms"] = json!(1_201_000);
    let b = parse(&v.to_string()).unwrap();
    let lengths: Vec<_> = b.routines[0].steps.iter().map(|s| s.duration_ms).collect();
    assert_eq!(lengths, [60_000, 1_200_000]);
    assert_eq!(
        b.notes,
        ["\u{201c}Mine <b>bold</b>\u{201d}, \
          step 1 \u{201c}Calf\u{201d}: hold shortened from 1:01 to 1:00 (60 s is the most for one hold); \
          step 2 \u{201c}Warm\u{201d}: heat shortened from 20:01 to 20:00 (20 minutes is the most heat on one area)."]
    );
    // The notes are not part of the file.
    assert!(!b.to_json().contains("notes"));
}

#[test]
fn files_that_are_not_backups_say_so() {
    let cases = [
        ("{", "The file is not valid JSON (line 1, column 1)"),
        ("[]", "This is not an Unknot backup file"),
        (
            r#"{"routines":[]}"#,
            "format: This is not an Unknot backup file",
        ),
        (
            r#"{"format":"unknot-backup","version":7,"routines":[]}"#,
            "version: The file was made by a newer version of Unknot: update the app first",
        ),
        (
            r#"{"format":"unknot-backup","version":1}"#,
            "routines: is missing",
        ),
        (
            r#"{"format":"unknot-backup","version":1,"routines":{}}"#,
            "routines: must be a list of routines",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(lines(&parse(text).unwrap_err()), [want], "{text}");
    }
    let huge = " ".repeat(MAX_BACKUP_BYTES + 1);
    assert_eq!(
        lines(&parse(&huge).unwrap_err()),
        ["The file is too large to be an Unknot backup"]
    );
}

#[test]
fn merge_adds_and_never_overwrites() {
    let current = RoutineBook::new(vec![mine("u-a", "A"), mine("u-b", "B")]);
    let incoming = vec![
        mine("u-a", "A"),                         // identical: not added twice
        mine("u-b", "B changed"),                 // same id, other content: added with a new id
        mine("u-c", "C"),                         // new
        mine(&presets::all()[1].id, "Preset id"), // a preset's id: new id
        mine("bad/id", "Bad id"),                 // not a user id: new id
    ];
    let mut n = 0;
    let book = import_routines(&current, &incoming, Mode::Merge, |_| {
        n += 1;
        format!("u-new-{n}")
    })
    .unwrap();
    let names: Vec<_> = book
        .routines
        .iter()
        .map(|r| (r.id.as_str(), r.name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("u-a", "A"),
            ("u-b", "B"),
            ("u-new-1", "B changed"),
            ("u-c", "C"),
            ("u-new-2", "Preset id"),
            ("u-new-3", "Bad id"),
        ]
    );
}

#[test]
fn replace_takes_the_files_routines_only() {
    let current = RoutineBook::new(vec![mine("u-a", "A")]);
    let book = import_routines(
        &current,
        &[mine("u-z", "Z")],
        Mode::Replace,
        |_| unreachable!(),
    )
    .unwrap();
    assert_eq!(book, RoutineBook::new(vec![mine("u-z", "Z")]));
}

#[test]
fn merging_past_the_limit_changes_nothing() {
    let many: Vec<_> = (0..MAX_ROUTINES)
        .map(|i| mine(&format!("u-{i}"), "R"))
        .collect();
    let current = RoutineBook::new(many);
    let err =
        import_routines(&current, &[mine("u-x", "X")], Mode::Merge, |_| "u-y".into()).unwrap_err();
    assert!(err.message.contains("at most 200"), "{}", err.message);
}

/// A valid backup with one JSON value somewhere replaced by another.
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
            let child = o.values_mut().nth(i % n).expect("in range");
            mutate(child, rest, with)
        }
        _ => *v = with.clone(),
    }
}

fn any_json() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        ".{0,8}".prop_map(Value::from),
        Just(json!([])),
        Just(json!({})),
        Just(json!({"only": "left"})),
        Just(json!("hold")),
        Just(json!(1e300)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn parsing_random_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = parse(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn parsing_mutated_valid_files_never_panics_and_explains(
        path in proptest::collection::vec(any::<usize>(), 0..6),
        with in any_json(),
        cut in any::<usize>(),
    ) {
        let mut v = serde_json::to_value(sample()).unwrap();
        mutate(&mut v, &path, &with);
        match parse(&v.to_string()) {
            Ok(b) => prop_assert!(b.routines.len() <= MAX_ROUTINES),
            Err(problems) => prop_assert!(!problems.is_empty()),
        }
        // The same file cut short anywhere.
        let text = v.to_string();
        let mut at = cut % (text.len() + 1);
        while !text.is_char_boundary(at) { at -= 1; }
        let _ = parse(&text[..at]);
    }
}

#[test]
fn the_history_comes_back_typed_and_clean() {
    let mut v = serde_json::to_value(sample()).unwrap();
    let mut entry = log_json("1700000000000");
    entry["routine_name"] = json!("\u{202E}Mine\u{0}");
    entry["junk"] = json!("x".repeat(100_000));
    v["history"] = json!({"version": 1, "sessions": [entry], "more_junk": [1, 2, 3]});
    let b = parse(&v.to_string()).unwrap();
    let h = b.typed_history().unwrap();
    assert_eq!(h.sessions.len(), 1);
    assert_eq!(h.sessions[0].routine_name, "Mine");
    let stored = b.history.as_ref().unwrap().to_string();
    assert!(!stored.contains("junk"), "{stored}");
    assert_eq!(stored, serde_json::to_string(&h).unwrap());
    assert_eq!(
        Backup::new(String::new(), None, vec![], None).typed_history(),
        None
    );
}

#[test]
fn a_history_that_cannot_be_read_at_all_refuses_the_whole_file() {
    let cases: Vec<(Value, &str)> = vec![
        (json!("my sessions"), "history: must be a history (a JSON object)"),
        (
            json!({"version": 9, "sessions": []}),
            "history.version: The history was made by a newer version of Unknot: update the app first",
        ),
        (json!({"version": 1}), "history.sessions: is missing"),
        (
            json!({"version": 2, "sessions": vec![json!(null); MAX_SESSIONS + 1]}),
            "history.sessions: A history can hold at most 20000 sessions",
        ),
    ];
    for (history, first) in cases {
        let mut v = serde_json::to_value(sample()).unwrap();
        v["history"] = history;
        let problems = parse(&v.to_string()).unwrap_err();
        assert_eq!(lines(&problems)[0], first);
    }
}

#[test]
fn one_damaged_entry_is_left_out_alone_and_said() {
    // Twenty sessions, the fourth missing its date (version 1), the ninth
    // a row with a word for its start (version 2).
    let mut v = serde_json::to_value(sample()).unwrap();
    let mut sessions: Vec<Value> = history_of(20)["sessions"].as_array().unwrap().clone();
    let mut old = log_json("x");
    old.as_object_mut().unwrap().remove("date");
    sessions[3] = old;
    sessions[8][0] = json!("yesterday");
    v["history"] = json!({"version": 2, "sessions": sessions});
    let b = parse(&v.to_string()).unwrap();
    assert_eq!(b.session_count(), 18);
    assert!(b.notes.is_empty());
    assert_eq!(
        b.history_notes,
        ["History: 2 sessions could not be read and are left out (history.sessions[3].date: is missing; and more)."]
    );
    // Exported again, the file reads back whole, without notes.
    let again = parse(&b.to_json()).unwrap();
    assert_eq!(again.session_count(), 18);
    assert!(again.history_notes.is_empty());
}

#[test]
fn sessions_sharing_an_id_are_reported_not_silently_merged() {
    let mut v = serde_json::to_value(sample()).unwrap();
    let mut sessions: Vec<Value> = history_of(20)["sessions"].as_array().unwrap().clone();
    let mut twin = sessions[2].clone();
    twin[3] = json!("Another name");
    sessions.push(twin);
    v["history"] = json!({"version": 2, "sessions": sessions});
    let b = parse(&v.to_string()).unwrap();
    assert_eq!(b.session_count(), 20);
    assert_eq!(
        b.history_notes,
        ["History: 1 session repeats the id of an earlier one (sessions[20] is sessions[2] again); only the first of each is imported."]
    );
    assert_eq!(b.typed_history().unwrap().sessions[2].routine_name, "Mine");
}

/// Export then import of 0, 1 and 20,000 sessions gives the same data,
/// and the largest fits well under the size limit.
#[test]
fn every_export_imports_back_up_to_the_session_limit() {
    for n in [0, 1, 20, MAX_SESSIONS] {
        let b = Backup::new(
            "2024-05-01".into(),
            Some(Settings::default()),
            vec![mine("u-a", "Mine")],
            Some(history_of(n)),
        );
        let text = b.to_json();
        assert!(
            text.len() < MAX_BACKUP_BYTES / 4,
            "{n}: {} bytes",
            text.len()
        );
        let back = parse(&text).unwrap();
        assert_eq!(back, b, "{n} sessions");
        assert_eq!(back.typed_history().unwrap().sessions.len(), n);
    }
    // 20,000 sessions with three rated areas each still fit on a device
    // (local storage holds about 5.2 million characters).
    let mut full = history_of(MAX_SESSIONS);
    for row in full["sessions"].as_array_mut().unwrap() {
        row[8] = json!([["calves", 6, 3], ["hamstrings", 5, 4], ["upper-back", 7, 2]]);
    }
    assert!(
        full.to_string().len() < 4_000_000,
        "{}",
        full.to_string().len()
    );
}

#[test]
fn a_version_1_history_in_a_file_is_brought_to_the_current_form() {
    let mut v = serde_json::to_value(sample()).unwrap();
    v["history"] = json!({"version": 1, "sessions": [log_json("1700000000000")]});
    let b = parse(&v.to_string()).unwrap();
    assert_eq!(b.history.as_ref().unwrap()["version"], json!(2));
    let h = b.typed_history().unwrap();
    assert_eq!(h.sessions[0].routine_name, "Mine");
    assert_eq!(h.sessions[0].ratings[0].after, Some(3));
}

#[test]
fn every_problem_is_listed_routines_and_whole_history_alike() {
    let mut v = serde_json::to_value(sample()).unwrap();
    v["routines"][0]["name"] = json!("");
    v["history"]["version"] = json!("two");
    assert_eq!(
        lines(&parse(&v.to_string()).unwrap_err()),
        [
            "routines[0].name: Give the routine a name",
            "history.version: must be a version number",
        ]
    );
}

#[test]
fn a_file_nested_thousands_deep_says_so() {
    for deep in [
        "[".repeat(10_000),
        format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
        format!(
            r#"{{"format":"unknot-backup","version":1,"routines":[],"history":{}}}"#,
            "{\"a\":".repeat(200)
        ),
    ] {
        assert_eq!(
            lines(&parse(&deep).unwrap_err()),
            ["The file is nested too deep to be an Unknot backup"]
        );
    }
}
