//! Tests of `routine`: areas a routine works, and its stored form.
use super::*;
use serde_json::json;

fn step(area: BodyArea) -> Step {
    Step::new(StepKind::Hold, "Hold", "Lean in.", 30, area, Tool::Ball)
}

fn two_steps() -> Routine {
    Routine::new(
        "r".into(),
        "R".into(),
        String::new(),
        vec![step(BodyArea::Shoulders), step(BodyArea::Calves)],
    )
}

#[test]
fn areas_are_the_steps_then_the_extra_ones_without_repeats() {
    assert_eq!(two_steps().areas(), [BodyArea::Shoulders, BodyArea::Calves]);
    let tagged = two_steps().with_also_works(&[BodyArea::Neck, BodyArea::Calves]);
    assert_eq!(
        tagged.areas(),
        [BodyArea::Shoulders, BodyArea::Calves, BodyArea::Neck]
    );
}

#[test]
fn the_extra_areas_stay_out_of_the_json_unless_there_are_some() {
    let plain = serde_json::to_value(two_steps()).unwrap();
    assert!(plain.get("also_works").is_none(), "{plain}");
    let tagged = two_steps().with_also_works(&[BodyArea::Neck, BodyArea::UpperBack]);
    let value = serde_json::to_value(&tagged).unwrap();
    assert_eq!(value["also_works"], json!(["neck", "upper_back"]));
    let back: Routine = serde_json::from_value(value).unwrap();
    assert_eq!(back, tagged);
}

#[test]
fn a_routine_saved_before_the_extra_areas_existed_still_reads() {
    let old = json!({
        "id": "u-1", "name": "Old", "description": "",
        "steps": [{"kind": "hold", "title": "Calf", "instruction": "Lean in.",
                   "duration_ms": 30000, "area": "calves", "tool": "ball"}]
    });
    let r: Routine = serde_json::from_value(old).unwrap();
    assert!(r.also_works.is_empty());
    assert_eq!(r.areas(), [BodyArea::Calves]);
}
