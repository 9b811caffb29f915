//! Geometry of the body map: one simple figure drawn twice (front and back,
//! side by side) and the zone of each body area on it.
//!
//! Units are SVG user units in a 400 x 500 box; at 412 px screen width the
//! map is 380 px wide (0.95 px per unit), so every zone, being at least
//! 52 units on each side, is a touch target of at least 48 px.

use unknot_domain::routine::BodyArea;

pub const VIEW_BOX: &str = "0 0 400 500";
/// Where the back view starts (the front view starts at 0).
pub const BACK_X: u16 = 210;

#[derive(Clone, Copy)]
pub enum Shape {
    Rect(u16, u16, u16, u16),
    Path(&'static str),
}

/// The area's place on the figure: the tappable `hit` shapes and the part
/// of the body painted when it is chosen (`mark`, clipped to the figure).
pub struct Zone {
    pub area: BodyArea,
    /// The button's name when it is not the area's label (a second place
    /// for the same area).
    pub name: Option<&'static str>,
    pub back: bool,
    pub hit: &'static [Shape],
    pub mark: &'static [Shape],
}

use Shape::*;

const fn zone(area: BodyArea, back: bool, hit: &'static [Shape]) -> Zone {
    Zone {
        area,
        name: None,
        back,
        hit,
        mark: hit,
    }
}

/// Every area that has a place on the figure, front first, top to bottom.
/// ("Full body" has no zone of its own.)
pub const ZONES: [Zone; 16] = [
    zone(BodyArea::Head, false, &[Rect(62, 0, 66, 52)]),
    Zone {
        area: BodyArea::Jaw,
        name: None,
        back: false,
        hit: &[Rect(62, 52, 66, 52)],
        // The lower face only: the front of the neck is never pressed.
        mark: &[Rect(62, 46, 66, 24)],
    },
    zone(BodyArea::Chest, false, &[Rect(52, 104, 86, 56)]),
    zone(
        BodyArea::Arms,
        false,
        &[Rect(0, 96, 52, 104), Rect(138, 96, 52, 104)],
    ),
    zone(
        BodyArea::Forearms,
        false,
        &[Rect(0, 200, 52, 124), Rect(138, 200, 52, 124)],
    ),
    zone(BodyArea::Hips, false, &[Rect(52, 214, 86, 52)]),
    zone(BodyArea::Quads, false, &[Rect(52, 266, 86, 92)]),
    // The front of the shin: its routine (tagged Calves) works the muscle
    // beside the bone.
    Zone {
        area: BodyArea::Calves,
        name: Some("Shins"),
        back: false,
        hit: &[Rect(52, 362, 86, 56)],
        mark: &[Rect(52, 362, 86, 56)],
    },
    zone(BodyArea::Neck, true, &[Rect(69, 50, 52, 52)]),
    zone(
        BodyArea::Shoulders,
        true,
        &[Rect(17, 80, 52, 52), Rect(121, 80, 52, 52)],
    ),
    zone(
        BodyArea::UpperBack,
        true,
        &[Path("M69 102H121V132H138V184H52V132H69Z")],
    ),
    zone(BodyArea::LowerBack, true, &[Rect(52, 184, 86, 52)]),
    zone(BodyArea::Glutes, true, &[Rect(52, 236, 86, 54)]),
    zone(BodyArea::Hamstrings, true, &[Rect(52, 290, 86, 64)]),
    zone(BodyArea::Calves, true, &[Rect(52, 362, 86, 56)]),
    zone(BodyArea::Feet, true, &[Rect(44, 436, 102, 54)]),
];

/// A place on the figure that has no routines of its own: tapping it says
/// why instead of filtering the list.
pub struct Note {
    /// The button's name.
    pub label: &'static str,
    pub back: bool,
    pub hit: &'static [Shape],
    /// What a tap shows.
    pub text: &'static str,
}

/// Places a person may tap that Unknot does not work, and why.
pub const NOTES: [Note; 1] = [Note {
    label: "Belly",
    back: false,
    hit: &[Rect(52, 160, 86, 54)],
    text: "Unknot has no routines for the belly: it is one of the places never to press, for everyone. Belly pain that is new, strong, or comes with fever or sickness needs a doctor.",
}];

/// The name of each place, written on the figure so it can be read without
/// tapping: (text, on the back view, x, y, vertical). Words that do not fit
/// across a limb run along it. Only a picture: each place's button carries
/// the same name for assistive technology.
pub const LABELS: [(&str, bool, u16, u16, bool); 17] = [
    ("Head", false, 95, 34, false),
    ("Jaw", false, 95, 82, false),
    ("Chest", false, 95, 136, false),
    ("Belly", false, 95, 191, false),
    ("Arms", false, 39, 150, true),
    ("Forearms", false, 34, 250, true),
    ("Hips", false, 95, 244, false),
    ("Quads", false, 95, 316, false),
    ("Shins", false, 95, 394, false),
    ("Neck", true, 95, 80, false),
    ("Shoulders", true, 39, 118, true),
    ("Upper back", true, 95, 152, false),
    ("Lower back", true, 95, 214, false),
    ("Glutes", true, 95, 267, false),
    ("Hamstrings", true, 95, 326, false),
    ("Calves", true, 95, 394, false),
    ("Feet", true, 95, 480, false),
];

/// The labels of one view as SVG markup (static text, never user text).
pub fn labels(back: bool) -> String {
    LABELS
        .iter()
        .filter(|l| l.1 == back)
        .map(|&(text, _, x, y, vertical)| {
            let turn = if vertical {
                format!(r#" transform="rotate(-90 {x} {y})""#)
            } else {
                String::new()
            };
            format!(r#"<text x="{x}" y="{y}"{turn}>{text}</text>"#)
        })
        .collect()
}

/// SVG markup for shapes with a CSS class, optionally clipped to the figure.
pub fn shapes(list: &'static [Shape], class: &str, clip: Option<&str>) -> String {
    let clip = clip
        .map(|id| format!(r#" clip-path="url(#{id})""#))
        .unwrap_or_default();
    list.iter()
        .map(|s| match *s {
            Rect(x, y, w, h) => {
                format!(r#"<rect class="{class}" x="{x}" y="{y}" width="{w}" height="{h}"{clip}/>"#)
            }
            Path(d) => format!(r#"<path class="{class}" d="{d}"{clip}/>"#),
        })
        .collect()
}

/// The figure's outline pieces (the same for front and back), as static
/// SVG markup: no view tree needed for a drawing that never changes.
pub const SILHOUETTE: &str = concat!(
    r#"<ellipse cx="95" cy="36" rx="26" ry="32"/>"#,
    r#"<rect x="83" y="60" width="24" height="34"/>"#,
    r#"<rect x="52" y="88" width="86" height="162" rx="24"/>"#,
    r#"<rect x="26" y="96" width="26" height="112" rx="13"/>"#,
    r#"<rect x="138" y="96" width="26" height="112" rx="13"/>"#,
    r#"<rect x="22" y="198" width="24" height="100" rx="12"/>"#,
    r#"<rect x="144" y="198" width="24" height="100" rx="12"/>"#,
    r#"<ellipse cx="34" cy="310" rx="11" ry="16"/>"#,
    r#"<ellipse cx="156" cy="310" rx="11" ry="16"/>"#,
    r#"<rect x="54" y="232" width="40" height="134" rx="18"/>"#,
    r#"<rect x="96" y="232" width="40" height="134" rx="18"/>"#,
    r#"<rect x="58" y="356" width="32" height="114" rx="14"/>"#,
    r#"<rect x="100" y="356" width="32" height="114" rx="14"/>"#,
    r#"<ellipse cx="72" cy="476" rx="18" ry="11"/>"#,
    r#"<ellipse cx="118" cy="476" rx="18" ry="11"/>"#,
);

/// Lower-case label for sentences ("calves", "upper back").
pub fn lower_label(area: BodyArea) -> String {
    area.label().to_ascii_lowercase()
}
