//! Tests of `backup`: examples and invariants, run natively.
use super::*;
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
        Some(json!({"version": 1, "sessions": [{"routine": "u-a", "ended": 1}]})),
    )
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
    assert_eq!(sample().summary(), "2 routines, settings, history");
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
        "routines[1].steps[0].duration_ms: Hold must be 10 s to 2 min"
    );
    assert_eq!(l.len(), 4);
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
