//! Tests of `referral`: every zone leads to a real, safe routine.
use super::*;
use crate::presets;
use crate::routine::{Routine, StepKind};
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

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn first(zone_id: &str) -> (Routine, Suggestion) {
    let s = suggestions(zone_id)[0];
    (preset(s.routine_id), s)
}

#[test]
fn the_promised_zones_are_there() {
    for id in [
        "temple",
        "behind-eye",
        "back-of-head",
        "jaw-teeth-ear",
        "side-of-neck",
        "top-of-shoulder",
        "front-of-shoulder",
        "shoulder-and-arm",
        "outer-elbow",
        "wrist-and-hand",
        "between-shoulder-blades",
        "lower-back",
        "buttock",
        "side-of-hip",
        "back-of-leg",
        "side-of-leg",
        "front-of-thigh",
        "back-of-knee",
        "calf",
        "heel",
        "sole-and-arch",
    ] {
        assert!(zone(id).is_some(), "missing {id}");
    }
}

#[test]
fn ids_are_unique_link_safe_and_lead_back_to_the_same_entry() {
    let mut ids = HashSet::new();
    let mut names = HashSet::new();
    for z in zones() {
        assert!(is_slug(z.id), "{}", z.id);
        assert!(ids.insert(z.id), "zone id {} twice", z.id);
        assert!(names.insert(z.name), "zone name {} twice", z.name);
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
        assert!(!s.routines.is_empty(), "{} has no routine", s.id);
        assert!(!s.areas.is_empty(), "{}", s.id);
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
        for id in z.local {
            let r = preset(id);
            assert!(r.areas().contains(&z.area), "{}: {id}", z.id);
        }
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
fn suggestions_put_the_sources_first_then_the_place_itself_without_repeats() {
    for z in zones() {
        let list = suggestions(z.id);
        assert!(!list.is_empty(), "{}", z.id);
        let ids: HashSet<_> = list.iter().map(|s| s.routine_id).collect();
        assert_eq!(ids.len(), list.len(), "{}: a routine twice", z.id);
        // The first works the most likely source, with that source's best routine.
        assert_eq!(list[0].source, Some(z.sources[0]), "{}", z.id);
        assert_eq!(list[0].routine_id, z.sources[0].routines[0].routine_id);
        // Routines for the place itself come after every source's routine.
        let first_local = list.iter().position(|s| s.source.is_none());
        if let Some(at) = first_local {
            assert!(list[at..].iter().all(|s| s.source.is_none()), "{}", z.id);
            assert!(list[at..].iter().all(|s| s.works == WORKS_HERE));
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
        for id in z.local {
            assert!(ids.contains(id), "{}: {id}", z.id);
        }
    }
    assert!(suggestions("nowhere").is_empty());
}

#[test]
fn the_best_routine_of_each_source_comes_before_anyone_s_second() {
    let list = suggestions("temple");
    let ids: Vec<_> = list.iter().map(|s| s.routine_id).collect();
    assert_eq!(
        &ids[..3],
        ["upper-traps-shoulders", "neck-headache", "jaw-release"]
    );
    assert_eq!(list[1].source.unwrap().id, "suboccipitals");
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

#[test]
fn limb_zones_carry_the_nerve_warning_and_the_others_do_not() {
    let with: HashSet<_> = zones()
        .iter()
        .filter(|z| nerve_warning(z).is_some())
        .map(|z| z.id)
        .collect();
    let expected: HashSet<_> = [
        "back-of-leg",
        "side-of-leg",
        "shoulder-and-arm",
        "wrist-and-hand",
    ]
    .into_iter()
    .collect();
    assert_eq!(with, expected);
    for z in zones() {
        assert_eq!(nerve_warning(z).is_some(), z.nerve_risk);
    }
}

#[test]
fn the_front_and_back_pictures_both_have_zones_and_sides_are_marked() {
    assert!(zones().iter().filter(|z| z.view.shows_front()).count() >= 6);
    assert!(zones().iter().filter(|z| z.view.shows_back()).count() >= 6);
    assert!(BodyView::Both.shows_front() && BodyView::Both.shows_back());
    assert!(!BodyView::Front.shows_back() && !BodyView::Back.shows_front());
    for id in ["back-of-head", "between-shoulder-blades", "lower-back"] {
        assert!(!zone(id).unwrap().paired, "{id} is in the middle");
    }
    for id in ["heel", "outer-elbow", "side-of-hip", "temple"] {
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
