//! Routines and their steps: what the user does, in order.
//!
//! This is also the stored and shared format (serde JSON), so field names
//! are part of the file format: rename with care and a migration.

use crate::time::Millis;
use serde::{Deserialize, Serialize};

/// What a step asks the body to do. Each kind has its own colour and icon.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Pressure on one spot with a ball, cane or hand.
    Hold,
    /// Slow rolling on a foam roller.
    Roll,
    /// A gentle stretch of the muscle just worked.
    Stretch,
    /// Warmth on the area (pad, compress, shower).
    Heat,
    /// A pause to breathe and let the area settle.
    Rest,
}

impl StepKind {
    pub const ALL: [StepKind; 5] = [
        StepKind::Hold,
        StepKind::Roll,
        StepKind::Stretch,
        StepKind::Heat,
        StepKind::Rest,
    ];

    pub fn label(self) -> &'static str {
        match self {
            StepKind::Hold => "Hold",
            StepKind::Roll => "Roll",
            StepKind::Stretch => "Stretch",
            StepKind::Heat => "Heat",
            StepKind::Rest => "Rest",
        }
    }

    /// Stable lower-case name, used for CSS classes and ids.
    pub fn slug(self) -> &'static str {
        match self {
            StepKind::Hold => "hold",
            StepKind::Roll => "roll",
            StepKind::Stretch => "stretch",
            StepKind::Heat => "heat",
            StepKind::Rest => "rest",
        }
    }
}

/// What the user presses or warms with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tool {
    Ball,
    FoamRoller,
    Cane,
    Hands,
    HeatSource,
    /// Nothing needed (stretches, rests).
    None,
}

impl Tool {
    pub const ALL: [Tool; 6] = [
        Tool::Ball,
        Tool::FoamRoller,
        Tool::Cane,
        Tool::Hands,
        Tool::HeatSource,
        Tool::None,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Tool::Ball => "Massage ball",
            Tool::FoamRoller => "Foam roller",
            Tool::Cane => "Massage cane",
            Tool::Hands => "Hands",
            Tool::HeatSource => "Heat source",
            Tool::None => "No equipment",
        }
    }

    /// A short word for spoken cues ("Left glute, ball, 30 seconds").
    pub fn spoken(self) -> Option<&'static str> {
        match self {
            Tool::Ball => Some("ball"),
            Tool::FoamRoller => Some("roller"),
            Tool::Cane => Some("cane"),
            Tool::Hands => Some("hands"),
            Tool::HeatSource => Some("heat"),
            Tool::None => None,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Tool::Ball => "ball",
            Tool::FoamRoller => "foam_roller",
            Tool::Cane => "cane",
            Tool::Hands => "hands",
            Tool::HeatSource => "heat_source",
            Tool::None => "none",
        }
    }
}

/// Body areas, as shown on the body map and used to find routines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyArea {
    Head,
    Jaw,
    Neck,
    Shoulders,
    Chest,
    UpperBack,
    LowerBack,
    Arms,
    Forearms,
    Hips,
    Glutes,
    Quads,
    Hamstrings,
    Calves,
    Feet,
    FullBody,
}

impl BodyArea {
    pub const ALL: [BodyArea; 16] = [
        BodyArea::Head,
        BodyArea::Jaw,
        BodyArea::Neck,
        BodyArea::Shoulders,
        BodyArea::Chest,
        BodyArea::UpperBack,
        BodyArea::LowerBack,
        BodyArea::Arms,
        BodyArea::Forearms,
        BodyArea::Hips,
        BodyArea::Glutes,
        BodyArea::Quads,
        BodyArea::Hamstrings,
        BodyArea::Calves,
        BodyArea::Feet,
        BodyArea::FullBody,
    ];

    pub fn label(self) -> &'static str {
        match self {
            BodyArea::Head => "Head",
            BodyArea::Jaw => "Jaw",
            BodyArea::Neck => "Neck",
            BodyArea::Shoulders => "Shoulders",
            BodyArea::Chest => "Chest",
            BodyArea::UpperBack => "Upper back",
            BodyArea::LowerBack => "Lower back",
            BodyArea::Arms => "Arms",
            BodyArea::Forearms => "Forearms",
            BodyArea::Hips => "Hips",
            BodyArea::Glutes => "Glutes",
            BodyArea::Quads => "Quads",
            BodyArea::Hamstrings => "Hamstrings",
            BodyArea::Calves => "Calves",
            BodyArea::Feet => "Feet",
            BodyArea::FullBody => "Full body",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            BodyArea::Head => "head",
            BodyArea::Jaw => "jaw",
            BodyArea::Neck => "neck",
            BodyArea::Shoulders => "shoulders",
            BodyArea::Chest => "chest",
            BodyArea::UpperBack => "upper_back",
            BodyArea::LowerBack => "lower_back",
            BodyArea::Arms => "arms",
            BodyArea::Forearms => "forearms",
            BodyArea::Hips => "hips",
            BodyArea::Glutes => "glutes",
            BodyArea::Quads => "quads",
            BodyArea::Hamstrings => "hamstrings",
            BodyArea::Calves => "calves",
            BodyArea::Feet => "feet",
            BodyArea::FullBody => "full_body",
        }
    }

    /// Whether the body has this area on both sides.
    pub fn is_paired(self) -> bool {
        !matches!(
            self,
            BodyArea::Head | BodyArea::Chest | BodyArea::UpperBack | BodyArea::FullBody
        )
    }
}

/// One side of the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Left,
    Right,
}

impl Side {
    pub fn label(self) -> &'static str {
        match self {
            Side::Left => "Left",
            Side::Right => "Right",
        }
    }
}

/// Which sides a step is done on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sides {
    /// The middle of the body, or both at once: no side is named.
    #[default]
    Center,
    /// Left, a short switch pause, then right.
    Both,
    /// Only this side.
    Only(Side),
}

impl Sides {
    /// The sides in the order they are done (`None` for a centre step).
    pub fn order(self) -> &'static [Option<Side>] {
        match self {
            Sides::Center => &[None],
            Sides::Both => &[Some(Side::Left), Some(Side::Right)],
            Sides::Only(Side::Left) => &[Some(Side::Left)],
            Sides::Only(Side::Right) => &[Some(Side::Right)],
        }
    }
}

// A step's picture (the stored format only; what it says and how it is
// drawn live in `picture.rs` and `picture_draw.rs`).

/// The broad position of the body: what the editor offers and Learn explains.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    LyingBack,
    LyingFront,
    LyingSide,
    SeatedFloor,
    SeatedChair,
    Standing,
    AgainstWall,
    Kneeling,
    AllFours,
}

/// One drawn body pose. Each belongs to a [`Position`]; several stretches
/// need their own shape of the same position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pose {
    BackKneesBent,
    BackFlat,
    BackLegRaised,
    BackKneesToChest,
    BackFigureFour,
    BackTwist,
    BackOverRoller,
    FrontForearms,
    SideForearm,
    SeatedFloor,
    SeatedChair,
    SeatedChairFront,
    SeatedHeadTipped,
    SeatedAtTable,
    SeatedAnkleOnKnee,
    Standing,
    StandingHandOnWall,
    StandingQuad,
    StandingToesBehind,
    StandingSideBend,
    StandingCrossedAtWall,
    StandingArmOut,
    StandingArmAcross,
    StandingPalms,
    StandingAtFrame,
    BackToWall,
    FacingWall,
    WallCalf,
    Doorway,
    Lunge,
    KneelingOneKnee,
    KneelingSitBack,
    /// On hands and knees, back level ("tabletop").
    AllFours,
    /// On hands and knees, one arm threaded under the body, the shoulder and
    /// the side of the head on the floor.
    ThreadTheNeedle,
}

/// Where the tool touches, or where a stretch is felt. Every spot is on
/// muscle: none is a place the app never presses (tested with the presets).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Spot {
    Temples,
    JawMuscle,
    SkullBase,
    BackOfNeck,
    Neck,
    ShoulderTop,
    ShoulderBlade,
    BladeTop,
    BackOfShoulder,
    UpperBack,
    LowerBack,
    SideOfLowBack,
    Chest,
    UpperArmBack,
    ForearmTop,
    ForearmUnder,
    ForearmBack,
    ThumbBase,
    OuterButtock,
    MidButtock,
    TopOfButtock,
    SideOfHip,
    FrontOfHip,
    OuterHip,
    FrontOfThigh,
    OuterThigh,
    BackOfThigh,
    Calf,
    Shin,
    Sole,
    WholeBody,
}

/// How a tool moves during the step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Movement {
    /// A roll up and down the muscle, along the limb or the back.
    UpAndDown,
    /// The heat pack comes off (the step after a heat step).
    TakeOff,
}

/// A step's picture: enough to draw it and to say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Picture {
    pub pose: Pose,
    pub tool: Tool,
    pub spot: Spot,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub movement: Option<Movement>,
}

/// One step of a routine.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub kind: StepKind,
    pub title: String,
    /// Where to put the tool, the position, what to feel, how to breathe.
    pub instruction: String,
    /// Length of one side of one set.
    pub duration_ms: Millis,
    pub area: BodyArea,
    pub tool: Tool,
    #[serde(default)]
    pub sides: Sides,
    #[serde(default = "one")]
    pub sets: u8,
    /// Rest between sets; `None` uses the user's setting.
    #[serde(default)]
    pub rest_between_sets_ms: Option<Millis>,
    /// A short safety note shown with the step, if it needs one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caution: Option<String>,
    /// How the step looks: position, tool, where it touches. Optional, and
    /// left out of the JSON when absent, so older documents read as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<Picture>,
}

fn one() -> u8 {
    1
}

impl Step {
    /// A plain one-set centre step; handy for building routines in code.
    pub fn new(
        kind: StepKind,
        title: &str,
        instruction: &str,
        seconds: u64,
        area: BodyArea,
        tool: Tool,
    ) -> Self {
        Self {
            kind,
            title: title.to_string(),
            instruction: instruction.to_string(),
            duration_ms: seconds * 1_000,
            area,
            tool,
            sides: Sides::Center,
            sets: 1,
            rest_between_sets_ms: None,
            caution: None,
            picture: None,
        }
    }

    pub fn both_sides(mut self) -> Self {
        self.sides = Sides::Both;
        self
    }

    pub fn sets(mut self, sets: u8, rest_seconds: u64) -> Self {
        self.sets = sets;
        self.rest_between_sets_ms = Some(rest_seconds * 1_000);
        self
    }

    pub fn caution(mut self, text: &str) -> Self {
        self.caution = Some(text.to_string());
        self
    }

    pub fn picture(mut self, picture: Picture) -> Self {
        self.picture = Some(picture);
        self
    }
}

/// An ordered list of steps with a name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Routine {
    /// Stable id: a slug for presets, a generated id for the user's own.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub steps: Vec<Step>,
    /// Areas the routine works besides its steps' own, e.g. a routine for
    /// the top of the shoulders that eases the neck too. Left out of the
    /// JSON when empty, so routines without it read and write as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_works: Vec<BodyArea>,
}

impl Routine {
    /// A routine with no extra areas; the same as writing the struct out
    /// with an empty `also_works`, and unaffected by fields added later.
    pub fn new(id: String, name: String, description: String, steps: Vec<Step>) -> Self {
        Self {
            id,
            name,
            description,
            steps,
            also_works: Vec::new(),
        }
    }

    /// The same routine, also listed under these areas.
    pub fn with_also_works(mut self, areas: &[BodyArea]) -> Self {
        self.also_works = areas.to_vec();
        self
    }

    /// Body areas the routine works: its steps' areas in first-use order,
    /// then the ones it lists in `also_works`, without repeats.
    pub fn areas(&self) -> Vec<BodyArea> {
        let mut out = Vec::new();
        let steps = self.steps.iter().map(|s| s.area);
        for area in steps.chain(self.also_works.iter().copied()) {
            if !out.contains(&area) {
                out.push(area);
            }
        }
        out
    }

    /// Tools needed, sorted, without "no equipment" unless nothing else is.
    pub fn tools(&self) -> Vec<Tool> {
        let mut out: Vec<Tool> = self.steps.iter().map(|s| s.tool).collect();
        out.sort();
        out.dedup();
        if out.len() > 1 {
            out.retain(|t| *t != Tool::None);
        }
        out
    }
}

#[cfg(test)]
#[path = "routine_tests.rs"]
mod tests;
