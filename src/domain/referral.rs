//! Where you feel it, where it comes from: the referred-pain table behind
//! the "Where do you feel it?" finder.
//!
//! A knot often hurts somewhere else than where it sits. Each [`Zone`] is a
//! place a person feels pain, named in plain words; it lists its likely
//! [`Source`]s (the muscles that usually send pain there), most likely
//! first, and each source lists the preset routines that work it. The
//! patterns follow the trigger-point literature ([`REFERENCE`]); every
//! sentence here is our own.
//!
//! Never-press places: a source that sits where nobody should press (the
//! front of the neck) has [`Source::never_press`] set to a place that is
//! off limits for everyone, and then offers only routines without any
//! pressure (stretches). A source near a place that is off limits only for
//! some people (a possible blood clot, a pregnancy) names that place too,
//! and every routine it offers warns about it in the steps that press
//! there. The tests check both.
//!
//! Ids are stable, link-safe slugs (`/where/<zone id>`): never change one.

use crate::routine::BodyArea;
use crate::safety::{self, NeverPress, RedFlag};
use BodyArea::*;

/// Which drawing of the body shows a zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BodyView {
    Front,
    Back,
    /// Both drawings (a zone at the side of the body, or all around it).
    Both,
}

impl BodyView {
    pub fn shows_front(self) -> bool {
        matches!(self, BodyView::Front | BodyView::Both)
    }

    pub fn shows_back(self) -> bool {
        matches!(self, BodyView::Back | BodyView::Both)
    }
}

/// A routine that works a source, with a line on what it does for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Work {
    /// A preset id.
    pub routine_id: &'static str,
    /// What the routine does for this source, in one short line.
    pub what: &'static str,
}

/// A muscle that often sends pain elsewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub id: &'static str,
    /// Plain words with the usual name: "side of the buttock (gluteus medius)".
    pub name: &'static str,
    /// The body areas it lies in.
    pub areas: &'static [BodyArea],
    /// Routines that work it, the most fitting first.
    pub routines: &'static [Work],
    /// The never-press place it lies in or next to, if any. When that place
    /// is off limits for everyone ([`NeverPress::always`]), the routines
    /// above press nowhere at all.
    pub never_press: Option<NeverPress>,
}

/// A place where a person feels pain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Zone {
    pub id: &'static str,
    /// Plain words: "down the side of the leg".
    pub name: &'static str,
    pub view: BodyView,
    /// Felt on one side or the other (left or right), not in the middle.
    pub paired: bool,
    /// Pain here that travels along a limb can be a nerve problem: show the
    /// red flag ([`nerve_warning`]) before any routine.
    pub nerve_risk: bool,
    /// Why pain here often comes from somewhere else, in one sentence.
    pub why: &'static str,
    /// Likely sources, the most likely first.
    pub sources: &'static [&'static Source],
    /// The body-map area the zone lies in.
    pub area: BodyArea,
    /// Preset ids for the place itself, offered after the sources' routines.
    pub local: &'static [&'static str],
}

/// A routine the finder offers for a zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// A preset id.
    pub routine_id: &'static str,
    /// The source it works; `None` for a routine for the place itself.
    pub source: Option<&'static Source>,
    /// What it works, in one short line.
    pub works: &'static str,
}

/// The line for a routine that works the place where the pain is felt.
pub const WORKS_HERE: &str = "Works the place where you feel it.";

/// A published work the table follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    pub authors: &'static str,
    pub year: u16,
    pub title: &'static str,
    pub publisher: &'static str,
}

impl Reference {
    /// "Authors (year). Title. Publisher."
    pub fn citation(&self) -> String {
        format!(
            "{} ({}). {}. {}.",
            self.authors, self.year, self.title, self.publisher
        )
    }
}

/// The standard reference for referred-pain patterns (also listed on the
/// About page).
pub const REFERENCE: Reference = Reference {
    authors: "Simons DG, Travell JG, Simons LS",
    year: 1999,
    title: "Myofascial Pain and Dysfunction: The Trigger Point Manual",
    publisher: "Williams & Wilkins",
};

/// Every zone, head to foot.
pub fn zones() -> &'static [Zone] {
    &ZONES
}

/// Every source, head to foot.
pub fn sources() -> &'static [&'static Source] {
    &SOURCES
}

/// The zone with this id.
pub fn zone(id: &str) -> Option<&'static Zone> {
    ZONES.iter().find(|z| z.id == id)
}

/// The source with this id.
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().copied().find(|s| s.id == id)
}

/// Routines for pain felt in the zone `zone_id` (none for an unknown id).
///
/// First the routines that work its sources: each source's most fitting
/// routine in the order of the sources (most likely first), then each
/// one's second routine, and so on; then the routines for the place itself.
/// A routine appears once, with the first source it was listed for.
pub fn suggestions(zone_id: &str) -> Vec<Suggestion> {
    let Some(zone) = zone(zone_id) else {
        return Vec::new();
    };
    let mut out: Vec<Suggestion> = Vec::new();
    let mut add = |s: Suggestion| {
        if !out.iter().any(|o| o.routine_id == s.routine_id) {
            out.push(s);
        }
    };
    let most = zone
        .sources
        .iter()
        .map(|s| s.routines.len())
        .max()
        .unwrap_or(0);
    for rank in 0..most {
        for source in zone.sources {
            if let Some(work) = source.routines.get(rank) {
                add(Suggestion {
                    routine_id: work.routine_id,
                    source: Some(*source),
                    works: work.what,
                });
            }
        }
    }
    for id in zone.local {
        add(Suggestion {
            routine_id: id,
            source: None,
            works: WORKS_HERE,
        });
    }
    out
}

/// The red flag to show before any routine for this zone, if pain there
/// can come from a nerve (numbness, pins and needles, weakness).
pub fn nerve_warning(zone: &Zone) -> Option<&'static RedFlag> {
    zone.nerve_risk.then(safety::nerve_flag)
}

// The sources, head to foot.

const fn work(routine_id: &'static str, what: &'static str) -> Work {
    Work { routine_id, what }
}

static UPPER_TRAPEZIUS: Source = Source {
    id: "upper-trapezius",
    name: "top of the shoulder (upper trapezius)",
    areas: &[Shoulders, Neck],
    routines: &[
        work(
            "upper-traps-shoulders",
            "Cane and hand holds on the top of the shoulder, then a side-neck stretch.",
        ),
        work(
            "heat-neck-shoulders",
            "Warmth to loosen the top of the shoulders when pressing is too much.",
        ),
        work(
            "desk-reset",
            "A shoulder pinch among short holds and stretches.",
        ),
    ],
    never_press: None,
};

static SUBOCCIPITALS: Source = Source {
    id: "suboccipitals",
    name: "base of the skull (suboccipitals)",
    areas: &[Neck, Head],
    routines: &[
        work(
            "neck-headache",
            "Ball holds in the soft hollow just under the back of the skull.",
        ),
        work(
            "desk-reset",
            "Thumb holds under the back of the skull, sitting at your desk.",
        ),
        work(
            "neck-stretches",
            "The chin tuck gently lengthens these small muscles, with no pressure.",
        ),
    ],
    never_press: None,
};

static TEMPORALIS: Source = Source {
    id: "temporalis",
    name: "temple muscle (temporalis)",
    areas: &[Head, Jaw],
    routines: &[
        work(
            "jaw-release",
            "Fingertip holds on the temples while the jaw hangs loose.",
        ),
        work(
            "neck-headache",
            "Slow fingertip circles that stop on the sorest point of the temple.",
        ),
    ],
    never_press: None,
};

static MASSETER: Source = Source {
    id: "masseter",
    name: "chewing muscle in the cheek (masseter)",
    areas: &[Jaw],
    routines: &[work(
        "jaw-release",
        "Light fingertip holds on the chewing muscle, then a relaxed open.",
    )],
    never_press: None,
};

static STERNOCLEIDOMASTOID: Source = Source {
    id: "sternocleidomastoid",
    name: "muscle along the front and side of the neck (sternocleidomastoid)",
    areas: &[Neck],
    routines: &[work(
        "neck-stretches",
        "Stretches only: this muscle runs along the front of the neck, where nothing should press.",
    )],
    never_press: Some(NeverPress::FrontOfNeck),
};

static LEVATOR_SCAPULAE: Source = Source {
    id: "levator-scapulae",
    name: "neck-to-shoulder-blade muscle (levator scapulae)",
    areas: &[Neck, Shoulders, UpperBack],
    routines: &[
        work(
            "neck-stretches",
            "The nose-toward-armpit stretch lengthens it from the neck to the shoulder blade.",
        ),
        work(
            "between-shoulder-blades",
            "Ball holds along the inner edge of the shoulder blade; start near its top corner.",
        ),
        work(
            "upper-traps-shoulders",
            "Holds on the top of the shoulder and a side-neck stretch that reaches it too.",
        ),
    ],
    never_press: None,
};

static RHOMBOIDS: Source = Source {
    id: "rhomboids",
    name: "muscles between the shoulder blades (rhomboids and middle trapezius)",
    areas: &[UpperBack],
    routines: &[
        work(
            "between-shoulder-blades",
            "Ball holds beside the spine against a wall, then a rounding stretch.",
        ),
        work(
            "upper-back-roller",
            "Slow rolling across the upper back with a pause on a tender spot.",
        ),
    ],
    never_press: None,
};

static INFRASPINATUS: Source = Source {
    id: "infraspinatus",
    name: "back of the shoulder blade (infraspinatus)",
    areas: &[Shoulders, UpperBack],
    routines: &[
        work(
            "back-of-shoulder-blade",
            "Ball holds on the flat of the shoulder blade against a wall.",
        ),
        work(
            "desk-reset",
            "One ball hold on the shoulder blade against a wall.",
        ),
    ],
    never_press: None,
};

static SUPRASPINATUS: Source = Source {
    id: "supraspinatus",
    name: "top of the shoulder blade (supraspinatus)",
    areas: &[Shoulders],
    routines: &[work(
        "back-of-shoulder-blade",
        "Fingertip holds in the hollow above the ridge of the shoulder blade.",
    )],
    never_press: None,
};

static PECTORALIS: Source = Source {
    id: "pectoralis",
    name: "chest muscle (pectoralis)",
    areas: &[Chest, Shoulders],
    routines: &[
        work(
            "chest-opener",
            "Ball holds below the collarbone, then a doorway stretch.",
        ),
        work("desk-reset", "A doorway stretch that opens the chest."),
    ],
    never_press: None,
};

static FOREARM_EXTENSORS: Source = Source {
    id: "forearm-extensors",
    name: "back of the forearm (wrist and finger extensors)",
    areas: &[Forearms],
    routines: &[
        work(
            "outer-elbow-forearm",
            "Holds just below the outer elbow and along the back of the forearm.",
        ),
        work(
            "forearms-wrists",
            "A hold on the top of the forearm and a wrist-down stretch.",
        ),
        work(
            "desk-reset",
            "A ball hold on the forearm, sitting at your desk.",
        ),
    ],
    never_press: None,
};

static FOREARM_FLEXORS: Source = Source {
    id: "forearm-flexors",
    name: "front of the forearm (wrist and finger flexors)",
    areas: &[Forearms],
    routines: &[
        work(
            "inner-forearm-palm",
            "Holds on the fleshy inner forearm and the base of the thumb.",
        ),
        work(
            "forearms-wrists",
            "A thumb hold on the underside of the forearm and a wrist-back stretch.",
        ),
    ],
    never_press: None,
};

static QUADRATUS_LUMBORUM: Source = Source {
    id: "quadratus-lumborum",
    name: "deep side of the lower back (quadratus lumborum)",
    areas: &[LowerBack],
    routines: &[
        work(
            "side-of-low-back",
            "Ball holds at the side of the lower back, never on the spine, then side stretches.",
        ),
        work(
            "lower-back-gentle",
            "Warmth, light holds beside the spine and easy stretches.",
        ),
        work(
            "heat-lower-back",
            "Warmth alone, for days when pressing is too much.",
        ),
    ],
    never_press: Some(NeverPress::PregnancyBellyAndLowerBack),
};

static GLUTEUS_MEDIUS: Source = Source {
    id: "gluteus-medius",
    name: "side of the buttock (gluteus medius)",
    areas: &[Glutes],
    routines: &[
        work(
            "glutes-sciatic",
            "Ball holds on the side of the buttock, then a figure-four stretch.",
        ),
        work(
            "lower-back-gentle",
            "A ball hold at the top of the buttock after warming the lower back.",
        ),
        work(
            "full-body-20",
            "A hold on the side of the buttock within a whole-body session.",
        ),
    ],
    never_press: None,
};

static PIRIFORMIS: Source = Source {
    id: "piriformis",
    name: "deep in the buttock (piriformis)",
    areas: &[Glutes],
    routines: &[work(
        "glutes-sciatic",
        "A hold in the middle of the buttock with the ankle crossed, then a figure-four stretch.",
    )],
    never_press: None,
};

static GLUTEUS_MINIMUS: Source = Source {
    id: "gluteus-minimus",
    name: "small glute under the side of the hip (gluteus minimus)",
    areas: &[Glutes, Hips],
    routines: &[
        work(
            "side-of-hip",
            "Ball holds on the fleshy side of the hip, lying on your side.",
        ),
        work(
            "glutes-sciatic",
            "Holds on the side of the buttock reach its back part.",
        ),
    ],
    never_press: None,
};

static TENSOR_FASCIAE_LATAE: Source = Source {
    id: "tensor-fasciae-latae",
    name: "front corner of the hip (tensor fasciae latae)",
    areas: &[Hips],
    routines: &[
        work(
            "side-of-hip",
            "A ball hold just below the front point of the hip, then a side-hip stretch.",
        ),
        work(
            "hips-hip-flexors",
            "A ball hold at the front of the hip, then a kneeling stretch.",
        ),
    ],
    never_press: Some(NeverPress::PregnancyBellyAndLowerBack),
};

static HAMSTRINGS: Source = Source {
    id: "hamstrings",
    name: "back of the thigh (hamstrings)",
    areas: &[Hamstrings],
    routines: &[
        work(
            "hamstrings",
            "A seated ball hold, a slow roll, then a stretch with a towel.",
        ),
        work(
            "full-body-20",
            "Rolling the back of the thigh within a whole-body session.",
        ),
    ],
    never_press: None,
};

static QUADRICEPS: Source = Source {
    id: "quadriceps",
    name: "front of the thigh (quadriceps)",
    areas: &[Quads, Hips],
    routines: &[
        work(
            "quads-it-band",
            "Slow rolling of the front of the thigh, a pause on a tender spot, then a stretch.",
        ),
        work(
            "hips-hip-flexors",
            "The kneeling stretch lengthens the thigh muscle that crosses the front of the hip.",
        ),
    ],
    never_press: None,
};

static VASTUS_LATERALIS: Source = Source {
    id: "vastus-lateralis",
    name: "outer thigh (vastus lateralis)",
    areas: &[Quads],
    routines: &[work(
        "quads-it-band",
        "Light rolling along the outer thigh with a pause on a tender spot.",
    )],
    never_press: None,
};

static GASTROCNEMIUS: Source = Source {
    id: "gastrocnemius",
    name: "calf (gastrocnemius)",
    areas: &[Calves],
    routines: &[
        work(
            "calves-heel",
            "A slow roll, ball holds in the thickest part of the calf, then a wall stretch.",
        ),
        work(
            "full-body-20",
            "Rolling the calf within a whole-body session.",
        ),
    ],
    never_press: Some(NeverPress::BloodClot),
};

static SOLEUS: Source = Source {
    id: "soleus",
    name: "deep calf (soleus)",
    areas: &[Calves],
    routines: &[work(
        "calves-heel",
        "The roll and the ball holds reach down to this deeper calf muscle.",
    )],
    never_press: Some(NeverPress::BloodClot),
};

static SOLE_MUSCLES: Source = Source {
    id: "sole-muscles",
    name: "deep muscles of the sole (quadratus plantae)",
    areas: &[Feet],
    routines: &[work(
        "soles-of-feet",
        "Rolling the sole on a ball, then holding on a tender point in front of the heel.",
    )],
    never_press: None,
};

static TIBIALIS_ANTERIOR: Source = Source {
    id: "tibialis-anterior",
    name: "front of the shin (tibialis anterior)",
    areas: &[Calves],
    routines: &[work(
        "front-of-shin",
        "Thumb holds beside the shin bone, then a stretch across the top of the foot.",
    )],
    never_press: Some(NeverPress::BloodClot),
};

static SOURCES: [&Source; 24] = [
    &UPPER_TRAPEZIUS,
    &SUBOCCIPITALS,
    &TEMPORALIS,
    &MASSETER,
    &STERNOCLEIDOMASTOID,
    &LEVATOR_SCAPULAE,
    &RHOMBOIDS,
    &INFRASPINATUS,
    &SUPRASPINATUS,
    &PECTORALIS,
    &FOREARM_EXTENSORS,
    &FOREARM_FLEXORS,
    &QUADRATUS_LUMBORUM,
    &GLUTEUS_MEDIUS,
    &PIRIFORMIS,
    &GLUTEUS_MINIMUS,
    &TENSOR_FASCIAE_LATAE,
    &HAMSTRINGS,
    &QUADRICEPS,
    &VASTUS_LATERALIS,
    &GASTROCNEMIUS,
    &SOLEUS,
    &SOLE_MUSCLES,
    &TIBIALIS_ANTERIOR,
];

// The zones, head to foot.

static ZONES: [Zone; 23] = [
    Zone {
        id: "temple",
        name: "temple and side of the head",
        view: BodyView::Front,
        paired: true,
        nerve_risk: false,
        why: "Tension headaches at the temple often start in tight muscles at the top of the shoulder and the base of the skull; the jaw and temple muscles can add to them.",
        sources: &[&UPPER_TRAPEZIUS, &SUBOCCIPITALS, &TEMPORALIS, &MASSETER],
        area: Head,
        local: &["neck-headache"],
    },
    Zone {
        id: "behind-eye",
        name: "behind the eye",
        view: BodyView::Front,
        paired: true,
        nerve_risk: false,
        why: "An ache behind the eye often comes from the small muscles under the back of the skull, or from the neck and the top of the shoulder.",
        sources: &[&SUBOCCIPITALS, &UPPER_TRAPEZIUS, &STERNOCLEIDOMASTOID],
        area: Head,
        local: &[],
    },
    Zone {
        id: "back-of-head",
        name: "back of the head",
        view: BodyView::Back,
        paired: false,
        nerve_risk: false,
        why: "Pain at the back of the head usually starts just below it, in the small muscles at the base of the skull and in the neck.",
        sources: &[&SUBOCCIPITALS, &UPPER_TRAPEZIUS, &STERNOCLEIDOMASTOID],
        area: Head,
        local: &["neck-headache"],
    },
    Zone {
        id: "jaw-teeth-ear",
        name: "jaw, teeth or ear",
        view: BodyView::Front,
        paired: true,
        nerve_risk: false,
        why: "Tight chewing muscles can make the jaw, the back teeth or the ear ache; if a tooth or the ear itself might be the cause, have it checked first.",
        sources: &[&MASSETER, &TEMPORALIS],
        area: Jaw,
        local: &["jaw-release"],
    },
    Zone {
        id: "side-of-neck",
        name: "side of the neck",
        view: BodyView::Both,
        paired: true,
        nerve_risk: false,
        why: "A stiff neck that will not turn usually comes from the muscle that runs from the neck down to the shoulder blade, with the top of the shoulder close behind.",
        sources: &[&LEVATOR_SCAPULAE, &UPPER_TRAPEZIUS],
        area: Neck,
        local: &["neck-stretches", "neck-headache"],
    },
    Zone {
        id: "top-of-shoulder",
        name: "top of the shoulder",
        view: BodyView::Back,
        paired: true,
        nerve_risk: false,
        why: "The corner between the neck and the shoulder is where the upper trapezius and the neck-to-shoulder-blade muscle usually make themselves felt.",
        sources: &[&UPPER_TRAPEZIUS, &LEVATOR_SCAPULAE],
        area: Shoulders,
        local: &["heat-neck-shoulders"],
    },
    Zone {
        id: "front-of-shoulder",
        name: "front of the shoulder",
        view: BodyView::Front,
        paired: true,
        nerve_risk: false,
        why: "A deep ache in the front of the shoulder often comes from the back of the shoulder blade, or from a tight chest muscle.",
        sources: &[&INFRASPINATUS, &PECTORALIS],
        area: Arms,
        local: &[],
    },
    Zone {
        id: "shoulder-and-arm",
        name: "deep in the shoulder and down the arm",
        view: BodyView::Both,
        paired: true,
        nerve_risk: true,
        why: "The muscles on the shoulder blade can send a deep ache into the shoulder and down the outside of the arm.",
        sources: &[&INFRASPINATUS, &SUPRASPINATUS],
        area: Arms,
        local: &[],
    },
    Zone {
        id: "outer-elbow",
        name: "outer elbow",
        view: BodyView::Both,
        paired: true,
        nerve_risk: false,
        why: "A sore outer elbow usually comes from the forearm muscles that grip and lift the wrist; the top of the shoulder blade can add to it.",
        sources: &[&FOREARM_EXTENSORS, &SUPRASPINATUS],
        area: Forearms,
        local: &["forearms-wrists"],
    },
    Zone {
        id: "wrist-and-hand",
        name: "wrist and hand",
        view: BodyView::Both,
        paired: true,
        nerve_risk: true,
        why: "An ache in the wrist, the palm or the back of the hand often comes from the forearm muscles that move the wrist and fingers.",
        sources: &[&FOREARM_FLEXORS, &FOREARM_EXTENSORS],
        area: Forearms,
        local: &["forearms-wrists"],
    },
    Zone {
        id: "between-shoulder-blades",
        name: "between the shoulder blades",
        view: BodyView::Back,
        paired: false,
        nerve_risk: false,
        why: "The muscles between the shoulder blades mostly hurt where they are; the neck-to-shoulder-blade muscle can add an ache along the blade's inner edge.",
        sources: &[&RHOMBOIDS, &LEVATOR_SCAPULAE],
        area: UpperBack,
        local: &["upper-back-roller"],
    },
    Zone {
        id: "lower-back",
        name: "lower back",
        view: BodyView::Back,
        paired: false,
        nerve_risk: false,
        why: "A deep ache low in the back or at the top of the hip often comes from the muscle at the side of the lower back, or from the side of the buttock.",
        sources: &[&QUADRATUS_LUMBORUM, &GLUTEUS_MEDIUS],
        area: LowerBack,
        local: &["lower-back-gentle", "heat-lower-back"],
    },
    Zone {
        id: "buttock",
        name: "buttock",
        view: BodyView::Back,
        paired: true,
        nerve_risk: false,
        why: "Buttock pain often starts in the buttock muscles themselves, or comes down from the deep muscle at the side of the lower back.",
        sources: &[&GLUTEUS_MEDIUS, &QUADRATUS_LUMBORUM, &PIRIFORMIS],
        area: Glutes,
        local: &["glutes-sciatic"],
    },
    Zone {
        id: "side-of-hip",
        name: "side of the hip",
        view: BodyView::Both,
        paired: true,
        nerve_risk: false,
        why: "Pain at the side of the hip usually comes from the glute muscles under it and the muscle at the front corner of the hip.",
        sources: &[
            &GLUTEUS_MINIMUS,
            &GLUTEUS_MEDIUS,
            &TENSOR_FASCIAE_LATAE,
            &QUADRATUS_LUMBORUM,
        ],
        area: Hips,
        local: &["side-of-hip"],
    },
    Zone {
        id: "back-of-leg",
        name: "back of the thigh, down the back of the leg",
        view: BodyView::Back,
        paired: true,
        nerve_risk: true,
        why: "Pain down the back of the thigh often comes from knots deep in the buttock rather than from the thigh itself.",
        sources: &[&PIRIFORMIS, &GLUTEUS_MINIMUS, &HAMSTRINGS],
        area: Hamstrings,
        local: &["hamstrings"],
    },
    Zone {
        id: "side-of-leg",
        name: "down the side of the leg",
        view: BodyView::Both,
        paired: true,
        nerve_risk: true,
        why: "Pain down the outside of the leg, even as far as the ankle, often comes from the small glute under the side of the hip.",
        sources: &[&GLUTEUS_MINIMUS, &TENSOR_FASCIAE_LATAE],
        area: Quads,
        local: &["quads-it-band"],
    },
    Zone {
        id: "outer-thigh",
        name: "outer thigh and outer knee",
        view: BodyView::Both,
        paired: true,
        nerve_risk: false,
        why: "An ache along the outer thigh or the outer knee often comes from the outer thigh muscle itself, or from the muscle at the front corner of the hip.",
        sources: &[&VASTUS_LATERALIS, &TENSOR_FASCIAE_LATAE],
        area: Quads,
        local: &["quads-it-band"],
    },
    Zone {
        id: "front-of-thigh",
        name: "front of the thigh and knee",
        view: BodyView::Front,
        paired: true,
        nerve_risk: false,
        why: "Pain at the front of the knee or thigh often comes from knots higher up in the front thigh muscles.",
        sources: &[&QUADRICEPS],
        area: Quads,
        local: &["quads-it-band"],
    },
    Zone {
        id: "back-of-knee",
        name: "back of the knee",
        view: BodyView::Back,
        paired: true,
        nerve_risk: false,
        why: "An ache behind the knee often comes from the top of the calf or the lower end of the hamstrings; a swollen, warm calf needs a doctor first.",
        sources: &[&GASTROCNEMIUS, &HAMSTRINGS],
        area: Calves,
        local: &[],
    },
    Zone {
        id: "calf",
        name: "calf",
        view: BodyView::Back,
        paired: true,
        nerve_risk: false,
        why: "Calf pain usually comes from knots in the calf itself; a calf that is swollen, red or warm needs a doctor, not pressure.",
        sources: &[&GASTROCNEMIUS, &SOLEUS],
        area: Calves,
        local: &["calves-heel"],
    },
    Zone {
        id: "heel",
        name: "heel",
        view: BodyView::Back,
        paired: true,
        nerve_risk: false,
        why: "Heel pain often comes from a tight deep calf muscle, or from the small muscles in the sole.",
        sources: &[&SOLEUS, &SOLE_MUSCLES],
        area: Feet,
        local: &["soles-of-feet"],
    },
    Zone {
        id: "sole-and-arch",
        name: "sole and arch",
        view: BodyView::Back,
        paired: true,
        nerve_risk: false,
        why: "An aching arch or sole often comes from the calf, or from the small muscles in the sole itself.",
        sources: &[&GASTROCNEMIUS, &SOLE_MUSCLES],
        area: Feet,
        local: &["soles-of-feet"],
    },
    Zone {
        id: "top-of-foot",
        name: "front of the ankle and top of the foot",
        view: BodyView::Front,
        paired: true,
        nerve_risk: false,
        why: "An ache at the front of the ankle or over the top of the foot and the big toe often comes from the muscle beside the shin bone.",
        sources: &[&TIBIALIS_ANTERIOR],
        area: Feet,
        local: &[],
    },
];

#[cfg(test)]
#[path = "referral_tests.rs"]
mod tests;
