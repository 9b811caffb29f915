//! Geometry of the body map: one simple figure drawn twice (front and back,
//! side by side) and the zone of each body area on it.
//!
//! Units are SVG user units in a 400 x 500 box; at 412 px screen width the
//! map is 380 px wide (0.95 px per unit), so every zone, being at least
//! 52 units on each side, is a touch target of at least 48 px.

use leptos::prelude::*;
use unknot_domain::routine::BodyArea;

pub const VIEW_BOX: &str = "0 0 400 500";
/// Where the back view starts (the front view starts at 0).
pub const BACK_X: f32 = 210.0;

#[derive(Clone, Copy)]
pub enum Shape {
    Rect(f32, f32, f32, f32),
    Path(&'static str),
}

/// The area's place on the figure: the tappable `hit` shapes and the part
/// of the body painted when it is chosen (`mark`, clipped to the figure).
pub struct Zone {
    pub area: BodyArea,
    pub back: bool,
    pub hit: &'static [Shape],
    pub mark: &'static [Shape],
}

use Shape::*;

const fn zone(area: BodyArea, back: bool, hit: &'static [Shape]) -> Zone {
    Zone {
        area,
        back,
        hit,
        mark: hit,
    }
}

/// Every area that has a place on the figure, front first, top to bottom.
/// ("Full body" has no zone of its own.)
pub const ZONES: [Zone; 15] = [
    zone(BodyArea::Head, false, &[Rect(62.0, 0.0, 66.0, 52.0)]),
    Zone {
        area: BodyArea::Jaw,
        back: false,
        hit: &[Rect(62.0, 52.0, 66.0, 52.0)],
        // The lower face only: the front of the neck is never pressed.
        mark: &[Rect(62.0, 46.0, 66.0, 24.0)],
    },
    zone(BodyArea::Chest, false, &[Rect(52.0, 104.0, 86.0, 70.0)]),
    zone(
        BodyArea::Arms,
        false,
        &[Rect(0.0, 96.0, 52.0, 104.0), Rect(138.0, 96.0, 52.0, 104.0)],
    ),
    zone(
        BodyArea::Forearms,
        false,
        &[
            Rect(0.0, 200.0, 52.0, 124.0),
            Rect(138.0, 200.0, 52.0, 124.0),
        ],
    ),
    zone(BodyArea::Hips, false, &[Rect(52.0, 214.0, 86.0, 52.0)]),
    zone(BodyArea::Quads, false, &[Rect(52.0, 266.0, 86.0, 92.0)]),
    zone(BodyArea::Neck, true, &[Rect(69.0, 50.0, 52.0, 52.0)]),
    zone(
        BodyArea::Shoulders,
        true,
        &[Rect(17.0, 80.0, 52.0, 52.0), Rect(121.0, 80.0, 52.0, 52.0)],
    ),
    zone(
        BodyArea::UpperBack,
        true,
        &[Path("M69 102H121V132H138V184H52V132H69Z")],
    ),
    zone(BodyArea::LowerBack, true, &[Rect(52.0, 184.0, 86.0, 52.0)]),
    zone(BodyArea::Glutes, true, &[Rect(52.0, 236.0, 86.0, 54.0)]),
    zone(BodyArea::Hamstrings, true, &[Rect(52.0, 290.0, 86.0, 64.0)]),
    zone(BodyArea::Calves, true, &[Rect(52.0, 362.0, 86.0, 56.0)]),
    zone(BodyArea::Feet, true, &[Rect(44.0, 436.0, 102.0, 54.0)]),
];

/// Draws shapes with a CSS class, optionally clipped to the figure.
pub fn shapes(list: &'static [Shape], class: &'static str, clip: Option<String>) -> AnyView {
    list.iter()
        .map(|s| match *s {
            Rect(x, y, w, h) => view! {
                <rect class=class x=x y=y width=w height=h clip-path=clip.clone()/>
            }
            .into_any(),
            Path(d) => view! { <path class=class d=d clip-path=clip.clone()/> }.into_any(),
        })
        .collect_view()
        .into_any()
}

/// The figure's outline pieces (the same for front and back).
pub fn silhouette() -> impl IntoView {
    view! {
        <ellipse cx="95" cy="36" rx="26" ry="32"/>
        <rect x="83" y="60" width="24" height="34"/>
        <rect x="52" y="88" width="86" height="162" rx="24"/>
        <rect x="26" y="96" width="26" height="112" rx="13"/>
        <rect x="138" y="96" width="26" height="112" rx="13"/>
        <rect x="22" y="198" width="24" height="100" rx="12"/>
        <rect x="144" y="198" width="24" height="100" rx="12"/>
        <ellipse cx="34" cy="310" rx="11" ry="16"/>
        <ellipse cx="156" cy="310" rx="11" ry="16"/>
        <rect x="54" y="232" width="40" height="134" rx="18"/>
        <rect x="96" y="232" width="40" height="134" rx="18"/>
        <rect x="58" y="356" width="32" height="114" rx="14"/>
        <rect x="100" y="356" width="32" height="114" rx="14"/>
        <ellipse cx="72" cy="476" rx="18" ry="11"/>
        <ellipse cx="118" cy="476" rx="18" ry="11"/>
    }
}

/// Lower-case label for sentences ("calves", "upper back").
pub fn lower_label(area: BodyArea) -> String {
    area.label().to_lowercase()
}
