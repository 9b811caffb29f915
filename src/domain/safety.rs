//! When self-care is not enough: the warning signs shown before the first
//! session, on the "When to see a doctor" page and, the ones that belong
//! there, on each place of the finder and the body map; and the places never
//! to press. One list, so every screen always says the same thing.

use crate::routine::{BodyArea, Step, StepKind};

/// Bump when the lists change in a way the user should see again: a stored
/// answer with an older version no longer counts.
pub const VERSION: u32 = 2;

/// How soon a warning sign needs care, the most urgent first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Urgency {
    /// Call the local emergency number now.
    EmergencyNow,
    /// See a doctor today.
    SameDay,
    /// See a doctor within days.
    DoctorSoon,
    /// Book an appointment; stop self-release on it meanwhile.
    Doctor,
}

impl Urgency {
    /// Most urgent first.
    pub const ALL: [Urgency; 4] = [
        Urgency::EmergencyNow,
        Urgency::SameDay,
        Urgency::DoctorSoon,
        Urgency::Doctor,
    ];

    /// The heading of the group of signs with this urgency.
    pub fn heading(self) -> &'static str {
        match self {
            Urgency::EmergencyNow => "Emergency: call your local emergency number now",
            Urgency::SameDay => "See a doctor today",
            Urgency::DoctorSoon => "See a doctor within a few days",
            Urgency::Doctor => "See a doctor or physical therapist",
        }
    }

    /// Whether it cannot wait for an appointment.
    pub fn is_urgent(self) -> bool {
        matches!(self, Urgency::EmergencyNow | Urgency::SameDay)
    }

    /// A short name for class names and tests.
    pub fn slug(self) -> &'static str {
        match self {
            Urgency::EmergencyNow => "emergency",
            Urgency::SameDay => "same-day",
            Urgency::DoctorSoon => "doctor-soon",
            Urgency::Doctor => "doctor",
        }
    }
}

/// A place where pain is felt, in the words of the warning-sign table: the
/// finder's zones and the body map's areas each name theirs, and a sign
/// belongs to some of them (or everywhere).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    /// Every head zone: the temple, the forehead, behind the eye, the back of the head.
    Head,
    Temple,
    Jaw,
    /// Every neck zone, with the angle of the neck and the shoulder.
    Neck,
    Chest,
    FrontOfShoulder,
    DownTheArm,
    WristAndHand,
    BetweenShoulderBlades,
    LowerBack,
    Buttock,
    BackOfLeg,
    SideOfLeg,
    BackOfKnee,
    Calf,
    Heel,
    Sole,
}

impl Place {
    pub const ALL: [Place; 17] = [
        Place::Head,
        Place::Temple,
        Place::Jaw,
        Place::Neck,
        Place::Chest,
        Place::FrontOfShoulder,
        Place::DownTheArm,
        Place::WristAndHand,
        Place::BetweenShoulderBlades,
        Place::LowerBack,
        Place::Buttock,
        Place::BackOfLeg,
        Place::SideOfLeg,
        Place::BackOfKnee,
        Place::Calf,
        Place::Heel,
        Place::Sole,
    ];
}

/// Where a warning sign belongs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Belongs {
    /// Shown for every place.
    Everywhere,
    /// Shown for these places only.
    At(&'static [Place]),
}

/// A sign that a clinician should look first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RedFlag {
    /// Stable, for tests and class names.
    pub id: &'static str,
    pub text: &'static str,
    pub urgency: Urgency,
    pub belongs: Belongs,
}

impl RedFlag {
    /// Whether it needs care today, not just an appointment.
    pub fn urgent(&self) -> bool {
        self.urgency.is_urgent()
    }

    /// Whether it belongs to any of `places` (or everywhere).
    pub fn belongs_to(&self, places: &[Place]) -> bool {
        match self.belongs {
            Belongs::Everywhere => true,
            Belongs::At(own) => own.iter().any(|p| places.contains(p)),
        }
    }
}

use Place as P;

/// Every warning sign, the most urgent first (the heart first of all), so
/// any selection of them keeps this order.
pub const RED_FLAGS: [RedFlag; 9] = [
    RedFlag {
        id: "heart",
        text: "Chest pain or pressure, above all when it spreads to an arm, the jaw or the back, or comes with breathlessness, sweating or nausea: it can be the heart",
        urgency: Urgency::EmergencyNow,
        belongs: Belongs::At(&[P::Chest, P::FrontOfShoulder, P::DownTheArm, P::BetweenShoulderBlades, P::Jaw]),
    },
    RedFlag {
        id: "sudden-headache",
        text: "A sudden, severe headache, the worst you have ever had; or a headache with weakness, confusion, trouble speaking or seeing, or after a blow to the head",
        urgency: Urgency::EmergencyNow,
        belongs: Belongs::At(&[P::Head]),
    },
    RedFlag {
        id: "saddle",
        text: "Numbness in the groin or between the legs (the saddle area), or new trouble controlling your bladder or bowel, with back pain",
        urgency: Urgency::EmergencyNow,
        belongs: Belongs::At(&[P::LowerBack, P::Buttock, P::BackOfLeg, P::SideOfLeg]),
    },
    RedFlag {
        id: "fever-breathing",
        text: "A fever with a stiff neck; trouble breathing; feeling dizzy or fainting",
        urgency: Urgency::EmergencyNow,
        belongs: Belongs::At(&[P::Neck, P::Head]),
    },
    RedFlag {
        id: "blood-clot",
        text: "A calf or leg that is swollen, red, warm and painful: it can be a blood clot, so never massage or press it",
        urgency: Urgency::SameDay,
        belongs: Belongs::At(&[P::Calf, P::BackOfKnee, P::Heel, P::Sole]),
    },
    RedFlag {
        id: "temple-after-50",
        text: "A new headache at the temple after the age of 50, with pain when chewing or a tender scalp",
        urgency: Urgency::SameDay,
        belongs: Belongs::At(&[P::Temple, P::Jaw]),
    },
    RedFlag {
        id: "back-pain-with",
        text: "Back pain with a fever, weight loss you cannot explain or a history of cancer, or back pain after a fall or an injury",
        urgency: Urgency::DoctorSoon,
        belongs: Belongs::At(&[P::LowerBack, P::BetweenShoulderBlades]),
    },
    RedFlag {
        id: "nerve",
        text: "Numbness, pins and needles or weakness, or pain that travels along an arm or a leg",
        urgency: Urgency::Doctor,
        belongs: Belongs::At(&[P::DownTheArm, P::WristAndHand, P::BackOfLeg, P::SideOfLeg, P::Buttock]),
    },
    RedFlag {
        id: "lasting",
        text: "Pain that lasts more than a few weeks even with regular self-care, or that disturbs your sleep, your mood or your work",
        urgency: Urgency::Doctor,
        belongs: Belongs::Everywhere,
    },
];

/// The signs that belong to any of `places`, in [`RED_FLAGS`] order (the
/// most urgent first); the ones that belong everywhere are always there.
pub fn flags_for(places: &[Place]) -> Vec<&'static RedFlag> {
    RED_FLAGS.iter().filter(|f| f.belongs_to(places)).collect()
}

/// `flags` grouped by urgency, the most urgent group first; groups with no
/// sign are left out, and each keeps the order it was given.
pub fn by_urgency<'a>(flags: &[&'a RedFlag]) -> Vec<(Urgency, Vec<&'a RedFlag>)> {
    Urgency::ALL
        .iter()
        .map(|&u| {
            (
                u,
                flags
                    .iter()
                    .copied()
                    .filter(|f| f.urgency == u)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, list)| !list.is_empty())
        .collect()
}

/// Every sign, grouped by urgency (the start check and the doctor page).
pub fn all_by_urgency() -> Vec<(Urgency, Vec<&'static RedFlag>)> {
    by_urgency(&RED_FLAGS.iter().collect::<Vec<_>>())
}

/// The places of a body-map area: what it holds of the warning-sign table.
/// It covers the places of every finder zone that lies in the area.
pub fn area_places(area: BodyArea) -> &'static [Place] {
    match area {
        BodyArea::Head => &[P::Head, P::Temple],
        BodyArea::Jaw => &[P::Jaw],
        BodyArea::Neck => &[P::Neck],
        // The top of the shoulder meets the neck; the front of the shoulder
        // is where the heart can send pain.
        BodyArea::Shoulders => &[P::Neck, P::FrontOfShoulder],
        BodyArea::Chest => &[P::Chest],
        BodyArea::UpperBack => &[P::BetweenShoulderBlades],
        BodyArea::LowerBack => &[P::LowerBack],
        BodyArea::Arms => &[P::FrontOfShoulder, P::DownTheArm],
        BodyArea::Forearms => &[P::WristAndHand],
        BodyArea::Hips => &[],
        BodyArea::Glutes => &[P::Buttock],
        // The outer thigh is the side of the leg.
        BodyArea::Quads => &[P::SideOfLeg],
        BodyArea::Hamstrings => &[P::BackOfLeg],
        BodyArea::Calves => &[P::Calf, P::BackOfKnee],
        BodyArea::Feet => &[P::Heel, P::Sole],
        BodyArea::FullBody => &[],
    }
}

/// The signs to show for a body-map area, the most urgent first.
pub fn flags_for_area(area: BodyArea) -> Vec<&'static RedFlag> {
    flags_for(area_places(area))
}

/// The sign with this id.
pub fn flag(id: &str) -> Option<&'static RedFlag> {
    RED_FLAGS.iter().find(|f| f.id == id)
}

/// Places no routine should ever press on: first the places of the body,
/// then what depends on the person (a clot, a bruise, a pregnancy).
pub const NEVER_PRESS: [&str; 15] = [
    "The front or sides of the neck below the ear, where arteries and nerves run",
    "The throat",
    "The armpit",
    "The hollow behind the knee",
    "The inner groin",
    "The spine itself, and other bony points: kneecaps, hip bones, collarbones and elbows",
    "The belly",
    "The kidneys: the soft area just below the lowest ribs at the back",
    "A possible blood clot: a calf or leg that is swollen, warm, red or tender for no reason",
    "Varicose veins",
    "Bruises",
    "Open wounds, cuts, burns or infected skin",
    "A recent fracture, or anywhere still healing after surgery",
    "Numb skin",
    "The belly or the lower back during pregnancy",
];

/// What goes with the list of [`NEVER_PRESS`] places wherever it is shown.
pub const PRESSURE_RULES: [&str; 2] = [
    "If you take blood thinners or have a bleeding disorder, ask a doctor before pressing anywhere: you can bruise or bleed easily.",
    "A hold that makes you dizzy or light-headed (above all on the neck) ends at once: ease off and sit up slowly.",
];

/// The places of [`NEVER_PRESS`], one each, in the same order, so code can
/// check a routine or a suggestion against them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NeverPress {
    FrontOfNeck,
    Throat,
    Armpit,
    KneeHollow,
    InnerGroin,
    BonyPoints,
    Belly,
    Kidneys,
    BloodClot,
    VaricoseVeins,
    Bruises,
    Wounds,
    RecentInjury,
    NumbSkin,
    PregnancyBellyAndLowerBack,
}

impl NeverPress {
    pub const ALL: [NeverPress; 15] = [
        NeverPress::FrontOfNeck,
        NeverPress::Throat,
        NeverPress::Armpit,
        NeverPress::KneeHollow,
        NeverPress::InnerGroin,
        NeverPress::BonyPoints,
        NeverPress::Belly,
        NeverPress::Kidneys,
        NeverPress::BloodClot,
        NeverPress::VaricoseVeins,
        NeverPress::Bruises,
        NeverPress::Wounds,
        NeverPress::RecentInjury,
        NeverPress::NumbSkin,
        NeverPress::PregnancyBellyAndLowerBack,
    ];

    /// Its line in [`NEVER_PRESS`].
    pub fn text(self) -> &'static str {
        NEVER_PRESS[self as usize]
    }

    /// Off limits for everyone: a place of the body. The others depend on
    /// the person (a clot, a wound, a pregnancy), so a routine near them
    /// warns instead.
    pub fn always(self) -> bool {
        matches!(
            self,
            NeverPress::FrontOfNeck
                | NeverPress::Throat
                | NeverPress::Armpit
                | NeverPress::KneeHollow
                | NeverPress::InnerGroin
                | NeverPress::BonyPoints
                | NeverPress::Belly
                | NeverPress::Kidneys
        )
    }

    /// Body areas where any pressure comes close to this place: a step that
    /// presses there must carry a caution that names it. Bruises, wounds,
    /// a recent injury and numb skin can be anywhere: the list says so.
    pub fn near(self) -> &'static [BodyArea] {
        use BodyArea::*;
        match self {
            NeverPress::FrontOfNeck => &[Neck, Jaw],
            NeverPress::Throat => &[Neck],
            NeverPress::Armpit => &[Chest, Arms],
            NeverPress::KneeHollow => &[Hamstrings],
            NeverPress::InnerGroin => &[Hips],
            NeverPress::BonyPoints => &[Neck, UpperBack, LowerBack, Hips, Quads],
            NeverPress::Belly => &[Hips],
            NeverPress::Kidneys => &[LowerBack],
            NeverPress::BloodClot | NeverPress::VaricoseVeins => &[Calves],
            NeverPress::PregnancyBellyAndLowerBack => &[LowerBack, Hips],
            NeverPress::Bruises
            | NeverPress::Wounds
            | NeverPress::RecentInjury
            | NeverPress::NumbSkin => &[],
        }
    }

    /// Places within an area that come close to this place, told by what
    /// the step says (its title or instruction): the top of the shoulder
    /// lies against the side of the neck, while the shoulder blade does not;
    /// the calf runs up to the knee hollow, while the front of the shin does
    /// not.
    pub fn near_when(self) -> &'static [(BodyArea, &'static str)] {
        match self {
            NeverPress::FrontOfNeck => &[(BodyArea::Shoulders, "top of the")],
            NeverPress::KneeHollow => &[(BodyArea::Calves, "calf")],
            NeverPress::Armpit => &[(BodyArea::Shoulders, "flat of the shoulder blade")],
            NeverPress::BonyPoints => &[
                (BodyArea::Shoulders, "shoulder blade"),
                (BodyArea::Forearms, "elbow"),
            ],
            _ => &[],
        }
    }

    /// Whether pressing where `step` says comes close to this place (only
    /// holds and rolls press).
    pub fn is_near(self, step: &Step) -> bool {
        if !matches!(step.kind, StepKind::Hold | StepKind::Roll) {
            return false;
        }
        let said = format!("{} {}", step.title, step.instruction).to_ascii_lowercase();
        self.near().contains(&step.area)
            || self
                .near_when()
                .iter()
                .any(|(area, words)| *area == step.area && said.contains(words))
    }

    /// Whether a caution's text names this place.
    pub fn is_named_in(self, caution: &str) -> bool {
        // The words looked for are ASCII, so ASCII case folding finds them.
        let text = caution.to_ascii_lowercase();
        let words: &[&str] = match self {
            NeverPress::FrontOfNeck => &["side of the neck", "sides of the neck"],
            NeverPress::Throat => &["throat"],
            NeverPress::Armpit => &["armpit"],
            NeverPress::KneeHollow => &["behind the knee", "back of the knee", "knee crease"],
            NeverPress::InnerGroin => &["groin"],
            NeverPress::BonyPoints => &["bone", "bony", "spine", "kneecap"],
            NeverPress::Belly => &["belly", "abdomen"],
            NeverPress::Kidneys => &["kidney"],
            NeverPress::BloodClot => &["blood clot"],
            NeverPress::VaricoseVeins => &["varicose"],
            NeverPress::Bruises => &["bruise"],
            NeverPress::Wounds => &["wound", "cut", "blister"],
            NeverPress::RecentInjury => &["fracture", "surgery"],
            NeverPress::NumbSkin => &["numb"],
            NeverPress::PregnancyBellyAndLowerBack => &["pregnant", "pregnancy"],
        };
        words.iter().any(|w| text.contains(w))
    }
}

/// Which is which: the spreading ache a knot gives, and the signs of a
/// nerve that need a clinician. Shown where pain travels (the finder, the
/// glute routine, the safety check).
pub const ACHE_OR_NERVE: &str = "A dull, deep ache that spreads, even a long way from the sore spot, is what a knot usually feels like. Shooting, burning or electric pain, numbness, pins and needles, or weakness is different: it can come from a nerve, so have a clinician look at it before you press.";

/// The red flag for pain that travels along an arm or a leg.
pub fn nerve_flag() -> &'static RedFlag {
    &RED_FLAGS[7]
}

#[cfg(test)]
#[path = "safety_tests.rs"]
mod tests;
