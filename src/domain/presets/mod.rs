//! The routines that ship with the app, one small file per body region.
//!
//! Presets are plain data built on demand; ids are stable slugs used in
//! links (`/routine/<id>`) and saved history, so never change one.

use crate::picture::{Movement, Picture, Pose, Spot};
use crate::routine::{BodyArea, Routine, Step, StepKind, Tool};

mod back;
mod combos;
mod head_neck;
mod heat;
mod hips_legs;
mod lower_legs;
mod upper_body;

/// Every preset, in the order the library lists them.
pub fn all() -> Vec<Routine> {
    let groups: [fn() -> Vec<Routine>; 7] = [
        combos::all,
        head_neck::all,
        upper_body::all,
        back::all,
        hips_legs::all,
        lower_legs::all,
        heat::all,
    ];
    groups.iter().flat_map(|group| group()).collect()
}

/// Every spot a preset holds with pressure, head to feet (what a quick
/// hold offers).
pub fn held_spots() -> Vec<Spot> {
    let held: Vec<Spot> = all()
        .into_iter()
        .flat_map(|r| r.steps)
        .filter(|s| s.kind == StepKind::Hold)
        .filter_map(|s| s.picture.map(|p| p.spot))
        .collect();
    Spot::ALL.into_iter().filter(|s| held.contains(s)).collect()
}

/// The preset with this id, if there is one.
pub fn by_id(id: &str) -> Option<Routine> {
    all().into_iter().find(|r| r.id == id)
}

/// Whether a routine only warms (no pressure, no stretch): heat and rests.
pub fn is_heat_only(routine: &Routine) -> bool {
    routine
        .steps
        .iter()
        .all(|s| matches!(s.kind, StepKind::Heat | StepKind::Rest))
}

// Small builders so the preset files read like the routine itself.

fn routine(id: &str, name: &str, description: &str, steps: Vec<Step>) -> Routine {
    Routine::new(
        id.to_string(),
        name.to_string(),
        description.to_string(),
        steps,
    )
}

fn hold(title: &str, instruction: &str, secs: u64, area: BodyArea, tool: Tool) -> Step {
    Step::new(StepKind::Hold, title, instruction, secs, area, tool)
}

fn roll(title: &str, instruction: &str, secs: u64, area: BodyArea, tool: Tool) -> Step {
    Step::new(StepKind::Roll, title, instruction, secs, area, tool)
}

fn stretch(title: &str, instruction: &str, secs: u64, area: BodyArea) -> Step {
    Step::new(
        StepKind::Stretch,
        title,
        instruction,
        secs,
        area,
        Tool::None,
    )
}

fn heat(title: &str, instruction: &str, secs: u64, area: BodyArea) -> Step {
    Step::new(
        StepKind::Heat,
        title,
        instruction,
        secs,
        area,
        Tool::HeatSource,
    )
}

fn rest(title: &str, instruction: &str, secs: u64, area: BodyArea) -> Step {
    Step::new(StepKind::Rest, title, instruction, secs, area, Tool::None)
}

/// A preset step's picture, written right after the step it draws.
trait Drawn {
    /// The step's own tool at `spot`; a roll moves up and down.
    fn pic(self, pose: Pose, spot: Spot) -> Step;
    /// A tool the step does not press with (a stretch over the roller).
    fn pic_tool(self, pose: Pose, tool: Tool, spot: Spot) -> Step;
    /// The heat pack coming off.
    fn pic_off(self, pose: Pose, spot: Spot) -> Step;
}

impl Drawn for Step {
    fn pic(self, pose: Pose, spot: Spot) -> Step {
        let tool = self.tool;
        self.pic_tool(pose, tool, spot)
    }

    fn pic_tool(self, pose: Pose, tool: Tool, spot: Spot) -> Step {
        let mut picture = Picture::new(pose, tool, spot);
        if self.kind == StepKind::Roll {
            picture = picture.moving(Movement::UpAndDown);
        }
        self.picture(picture)
    }

    fn pic_off(self, pose: Pose, spot: Spot) -> Step {
        let picture = Picture::new(pose, Tool::HeatSource, spot).moving(Movement::TakeOff);
        self.picture(picture)
    }
}

fn left(mut step: Step) -> Step {
    step.sides = crate::routine::Sides::Only(crate::routine::Side::Left);
    step
}

fn right(mut step: Step) -> Step {
    step.sides = crate::routine::Sides::Only(crate::routine::Side::Right);
    step
}

// Cautions shared by several routines, so the same risk reads the same way.
// The ones that say what pressure in a whole area keeps clear of live in
// `crate::cautions`, which also gives them to the user's own steps.

use crate::cautions::{
    ARMS, CALVES, CHEST, FEET, FOREARMS, GLUTES, HAMSTRINGS, HEAT_PREGNANT, JAW, LOWER_BACK, NECK,
    QUADS,
};

const SHOULDER_TOP: &str =
    "Keep to the muscle on top of the shoulder: away from the side of the neck, and off the collarbone.";
const BLADE_FLAT: &str = "Keep the ball on the muscle of the shoulder blade: off the spine, the bony ridge and the outer edge by the armpit.";
const ROLLER_SPOT: &str =
    "If a bump of the spine is sore under the roller, move it up or down: press muscle, never bone.";

#[cfg(test)]
#[path = "presets_tests.rs"]
mod tests;
