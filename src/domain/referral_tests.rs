//! Tests of `referral`: every zone leads to a real, safe routine.
use super::*;
use crate::presets;
use crate::routine::{Routine, StepKind};
use crate::safety::{flags_for_area, Place};
use crate::validate::{validate, Policy};
use proptest::prelude::*;
use std::collections::HashSet;

fn preset(id: &str) -> Routine {
    presets::by_id(id).unwrap_or_else(|| panic!("no preset {id}"))
}

fn presses(r: &Routine) -> bool {
    r.steps
        .iter()
        .any(|s| matches!(s.kind, StepKind::Hold | StepKind::Roll))
}

/// Whether a routine has a pressure step (a hold or a roll) on one of `areas`.
fn presses_on(r: &Routine, areas: &[BodyArea]) -> bool {
    r.steps
        .iter()
        .any(|s| matches!(s.kind, StepKind::Hold | StepKind::Roll) && areas.contains(&s.area))
}

fn ids(list: &[&'static Source]) -> Vec<&'static str> {
    list.iter().map(|s| s.id).collect()
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The first routine offered for a zone, and why.
fn first(zone_id: &str) -> (Routine, Suggestion) {
    let s = suggestions(zone_id)[0];
    (preset(s.routine_id), s)
}

#[test]
fn the_promised_zones_are_there() {
    for id in [
        "headache",
        "temple",
        "forehead",
        "behind-eye",
        "back-of-head",
        "jaw-teeth-ear",
        "side-of-neck",
        "top-of-shoulder",
        "chest",
        "front-of-shoulder",
        "shoulder-and-arm",
        "outer-elbow",
        "wrist-and-hand",
        "thumb",
        "between-shoulder-blades",
        "lower-back",
        "buttock",
        "side-of-hip",
        "back-of-leg",
        "side-of-leg",
        "outer-thigh",
        "front-of-thigh",
        "inner-knee",
        "shin",
        "back-of-knee",
        "calf",
        "heel",
        "sole-and-arch",
        "ball-of-foot",
        "top-of-foot",
    ] {
        assert!(zone(id).is_some(), "missing {id}");
    }
}

/// The referral table of the domain notes, row by row: where it is felt,
/// the zones that stand for it, and the usual sources, most common first.
const REFERRAL_TABLE: [(&str, &[&str], &[&str]); 25] = [
    (
        "temple, side of the head, behind the ear",
        &["temple"],
        &[
            "upper-trapezius",
            "sternocleidomastoid",
            "suboccipitals",
            "temporalis",
        ],
    ),
    (
        "forehead",
        &["forehead"],
        &["sternocleidomastoid", "semispinalis", "suboccipitals"],
    ),
    (
        "behind the eye, back of the head",
        &["behind-eye", "back-of-head"],
        &["suboccipitals", "upper-trapezius", "sternocleidomastoid"],
    ),
    (
        "jaw, teeth, ear, eyebrow",
        &["jaw-teeth-ear"],
        &["masseter", "temporalis"],
    ),
    (
        "stiff neck, angle of neck and shoulder",
        &["side-of-neck", "top-of-shoulder"],
        &["levator-scapulae", "upper-trapezius"],
    ),
    (
        "between the shoulder blades",
        &["between-shoulder-blades"],
        &["scalenes", "infraspinatus", "rhomboids"],
    ),
    ("chest", &["chest"], &["pectoralis"]),
    (
        "deep in the front of the shoulder",
        &["front-of-shoulder"],
        &["infraspinatus", "pectoralis"],
    ),
    (
        "side of the shoulder, down the outer arm",
        &["shoulder-and-arm"],
        &["supraspinatus", "infraspinatus", "scalenes"],
    ),
    (
        "outer elbow, back of the wrist and hand",
        &["outer-elbow"],
        &["forearm-extensors", "supraspinatus"],
    ),
    (
        "inner forearm, wrist, palm",
        &["wrist-and-hand"],
        &["forearm-flexors"],
    ),
    ("thumb, base of the thumb", &["thumb"], &["thumb-side-arm"]),
    (
        "lower back, top of the hip",
        &["lower-back"],
        &["quadratus-lumborum", "gluteus-medius", "iliopsoas"],
    ),
    (
        "buttock, sacrum",
        &["buttock"],
        &["gluteus-medius", "quadratus-lumborum", "piriformis"],
    ),
    (
        "down the back of the thigh",
        &["back-of-leg"],
        &["piriformis", "gluteus-minimus", "hamstrings"],
    ),
    (
        "down the side of the leg to the ankle",
        &["side-of-leg"],
        &["gluteus-minimus", "tensor-fasciae-latae"],
    ),
    (
        "front of the knee, front of the thigh",
        &["front-of-thigh"],
        &["quadriceps", "adductors"],
    ),
    (
        "inner knee",
        &["inner-knee"],
        &["vastus-medialis", "adductors"],
    ),
    ("shin", &["shin"], &["tibialis-anterior"]),
    (
        "outer thigh, outer knee",
        &["outer-thigh"],
        &["vastus-lateralis", "tensor-fasciae-latae"],
    ),
    (
        "back of the knee",
        &["back-of-knee"],
        &["gastrocnemius", "hamstrings"],
    ),
    (
        "calf",
        &["calf"],
        &["gastrocnemius", "soleus", "gluteus-minimus"],
    ),
    ("heel", &["heel"], &["soleus", "sole-muscles"]),
    (
        "arch, sole",
        &["sole-and-arch"],
        &["arch-muscles", "tibialis-posterior", "gastrocnemius"],
    ),
    (
        "ball of the foot",
        &["ball-of-foot"],
        &["gastrocnemius", "soleus", "arch-muscles"],
    ),
];

#[test]
fn every_row_of_the_referral_table_has_its_zone_with_its_sources_in_order() {
    for (felt_at, zone_ids, want) in REFERRAL_TABLE {
        for id in zone_ids {
            let z = zone(id).unwrap_or_else(|| panic!("{felt_at}: no zone {id}"));
            assert_eq!(ids(z.sources), want, "{felt_at} ({id})");
        }
    }
    // The top of the foot row: the front of the shin, then the toe extensors.
    assert_eq!(
        ids(zone("top-of-foot").unwrap().sources),
        ["tibialis-anterior", "toe-extensors"]
    );
    // Every source named in the table is offered somewhere, and the usual
    // names the notes give are in the plain-words names.
    for (id, usual) in [
        ("sternocleidomastoid", "sternocleidomastoid"),
        ("semispinalis", "semispinalis"),
        ("scalenes", "scalenes"),
        ("pectoralis", "pectoralis"),
        ("thumb-side-arm", "brachioradialis"),
        ("iliopsoas", "iliopsoas"),
        ("adductors", "adductors"),
        ("vastus-medialis", "vastus medialis"),
        ("tibialis-posterior", "tibialis posterior"),
        ("arch-muscles", "abductor hallucis"),
        ("arch-muscles", "flexor digitorum brevis"),
        ("sole-muscles", "quadratus plantae"),
    ] {
        assert!(source(id).unwrap().name.contains(usual), "{id}");
    }
}

#[test]
fn ids_are_unique_link_safe_and_lead_back_to_the_same_entry() {
    let mut ids = HashSet::new();
    let mut names = HashSet::new();
    let mut headings = HashSet::new();
    for z in zones() {
        assert!(is_slug(z.id), "{}", z.id);
        assert!(ids.insert(z.id), "zone id {} twice", z.id);
        assert!(names.insert(z.name), "zone name {} twice", z.name);
        assert!(headings.insert(z.heading), "heading {} twice", z.heading);
        assert_eq!(zone(z.id), Some(z));
    }
    let mut ids = HashSet::new();
    let mut names = HashSet::new();
    for s in sources() {
        assert!(is_slug(s.id), "{}", s.id);
        assert!(ids.insert(s.id), "source id {} twice", s.id);
        assert!(names.insert(s.name), "source name {} twice", s.name);
        assert_eq!(source(s.id), Some(*s));
    }
    assert_eq!(zone("nowhere"), None);
    assert_eq!(zone(""), None);
    assert_eq!(source("Temple"), None);
}

#[test]
fn names_and_reasons_are_plain_short_text() {
    for z in zones() {
        assert!(
            !z.name.trim().is_empty() && z.name.chars().count() <= 60,
            "{}",
            z.id
        );
        assert_eq!(
            z.name,
            z.name.to_lowercase(),
            "{}: lower case, for sentences",
            z.id
        );
        assert!(z.why.ends_with('.'), "{}", z.id);
        assert!((20..=200).contains(&z.why.chars().count()), "{}", z.id);
    }
    for s in sources() {
        assert!(
            s.name.ends_with(')') && s.name.contains(" ("),
            "{}: plain words (usual name)",
            s.id
        );
        for w in s.routines {
            assert!(
                w.what.ends_with('.') && w.what.chars().count() <= 120,
                "{}",
                s.id
            );
        }
    }
}

/// Words that begin a place but cannot follow "the": "Pain at the behind
/// the eye", "Works the down the leg" ("deep" is checked with what follows).
const NOT_A_NOUN: [&str; 11] = [
    "behind", "between", "down", "in", "at", "under", "along", "on", "into", "over", "the",
];

fn word_after<'a>(text: &'a str, lead: &str) -> Option<&'a str> {
    text.strip_prefix(lead)
        .and_then(|rest| rest.split([' ', ',']).next())
}

/// The heading of each result, written out: each reads as a phrase.
const HEADINGS: [(&str, &str); 30] = [
    ("headache", "Headache"),
    (
        "temple",
        "Pain at the temple, the side of the head or behind the ear",
    ),
    ("forehead", "Pain in the forehead"),
    ("behind-eye", "Pain behind the eye"),
    ("back-of-head", "Pain at the back of the head"),
    (
        "jaw-teeth-ear",
        "Pain in the jaw, the teeth, the ear or the eyebrow",
    ),
    ("side-of-neck", "Pain or stiffness at the side of the neck"),
    (
        "top-of-shoulder",
        "Pain at the top of the shoulder, where it meets the neck",
    ),
    ("chest", "Pain in the chest"),
    (
        "front-of-shoulder",
        "Pain deep in the front of the shoulder",
    ),
    (
        "shoulder-and-arm",
        "Pain at the side of the shoulder and down the outer arm",
    ),
    (
        "outer-elbow",
        "Pain at the outer elbow or the back of the wrist and hand",
    ),
    (
        "wrist-and-hand",
        "Pain in the inner forearm, the wrist or the palm",
    ),
    ("thumb", "Pain in the thumb or at the base of the thumb"),
    (
        "between-shoulder-blades",
        "Pain between the shoulder blades",
    ),
    (
        "lower-back",
        "Pain in the lower back or at the top of the hip",
    ),
    ("buttock", "Pain in the buttock"),
    ("side-of-hip", "Pain at the side of the hip"),
    ("back-of-leg", "Pain down the back of the thigh"),
    ("side-of-leg", "Pain down the side of the leg"),
    ("outer-thigh", "Pain at the outer thigh or the outer knee"),
    (
        "front-of-thigh",
        "Pain at the front of the thigh or the knee",
    ),
    ("inner-knee", "Pain at the inner knee"),
    ("shin", "Pain in the shin"),
    ("back-of-knee", "Pain at the back of the knee"),
    ("calf", "Pain in the calf"),
    ("heel", "Pain in the heel"),
    ("sole-and-arch", "Pain in the arch or the sole of the foot"),
    ("ball-of-foot", "Pain in the ball of the foot"),
    (
        "top-of-foot",
        "Pain at the front of the ankle or the top of the foot",
    ),
];

#[test]
fn every_heading_reads_as_a_phrase() {
    assert_eq!(HEADINGS.len(), zones().len(), "a heading for every zone");
    for (id, want) in HEADINGS {
        let z = zone(id).unwrap_or_else(|| panic!("no zone {id}"));
        assert_eq!(z.heading, want, "{id}");
    }
    for z in zones() {
        let h = z.heading;
        assert!(h.starts_with("Pain ") || h == "Headache", "{}: {h}", z.id);
        assert!(!h.ends_with('.') && !h.contains("  "), "{h}");
        assert!(h.chars().count() <= 70, "{h}");
        // After "at the" or "in the", a noun: never "at the behind".
        for lead in ["Pain at the ", "Pain in the "] {
            if let Some(w) = word_after(h, lead) {
                assert!(!NOT_A_NOUN.contains(&w), "{}: {h}", z.id);
            }
        }
        let lower = h.to_lowercase();
        for bad in [
            "the the ",
            " a the ",
            "the deep in",
            "at the down",
            "at the between",
        ] {
            assert!(!lower.contains(bad), "{h}");
        }
    }
}

#[test]
fn every_works_line_reads_as_a_sentence() {
    for s in sources() {
        let lead = if s.stretch_only {
            "Stretches the "
        } else {
            "Works the "
        };
        assert!(s.works.starts_with(lead), "{}: {}", s.id, s.works);
        let next = word_after(s.works, lead).unwrap_or("");
        assert!(!NOT_A_NOUN.contains(&next), "{}: {}", s.id, s.works);
        assert!(!s.works.contains("the deep in"), "{}: {}", s.id, s.works);
        assert!(s.works.ends_with('.'), "{}", s.id);
        // It names the muscle by its usual name, as the source does.
        let usual = &s.name[s.name.find(" (").unwrap()..];
        assert!(s.works.contains(usual), "{}: {}", s.id, s.works);
        assert!(s.works.chars().count() <= 120, "{}", s.id);
    }
    // The lines shown under a routine: what it works, then what it does.
    for z in zones() {
        for sug in suggestions(z.id) {
            let line = sug.line();
            assert!(line.ends_with('.'), "{}: {line}", z.id);
            assert!(!line.contains(".."), "{}: {line}", z.id);
            let lower = line.to_lowercase();
            for bad in [
                "the deep in",
                "the down ",
                "the behind",
                "the between the",
                "the the ",
            ] {
                assert!(!lower.contains(bad), "{}: {line}", z.id);
            }
            match sug.source {
                Some(s) => assert!(line.starts_with(s.works), "{}", z.id),
                None => assert!(z.local.iter().any(|w| w.what == line), "{}", z.id),
            }
        }
    }
    let line = suggestions("back-of-leg")[0].line();
    assert!(
        line.starts_with("Works the deep buttock muscle (piriformis). "),
        "{line}"
    );
}

#[test]
fn every_zone_has_a_source_and_every_source_is_felt_somewhere() {
    for z in zones() {
        assert!(!z.sources.is_empty(), "{}", z.id);
        let unique: HashSet<_> = z.sources.iter().map(|s| s.id).collect();
        assert_eq!(unique.len(), z.sources.len(), "{}: a source twice", z.id);
        for s in z.sources {
            assert_eq!(
                source(s.id),
                Some(*s),
                "{}: {} is not in the list",
                z.id,
                s.id
            );
        }
    }
    for s in sources() {
        assert!(
            zones().iter().any(|z| z.sources.contains(s)),
            "{} is felt nowhere",
            s.id
        );
    }
}

#[test]
fn every_routine_offered_exists_passes_the_preset_rules_and_works_its_source() {
    for s in sources() {
        assert!(!s.areas.is_empty(), "{}", s.id);
        // No routine fits: the source says what to do instead.
        if s.routines.is_empty() {
            let note = s
                .note
                .unwrap_or_else(|| panic!("{}: no routine and no note", s.id));
            assert!(note.contains("clinician"), "{}", s.id);
        }
        let unique: HashSet<_> = s.routines.iter().map(|w| w.routine_id).collect();
        assert_eq!(unique.len(), s.routines.len(), "{}", s.id);
        for w in s.routines {
            let r = preset(w.routine_id);
            assert!(validate(&r, Policy::Preset).is_empty(), "{}", r.id);
            assert!(
                r.areas().iter().any(|a| s.areas.contains(a)),
                "{} does not work the area of {}",
                r.id,
                s.id
            );
        }
    }
    for z in zones() {
        for w in z.local {
            let r = preset(w.routine_id);
            assert!(r.areas().contains(&z.area), "{}: {}", z.id, w.routine_id);
            assert!(w.what.ends_with('.') && w.what.chars().count() <= 120);
        }
        // Every zone leads to at least one routine.
        assert!(!suggestions(z.id).is_empty(), "{}", z.id);
    }
}

#[test]
fn no_source_sends_anyone_to_press_a_never_press_place() {
    let mut checked = 0;
    for s in sources() {
        let Some(place) = s.never_press else { continue };
        checked += 1;
        for w in s.routines {
            let r = preset(w.routine_id);
            if place.always() {
                assert!(
                    !presses(&r),
                    "{} offers pressure on {place:?}: {}",
                    s.id,
                    r.id
                );
                continue;
            }
            for (i, step) in r.steps.iter().enumerate() {
                let pressing = matches!(step.kind, StepKind::Hold | StepKind::Roll);
                if pressing && s.areas.contains(&step.area) {
                    let caution = step.caution.as_deref().unwrap_or("");
                    assert!(place.is_named_in(caution), "{}: {} step {i}", s.id, r.id);
                }
            }
        }
    }
    assert!(checked >= 3);
    let front = source("sternocleidomastoid").unwrap();
    assert_eq!(front.never_press, Some(NeverPress::FrontOfNeck));
    // And nothing the finder suggests presses where a source says it must not.
    for z in zones() {
        for sug in suggestions(z.id) {
            if let Some(s) = sug.source {
                if s.never_press.is_some_and(NeverPress::always) {
                    assert!(!presses(&preset(sug.routine_id)), "{}", z.id);
                }
            }
        }
    }
}

#[test]
fn stretch_only_sources_are_offered_as_stretches_or_a_clinician_never_pressure() {
    // The stretch-only sources of the domain notes, and only those.
    let stretch_only: HashSet<_> = sources()
        .iter()
        .filter(|s| s.stretch_only)
        .map(|s| s.id)
        .collect();
    let want: HashSet<_> = [
        "sternocleidomastoid",
        "scalenes",
        "iliopsoas",
        "tibialis-posterior",
    ]
    .into_iter()
    .collect();
    assert_eq!(stretch_only, want);
    for s in sources().iter().filter(|s| s.stretch_only) {
        let note = s.note.unwrap_or_else(|| panic!("{}: says why", s.id));
        assert!(note.starts_with("Stretch only:"), "{}", s.id);
        assert!(
            note.contains("never press")
                || note.contains("nobody should press")
                || note.contains("out of reach of safe pressure"),
            "{}",
            s.id
        );
        for w in s.routines {
            let r = preset(w.routine_id);
            assert!(
                !presses_on(&r, s.areas),
                "{} offers pressure on {:?}: {}",
                s.id,
                s.areas,
                r.id
            );
            // It is offered for a stretch it holds.
            assert!(
                r.steps
                    .iter()
                    .any(|st| st.kind == StepKind::Stretch && s.areas.contains(&st.area)),
                "{}: {} has no stretch for it",
                s.id,
                r.id
            );
        }
    }
    // Through the finder too: a routine offered for a stretch-only source
    // presses none of its areas.
    for z in zones() {
        for sug in suggestions(z.id) {
            if let Some(s) = sug.source.filter(|s| s.stretch_only) {
                assert!(
                    !presses_on(&preset(sug.routine_id), s.areas),
                    "{}: {}",
                    z.id,
                    s.id
                );
            }
        }
    }
    // A source no routine fits says so rather than sending anyone anywhere.
    assert!(source("tibialis-posterior").unwrap().routines.is_empty());
    assert!(source("adductors").unwrap().routines.is_empty());
}

#[test]
fn suggestions_put_the_sources_first_then_the_place_itself_without_repeats() {
    for z in zones() {
        let list = suggestions(z.id);
        assert!(!list.is_empty(), "{}", z.id);
        let ids: HashSet<_> = list.iter().map(|s| s.routine_id).collect();
        assert_eq!(ids.len(), list.len(), "{}: a routine twice", z.id);
        // The first works the most likely source that has a routine, with
        // that source's best routine.
        let top = z.sources.iter().find(|s| !s.routines.is_empty()).unwrap();
        assert_eq!(list[0].source, Some(*top), "{}", z.id);
        assert_eq!(list[0].routine_id, top.routines[0].routine_id);
        // Routines for the place itself come after every source's routine.
        let first_local = list.iter().position(|s| s.source.is_none());
        if let Some(at) = first_local {
            assert!(list[at..].iter().all(|s| s.source.is_none()), "{}", z.id);
        }
        for s in &list {
            if let Some(src) = s.source {
                assert!(z.sources.contains(&src), "{}", z.id);
                assert!(src.routines.iter().any(|w| w.routine_id == s.routine_id));
            }
        }
        // Every source and every local routine is represented.
        for src in z.sources {
            for w in src.routines {
                assert!(ids.contains(w.routine_id), "{}: {}", z.id, w.routine_id);
            }
        }
        for w in z.local {
            assert!(ids.contains(w.routine_id), "{}: {}", z.id, w.routine_id);
        }
    }
    assert!(suggestions("nowhere").is_empty());
}

#[test]
fn the_best_routine_of_each_source_comes_before_anyone_s_second() {
    let list = suggestions("temple");
    let ids: Vec<_> = list.iter().map(|s| s.routine_id).collect();
    assert_eq!(
        &ids[..4],
        [
            "upper-traps-shoulders",
            "neck-stretches",
            "neck-headache",
            "jaw-release"
        ]
    );
    assert_eq!(list[1].source.unwrap().id, "sternocleidomastoid");
    assert_eq!(list[2].source.unwrap().id, "suboccipitals");
}

#[test]
fn heel_pain_leads_first_to_a_calf_routine() {
    let (r, s) = first("heel");
    assert!(r.areas().contains(&BodyArea::Calves), "{}", r.id);
    assert_eq!(r.id, "calves-heel");
    assert_eq!(s.source.unwrap().id, "soleus");
    assert_eq!(nerve_warning(zone("heel").unwrap()), None);
}

#[test]
fn pain_down_the_back_of_the_leg_leads_first_to_the_glutes_with_the_nerve_warning() {
    let z = zone("back-of-leg").unwrap();
    assert!(z.name.contains("back of the thigh") && z.name.contains("back of the leg"));
    let (r, s) = first(z.id);
    assert!(r.areas().contains(&BodyArea::Glutes), "{}", r.id);
    assert_eq!(r.id, "glutes-sciatic");
    assert_eq!(s.source.unwrap().id, "piriformis");
    let flag = nerve_warning(z).expect("a nerve warning");
    assert!(flag.text.contains("Numbness, pins and needles or weakness"));
    assert_eq!(flag, safety::nerve_flag());
}

#[test]
fn a_temple_headache_leads_first_to_the_upper_trapezius_or_the_neck() {
    let (r, s) = first("temple");
    let areas = r.areas();
    assert!(
        areas.contains(&BodyArea::Shoulders) || areas.contains(&BodyArea::Neck),
        "{}",
        r.id
    );
    assert_eq!(r.id, "upper-traps-shoulders");
    assert_eq!(s.source.unwrap().id, "upper-trapezius");
}

/// Which signs each zone shows, written from the domain table: the zone's
/// places in its "where it belongs" column, and "everywhere".
const ZONE_FLAGS: [(&str, &[&str]); 30] = [
    (
        "headache",
        &["sudden-headache", "fever-breathing", "lasting"],
    ),
    (
        "temple",
        &[
            "sudden-headache",
            "fever-breathing",
            "temple-after-50",
            "lasting",
        ],
    ),
    (
        "forehead",
        &["sudden-headache", "fever-breathing", "lasting"],
    ),
    (
        "behind-eye",
        &["sudden-headache", "fever-breathing", "lasting"],
    ),
    (
        "back-of-head",
        &["sudden-headache", "fever-breathing", "lasting"],
    ),
    ("jaw-teeth-ear", &["heart", "temple-after-50", "lasting"]),
    ("side-of-neck", &["fever-breathing", "lasting"]),
    ("top-of-shoulder", &["fever-breathing", "lasting"]),
    ("chest", &["heart", "lasting"]),
    ("front-of-shoulder", &["heart", "lasting"]),
    ("shoulder-and-arm", &["heart", "nerve", "lasting"]),
    ("outer-elbow", &["nerve", "lasting"]),
    ("wrist-and-hand", &["nerve", "lasting"]),
    ("thumb", &["nerve", "lasting"]),
    (
        "between-shoulder-blades",
        &["heart", "back-pain-with", "lasting"],
    ),
    ("lower-back", &["saddle", "back-pain-with", "lasting"]),
    ("buttock", &["saddle", "nerve", "lasting"]),
    ("side-of-hip", &["lasting"]),
    ("back-of-leg", &["saddle", "nerve", "lasting"]),
    ("side-of-leg", &["saddle", "nerve", "lasting"]),
    ("outer-thigh", &["saddle", "nerve", "lasting"]),
    ("front-of-thigh", &["lasting"]),
    ("inner-knee", &["lasting"]),
    ("shin", &["lasting"]),
    ("back-of-knee", &["blood-clot", "lasting"]),
    ("calf", &["blood-clot", "lasting"]),
    ("heel", &["blood-clot", "lasting"]),
    ("sole-and-arch", &["blood-clot", "lasting"]),
    ("ball-of-foot", &["blood-clot", "lasting"]),
    ("top-of-foot", &["lasting"]),
];

#[test]
fn every_zone_gets_exactly_the_red_flags_of_its_places() {
    assert_eq!(
        ZONE_FLAGS.len(),
        zones().len(),
        "every zone is in the table"
    );
    for (id, want) in ZONE_FLAGS {
        let z = zone(id).unwrap_or_else(|| panic!("no zone {id}"));
        let got: Vec<_> = red_flags(z).iter().map(|f| f.id).collect();
        assert_eq!(got, want, "{id}");
        assert_eq!(nerve_warning(z).is_some(), want.contains(&"nerve"), "{id}");
    }
    // A body-map area never shows fewer signs than a zone that lies in it.
    for z in zones() {
        let area: HashSet<_> = flags_for_area(z.area).iter().map(|f| f.id).collect();
        for f in red_flags(z) {
            assert!(area.contains(f.id), "{}: {:?} lacks {}", z.id, z.area, f.id);
        }
    }
}

#[test]
fn the_places_that_need_a_sign_first_have_it_first() {
    // Chest: the heart before anything else.
    assert_eq!(red_flags(zone("chest").unwrap())[0].id, "heart");
    // Lower back: the bladder and saddle sign, an emergency.
    let low = red_flags(zone("lower-back").unwrap());
    assert_eq!(low[0].id, "saddle");
    // Every head zone and the headache entry: the sudden headache first.
    for z in zones().iter().filter(|z| z.places.contains(&Place::Head)) {
        assert_eq!(red_flags(z)[0].id, "sudden-headache", "{}", z.id);
    }
    // The calf, the heel and the sole: the clot sign, before any routine
    // that presses the calf.
    for id in [
        "calf",
        "heel",
        "sole-and-arch",
        "back-of-knee",
        "ball-of-foot",
    ] {
        assert_eq!(red_flags(zone(id).unwrap())[0].id, "blood-clot", "{id}");
    }
}

#[test]
fn headache_leads_to_the_head_zones() {
    let h = zone("headache").unwrap();
    assert_eq!(h.view, BodyView::Neither);
    assert_eq!(
        h.leads_to,
        ["temple", "forehead", "behind-eye", "back-of-head"]
    );
    for id in h.leads_to {
        let z = zone(id).unwrap();
        assert_eq!(z.area, BodyArea::Head, "{id}");
        assert!(z.leads_to.is_empty());
        assert_ne!(z.view, BodyView::Neither);
    }
    // Its sources are the head zones' sources.
    for s in h.sources {
        assert!(
            h.leads_to
                .iter()
                .any(|id| zone(id).unwrap().sources.contains(s)),
            "{}",
            s.id
        );
    }
    // Only overview entries are off the picture.
    for z in zones() {
        assert_eq!(
            z.view == BodyView::Neither,
            !z.leads_to.is_empty(),
            "{}",
            z.id
        );
    }
}

#[test]
fn each_body_map_area_stands_for_a_zone_and_shows_its_sources_from_elsewhere() {
    for a in BodyArea::ALL {
        match area_zone(a) {
            Some(z) => assert_eq!(z.area, a, "{a:?}"),
            None => assert_eq!(a, BodyArea::FullBody),
        }
    }
    // The back of the thigh: the deep buttock first, as in the finder.
    let (z, list) = from_elsewhere(BodyArea::Hamstrings).expect("sources elsewhere");
    assert_eq!(z.id, "back-of-leg");
    assert_eq!(list[0].routine_id, "glutes-sciatic");
    assert_eq!(list[0].source.unwrap().id, "piriformis");
    assert!(list.iter().all(|s| s
        .source
        .is_some_and(|s| !s.areas.contains(&BodyArea::Hamstrings))));
    assert!(list.iter().all(|s| s.routine_id != "hamstrings"));
    // The calves: their sources lie in them (the calf), bar the small glute.
    let (_, calf) = from_elsewhere(BodyArea::Calves).unwrap();
    assert_eq!(calf[0].source.unwrap().id, "gluteus-minimus");
    assert_eq!(from_elsewhere(BodyArea::FullBody), None);
}

#[test]
fn a_routine_for_the_place_itself_works_it() {
    // The side of the leg has no routine of its own: the quads routine
    // rolls the thigh, not the side of the leg down to the ankle.
    assert!(zone("side-of-leg").unwrap().local.is_empty());
    for s in suggestions("side-of-leg") {
        assert!(s.source.is_some(), "{}", s.routine_id);
    }
    // The advice for one-sided pain agrees with Learn: both sides.
    assert!(BOTH_SIDES.starts_with("Work both sides"));
}

#[test]
fn the_front_and_back_pictures_both_have_zones_and_sides_are_marked() {
    assert!(zones().iter().filter(|z| z.view.shows_front()).count() >= 6);
    assert!(zones().iter().filter(|z| z.view.shows_back()).count() >= 6);
    assert!(BodyView::Both.shows_front() && BodyView::Both.shows_back());
    assert!(!BodyView::Front.shows_back() && !BodyView::Back.shows_front());
    assert!(!BodyView::Neither.shows_front() && !BodyView::Neither.shows_back());
    for id in [
        "back-of-head",
        "between-shoulder-blades",
        "lower-back",
        "chest",
        "headache",
    ] {
        assert!(!zone(id).unwrap().paired, "{id} is in the middle");
    }
    for id in ["heel", "outer-elbow", "side-of-hip", "temple", "thumb"] {
        assert!(zone(id).unwrap().paired, "{id} is on one side");
    }
}

#[test]
fn the_arms_and_the_front_of_the_shoulder_lead_somewhere() {
    for id in ["front-of-shoulder", "shoulder-and-arm"] {
        let z = zone(id).unwrap();
        assert_eq!(z.area, BodyArea::Arms);
        let (r, _) = first(id);
        assert_eq!(r.id, "back-of-shoulder-blade");
    }
    let (r, _) = first("outer-elbow");
    assert_eq!(r.id, "outer-elbow-forearm");
    let (r, _) = first("chest");
    assert_eq!(r.id, "chest-opener");
}

#[test]
fn the_reference_reads_as_a_citation() {
    assert_eq!(
        REFERENCE.citation(),
        "Simons DG, Travell JG, Simons LS (1999). Myofascial Pain and Dysfunction: The Trigger Point Manual. Williams & Wilkins."
    );
}

proptest! {
    #[test]
    fn any_text_as_a_zone_id_gives_nothing_or_that_zone(id in "\\PC{0,30}") {
        let list = suggestions(&id);
        match zone(&id) {
            Some(z) => prop_assert_eq!(z.id, id.as_str()),
            None => prop_assert!(list.is_empty()),
        }
        prop_assert_eq!(source(&id).map(|s| s.id), sources().iter().map(|s| s.id).find(|s| *s == id));
    }

    #[test]
    fn every_known_zone_id_gives_suggestions(i in 0usize..64) {
        let z = &zones()[i % zones().len()];
        prop_assert!(!suggestions(z.id).is_empty());
    }
}

#[test]
fn sources_read_as_part_of_a_sentence() {
    let heel = zone("heel").unwrap();
    assert_eq!(
        sources_phrase(heel),
        "the deep calf (soleus) or the deep muscles of the sole (quadratus plantae)"
    );
    for z in zones() {
        let phrase = sources_phrase(z);
        assert!(phrase.starts_with("the "), "{}: {phrase}", z.id);
        assert!(!phrase.contains(';'), "{}: {phrase}", z.id);
        assert_eq!(
            phrase.matches(" or the ").count(),
            usize::from(z.sources.len() > 1),
            "{}: {phrase}",
            z.id
        );
    }
}
