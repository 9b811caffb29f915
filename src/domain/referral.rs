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
//! Warning signs: each zone names its places in the warning-sign table
//! ([`Zone::places`]), and the finder shows the signs that belong there
//! ([`red_flags`]) before any routine.
//!
//! Stretch only: a source that sits where nobody should press (the side and
//! front of the neck, deep behind the belly and the groin, deep between the
//! bones of the lower leg) has [`Source::stretch_only`] set. It offers only
//! routines that press none of its areas (stretches), and its
//! [`Source::note`] says so and what else to do (a stretch, a clinician).
//! A source next to a place that is off limits only for some people (a
//! possible blood clot, a pregnancy) names that place in
//! [`Source::never_press`], and every routine it offers warns about it in
//! the steps that press there. A source no routine fits has no routines and
//! a note instead. The tests check all of it.
//!
//! Ids are stable, link-safe slugs (`/finder?zone=<zone id>`): never change one.

use crate::routine::BodyArea;
use crate::safety::{self, NeverPress, Place, RedFlag};
use BodyArea::*;

/// Which drawing of the body shows a zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BodyView {
    Front,
    Back,
    /// Both drawings (a zone at the side of the body, or all around it).
    Both,
    /// Neither: a kind of pain rather than a place ("Headache"), which
    /// leads to the places it can be felt ([`Zone::leads_to`]).
    Neither,
}

impl BodyView {
    pub fn shows_front(self) -> bool {
        matches!(self, BodyView::Front | BodyView::Both)
    }

    pub fn shows_back(self) -> bool {
        matches!(self, BodyView::Back | BodyView::Both)
    }
}

/// A routine that works a source (or the place itself), with a line on
/// what it does there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Work {
    /// A preset id.
    pub routine_id: &'static str,
    /// What the routine does there, in one short sentence.
    pub what: &'static str,
}

/// A muscle that often sends pain elsewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub id: &'static str,
    /// Plain words with the usual name: "side of the buttock (gluteus medius)".
    pub name: &'static str,
    /// The sentence that opens each routine line offered for it: "Works
    /// the side of the buttock (gluteus medius)."
    pub works: &'static str,
    /// The body areas it lies in.
    pub areas: &'static [BodyArea],
    /// Routines that work it, the most fitting first. Empty when no preset
    /// fits: then [`Source::note`] says what to do instead.
    pub routines: &'static [Work],
    /// The never-press place it lies in or next to, if any. When that place
    /// is off limits for everyone ([`NeverPress::always`]), the routines
    /// above press nowhere at all.
    pub never_press: Option<NeverPress>,
    /// Never pressed: offered only as stretches (routines that press none
    /// of its areas) or a clinician.
    pub stretch_only: bool,
    /// Shown with the source: why it is stretch only, or what to do when
    /// no routine fits (a stretch to try, a clinician).
    pub note: Option<&'static str>,
}

/// A place where a person feels pain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Zone {
    pub id: &'static str,
    /// Plain words, as on its button: "down the side of the leg".
    pub name: &'static str,
    /// The heading of its result, a whole phrase: "Pain down the side of
    /// the leg".
    pub heading: &'static str,
    pub view: BodyView,
    /// Felt on one side or the other (left or right), not in the middle.
    pub paired: bool,
    /// Its places in the warning-sign table: the signs shown before any
    /// routine ([`red_flags`]).
    pub places: &'static [Place],
    /// Why pain here often comes from somewhere else, in one sentence.
    pub why: &'static str,
    /// Likely sources, the most likely first.
    pub sources: &'static [&'static Source],
    /// The body-map area the zone lies in.
    pub area: BodyArea,
    /// Routines for the place itself, offered after the sources' routines.
    pub local: &'static [Work],
    /// Zones to look at next ("Headache" leads to the places a headache is
    /// felt); empty for a place.
    pub leads_to: &'static [&'static str],
}

/// A routine the finder offers for a zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// A preset id.
    pub routine_id: &'static str,
    /// The source it works; `None` for a routine for the place itself.
    pub source: Option<&'static Source>,
    /// What it does there, in one short sentence.
    pub works: &'static str,
}

impl Suggestion {
    /// The line shown under the routine's link: what it works, then what
    /// it does there.
    pub fn line(&self) -> String {
        match self.source {
            Some(source) => format!("{} {}", source.works, self.works),
            None => self.works.to_string(),
        }
    }
}

/// The finder's advice for a place felt on one side (the same as Learn's).
pub const BOTH_SIDES: &str =
    "Work both sides, even if you feel it on one side only: the routines switch sides for you.";

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

/// Every zone, head to foot ("Headache" first).
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
    for work in zone.local {
        add(Suggestion {
            routine_id: work.routine_id,
            source: None,
            works: work.what,
        });
    }
    out
}

/// The sources of a place as part of a sentence: "the deep calf (soleus) or
/// the deep muscles of the sole (quadratus plantae)".
pub fn sources_phrase(zone: &Zone) -> String {
    let names: Vec<String> = zone
        .sources
        .iter()
        .map(|s| format!("the {}", s.name))
        .collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

/// The warning signs to show before any routine for this zone, the most
/// urgent first.
pub fn red_flags(zone: &Zone) -> Vec<&'static RedFlag> {
    safety::flags_for(zone.places)
}

/// The nerve sign, if it is among this zone's: pain here that travels along
/// a limb can come from a nerve, so the finder also tells a knot's ache from
/// a nerve's.
pub fn nerve_warning(zone: &Zone) -> Option<&'static RedFlag> {
    let nerve = safety::nerve_flag();
    red_flags(zone).contains(&nerve).then_some(nerve)
}

/// The zone that stands for pain felt in a body-map area, if any: Home
/// shows its sources that lie elsewhere, as the finder does.
pub fn area_zone(area: BodyArea) -> Option<&'static Zone> {
    let id = match area {
        Head => "headache",
        Jaw => "jaw-teeth-ear",
        Neck => "side-of-neck",
        Shoulders => "top-of-shoulder",
        Chest => "chest",
        UpperBack => "between-shoulder-blades",
        LowerBack => "lower-back",
        Arms => "shoulder-and-arm",
        Forearms => "wrist-and-hand",
        Hips => "side-of-hip",
        Glutes => "buttock",
        Quads => "front-of-thigh",
        Hamstrings => "back-of-leg",
        Calves => "calf",
        Feet => "sole-and-arch",
        FullBody => return None,
    };
    zone(id)
}

/// For a body-map area: its zone and the routines for the zone's sources
/// that lie outside the area (pain in the back of the thigh from deep in
/// the buttock), or `None` when every source lies in the area itself.
pub fn from_elsewhere(area: BodyArea) -> Option<(&'static Zone, Vec<Suggestion>)> {
    let zone = area_zone(area)?;
    let list: Vec<Suggestion> = suggestions(zone.id)
        .into_iter()
        .filter(|s| s.source.is_some_and(|src| !src.areas.contains(&area)))
        .collect();
    (!list.is_empty()).then_some((zone, list))
}

// The sources, head to foot.

const fn work(routine_id: &'static str, what: &'static str) -> Work {
    Work { routine_id, what }
}

/// A source that can be pressed, with no never-press place near it.
const fn pressable(
    id: &'static str,
    name: &'static str,
    works: &'static str,
    areas: &'static [BodyArea],
    routines: &'static [Work],
) -> Source {
    Source {
        id,
        name,
        works,
        areas,
        routines,
        never_press: None,
        stretch_only: false,
        note: None,
    }
}

static UPPER_TRAPEZIUS: Source = pressable(
    "upper-trapezius",
    "top of the shoulder (upper trapezius)",
    "Works the top of the shoulder (upper trapezius).",
    &[Shoulders, Neck],
    &[
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
);

static STERNOCLEIDOMASTOID: Source = Source {
    id: "sternocleidomastoid",
    name: "side of the neck (sternocleidomastoid)",
    works: "Stretches the side of the neck (sternocleidomastoid), with no pressure at all.",
    areas: &[Neck],
    routines: &[work(
        "neck-stretches",
        "The ear-toward-shoulder and tip-and-look-up stretches lengthen it gently.",
    )],
    never_press: Some(NeverPress::FrontOfNeck),
    stretch_only: true,
    note: Some("Stretch only: this muscle runs down the side of the neck to the front, over the big blood vessels and nerves, so never press, pinch or rub it."),
};

static SUBOCCIPITALS: Source = pressable(
    "suboccipitals",
    "base of the skull (suboccipitals)",
    "Works the small muscles at the base of the skull (suboccipitals).",
    &[Neck, Head],
    &[
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
);

static SEMISPINALIS: Source = pressable(
    "semispinalis",
    "back of the neck (semispinalis)",
    "Works the long muscles at the back of the neck (semispinalis).",
    &[Neck],
    &[
        work(
            "neck-headache",
            "Fingertip holds on the ropy muscle beside the spine, halfway down the neck.",
        ),
        work(
            "neck-stretches",
            "The chin tuck and the nose-toward-armpit stretch lengthen it, with no pressure.",
        ),
    ],
);

static TEMPORALIS: Source = pressable(
    "temporalis",
    "temple muscle (temporalis)",
    "Works the temple muscle (temporalis).",
    &[Head, Jaw],
    &[
        work(
            "jaw-release",
            "Fingertip holds on the temples while the jaw hangs loose.",
        ),
        work(
            "neck-headache",
            "Slow fingertip circles that stop on the sorest point of the temple.",
        ),
    ],
);

static MASSETER: Source = pressable(
    "masseter",
    "chewing muscle in the cheek (masseter)",
    "Works the chewing muscle in the cheek (masseter).",
    &[Jaw],
    &[work(
        "jaw-release",
        "Light fingertip holds on the chewing muscle, then a relaxed open.",
    )],
);

static SCALENES: Source = Source {
    id: "scalenes",
    name: "muscles at the front and side of the neck (scalenes)",
    works: "Stretches the muscles at the front and side of the neck (scalenes), with no pressure at all.",
    areas: &[Neck],
    routines: &[work(
        "neck-stretches",
        "The tip-and-look-up and ear-toward-shoulder stretches lengthen them gently.",
    )],
    never_press: Some(NeverPress::FrontOfNeck),
    stretch_only: true,
    note: Some("Stretch only: these muscles lie deep at the front and side of the neck, beside the nerves to the arm, so never press them. If the hand tingles while you stretch, stop and see a clinician."),
};

static LEVATOR_SCAPULAE: Source = pressable(
    "levator-scapulae",
    "neck-to-shoulder-blade muscle (levator scapulae)",
    "Works the neck-to-shoulder-blade muscle (levator scapulae).",
    &[Neck, Shoulders, UpperBack],
    &[
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
);

static RHOMBOIDS: Source = Source {
    note: Some("These muscles are usually overstretched already: after the holds, open the chest (a doorway stretch) rather than rounding the back."),
    ..pressable(
        "rhomboids",
        "muscles between the shoulder blades (rhomboids and middle trapezius)",
        "Works the muscles between the shoulder blades (rhomboids and middle trapezius).",
        &[UpperBack],
        &[
            work(
                "between-shoulder-blades",
                "Ball holds beside the spine against a wall, one side at a time.",
            ),
            work(
                "upper-back-roller",
                "Slow rolling across the upper back with a pause on a tender spot.",
            ),
        ],
    )
};

static INFRASPINATUS: Source = pressable(
    "infraspinatus",
    "back of the shoulder blade (infraspinatus)",
    "Works the back of the shoulder blade (infraspinatus).",
    &[Shoulders, UpperBack],
    &[
        work(
            "back-of-shoulder-blade",
            "Ball holds on the flat of the shoulder blade against a wall.",
        ),
        work(
            "desk-reset",
            "One ball hold on the shoulder blade against a wall.",
        ),
    ],
);

static SUPRASPINATUS: Source = pressable(
    "supraspinatus",
    "top of the shoulder blade (supraspinatus)",
    "Works the top of the shoulder blade (supraspinatus).",
    &[Shoulders],
    &[work(
        "back-of-shoulder-blade",
        "Fingertip holds in the hollow above the ridge of the shoulder blade.",
    )],
);

static PECTORALIS: Source = pressable(
    "pectoralis",
    "chest muscle (pectoralis major and minor)",
    "Works the chest muscle (pectoralis major and minor).",
    &[Chest, Shoulders],
    &[
        work(
            "chest-opener",
            "Ball holds below the collarbone, then a doorway stretch.",
        ),
        work("desk-reset", "A doorway stretch that opens the chest."),
    ],
);

static FOREARM_EXTENSORS: Source = pressable(
    "forearm-extensors",
    "back of the forearm (wrist and finger extensors)",
    "Works the back of the forearm (wrist and finger extensors).",
    &[Forearms],
    &[
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
);

static FOREARM_FLEXORS: Source = pressable(
    "forearm-flexors",
    "front of the forearm (wrist and finger flexors)",
    "Works the front of the forearm (wrist and finger flexors).",
    &[Forearms],
    &[
        work(
            "inner-forearm-palm",
            "Holds on the fleshy inner forearm and the base of the thumb.",
        ),
        work(
            "forearms-wrists",
            "A thumb hold on the underside of the forearm and a wrist-back stretch.",
        ),
    ],
);

static THUMB_SIDE: Source = pressable(
    "thumb-side-arm",
    "upper-arm and forearm muscles on the thumb side (brachialis, brachioradialis, supinator)",
    "Works the muscles on the thumb side of the elbow (brachialis, brachioradialis, supinator).",
    &[Forearms, Arms],
    &[
        work(
            "forearms-wrists",
            "A ball hold on the top of the forearm on the thumb side, just below the elbow.",
        ),
        work(
            "outer-elbow-forearm",
            "Holds in the muscle just below the outer elbow, where these muscles meet.",
        ),
    ],
);

static QUADRATUS_LUMBORUM: Source = Source {
    never_press: Some(NeverPress::PregnancyBellyAndLowerBack),
    ..pressable(
        "quadratus-lumborum",
        "deep side of the lower back (quadratus lumborum)",
        "Works the deep muscle at the side of the lower back (quadratus lumborum).",
        &[LowerBack],
        &[
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
    )
};

static GLUTEUS_MEDIUS: Source = pressable(
    "gluteus-medius",
    "side of the buttock (gluteus medius)",
    "Works the side of the buttock (gluteus medius).",
    &[Glutes],
    &[
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
);

static ILIOPSOAS: Source = Source {
    id: "iliopsoas",
    name: "hip flexor deep behind the belly and the groin (iliopsoas)",
    works: "Stretches the deep hip flexor (iliopsoas), with no pressure on the belly or the groin.",
    areas: &[Hips, LowerBack],
    routines: &[work(
        "desk-reset",
        "It ends with a standing hip-flexor stretch; nothing in it presses the hip or the lower back.",
    )],
    never_press: None,
    stretch_only: true,
    note: Some("Stretch only: this muscle runs deep behind the belly and through the groin, where nobody should press. Stretch the front of the hip gently; if the pain stays, ask a clinician."),
};

static PIRIFORMIS: Source = pressable(
    "piriformis",
    "deep buttock muscle (piriformis)",
    "Works the deep buttock muscle (piriformis).",
    &[Glutes],
    &[work(
        "glutes-sciatic",
        "A hold in the middle of the buttock with the ankle crossed, then a figure-four stretch.",
    )],
);

static GLUTEUS_MINIMUS: Source = pressable(
    "gluteus-minimus",
    "small glute under the side of the hip (gluteus minimus)",
    "Works the small glute under the side of the hip (gluteus minimus).",
    &[Glutes, Hips],
    &[
        work(
            "side-of-hip",
            "Ball holds on the fleshy side of the hip, lying on your side.",
        ),
        work(
            "glutes-sciatic",
            "Holds on the side of the buttock reach its back part.",
        ),
    ],
);

static TENSOR_FASCIAE_LATAE: Source = Source {
    never_press: Some(NeverPress::PregnancyBellyAndLowerBack),
    ..pressable(
        "tensor-fasciae-latae",
        "front corner of the hip (tensor fasciae latae)",
        "Works the front corner of the hip (tensor fasciae latae).",
        &[Hips],
        &[
            work(
                "side-of-hip",
                "A ball hold just below the front point of the hip, then a side-hip stretch.",
            ),
            work(
                "hips-hip-flexors",
                "A ball hold at the front of the hip, then a kneeling stretch.",
            ),
        ],
    )
};

static HAMSTRINGS: Source = pressable(
    "hamstrings",
    "back of the thigh (hamstrings)",
    "Works the back of the thigh (hamstrings).",
    &[BodyArea::Hamstrings],
    &[
        work(
            "hamstrings",
            "A seated ball hold, a slow roll, then a stretch with a towel.",
        ),
        work(
            "full-body-20",
            "Rolling the back of the thigh within a whole-body session.",
        ),
    ],
);

static QUADRICEPS: Source = pressable(
    "quadriceps",
    "front of the thigh (quadriceps)",
    "Works the front of the thigh (quadriceps).",
    &[Quads, Hips],
    &[
        work(
            "quads-it-band",
            "Slow rolling of the front of the thigh, a pause on a tender spot, then a stretch.",
        ),
        work(
            "hips-hip-flexors",
            "The kneeling stretch lengthens the thigh muscle that crosses the front of the hip.",
        ),
    ],
);

static VASTUS_MEDIALIS: Source = pressable(
    "vastus-medialis",
    "inner front of the thigh above the knee (vastus medialis)",
    "Works the inner front of the thigh above the knee (vastus medialis).",
    &[Quads],
    &[work(
        "quads-it-band",
        "Slow rolling of the front of the thigh, with a pause on a tender spot above the knee.",
    )],
);

static ADDUCTORS: Source = Source {
    note: Some("No routine in Unknot works the inner thigh: high up, it runs into the groin, where nobody should press. A gentle seated stretch with the soles of the feet together can ease it; if the pain stays, ask a clinician."),
    ..pressable(
        "adductors",
        "inner thigh (adductors and gracilis)",
        "Works the inner thigh (adductors and gracilis).",
        &[Quads],
        &[],
    )
};

static VASTUS_LATERALIS: Source = pressable(
    "vastus-lateralis",
    "outer thigh (vastus lateralis)",
    "Works the outer thigh (vastus lateralis).",
    &[Quads],
    &[work(
        "quads-it-band",
        "Light rolling along the outer thigh with a pause on a tender spot.",
    )],
);

static GASTROCNEMIUS: Source = Source {
    never_press: Some(NeverPress::BloodClot),
    ..pressable(
        "gastrocnemius",
        "calf (gastrocnemius)",
        "Works the calf (gastrocnemius).",
        &[Calves],
        &[
            work(
                "calves-heel",
                "A slow roll, ball holds in the thickest part of the calf, then a wall stretch.",
            ),
            work(
                "full-body-20",
                "Rolling the calf within a whole-body session.",
            ),
        ],
    )
};

static SOLEUS: Source = Source {
    never_press: Some(NeverPress::BloodClot),
    ..pressable(
        "soleus",
        "deep calf (soleus)",
        "Works the deep calf muscle (soleus).",
        &[Calves],
        &[work(
            "calves-heel",
            "The roll and the ball holds reach down to this deeper calf muscle.",
        )],
    )
};

static TIBIALIS_POSTERIOR: Source = Source {
    id: "tibialis-posterior",
    name: "deep calf muscle between the bones of the lower leg (tibialis posterior)",
    works: "Stretches the deep calf muscle between the bones of the lower leg (tibialis posterior), never pressing it.",
    areas: &[Calves],
    routines: &[],
    never_press: Some(NeverPress::BloodClot),
    stretch_only: true,
    note: Some("Stretch only: it lies deep between the bones of the lower leg, beside nerves and blood vessels, out of reach of safe pressure. A gentle wall calf stretch lengthens it; if the arch keeps hurting, ask a clinician."),
};

static SOLE_MUSCLES: Source = pressable(
    "sole-muscles",
    "deep muscles of the sole (quadratus plantae)",
    "Works the deep muscles of the sole (quadratus plantae).",
    &[Feet],
    &[work(
        "soles-of-feet",
        "Rolling the sole on a ball, then holding on a tender point in front of the heel.",
    )],
);

static ARCH_MUSCLES: Source = pressable(
    "arch-muscles",
    "muscles of the arch and sole (abductor hallucis, flexor digitorum brevis)",
    "Works the muscles of the arch and sole (abductor hallucis, flexor digitorum brevis).",
    &[Feet],
    &[work(
        "soles-of-feet",
        "Rolling the sole on a ball, then a hold on the most tender point of the arch.",
    )],
);

static TIBIALIS_ANTERIOR: Source = Source {
    never_press: Some(NeverPress::BloodClot),
    ..pressable(
        "tibialis-anterior",
        "front of the shin (tibialis anterior)",
        "Works the front of the shin (tibialis anterior).",
        &[Calves],
        &[work(
            "front-of-shin",
            "Thumb holds beside the shin bone, then a stretch across the top of the foot.",
        )],
    )
};

static TOE_EXTENSORS: Source = Source {
    never_press: Some(NeverPress::BloodClot),
    ..pressable(
        "toe-extensors",
        "muscles that lift the toes (toe extensors)",
        "Works the muscles that lift the toes (toe extensors).",
        &[Calves],
        &[work(
            "front-of-shin",
            "Thumb holds just outside the shin bone reach them, then a stretch across the top of the foot.",
        )],
    )
};

static SOURCES: [&Source; 33] = [
    &UPPER_TRAPEZIUS,
    &STERNOCLEIDOMASTOID,
    &SUBOCCIPITALS,
    &SEMISPINALIS,
    &TEMPORALIS,
    &MASSETER,
    &SCALENES,
    &LEVATOR_SCAPULAE,
    &RHOMBOIDS,
    &INFRASPINATUS,
    &SUPRASPINATUS,
    &PECTORALIS,
    &FOREARM_EXTENSORS,
    &FOREARM_FLEXORS,
    &THUMB_SIDE,
    &QUADRATUS_LUMBORUM,
    &GLUTEUS_MEDIUS,
    &ILIOPSOAS,
    &PIRIFORMIS,
    &GLUTEUS_MINIMUS,
    &TENSOR_FASCIAE_LATAE,
    &HAMSTRINGS,
    &QUADRICEPS,
    &VASTUS_MEDIALIS,
    &ADDUCTORS,
    &VASTUS_LATERALIS,
    &GASTROCNEMIUS,
    &SOLEUS,
    &TIBIALIS_POSTERIOR,
    &SOLE_MUSCLES,
    &ARCH_MUSCLES,
    &TIBIALIS_ANTERIOR,
    &TOE_EXTENSORS,
];

// The zones, head to foot.

use Place as P;

/// A zone felt on one side, with no zones to lead to.
#[allow(clippy::too_many_arguments)]
const fn place(
    id: &'static str,
    name: &'static str,
    heading: &'static str,
    view: BodyView,
    places: &'static [Place],
    why: &'static str,
    sources: &'static [&'static Source],
    area: BodyArea,
    local: &'static [Work],
) -> Zone {
    Zone {
        id,
        name,
        heading,
        view,
        paired: true,
        places,
        why,
        sources,
        area,
        local,
        leads_to: &[],
    }
}

static ZONES: [Zone; 30] = [
    Zone {
        id: "headache",
        name: "headache",
        heading: "Headache",
        view: BodyView::Neither,
        paired: false,
        places: &[P::Head],
        why: "Most everyday headaches are tension headaches, which often start in tight muscles at the top of the shoulders and in the neck. Where it hurts most shows where to look.",
        sources: &[&UPPER_TRAPEZIUS, &SUBOCCIPITALS, &STERNOCLEIDOMASTOID, &TEMPORALIS],
        area: Head,
        local: &[],
        leads_to: &["temple", "forehead", "behind-eye", "back-of-head"],
    },
    place(
        "temple",
        "temple, side of the head or behind the ear",
        "Pain at the temple, the side of the head or behind the ear",
        BodyView::Front,
        &[P::Head, P::Temple],
        "Tension headaches at the temple often start at the top of the shoulder or in the side of the neck; the base of the skull and the temple muscle can add to them.",
        &[&UPPER_TRAPEZIUS, &STERNOCLEIDOMASTOID, &SUBOCCIPITALS, &TEMPORALIS],
        Head,
        &[work(
            "neck-headache",
            "Holds at the base of the skull and on the temples, then neck stretches.",
        )],
    ),
    Zone {
        paired: false,
        ..place(
            "forehead",
            "forehead",
            "Pain in the forehead",
            BodyView::Front,
            &[P::Head],
            "A headache across the forehead often comes from the neck: the muscle down its side and the muscles at the back of it.",
            &[&STERNOCLEIDOMASTOID, &SEMISPINALIS, &SUBOCCIPITALS],
            Head,
            &[],
        )
    },
    place(
        "behind-eye",
        "behind the eye",
        "Pain behind the eye",
        BodyView::Front,
        &[P::Head],
        "An ache behind the eye often comes from the small muscles under the back of the skull, or from the neck and the top of the shoulder.",
        &[&SUBOCCIPITALS, &UPPER_TRAPEZIUS, &STERNOCLEIDOMASTOID],
        Head,
        &[],
    ),
    Zone {
        paired: false,
        ..place(
            "back-of-head",
            "back of the head",
            "Pain at the back of the head",
            BodyView::Back,
            &[P::Head],
            "Pain at the back of the head usually starts just below it, in the small muscles at the base of the skull and in the neck.",
            &[&SUBOCCIPITALS, &UPPER_TRAPEZIUS, &STERNOCLEIDOMASTOID],
            Head,
            &[work(
                "neck-headache",
                "Holds at the base of the skull and on the back of the neck.",
            )],
        )
    },
    place(
        "jaw-teeth-ear",
        "jaw, teeth, ear or eyebrow",
        "Pain in the jaw, the teeth, the ear or the eyebrow",
        BodyView::Front,
        &[P::Jaw],
        "Tight chewing muscles can make the jaw, the back teeth, the ear or the eyebrow ache; have your teeth and ears checked first, as they can be the cause.",
        &[&MASSETER, &TEMPORALIS],
        Jaw,
        &[work(
            "jaw-release",
            "Warmth, light holds on the chewing muscles, then a relaxed open.",
        )],
    ),
    place(
        "side-of-neck",
        "side of the neck, stiff neck",
        "Pain or stiffness at the side of the neck",
        BodyView::Both,
        &[P::Neck],
        "A stiff neck that will not turn usually comes from the muscle that runs from the neck down to the shoulder blade, with the top of the shoulder close behind.",
        &[&LEVATOR_SCAPULAE, &UPPER_TRAPEZIUS],
        Neck,
        &[
            work(
                "neck-stretches",
                "Slow stretches for the back and sides of the neck, with no pressure.",
            ),
            work(
                "neck-headache",
                "Holds on the back of the neck and at the base of the skull.",
            ),
        ],
    ),
    place(
        "top-of-shoulder",
        "top of the shoulder, where it meets the neck",
        "Pain at the top of the shoulder, where it meets the neck",
        BodyView::Back,
        &[P::Neck],
        "The corner between the neck and the shoulder is where the neck-to-shoulder-blade muscle and the upper trapezius usually make themselves felt.",
        &[&LEVATOR_SCAPULAE, &UPPER_TRAPEZIUS],
        Shoulders,
        &[work(
            "heat-neck-shoulders",
            "Warmth over the top of the shoulders and the neck.",
        )],
    ),
    Zone {
        paired: false,
        ..place(
            "chest",
            "chest",
            "Pain in the chest",
            BodyView::Front,
            &[P::Chest],
            "Chest pain can come from the heart: check the signs above first. Pain that is only muscular often comes from knots in the chest muscle itself.",
            &[&PECTORALIS],
            Chest,
            &[],
        )
    },
    place(
        "front-of-shoulder",
        "front of the shoulder",
        "Pain deep in the front of the shoulder",
        BodyView::Front,
        &[P::FrontOfShoulder],
        "A deep ache in the front of the shoulder often comes from the back of the shoulder blade, or from a tight chest muscle.",
        &[&INFRASPINATUS, &PECTORALIS],
        Arms,
        &[],
    ),
    place(
        "shoulder-and-arm",
        "side of the shoulder, down the outer arm",
        "Pain at the side of the shoulder and down the outer arm",
        BodyView::Both,
        &[P::DownTheArm],
        "The muscles on the shoulder blade can send a deep ache into the side of the shoulder and down the outer arm; tight muscles at the side of the neck can too.",
        &[&SUPRASPINATUS, &INFRASPINATUS, &SCALENES],
        Arms,
        &[],
    ),
    place(
        "outer-elbow",
        "outer elbow, back of the wrist or hand",
        "Pain at the outer elbow or the back of the wrist and hand",
        BodyView::Both,
        &[P::WristAndHand],
        "A sore outer elbow or the back of the wrist usually comes from the forearm muscles that grip and lift the wrist; the top of the shoulder blade can add to it.",
        &[&FOREARM_EXTENSORS, &SUPRASPINATUS],
        Forearms,
        &[work(
            "forearms-wrists",
            "Holds on the top and underside of the forearm, then wrist stretches.",
        )],
    ),
    place(
        "wrist-and-hand",
        "inner forearm, wrist or palm",
        "Pain in the inner forearm, the wrist or the palm",
        BodyView::Both,
        &[P::WristAndHand],
        "An ache in the inner forearm, the wrist or the palm often comes from the forearm muscles that bend the wrist and fingers.",
        &[&FOREARM_FLEXORS],
        Forearms,
        &[work(
            "forearms-wrists",
            "Holds on the top and underside of the forearm, then wrist stretches.",
        )],
    ),
    place(
        "thumb",
        "thumb or base of the thumb",
        "Pain in the thumb or at the base of the thumb",
        BodyView::Front,
        &[P::WristAndHand],
        "An ache in the thumb or at its base often comes from the muscles on the thumb side of the elbow and the forearm.",
        &[&THUMB_SIDE],
        Forearms,
        &[work(
            "inner-forearm-palm",
            "A hold on the fleshy pad at the base of the thumb, then stretches.",
        )],
    ),
    Zone {
        paired: false,
        ..place(
            "between-shoulder-blades",
            "between the shoulder blades",
            "Pain between the shoulder blades",
            BodyView::Back,
            &[P::BetweenShoulderBlades],
            "An ache between the shoulder blades often comes from the side of the neck or the back of the shoulder blade; the muscles between the blades mostly hurt where they are.",
            &[&SCALENES, &INFRASPINATUS, &RHOMBOIDS],
            UpperBack,
            &[work(
                "upper-back-roller",
                "Slow rolling across the upper back, where it aches.",
            )],
        )
    },
    Zone {
        paired: false,
        ..place(
            "lower-back",
            "lower back or top of the hip",
            "Pain in the lower back or at the top of the hip",
            BodyView::Back,
            &[P::LowerBack],
            "A deep ache low in the back or at the top of the hip often comes from the muscle at the side of the lower back, the side of the buttock or the deep hip flexor.",
            &[&QUADRATUS_LUMBORUM, &GLUTEUS_MEDIUS, &ILIOPSOAS],
            LowerBack,
            &[
                work(
                    "lower-back-gentle",
                    "Warmth, light holds beside the spine and easy stretches where it aches.",
                ),
                work("heat-lower-back", "Warmth alone on the lower back."),
            ],
        )
    },
    place(
        "buttock",
        "buttock",
        "Pain in the buttock",
        BodyView::Back,
        &[P::Buttock],
        "Buttock pain often starts in the buttock muscles themselves, or comes down from the deep muscle at the side of the lower back.",
        &[&GLUTEUS_MEDIUS, &QUADRATUS_LUMBORUM, &PIRIFORMIS],
        Glutes,
        &[work(
            "glutes-sciatic",
            "Ball holds on the buttock, then a figure-four stretch.",
        )],
    ),
    place(
        "side-of-hip",
        "side of the hip",
        "Pain at the side of the hip",
        BodyView::Both,
        &[],
        "Pain at the side of the hip usually comes from the glute muscles under it and the muscle at the front corner of the hip.",
        &[
            &GLUTEUS_MINIMUS,
            &GLUTEUS_MEDIUS,
            &TENSOR_FASCIAE_LATAE,
            &QUADRATUS_LUMBORUM,
        ],
        Hips,
        &[work(
            "side-of-hip",
            "Ball holds on the side of the hip, then stretches.",
        )],
    ),
    place(
        "back-of-leg",
        "back of the thigh, down the back of the leg",
        "Pain down the back of the thigh",
        BodyView::Back,
        &[P::BackOfLeg],
        "Pain down the back of the thigh often comes from knots deep in the buttock rather than from the thigh itself.",
        &[&PIRIFORMIS, &GLUTEUS_MINIMUS, &HAMSTRINGS],
        BodyArea::Hamstrings,
        &[work(
            "hamstrings",
            "A hold, a roll and a stretch for the back of the thigh itself.",
        )],
    ),
    place(
        "side-of-leg",
        "down the side of the leg",
        "Pain down the side of the leg",
        BodyView::Both,
        &[P::SideOfLeg],
        "Pain down the outside of the leg, even as far as the ankle, often comes from the small glute under the side of the hip.",
        &[&GLUTEUS_MINIMUS, &TENSOR_FASCIAE_LATAE],
        Quads,
        &[],
    ),
    place(
        "outer-thigh",
        "outer thigh or outer knee",
        "Pain at the outer thigh or the outer knee",
        BodyView::Both,
        &[P::SideOfLeg],
        "An ache along the outer thigh or the outer knee often comes from the outer thigh muscle itself, or from the muscle at the front corner of the hip.",
        &[&VASTUS_LATERALIS, &TENSOR_FASCIAE_LATAE],
        Quads,
        &[work(
            "quads-it-band",
            "Light rolling along the outer thigh, where it aches.",
        )],
    ),
    place(
        "front-of-thigh",
        "front of the thigh or knee",
        "Pain at the front of the thigh or the knee",
        BodyView::Front,
        &[],
        "Pain at the front of the knee or thigh often comes from knots higher up in the front thigh muscles, or from the inner thigh.",
        &[&QUADRICEPS, &ADDUCTORS],
        Quads,
        &[work(
            "quads-it-band",
            "Rolling and a stretch for the front of the thigh.",
        )],
    ),
    place(
        "inner-knee",
        "inner knee",
        "Pain at the inner knee",
        BodyView::Front,
        &[],
        "An ache at the inner knee often comes from the inner part of the front thigh muscle just above it, or from the inner thigh.",
        &[&VASTUS_MEDIALIS, &ADDUCTORS],
        Quads,
        &[],
    ),
    place(
        "shin",
        "shin",
        "Pain in the shin",
        BodyView::Front,
        &[],
        "An ache along the front of the shin usually comes from the muscle right beside the shin bone.",
        &[&TIBIALIS_ANTERIOR],
        Calves,
        &[],
    ),
    place(
        "back-of-knee",
        "back of the knee",
        "Pain at the back of the knee",
        BodyView::Back,
        &[P::BackOfKnee],
        "An ache behind the knee often comes from the top of the calf or the lower end of the hamstrings; a swollen, warm calf needs a doctor first.",
        &[&GASTROCNEMIUS, &HAMSTRINGS],
        Calves,
        &[],
    ),
    place(
        "calf",
        "calf",
        "Pain in the calf",
        BodyView::Back,
        &[P::Calf],
        "Calf pain usually comes from knots in the calf itself, sometimes from the small glute under the side of the hip; a swollen, red or warm calf needs a doctor, not pressure.",
        &[&GASTROCNEMIUS, &SOLEUS, &GLUTEUS_MINIMUS],
        Calves,
        &[work(
            "calves-heel",
            "A roll, ball holds and a stretch for the calf itself.",
        )],
    ),
    place(
        "heel",
        "heel",
        "Pain in the heel",
        BodyView::Back,
        &[P::Heel],
        "Heel pain often comes from a tight deep calf muscle, or from the small muscles in the sole.",
        &[&SOLEUS, &SOLE_MUSCLES],
        Feet,
        &[work(
            "soles-of-feet",
            "Rolling the sole on a ball and a hold in front of the heel.",
        )],
    ),
    place(
        "sole-and-arch",
        "sole and arch",
        "Pain in the arch or the sole of the foot",
        BodyView::Back,
        &[P::Sole],
        "An aching arch or sole often comes from the small muscles of the sole itself, or from the calf above it.",
        &[&ARCH_MUSCLES, &TIBIALIS_POSTERIOR, &GASTROCNEMIUS],
        Feet,
        &[work(
            "soles-of-feet",
            "Rolling the sole on a ball, a hold in the arch, then a stretch.",
        )],
    ),
    place(
        "ball-of-foot",
        "ball of the foot",
        "Pain in the ball of the foot",
        BodyView::Front,
        &[P::Sole],
        "Pain under the ball of the foot often comes from the calf, or from the small muscles of the sole.",
        &[&GASTROCNEMIUS, &SOLEUS, &ARCH_MUSCLES],
        Feet,
        &[work(
            "soles-of-feet",
            "Rolling the sole on a ball, from the heel to the ball of the foot.",
        )],
    ),
    place(
        "top-of-foot",
        "front of the ankle or top of the foot",
        "Pain at the front of the ankle or the top of the foot",
        BodyView::Front,
        &[],
        "An ache at the front of the ankle or over the top of the foot and the toes often comes from the muscles beside the shin bone.",
        &[&TIBIALIS_ANTERIOR, &TOE_EXTENSORS],
        Feet,
        &[],
    ),
];

#[cfg(test)]
#[path = "referral_tests.rs"]
mod tests;
