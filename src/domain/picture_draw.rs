//! A step's picture drawn from its description: one body figure per pose
//! (joints in a 160 x 100 box), the tool placed at the spot between the
//! body and what supports it, the contact in the accent colour, an arrow
//! for a roll. The right side is drawn as the near side; the left side is
//! the same drawing mirrored.
//!
//! The result is SVG markup (numbers and fixed class names only; nothing
//! of the user's reaches it) for an `<svg viewBox="0 0 160 100">`; colours
//! come from the page's CSS classes (`pic-*`), so dark mode follows.

use crate::picture::{Movement, Picture, Pose, Spot};
use crate::routine::{Side, Tool};
use std::fmt::Write;

pub const VIEW_BOX: &str = "0 0 160 100";
const W: f32 = 160.0;
const FLOOR: f32 = 94.0;
const HEAD_R: f32 = 6.5;
const TORSO_W: f32 = 7.0;
const LIMB_W: f32 = 5.0;
const BALL_R: f32 = 5.0;
const ROLLER_R: f32 = 7.0;

type P = (f32, f32);

/// What the body leans on or the scene shows besides the floor.
#[derive(Clone, Copy)]
enum Prop {
    None,
    /// A wall: a vertical line at this x.
    Wall(f32),
    /// A chair seen from the side, seat at (x from, x to, y).
    Chair(f32, f32, f32),
    /// A chair seen from the front: seat line at (x from, x to, y).
    ChairFront(f32, f32, f32),
    /// A table top (x from, x to, y) and a chair seat behind it.
    Table(f32, f32, f32),
    /// A door frame: a post at this x.
    Frame(f32),
}

/// A pose: where the joints are. `shoulder`/`hip` are the near ones (the
/// same as `neck`/`pelvis` in a side view).
struct Body {
    head: P,
    neck: P,
    pelvis: P,
    shoulder: P,
    far_shoulder: P,
    hip: P,
    far_hip: P,
    arm: [P; 2],
    far_arm: Option<[P; 2]>,
    leg: [P; 3],
    far_leg: Option<[P; 3]>,
    /// Seen from the front (else from the side, facing right).
    front: bool,
    /// From the body toward what it lies or leans on.
    support: P,
    prop: Prop,
    /// A towel from the near hand to the near foot.
    towel: bool,
}

fn side_view(head: P, neck: P, pelvis: P, arm: [P; 2], leg: [P; 3]) -> Body {
    Body {
        head,
        neck,
        pelvis,
        shoulder: neck,
        far_shoulder: neck,
        hip: pelvis,
        far_hip: pelvis,
        arm,
        far_arm: None,
        leg,
        far_leg: None,
        front: false,
        support: (0.0, 1.0),
        prop: Prop::None,
        towel: false,
    }
}

impl Body {
    fn far_arm(mut self, arm: [P; 2]) -> Self {
        self.far_arm = Some(arm);
        self
    }
    fn far_leg(mut self, leg: [P; 3]) -> Self {
        self.far_leg = Some(leg);
        self
    }
    fn support(mut self, support: P) -> Self {
        self.support = support;
        self
    }
    fn prop(mut self, prop: Prop) -> Self {
        self.prop = prop;
        self
    }
}

/// A front view: the figure's right side (the near side) on the viewer's left.
#[allow(clippy::too_many_arguments)]
fn front_view(
    head: P,
    neck: P,
    pelvis: P,
    shoulders: (P, P),
    hips: (P, P),
    arms: ([P; 2], [P; 2]),
    legs: ([P; 3], [P; 3]),
) -> Body {
    Body {
        head,
        neck,
        pelvis,
        shoulder: shoulders.0,
        far_shoulder: shoulders.1,
        hip: hips.0,
        far_hip: hips.1,
        arm: arms.0,
        far_arm: Some(arms.1),
        leg: legs.0,
        far_leg: Some(legs.1),
        front: true,
        support: (0.0, 1.0),
        prop: Prop::None,
        towel: false,
    }
}

fn standing_front(arms: ([P; 2], [P; 2]), legs: ([P; 3], [P; 3])) -> Body {
    front_view(
        (80.0, 12.0),
        (80.0, 22.0),
        (80.0, 52.0),
        ((69.0, 25.0), (91.0, 25.0)),
        ((74.0, 52.0), (86.0, 52.0)),
        arms,
        legs,
    )
}

const STAND_LEGS: ([P; 3], [P; 3]) = (
    [(73.0, 71.0), (72.0, 90.0), (66.0, 92.0)],
    [(87.0, 71.0), (88.0, 90.0), (94.0, 92.0)],
);

/// The chair seen from the side: the seat's front edge at x = 60.
fn seated_side(arm: [P; 2], leg: [P; 3]) -> Body {
    side_view((51.0, 19.0), (50.0, 29.0), (48.0, 58.0), arm, leg)
        .far_leg([(70.0, 58.0), (71.0, 89.0), (78.0, 91.0)])
        .prop(Prop::Chair(34.0, 60.0, 62.0))
}

fn body(pose: Pose) -> Body {
    use Pose::*;
    match pose {
        BackKneesBent => side_view(
            (17.0, 78.0),
            (26.0, 80.0),
            (54.0, 80.0),
            [(40.0, 85.0), (52.0, 88.0)],
            [(70.0, 62.0), (82.0, 89.0), (89.0, 91.0)],
        ),
        BackFlat => side_view(
            (17.0, 86.0),
            (26.0, 88.0),
            (56.0, 88.0),
            [(40.0, 90.0), (54.0, 91.0)],
            [(78.0, 89.0), (99.0, 89.0), (101.0, 82.0)],
        ),
        BackLegRaised => Body {
            towel: true,
            ..side_view(
                (17.0, 86.0),
                (26.0, 88.0),
                (56.0, 88.0),
                [(38.0, 76.0), (52.0, 64.0)],
                [(66.0, 68.0), (76.0, 49.0), (82.0, 52.0)],
            )
            .far_leg([(78.0, 89.0), (99.0, 89.0), (101.0, 82.0)])
        },
        BackKneesToChest => side_view(
            (17.0, 86.0),
            (26.0, 88.0),
            (56.0, 88.0),
            [(40.0, 74.0), (50.0, 64.0)],
            [(46.0, 66.0), (62.0, 60.0), (66.0, 54.0)],
        ),
        BackFigureFour => side_view(
            (17.0, 78.0),
            (26.0, 80.0),
            (54.0, 80.0),
            [(40.0, 85.0), (52.0, 88.0)],
            [(60.0, 55.0), (72.0, 57.0), (78.0, 53.0)],
        )
        .far_leg([(72.0, 61.0), (82.0, 89.0), (89.0, 91.0)]),
        BackTwist => side_view(
            (17.0, 86.0),
            (26.0, 88.0),
            (56.0, 88.0),
            [(40.0, 90.0), (54.0, 91.0)],
            [(76.0, 80.0), (84.0, 90.0), (91.0, 91.0)],
        ),
        BackOverRoller => side_view(
            (23.0, 67.0),
            (31.0, 73.0),
            (60.0, 80.0),
            [(37.0, 58.0), (23.0, 60.0)],
            [(75.0, 62.0), (86.0, 89.0), (93.0, 91.0)],
        ),
        FrontForearms => Body {
            // Face down: head on the right, the front toward the floor.
            ..side_view(
                (130.0, 62.0),
                (121.0, 70.0),
                (92.0, 76.0),
                [(114.0, 89.0), (131.0, 90.0)],
                [(70.0, 77.0), (49.0, 80.0), (45.0, 89.0)],
            )
        },
        SideForearm => side_view(
            (25.0, 55.0),
            (33.0, 62.0),
            (62.0, 75.0),
            [(30.0, 88.0), (46.0, 90.0)],
            [(86.0, 78.0), (110.0, 82.0), (115.0, 77.0)],
        ),
        SeatedFloor => side_view(
            (37.0, 41.0),
            (40.0, 50.0),
            (50.0, 78.0),
            [(32.0, 70.0), (26.0, 90.0)],
            [(72.0, 78.0), (94.0, 79.0), (98.0, 72.0)],
        )
        .far_leg([(66.0, 60.0), (76.0, 89.0), (83.0, 91.0)]),
        SeatedChair => seated_side(
            [(54.0, 45.0), (64.0, 54.0)],
            [(70.0, 58.0), (71.0, 89.0), (78.0, 91.0)],
        ),
        SeatedAnkleOnKnee => seated_side(
            [(56.0, 45.0), (68.0, 48.0)],
            [(66.0, 47.0), (75.0, 55.0), (82.0, 51.0)],
        ),
        SeatedAtTable => side_view(
            (47.0, 23.0),
            (46.0, 33.0),
            (44.0, 62.0),
            [(62.0, 46.0), (88.0, 46.0)],
            [(66.0, 62.0), (67.0, 90.0), (74.0, 92.0)],
        )
        .prop(Prop::Table(66.0, 124.0, 56.0)),
        SeatedChairFront | SeatedHeadTipped => {
            // The head tips away from the side worked, which is stretched.
            let tipped = pose == SeatedHeadTipped;
            front_view(
                if tipped { (86.0, 22.0) } else { (80.0, 18.0) },
                (80.0, 29.0),
                (80.0, 58.0),
                ((69.0, 32.0), (91.0, 32.0)),
                ((74.0, 58.0), (86.0, 58.0)),
                ([(64.0, 47.0), (71.0, 59.0)], [(96.0, 47.0), (89.0, 59.0)]),
                (
                    [(72.0, 68.0), (71.0, 90.0), (66.0, 92.0)],
                    [(88.0, 68.0), (89.0, 90.0), (94.0, 92.0)],
                ),
            )
            .prop(Prop::ChairFront(62.0, 98.0, 64.0))
        }
        Standing => standing_front(
            ([(65.0, 40.0), (64.0, 55.0)], [(95.0, 40.0), (96.0, 55.0)]),
            STAND_LEGS,
        ),
        StandingSideBend => front_view(
            (88.0, 14.0),
            (86.0, 24.0),
            (80.0, 52.0),
            ((75.0, 26.0), (96.0, 30.0)),
            ((74.0, 52.0), (86.0, 52.0)),
            ([(80.0, 11.0), (92.0, 2.0)], [(100.0, 44.0), (97.0, 56.0)]),
            STAND_LEGS,
        ),
        StandingArmAcross => standing_front(
            ([(80.0, 30.0), (100.0, 28.0)], [(86.0, 40.0), (78.0, 31.0)]),
            STAND_LEGS,
        ),
        StandingPalms => standing_front(
            ([(66.0, 44.0), (79.0, 36.0)], [(94.0, 44.0), (81.0, 36.0)]),
            STAND_LEGS,
        ),
        StandingCrossedAtWall => front_view(
            (76.0, 12.0),
            (77.0, 22.0),
            (74.0, 52.0),
            ((66.0, 25.0), (88.0, 26.0)),
            ((68.0, 52.0), (80.0, 52.0)),
            ([(56.0, 32.0), (50.0, 22.0)], [(92.0, 40.0), (94.0, 54.0)]),
            (
                [(78.0, 71.0), (88.0, 90.0), (94.0, 92.0)],
                [(82.0, 71.0), (80.0, 90.0), (74.0, 92.0)],
            ),
        )
        .prop(Prop::Wall(48.0)),
        StandingAtFrame => standing_front(
            ([(65.0, 40.0), (64.0, 55.0)], [(95.0, 40.0), (96.0, 55.0)]),
            STAND_LEGS,
        )
        .prop(Prop::Frame(58.0)),
        StandingHandOnWall => side_view(
            (80.0, 12.0),
            (80.0, 22.0),
            (80.0, 50.0),
            [(94.0, 32.0), (108.0, 28.0)],
            [(83.0, 66.0), (84.0, 80.0), (91.0, 81.0)],
        )
        .far_leg([(79.0, 70.0), (78.0, 90.0), (85.0, 92.0)])
        .prop(Prop::Wall(110.0)),
        StandingQuad => side_view(
            (80.0, 12.0),
            (80.0, 22.0),
            (80.0, 50.0),
            [(72.0, 38.0), (68.0, 53.0)],
            [(82.0, 70.0), (69.0, 55.0), (63.0, 52.0)],
        )
        .far_arm([(94.0, 32.0), (108.0, 28.0)])
        .far_leg([(79.0, 70.0), (78.0, 90.0), (85.0, 92.0)])
        .prop(Prop::Wall(110.0)),
        StandingToesBehind => side_view(
            (80.0, 12.0),
            (80.0, 22.0),
            (80.0, 50.0),
            [(94.0, 32.0), (108.0, 28.0)],
            [(76.0, 70.0), (66.0, 85.0), (59.0, 91.0)],
        )
        .far_leg([(82.0, 70.0), (81.0, 90.0), (88.0, 92.0)])
        .prop(Prop::Wall(110.0)),
        StandingArmOut => side_view(
            (74.0, 12.0),
            (74.0, 22.0),
            (74.0, 50.0),
            [(93.0, 27.0), (112.0, 29.0)],
            [(75.0, 70.0), (75.0, 90.0), (82.0, 92.0)],
        )
        .far_arm([(88.0, 42.0), (110.0, 34.0)]),
        BackToWall => side_view(
            (53.0, 12.0),
            (52.0, 22.0),
            (54.0, 52.0),
            [(64.0, 33.0), (58.0, 27.0)],
            [(68.0, 70.0), (62.0, 90.0), (69.0, 92.0)],
        )
        .support((-1.0, 0.0))
        .prop(Prop::Wall(40.0)),
        FacingWall => side_view(
            (86.0, 13.0),
            (85.0, 23.0),
            (80.0, 52.0),
            [(82.0, 40.0), (86.0, 54.0)],
            [(80.0, 71.0), (78.0, 90.0), (85.0, 92.0)],
        )
        .support((1.0, 0.0))
        .prop(Prop::Wall(100.0)),
        WallCalf => side_view(
            (106.0, 21.0),
            (99.0, 28.0),
            (84.0, 53.0),
            [(110.0, 33.0), (119.0, 26.0)],
            [(71.0, 71.0), (60.0, 89.0), (68.0, 92.0)],
        )
        .far_leg([(98.0, 70.0), (96.0, 90.0), (103.0, 92.0)])
        .prop(Prop::Wall(121.0)),
        Doorway => side_view(
            (84.0, 15.0),
            (82.0, 25.0),
            (78.0, 53.0),
            [(100.0, 30.0), (100.0, 12.0)],
            [(71.0, 71.0), (63.0, 90.0), (70.0, 92.0)],
        )
        .far_leg([(92.0, 70.0), (94.0, 90.0), (101.0, 92.0)])
        .prop(Prop::Frame(102.0)),
        Lunge => side_view(
            (80.0, 15.0),
            (80.0, 25.0),
            (80.0, 53.0),
            [(79.0, 40.0), (82.0, 54.0)],
            [(68.0, 72.0), (56.0, 87.0), (58.0, 92.0)],
        )
        .far_leg([(96.0, 68.0), (98.0, 90.0), (105.0, 92.0)]),
        KneelingOneKnee => side_view(
            (76.0, 29.0),
            (76.0, 39.0),
            (76.0, 66.0),
            [(77.0, 53.0), (80.0, 66.0)],
            [(70.0, 90.0), (52.0, 90.0), (47.0, 87.0)],
        )
        .far_leg([(98.0, 66.0), (98.0, 90.0), (105.0, 92.0)]),
        KneelingSitBack => side_view(
            (116.0, 84.0),
            (104.0, 72.0),
            (72.0, 81.0),
            [(122.0, 88.0), (140.0, 90.0)],
            [(97.0, 89.0), (70.0, 90.0), (64.0, 88.0)],
        ),
        AllFours => side_view(
            (40.0, 53.0),
            (53.0, 57.0),
            (100.0, 57.0),
            [(53.0, 74.0), (52.0, 90.0)],
            [(100.0, 90.0), (124.0, 90.0), (129.0, 87.0)],
        )
        .far_arm([(58.0, 74.0), (58.0, 90.0)]),
        ThreadTheNeedle => side_view(
            (53.0, 86.0),
            (63.0, 76.0),
            (100.0, 58.0),
            [(50.0, 88.0), (34.0, 90.0)],
            [(98.0, 90.0), (124.0, 90.0), (129.0, 87.0)],
        )
        .far_arm([(68.0, 84.0), (74.0, 91.0)]),
    }
}

// Small vector helpers.
fn lerp(a: P, b: P, t: f32) -> P {
    (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
}
fn unit(a: P, b: P) -> P {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len = (dx * dx + dy * dy).sqrt().max(0.001);
    (dx / len, dy / len)
}
/// The back of a segment drawn from `a` toward `b` (the body faces right
/// when upright); the front is the opposite.
fn back_of(a: P, b: P) -> P {
    let d = unit(a, b);
    (-d.1, d.0)
}
fn add(a: P, d: P, k: f32) -> P {
    (a.0 + d.0 * k, a.1 + d.1 * k)
}
fn neg(d: P) -> P {
    (-d.0, -d.1)
}

/// Where a spot is on the figure: a point on the body's surface, the
/// direction out of the body there, and the segment it lies on (for a
/// roll's arrow and a stretch's band).
struct Anchor {
    at: P,
    out: P,
    along: (P, P),
}

fn on(a: P, b: P, t: f32, out: P, width: f32) -> Anchor {
    let mid = lerp(a, b, t);
    Anchor {
        at: add(mid, out, width / 2.0),
        out,
        along: (a, b),
    }
}

fn anchor(b: &Body, spot: Spot) -> Anchor {
    use Spot::*;
    let torso = (b.neck, b.pelvis);
    let back = back_of(torso.0, torso.1);
    let thigh = (b.hip, b.leg[0]);
    let shin = (b.leg[0], b.leg[1]);
    let forearm = (b.arm[0], b.arm[1]);
    let upper_arm = (b.shoulder, b.arm[0]);
    let head_dir = unit(b.neck, b.head);
    if b.front {
        // The near side is on the viewer's left.
        let left = (-1.0, 0.0);
        return match spot {
            Temples | JawMuscle => {
                let y = if spot == Temples { -3.0 } else { 5.5 };
                let inset = if spot == Temples { 0.9 } else { 0.75 };
                let at = (b.head.0 - HEAD_R * inset, b.head.1 + y);
                Anchor {
                    at,
                    out: left,
                    along: (b.neck, b.head),
                }
            }
            SkullBase | BackOfNeck | Neck => on(b.neck, b.head, 0.3, left, 4.0),
            ShoulderTop | BladeTop => on(b.neck, b.shoulder, 0.55, (0.0, -1.0), 5.0),
            ShoulderBlade | BackOfShoulder | UpperBack | Chest => {
                on(b.shoulder, b.hip, 0.15, left, 4.0)
            }
            LowerBack | SideOfLowBack => on(b.shoulder, b.hip, 0.85, left, 4.0),
            UpperArmBack => on(upper_arm.0, upper_arm.1, 0.5, left, LIMB_W),
            ForearmTop | ForearmUnder | ForearmBack | ThumbBase => {
                on(forearm.0, forearm.1, 0.45, (0.0, -1.0), LIMB_W)
            }
            OuterButtock | MidButtock | TopOfButtock | SideOfHip | OuterHip | FrontOfHip => {
                on(b.hip, b.leg[0], 0.1, left, LIMB_W)
            }
            FrontOfThigh | OuterThigh | BackOfThigh => on(b.hip, b.leg[0], 0.5, left, LIMB_W),
            Calf | Shin => on(shin.0, shin.1, 0.4, left, LIMB_W),
            Sole => on(b.leg[1], b.leg[2], 0.5, (0.0, 1.0), LIMB_W),
            WholeBody => on(b.neck, b.pelvis, 0.5, left, TORSO_W),
        };
    }
    match spot {
        Temples => Anchor {
            at: add(b.head, (-head_dir.1, head_dir.0), -HEAD_R * 0.6),
            out: (0.0, 0.0),
            along: (b.neck, b.head),
        },
        JawMuscle => Anchor {
            at: add(
                add(b.head, (-head_dir.1, head_dir.0), -HEAD_R * 0.4),
                head_dir,
                -3.0,
            ),
            out: (0.0, 0.0),
            along: (b.neck, b.head),
        },
        SkullBase => {
            let d = back_of(b.head, b.neck);
            let at = add(add(b.head, d, HEAD_R * 0.75), head_dir, -HEAD_R * 0.55);
            Anchor {
                at,
                out: d,
                along: (b.neck, b.head),
            }
        }
        BackOfNeck | Neck => on(b.neck, b.head, 0.25, back_of(b.head, b.neck), 4.0),
        ShoulderTop => on(torso.0, torso.1, 0.02, neg(unit(torso.0, torso.1)), TORSO_W),
        BladeTop => on(torso.0, torso.1, 0.1, back, TORSO_W),
        ShoulderBlade | BackOfShoulder => on(torso.0, torso.1, 0.25, back, TORSO_W),
        UpperBack => on(torso.0, torso.1, 0.3, back, TORSO_W),
        LowerBack | SideOfLowBack => on(torso.0, torso.1, 0.82, back, TORSO_W),
        Chest => on(torso.0, torso.1, 0.22, neg(back), TORSO_W),
        UpperArmBack => on(
            upper_arm.0,
            upper_arm.1,
            0.5,
            back_of(upper_arm.0, upper_arm.1),
            LIMB_W,
        ),
        ForearmTop | ForearmUnder | ForearmBack | ThumbBase => {
            let t = if spot == ThumbBase { 0.95 } else { 0.3 };
            on(
                forearm.0,
                forearm.1,
                t,
                back_of(forearm.0, forearm.1),
                LIMB_W,
            )
        }
        OuterButtock | MidButtock | SideOfHip => on(torso.0, torso.1, 0.97, back, TORSO_W),
        TopOfButtock => on(torso.0, torso.1, 0.92, back, TORSO_W),
        FrontOfHip => on(
            thigh.0,
            thigh.1,
            0.12,
            neg(back_of(thigh.0, thigh.1)),
            LIMB_W,
        ),
        OuterHip => on(torso.0, torso.1, 0.95, neg(back), TORSO_W),
        FrontOfThigh | OuterThigh => on(
            thigh.0,
            thigh.1,
            0.5,
            neg(back_of(thigh.0, thigh.1)),
            LIMB_W,
        ),
        BackOfThigh => on(thigh.0, thigh.1, 0.5, back_of(thigh.0, thigh.1), LIMB_W),
        Calf => on(shin.0, shin.1, 0.45, back_of(shin.0, shin.1), LIMB_W),
        Shin => on(shin.0, shin.1, 0.35, neg(back_of(shin.0, shin.1)), LIMB_W),
        Sole => on(b.leg[1], b.leg[2], 0.5, back_of(b.leg[1], b.leg[2]), LIMB_W),
        WholeBody => on(torso.0, torso.1, 0.5, back, TORSO_W),
    }
}

fn fmt(v: f32) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r == r.trunc() {
        format!("{}", r as i32)
    } else {
        format!("{r:.1}")
    }
}

fn line(out: &mut String, class: &str, pts: &[P]) {
    let d: Vec<String> = pts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            format!(
                "{}{} {}",
                if i == 0 { "M" } else { "L" },
                fmt(p.0),
                fmt(p.1)
            )
        })
        .collect();
    let _ = write!(out, r#"<path class="{class}" d="{}"/>"#, d.join(""));
}

fn circle(out: &mut String, class: &str, c: P, r: f32) {
    let _ = write!(
        out,
        r#"<circle class="{class}" cx="{}" cy="{}" r="{}"/>"#,
        fmt(c.0),
        fmt(c.1),
        fmt(r)
    );
}

fn scene(out: &mut String, b: &Body) {
    line(out, "pic-scene", &[(4.0, FLOOR), (W - 4.0, FLOOR)]);
    match b.prop {
        Prop::None => {}
        Prop::Wall(x) => line(out, "pic-scene", &[(x, 2.0), (x, FLOOR)]),
        Prop::Frame(x) => {
            line(out, "pic-scene", &[(x, 2.0), (x, FLOOR)]);
            line(out, "pic-scene", &[(x + 4.0, 2.0), (x + 4.0, FLOOR)]);
        }
        Prop::Chair(x0, x1, y) => {
            line(out, "pic-scene", &[(x0, 30.0), (x0, FLOOR)]);
            line(out, "pic-scene", &[(x0, y), (x1, y), (x1, FLOOR)]);
        }
        Prop::ChairFront(x0, x1, y) => {
            line(
                out,
                "pic-scene",
                &[(x0, FLOOR), (x0, y), (x1, y), (x1, FLOOR)],
            );
        }
        Prop::Table(x0, x1, y) => {
            line(out, "pic-scene", &[(x0, y), (x1, y)]);
            line(out, "pic-scene", &[(x1 - 6.0, y), (x1 - 6.0, FLOOR)]);
            line(
                out,
                "pic-scene",
                &[(28.0, 66.0), (52.0, 66.0), (52.0, FLOOR)],
            );
            line(out, "pic-scene", &[(28.0, 36.0), (28.0, FLOOR)]);
        }
    }
}

fn figure(out: &mut String, b: &Body) {
    // Far limbs first, lighter, so the near ones read on top.
    if let Some(arm) = b.far_arm {
        line(out, "pic-far", &[b.far_shoulder, arm[0], arm[1]]);
    }
    if let Some(leg) = b.far_leg {
        line(out, "pic-far", &[b.far_hip, leg[0], leg[1], leg[2]]);
    }
    if b.front {
        line(
            out,
            "pic-body pic-torso",
            &[b.shoulder, b.hip, b.far_hip, b.far_shoulder],
        );
        line(out, "pic-body", &[b.shoulder, b.neck, b.far_shoulder]);
        line(out, "pic-body", &[b.neck, lerp(b.neck, b.head, 0.5)]);
    } else {
        line(out, "pic-body pic-torso", &[b.neck, b.pelvis]);
        line(out, "pic-body", &[b.neck, lerp(b.neck, b.head, 0.4)]);
    }
    line(out, "pic-body", &[b.hip, b.leg[0], b.leg[1], b.leg[2]]);
    line(out, "pic-body", &[b.shoulder, b.arm[0], b.arm[1]]);
    circle(out, "pic-head", b.head, HEAD_R);
    if b.towel {
        line(out, "pic-tool-line", &[b.arm[1], b.leg[2]]);
    }
}

/// A hand pressing at `at` from the direction `out`: a mitten shape.
fn hand(out: &mut String, at: P, dir: P) {
    let d = if dir == (0.0, 0.0) { (0.0, -1.0) } else { dir };
    let base = add(at, d, 3.0);
    let tip = add(at, d, 13.0);
    line(out, "pic-hand", &[base, tip]);
}

fn arrow(out: &mut String, a: &Anchor, tool_side: P) {
    // Parallel to the segment, on the side away from the tool.
    let (s, e) = a.along;
    let d = unit(s, e);
    let off = neg(tool_side);
    let mid = add(a.at, off, 10.0);
    let p0 = add(mid, d, -9.0);
    let p1 = add(mid, d, 9.0);
    line(out, "pic-arrow", &[p0, p1]);
    let n = (-d.1, d.0);
    for (tip, sign) in [(p0, 1.0), (p1, -1.0)] {
        let back = add(tip, d, 3.5 * sign);
        line(
            out,
            "pic-arrow",
            &[add(back, n, 3.0), tip, add(back, n, -3.0)],
        );
    }
}

fn tool(out: &mut String, b: &Body, pic: &Picture, a: &Anchor) {
    match pic.tool {
        Tool::Ball | Tool::FoamRoller => {
            let r = if pic.tool == Tool::Ball {
                BALL_R
            } else {
                ROLLER_R
            };
            let toward = if b.front { a.out } else { b.support };
            let c = add(a.at, toward, r);
            circle(out, "pic-tool pic-contact-fill", c, r);
            if pic.tool == Tool::FoamRoller {
                circle(out, "pic-tool-line", c, 2.0);
            }
            if pic.movement == Some(Movement::UpAndDown) {
                arrow(out, a, toward);
            }
        }
        Tool::Cane => {
            // A hook over the spot, its handle down in front of the body.
            let o = if a.out == (0.0, 0.0) {
                (0.0, -1.0)
            } else {
                a.out
            };
            let top = add(a.at, o, 6.0);
            let front = add(top, (10.0, 0.0), 1.0);
            let down = (front.0 + 2.0, front.1 + 36.0);
            let _ = write!(
                out,
                r#"<path class="pic-tool" d="M{} {}Q{} {} {} {}L{} {}"/>"#,
                fmt(a.at.0 - 6.0),
                fmt(a.at.1 + 4.0),
                fmt(top.0),
                fmt(top.1 - 6.0),
                fmt(front.0),
                fmt(front.1),
                fmt(down.0),
                fmt(down.1)
            );
            circle(out, "pic-contact", a.at, 3.0);
        }
        Tool::Hands => {
            hand(out, a.at, a.out);
            circle(out, "pic-contact", a.at, 3.0);
        }
        Tool::HeatSource => {
            let o = if a.out == (0.0, 0.0) {
                (0.0, -1.0)
            } else {
                a.out
            };
            let off = if pic.movement == Some(Movement::TakeOff) {
                12.0
            } else {
                2.5
            };
            let c = add(a.at, o, off);
            let d = (-o.1, o.0);
            let p0 = add(c, d, -8.0);
            let p1 = add(c, d, 8.0);
            let _ = write!(
                out,
                r#"<path class="pic-pack" d="M{} {}L{} {}"/>"#,
                fmt(p0.0),
                fmt(p0.1),
                fmt(p1.0),
                fmt(p1.1)
            );
            // Three short waves of warmth beyond the pack.
            for k in [-5.0, 0.0, 5.0] {
                let s = add(add(c, d, k), o, 5.0);
                let e = add(s, o, 7.0);
                line(out, "pic-tool-line", &[s, e]);
            }
            if pic.movement == Some(Movement::TakeOff) {
                line(
                    out,
                    "pic-arrow",
                    &[add(c, d, 12.0), add(add(c, d, 12.0), o, 10.0)],
                );
            }
        }
        Tool::None => {
            if pic.spot == Spot::WholeBody {
                return;
            }
            // A stretch: the stretched part marked along the body.
            let (s, e) = a.along;
            let d = unit(s, e);
            let inner = add(a.at, a.out, -2.0);
            line(
                out,
                "pic-stretch",
                &[add(inner, d, -7.0), add(inner, d, 7.0)],
            );
        }
    }
}

/// The picture as SVG markup for an `<svg viewBox="0 0 160 100">`, the
/// worked side being `side` (the left is the right's mirror image).
pub fn svg_markup(pic: &Picture, side: Option<Side>) -> String {
    let b = body(pic.pose);
    let a = anchor(&b, pic.spot);
    let mut out = String::new();
    if side == Some(Side::Left) {
        out.push_str(r#"<g transform="matrix(-1 0 0 1 160 0)">"#);
    } else {
        out.push_str("<g>");
    }
    scene(&mut out, &b);
    figure(&mut out, &b);
    tool(&mut out, &b, pic, &a);
    if matches!(pic.tool, Tool::Ball | Tool::FoamRoller) {
        circle(&mut out, "pic-contact", a.at, 2.5);
    }
    out.push_str("</g>");
    out
}

#[cfg(test)]
#[path = "picture_draw_tests.rs"]
mod tests;
