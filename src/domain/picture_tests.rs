//! Tests for the picture model: the sentence, the stored format, the choices.

use super::*;
use crate::routine::{BodyArea, Side, Tool};

#[test]
fn the_sentence_says_pose_tool_and_place_with_the_side() {
    let p = Picture::new(Pose::BackKneesBent, Tool::Ball, Spot::MidButtock);
    assert_eq!(
        p.sentence(Some(Side::Right)),
        "Lying on your back, knees bent, ball under the middle of the right buttock."
    );
    assert_eq!(
        p.sentence(Some(Side::Left)),
        "Lying on your back, knees bent, ball under the middle of the left buttock."
    );
    let wall = Picture::new(Pose::BackToWall, Tool::Ball, Spot::ShoulderBlade);
    assert_eq!(
        wall.sentence(Some(Side::Left)),
        "Standing with your back to a wall, knees a little bent, ball between the wall and the left shoulder blade."
    );
    let roll =
        Picture::new(Pose::SeatedFloor, Tool::FoamRoller, Spot::Calf).moving(Movement::UpAndDown);
    assert_eq!(
        roll.sentence(Some(Side::Right)),
        "Sitting on the floor, hands on the floor behind you, foam roller under the right calf, rolling slowly up and down."
    );
    let stretch = Picture::new(Pose::BackLegRaised, Tool::None, Spot::BackOfThigh);
    assert_eq!(
        stretch.sentence(Some(Side::Right)),
        "Lying on your back, one leg raised with a towel around the foot, stretch felt in the back of the right thigh."
    );
    let centre = Picture::new(Pose::SeatedChair, Tool::HeatSource, Spot::ShoulderTop);
    assert_eq!(
        centre.sentence(None),
        "Sitting tall on a chair, heat pack on the tops of the shoulders."
    );
    let off = centre.moving(Movement::TakeOff);
    assert_eq!(
        off.sentence(None),
        "Sitting tall on a chair, taking the heat pack off the tops of the shoulders."
    );
    let rest = Picture::new(Pose::BackFlat, Tool::None, Spot::WholeBody);
    assert_eq!(
        rest.sentence(None),
        "Lying on your back, arms by your sides, resting the whole body."
    );
}

#[test]
fn every_combination_reads_as_a_sentence() {
    for pose in Pose::ALL {
        for spot in Spot::ALL {
            for tool in Tool::ALL {
                for side in [None, Some(Side::Left), Some(Side::Right)] {
                    let p = Picture::new(pose, tool, spot);
                    let s = p.sentence(side);
                    assert!(reads_as_sentence(&s), "{s}");
                    if let Some(side) = side {
                        if spot != Spot::WholeBody {
                            let word = side.label().to_ascii_lowercase();
                            assert!(s.contains(&word), "{s} names no side");
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn the_stored_format_is_snake_case_and_leaves_out_no_movement() {
    let p = Picture::new(Pose::BackKneesBent, Tool::FoamRoller, Spot::UpperBack);
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(
        json,
        r#"{"pose":"back_knees_bent","tool":"foam_roller","spot":"upper_back"}"#
    );
    let moving = p.moving(Movement::UpAndDown);
    let json = serde_json::to_string(&moving).unwrap();
    assert!(json.ends_with(r#""movement":"up_and_down"}"#), "{json}");
    let back: Picture = serde_json::from_str(&json).unwrap();
    assert_eq!(back, moving);
    assert!(serde_json::from_str::<Picture>(
        r#"{"pose":"upside_down","tool":"ball","spot":"calf"}"#
    )
    .is_err());
}

#[test]
fn every_area_has_a_spot_and_every_position_a_pose_of_its_own() {
    for area in BodyArea::ALL {
        assert!(!Spot::of_area(area).is_empty(), "{area:?} has no spot");
        for spot in Spot::of_area(area) {
            assert_eq!(spot.area(), area);
        }
    }
    for position in Position::ALL {
        assert_eq!(position.default_pose().position(), position);
    }
    for pose in Pose::ALL {
        assert!(Position::ALL.contains(&pose.position()));
    }
}

#[test]
fn a_picture_follows_its_step_after_an_edit() {
    use crate::routine::StepKind;
    let p = Picture::new(Pose::SeatedFloor, Tool::Ball, Spot::Calf);
    let same = p.fitted(StepKind::Hold, BodyArea::Calves, Tool::Ball);
    assert_eq!(same, p);
    let rolled = p.fitted(StepKind::Roll, BodyArea::Calves, Tool::FoamRoller);
    assert_eq!(rolled.tool, Tool::FoamRoller);
    assert_eq!(rolled.movement, Some(Movement::UpAndDown));
    let moved = p.fitted(StepKind::Hold, BodyArea::Glutes, Tool::Ball);
    assert_eq!(moved.spot.area(), BodyArea::Glutes);
    assert_eq!(moved.movement, None);
    assert_eq!(moved.pose, Pose::SeatedFloor);
}

#[test]
fn a_rolled_sole_goes_from_the_heel_to_the_ball_of_the_foot() {
    let sole =
        Picture::new(Pose::StandingHandOnWall, Tool::Ball, Spot::Sole).moving(Movement::UpAndDown);
    let words = sole.sentence(Some(Side::Right));
    assert!(
        words.contains("from the heel to the ball of the foot and back"),
        "{words}"
    );
    assert!(!words.contains("up and down"), "{words}");
    // Elsewhere a roll goes up and down the limb.
    let calf =
        Picture::new(Pose::SeatedFloor, Tool::FoamRoller, Spot::Calf).moving(Movement::UpAndDown);
    assert!(calf.sentence(Some(Side::Left)).contains("up and down"));
}

#[test]
fn every_position_says_how_to_get_in_and_out_in_plain_sentences() {
    for p in Position::ALL {
        for text in [p.getting_in(), p.getting_out()] {
            assert!(text.len() > 40, "{p:?}: {text}");
            // One or two sentences, each starting with a capital.
            for sentence in text.split_inclusive(". ") {
                let sentence = sentence.trim_end();
                let sentence = if sentence.ends_with('.') {
                    sentence.to_string()
                } else {
                    format!("{sentence}.")
                };
                assert!(reads_as_sentence(&sentence), "{p:?}: {sentence}");
            }
        }
    }
    // Lying down is left slowly: the dizziness warning is where it belongs.
    assert!(Position::LyingBack.getting_out().contains("dizzy"));
    // The texts differ from one position to the next.
    let mut seen = std::collections::HashSet::new();
    for p in Position::ALL {
        assert!(seen.insert(p.getting_in()), "{p:?}");
    }
}
