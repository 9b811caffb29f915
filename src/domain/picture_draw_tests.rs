//! Tests for drawing a picture: inside the box, mirrored for the left, the
//! tool between the body and its support, an arrow for a roll.

use super::*;
use crate::markup::could_run_script;
use crate::picture::{Movement, Picture, Pose, Spot};
use crate::routine::{Side, Tool};

/// Every number in the markup (coordinates and radii).
fn numbers(markup: &str) -> Vec<f32> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in markup.chars() {
        if c.is_ascii_digit() || c == '.' || (c == '-' && cur.is_empty()) {
            cur.push(c);
        } else {
            if let Ok(v) = cur.parse::<f32>() {
                out.push(v);
            }
            cur.clear();
        }
    }
    out
}

/// The centre of the first circle with this class.
fn circle_at(markup: &str, class: &str) -> (f32, f32) {
    let start = markup
        .find(&format!(r#"<circle class="{class}""#))
        .expect("the circle");
    let rest = &markup[start..];
    let end = rest.find("/>").unwrap();
    let n = numbers(&rest[..end]);
    (n[0], n[1])
}

#[test]
fn every_picture_stays_in_its_box_and_cannot_run_script() {
    for pose in Pose::ALL {
        for spot in Spot::ALL {
            for tool in Tool::ALL {
                // A roll's arrow is checked on the preset pictures below: a
                // roll on the head or the hands is not a picture anyone makes.
                let p = Picture::new(pose, tool, spot);
                let svg = svg_markup(&p, Some(Side::Right));
                assert!(!could_run_script(&svg));
                assert!(
                    !svg.contains("NaN") && !svg.contains("inf"),
                    "{pose:?} {spot:?}"
                );
                let stripped = svg.replace(r#"matrix(-1 0 0 1 160 0)"#, "");
                for v in numbers(&stripped) {
                    assert!(
                        (-16.0..=176.0).contains(&v),
                        "{pose:?} {spot:?} {tool:?}: {v}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_left_side_is_the_right_mirrored() {
    let p = Picture::new(Pose::BackKneesBent, Tool::Ball, Spot::MidButtock);
    let right = svg_markup(&p, Some(Side::Right));
    let left = svg_markup(&p, Some(Side::Left));
    assert!(left.starts_with(r#"<g transform="matrix(-1 0 0 1 160 0)">"#));
    assert!(right.starts_with("<g>"));
    assert_eq!(
        left.replace(r#"<g transform="matrix(-1 0 0 1 160 0)">"#, "<g>"),
        right
    );
    assert_eq!(svg_markup(&p, None), right);
}

#[test]
fn a_ball_sits_between_the_body_and_what_it_leans_on() {
    // Lying on the back: the ball is below the buttock, above the floor.
    let lying = svg_markup(
        &Picture::new(Pose::BackKneesBent, Tool::Ball, Spot::MidButtock),
        None,
    );
    let ball = circle_at(&lying, "pic-tool pic-contact-fill");
    let contact = circle_at(&lying, "pic-contact");
    assert!(ball.1 > contact.1 && ball.1 < FLOOR, "{ball:?} {contact:?}");
    // Back to a wall on the left: the ball is left of the back.
    let wall = svg_markup(
        &Picture::new(Pose::BackToWall, Tool::Ball, Spot::ShoulderBlade),
        None,
    );
    let ball = circle_at(&wall, "pic-tool pic-contact-fill");
    let contact = circle_at(&wall, "pic-contact");
    assert!(ball.0 < contact.0 && ball.0 > 40.0, "{ball:?} {contact:?}");
    // Facing a wall on the right: the ball is in front of the chest.
    let chest = svg_markup(
        &Picture::new(Pose::FacingWall, Tool::Ball, Spot::Chest),
        None,
    );
    let ball = circle_at(&chest, "pic-tool pic-contact-fill");
    let contact = circle_at(&chest, "pic-contact");
    assert!(ball.0 > contact.0 && ball.0 < 100.0, "{ball:?} {contact:?}");
}

#[test]
fn a_roll_has_an_arrow_and_a_hold_has_none() {
    let hold = Picture::new(Pose::SeatedFloor, Tool::FoamRoller, Spot::Calf);
    assert!(!svg_markup(&hold, None).contains("pic-arrow"));
    let roll = hold.moving(Movement::UpAndDown);
    assert!(svg_markup(&roll, None).contains("pic-arrow"));
}

#[test]
fn each_tool_draws_its_own_part() {
    let cases = [
        (Tool::Ball, "pic-contact-fill"),
        (Tool::FoamRoller, "pic-contact-fill"),
        (Tool::Cane, "pic-tool"),
        (Tool::Hands, "pic-hand"),
        (Tool::HeatSource, "pic-pack"),
        (Tool::None, "pic-stretch"),
    ];
    for (tool, class) in cases {
        let svg = svg_markup(
            &Picture::new(Pose::SeatedChair, tool, Spot::ShoulderTop),
            None,
        );
        assert!(svg.contains(class), "{tool:?}");
    }
    let rest = svg_markup(
        &Picture::new(Pose::BackFlat, Tool::None, Spot::WholeBody),
        None,
    );
    assert!(!rest.contains("pic-stretch") && !rest.contains("pic-contact"));
}

#[test]
fn every_preset_picture_stays_in_its_box() {
    for routine in crate::presets::all() {
        for step in &routine.steps {
            let p = step.picture.expect("every preset step has a picture");
            for &side in step.sides.order() {
                let svg = svg_markup(&p, side);
                let stripped = svg.replace("matrix(-1 0 0 1 160 0)", "");
                for v in numbers(&stripped) {
                    assert!(
                        (-1.0..=161.0).contains(&v),
                        "{}: {}: {v}",
                        routine.id,
                        step.title
                    );
                }
            }
        }
    }
}
