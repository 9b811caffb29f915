//! A step's picture as data: the body's pose, the tool, where it touches,
//! and for a roll the movement. The sentence a screen reader hears and the
//! drawing (`picture_draw.rs`) both come from it, so they cannot disagree.
//!
//! The types are declared with the stored format in `routine.rs`
//! (`Step::picture`, optional; field names and snake_case values are the
//! file format); what they mean and say is here.

use crate::routine::{BodyArea, Side, StepKind, Tool};
pub use crate::routine::{Movement, Picture, Pose, Position, Spot};

impl Position {
    pub const ALL: [Position; 9] = [
        Position::LyingBack,
        Position::LyingFront,
        Position::LyingSide,
        Position::SeatedFloor,
        Position::SeatedChair,
        Position::Standing,
        Position::AgainstWall,
        Position::Kneeling,
        Position::AllFours,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Position::LyingBack => "Lying on the back",
            Position::LyingFront => "Lying face down",
            Position::LyingSide => "Lying on the side",
            Position::SeatedFloor => "Seated on the floor",
            Position::SeatedChair => "Seated on a chair",
            Position::Standing => "Standing",
            Position::AgainstWall => "Against a wall",
            Position::Kneeling => "Kneeling",
            Position::AllFours => "On hands and knees",
        }
    }

    /// How to get into the position safely (Learn's "Positions").
    pub fn getting_in(self) -> &'static str {
        match self {
            Position::LyingBack => "Sit on the floor, lower yourself onto one forearm and then onto your back, and bend your knees so your feet rest flat. To lie on a ball, put it in place first and lower yourself onto it slowly, taking your weight on your arms.",
            Position::LyingFront => "Kneel, put your hands on the floor, and lower yourself onto your forearms and then onto your front. Rest your forehead on your hands or a folded towel so your neck stays long, not twisted.",
            Position::LyingSide => "From sitting, lean onto one forearm and let your legs slide out to that side, knees a little bent. Keep your head supported on your arm or a cushion.",
            Position::SeatedFloor => "Sit down slowly with a hand on the floor behind you. Lean back on your hands if that is easier on your back than sitting upright.",
            Position::SeatedChair => "Use a steady chair without wheels. Sit back with your feet flat and your knees about level with your hips.",
            Position::Standing => "Stand with your feet hip-width apart, knees soft, weight on both feet. Keep a wall or a chair within reach for balance.",
            Position::AgainstWall => "Stand a small step away from the wall, hold the ball against it where it should press, and lean in slowly. Bend and straighten your knees to move it.",
            Position::Kneeling => "Kneel on a folded towel or a mat to spare your knees, with a hand on a chair or the floor for balance.",
            Position::AllFours => "Kneel on a mat, then put your hands on the floor under your shoulders, knees under your hips, back long.",
        }
    }

    /// How to come out of the position safely.
    pub fn getting_out(self) -> &'static str {
        match self {
            Position::LyingBack => "Roll off the ball, then onto your side, and push up with your arms to sit. Pause a moment before you stand: getting up fast after lying down can make you dizzy.",
            Position::LyingFront => "Slide your hands under your shoulders, push back to kneeling and sit on your heels for a breath before standing.",
            Position::LyingSide => "Push up with your hands to sit, then pause before standing.",
            Position::SeatedFloor => "Roll onto one knee, put a hand on the floor or a chair, and stand up slowly.",
            Position::SeatedChair => "Slide forward until your feet are under your knees, then stand by pushing through your legs.",
            Position::Standing => "Ease off the stretch or the pressure first, then move on.",
            Position::AgainstWall => "Step away from the wall and catch the ball with one hand.",
            Position::Kneeling => "Bring one foot forward, put your hands on that knee or a chair, and stand up.",
            Position::AllFours => "Sit back onto your heels, walk your hands back toward your knees, and come up to kneeling.",
        }
    }

    /// The pose the editor uses for a user's step in this position.
    pub fn default_pose(self) -> Pose {
        match self {
            Position::LyingBack => Pose::BackKneesBent,
            Position::LyingFront => Pose::FrontForearms,
            Position::LyingSide => Pose::SideForearm,
            Position::SeatedFloor => Pose::SeatedFloor,
            Position::SeatedChair => Pose::SeatedChair,
            Position::Standing => Pose::Standing,
            Position::AgainstWall => Pose::BackToWall,
            Position::Kneeling => Pose::KneelingOneKnee,
            Position::AllFours => Pose::AllFours,
        }
    }
}

impl Pose {
    pub const ALL: [Pose; 34] = [
        Pose::BackKneesBent,
        Pose::BackFlat,
        Pose::BackLegRaised,
        Pose::BackKneesToChest,
        Pose::BackFigureFour,
        Pose::BackTwist,
        Pose::BackOverRoller,
        Pose::FrontForearms,
        Pose::SideForearm,
        Pose::SeatedFloor,
        Pose::SeatedChair,
        Pose::SeatedChairFront,
        Pose::SeatedHeadTipped,
        Pose::SeatedAtTable,
        Pose::SeatedAnkleOnKnee,
        Pose::Standing,
        Pose::StandingHandOnWall,
        Pose::StandingQuad,
        Pose::StandingToesBehind,
        Pose::StandingSideBend,
        Pose::StandingCrossedAtWall,
        Pose::StandingArmOut,
        Pose::StandingArmAcross,
        Pose::StandingPalms,
        Pose::StandingAtFrame,
        Pose::BackToWall,
        Pose::FacingWall,
        Pose::WallCalf,
        Pose::Doorway,
        Pose::Lunge,
        Pose::KneelingOneKnee,
        Pose::KneelingSitBack,
        Pose::AllFours,
        Pose::ThreadTheNeedle,
    ];

    pub fn position(self) -> Position {
        use Pose::*;
        match self {
            BackKneesBent | BackFlat | BackLegRaised | BackKneesToChest | BackFigureFour
            | BackTwist | BackOverRoller => Position::LyingBack,
            FrontForearms => Position::LyingFront,
            SideForearm => Position::LyingSide,
            SeatedFloor => Position::SeatedFloor,
            SeatedChair | SeatedChairFront | SeatedHeadTipped | SeatedAtTable
            | SeatedAnkleOnKnee => Position::SeatedChair,
            Standing
            | StandingHandOnWall
            | StandingQuad
            | StandingToesBehind
            | StandingSideBend
            | StandingCrossedAtWall
            | StandingArmOut
            | StandingArmAcross
            | StandingPalms
            | StandingAtFrame
            | Doorway
            | Lunge => Position::Standing,
            BackToWall | FacingWall | WallCalf => Position::AgainstWall,
            KneelingOneKnee | KneelingSitBack => Position::Kneeling,
            AllFours | ThreadTheNeedle => Position::AllFours,
        }
    }

    /// The opening words of the sentence ("Lying on your back, knees bent").
    pub fn words(self) -> &'static str {
        use Pose::*;
        match self {
            BackKneesBent => "Lying on your back, knees bent",
            BackFlat => "Lying on your back, arms by your sides",
            BackLegRaised => "Lying on your back, one leg raised with a towel around the foot",
            BackKneesToChest => "Lying on your back, knees hugged toward the chest",
            BackFigureFour => "Lying on your back, one ankle crossed over the other knee",
            BackTwist => "Lying on your back, both knees lowered to one side",
            BackOverRoller => "Lying back over the roller, hands behind the head",
            FrontForearms => "Lying face down, propped on your forearms",
            SideForearm => "Lying on your side, propped on the forearm",
            SeatedFloor => "Sitting on the floor, hands on the floor behind you",
            SeatedChair => "Sitting tall on a chair",
            SeatedChairFront => "Sitting tall on a chair",
            SeatedHeadTipped => "Sitting tall, head tipped to one side",
            SeatedAtTable => "Sitting at a table, forearm resting on it",
            SeatedAnkleOnKnee => "Sitting, one ankle resting on the other knee",
            Standing => "Standing tall",
            StandingHandOnWall => "Standing with a hand on a wall",
            StandingQuad => "Standing with a hand on a wall, holding one ankle behind you",
            StandingToesBehind => "Standing, the tops of one foot's toes on the floor behind you",
            StandingSideBend => "Standing, one arm overhead, leaning to the other side",
            StandingCrossedAtWall => "Standing side-on to a wall, one leg crossed behind",
            StandingArmOut => "Standing, one arm held straight out in front",
            StandingArmAcross => "Standing, one arm drawn across the chest",
            StandingPalms => "Standing, palms pressed together in front of the chest",
            StandingAtFrame => "Standing beside a door frame",
            BackToWall => "Standing with your back to a wall, knees a little bent",
            FacingWall => "Standing facing a wall",
            WallCalf => "Hands on a wall, one foot back with the heel down",
            Doorway => "Standing in a doorway, forearms on the frame",
            Lunge => "Standing in a short lunge",
            KneelingOneKnee => "Kneeling on one knee, the other foot in front",
            KneelingSitBack => "Kneeling and sitting back toward the heels, arms forward",
            AllFours => "On hands and knees, hands under the shoulders, knees under the hips",
            ThreadTheNeedle => "On hands and knees, one arm threaded under the body",
        }
    }
}

impl Spot {
    pub const ALL: [Spot; 31] = [
        Spot::Temples,
        Spot::JawMuscle,
        Spot::SkullBase,
        Spot::BackOfNeck,
        Spot::Neck,
        Spot::ShoulderTop,
        Spot::ShoulderBlade,
        Spot::BladeTop,
        Spot::BackOfShoulder,
        Spot::UpperBack,
        Spot::LowerBack,
        Spot::SideOfLowBack,
        Spot::Chest,
        Spot::UpperArmBack,
        Spot::ForearmTop,
        Spot::ForearmUnder,
        Spot::ForearmBack,
        Spot::ThumbBase,
        Spot::OuterButtock,
        Spot::MidButtock,
        Spot::TopOfButtock,
        Spot::SideOfHip,
        Spot::FrontOfHip,
        Spot::OuterHip,
        Spot::FrontOfThigh,
        Spot::OuterThigh,
        Spot::BackOfThigh,
        Spot::Calf,
        Spot::Shin,
        Spot::Sole,
        Spot::WholeBody,
    ];

    /// The body area the spot belongs to.
    pub fn area(self) -> BodyArea {
        use Spot::*;
        match self {
            Temples => BodyArea::Head,
            JawMuscle => BodyArea::Jaw,
            SkullBase | BackOfNeck | Neck => BodyArea::Neck,
            ShoulderTop | ShoulderBlade | BladeTop | BackOfShoulder => BodyArea::Shoulders,
            UpperBack => BodyArea::UpperBack,
            LowerBack | SideOfLowBack => BodyArea::LowerBack,
            Chest => BodyArea::Chest,
            UpperArmBack => BodyArea::Arms,
            ForearmTop | ForearmUnder | ForearmBack | ThumbBase => BodyArea::Forearms,
            OuterButtock | MidButtock | TopOfButtock | SideOfHip => BodyArea::Glutes,
            FrontOfHip | OuterHip => BodyArea::Hips,
            FrontOfThigh | OuterThigh => BodyArea::Quads,
            BackOfThigh => BodyArea::Hamstrings,
            Calf | Shin => BodyArea::Calves,
            Sole => BodyArea::Feet,
            WholeBody => BodyArea::FullBody,
        }
    }

    /// The spots of an area, for the editor's choice.
    pub fn of_area(area: BodyArea) -> Vec<Spot> {
        Spot::ALL.into_iter().filter(|s| s.area() == area).collect()
    }

    /// A short name for a choice list ("Outer buttock").
    pub fn label(self) -> &'static str {
        use Spot::*;
        match self {
            Temples => "Temples",
            JawMuscle => "Chewing muscles",
            SkullBase => "Base of the skull",
            BackOfNeck => "Back of the neck",
            Neck => "Neck (stretch)",
            ShoulderTop => "Top of the shoulder",
            ShoulderBlade => "Shoulder blade",
            BladeTop => "Top of the shoulder blade",
            BackOfShoulder => "Back of the shoulder",
            UpperBack => "Between the shoulder blades",
            LowerBack => "Lower back",
            SideOfLowBack => "Side of the lower back",
            Chest => "Chest",
            UpperArmBack => "Back of the upper arm",
            ForearmTop => "Top of the forearm",
            ForearmUnder => "Underside of the forearm",
            ForearmBack => "Back of the forearm",
            ThumbBase => "Base of the thumb",
            OuterButtock => "Outer buttock",
            MidButtock => "Middle of the buttock",
            TopOfButtock => "Top of the buttock",
            SideOfHip => "Side of the hip",
            FrontOfHip => "Front of the hip",
            OuterHip => "Outside of the hip",
            FrontOfThigh => "Front of the thigh",
            OuterThigh => "Outer thigh",
            BackOfThigh => "Back of the thigh",
            Calf => "Calf",
            Shin => "Front of the shin",
            Sole => "Sole of the foot",
            WholeBody => "Whole body",
        }
    }

    /// The place in words, with the side when there is one
    /// ("the outer side of the right buttock").
    pub fn words(self, side: Option<Side>) -> String {
        use Spot::*;
        let s = match side {
            Some(Side::Left) => "left ",
            Some(Side::Right) => "right ",
            None => "",
        };
        let on = match side {
            Some(Side::Left) => " on the left",
            Some(Side::Right) => " on the right",
            None => "",
        };
        match self {
            Temples => format!("the {s}temple{}", if side.is_none() { "s" } else { "" }),
            JawMuscle => match side {
                None => "the chewing muscles of the jaw".into(),
                Some(_) => format!("the chewing muscle of the {s}jaw"),
            },
            SkullBase => format!("the base of the skull{on}"),
            BackOfNeck => format!("the back of the neck{on}"),
            Neck => format!("the neck{on}"),
            ShoulderTop => match side {
                None => "the tops of the shoulders".into(),
                Some(_) => format!("the top of the {s}shoulder"),
            },
            ShoulderBlade => format!("the {s}shoulder blade"),
            BladeTop => format!("the top of the {s}shoulder blade"),
            BackOfShoulder => format!("the back of the {s}shoulder"),
            UpperBack => format!("the upper back between the shoulder blades{on}"),
            LowerBack => format!("the lower back{on}"),
            SideOfLowBack => format!("the {s}side of the lower back"),
            Chest => match side {
                None => "the chest".into(),
                Some(_) => format!("the {s}side of the chest"),
            },
            UpperArmBack => format!("the back of the {s}upper arm"),
            ForearmTop => format!("the top of the {s}forearm"),
            ForearmUnder => format!("the underside of the {s}forearm"),
            ForearmBack => format!("the back of the {s}forearm"),
            ThumbBase => format!("the base of the {s}thumb"),
            OuterButtock => format!("the outer side of the {s}buttock"),
            MidButtock => format!("the middle of the {s}buttock"),
            TopOfButtock => format!("the top of the {s}buttock"),
            SideOfHip => format!("the side of the {s}hip"),
            FrontOfHip => format!("the front of the {s}hip"),
            OuterHip => format!("the outside of the {s}hip"),
            FrontOfThigh => format!("the front of the {s}thigh"),
            OuterThigh => format!("the outer side of the {s}thigh"),
            BackOfThigh => format!("the back of the {s}thigh"),
            Calf => format!("the {s}calf"),
            Shin => format!("the muscle beside the {s}shin"),
            Sole => format!("the sole of the {s}foot"),
            WholeBody => "the whole body".into(),
        }
    }
}

impl Picture {
    pub fn new(pose: Pose, tool: Tool, spot: Spot) -> Self {
        Self {
            pose,
            tool,
            spot,
            movement: None,
        }
    }

    pub fn moving(mut self, movement: Movement) -> Self {
        self.movement = Some(movement);
        self
    }

    /// The picture made to agree with its step after an edit: the step's
    /// tool, a roll's movement, and a spot on the step's area (the area's
    /// first spot when the area changed).
    pub fn fitted(self, kind: StepKind, area: BodyArea, tool: Tool) -> Picture {
        let spot = if self.spot.area() == area {
            self.spot
        } else {
            Spot::of_area(area)
                .first()
                .copied()
                .unwrap_or(Spot::WholeBody)
        };
        let movement = match kind {
            StepKind::Roll => Some(Movement::UpAndDown),
            _ => self.movement.filter(|m| *m == Movement::TakeOff),
        };
        Picture {
            tool,
            spot,
            movement,
            ..self
        }
    }

    /// The picture in one sentence, for a screen reader and a caption:
    /// "Lying on your back, knees bent, ball under the right buttock."
    /// `side` is the side being worked (`None` for a centre step).
    pub fn sentence(&self, side: Option<Side>) -> String {
        let place = self.spot.words(side);
        let pose = self.pose.words();
        if self.movement == Some(Movement::TakeOff) {
            return format!("{pose}, taking the heat pack off {place}.");
        }
        if self.spot == Spot::WholeBody && self.tool == Tool::None {
            return format!("{pose}, resting the whole body.");
        }
        let tool = match self.tool {
            Tool::Ball | Tool::FoamRoller => {
                let name = if self.tool == Tool::Ball {
                    "ball"
                } else {
                    "foam roller"
                };
                match self.pose {
                    Pose::BackToWall | Pose::FacingWall => format!("{name} between the wall and"),
                    Pose::StandingAtFrame => format!("{name} between the door frame and"),
                    _ => format!("{name} under"),
                }
            }
            Tool::Cane => "cane hooked over".into(),
            Tool::Hands => "fingers pressing".into(),
            Tool::HeatSource => "heat pack on".into(),
            Tool::None => "stretch felt in".into(),
        };
        let moving = match self.movement {
            // The foot rolls along its length, as the step says.
            Some(Movement::UpAndDown) if self.spot == Spot::Sole => {
                ", rolling slowly from the heel to the ball of the foot and back"
            }
            Some(Movement::UpAndDown) => ", rolling slowly up and down",
            _ => "",
        };
        format!("{pose}, {tool} {place}{moving}.")
    }
}

#[cfg(test)]
/// (Tests) a sentence: a capital first, one full stop at the end, no doubled or
/// stray spaces, no empty clause.
pub(crate) fn reads_as_sentence(s: &str) -> bool {
    let first_upper = s.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    first_upper
        && s.ends_with('.')
        && s.matches('.').count() == 1
        && !s.contains("  ")
        && !s.contains(" ,")
        && !s.contains(",,")
        && !s.contains(" .")
        && !s.contains("the the")
}

#[cfg(test)]
#[path = "picture_tests.rs"]
mod tests;
