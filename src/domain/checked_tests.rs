//! Tests of `checked`: examples and invariants, run natively.
use super::*;
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
    let r = checked_routine(&good_routine(), "r", &mut out).unwrap();
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
    assert!(checked_routine(&v, "routines[2]", &mut out).is_none());
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
    assert!(checked_routine(&json!({"steps": [{}]}), "", &mut out).is_none());
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
    assert!(checked_routine(&v, "routines[0]", &mut out).is_none());
    assert_eq!(
        paths(&out),
        ["routines[0].steps[0].duration_ms: Hold must be 10 s to 2 min"]
    );
    // The shape alone is fine (damaged storage keeps such a routine).
    let mut out = Report::default();
    assert!(routine_shape(&v, "", &mut out).is_some());
}

#[test]
fn warnings_do_not_block() {
    let mut v = good_routine();
    v["steps"][0]["duration_ms"] = json!(100_000);
    let mut out = Report::default();
    assert!(checked_routine(&v, "", &mut out).is_some());
    assert!(out.is_empty());
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
    let r = checked_routine(&good_routine(), "", &mut out).unwrap();
    assert!(r.also_works.is_empty());

    let mut v = good_routine();
    v["also_works"] = Value::Null;
    assert!(checked_routine(&v, "", &mut out)
        .unwrap()
        .also_works
        .is_empty());

    v["also_works"] = json!(["neck", "feet"]);
    let r = checked_routine(&v, "", &mut out).unwrap();
    assert_eq!(r.also_works, [BodyArea::Neck, BodyArea::Feet]);
    assert_eq!(
        r.areas(),
        [BodyArea::Calves, BodyArea::Neck, BodyArea::Feet]
    );
    assert!(out.is_empty());

    v["also_works"] = json!(["neck", "tail", 3]);
    assert!(checked_routine(&v, "r", &mut out).is_none());
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
    assert!(checked_routine(&v, "", &mut out).is_none());
    assert_eq!(paths(&out), ["also_works[1]: Neck is already in the list"]);
}
