//! Tests of `share`: examples and invariants, run natively.
use super::*;
use crate::presets;
use proptest::prelude::*;

#[test]
fn share_then_open_gives_the_same_routine() {
    for p in presets::all() {
        let mut r = p.clone();
        r.id = "u-abc".into();
        r.name = format!(
            "<img src=x onerror=alert(1)> {}",
            p.name.chars().take(20).collect::<String>().trim_end()
        );
        let link = encode(&r);
        assert!(link
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
        let back = decode(&format!("#{link}")).unwrap();
        assert_eq!(
            back,
            Routine {
                id: String::new(),
                ..r
            }
        );
    }
}

/// The longest routine the editor accepts: every limit at its most, every
/// text at its longest in 4-byte characters (the most bytes per character).
fn longest_valid_routine() -> Routine {
    use crate::picture::{Picture, Pose, Spot};
    use crate::routine::{BodyArea, Sides, Step, StepKind, Tool};
    use crate::validate::{
        CAUTION_MAX_CHARS, DESCRIPTION_MAX_CHARS, INSTRUCTION_MAX_CHARS, MAX_STEPS, NAME_MAX_CHARS,
        SETS_RANGE, TITLE_MAX_CHARS,
    };
    let text = |n: usize| "\u{1F600}".repeat(n);
    let mut step = Step::new(StepKind::Hold, "x", "", 60, BodyArea::Glutes, Tool::Ball);
    step.title = text(TITLE_MAX_CHARS);
    step.instruction = text(INSTRUCTION_MAX_CHARS);
    step.caution = Some(text(CAUTION_MAX_CHARS));
    step.sides = Sides::Both;
    step.sets = SETS_RANGE.1;
    step.rest_between_sets_ms = Some(60_000);
    step.picture = Some(Picture::new(
        Pose::BackKneesBent,
        Tool::Ball,
        Spot::OuterButtock,
    ));
    Routine {
        id: "u-longest".into(),
        name: text(NAME_MAX_CHARS),
        description: text(DESCRIPTION_MAX_CHARS),
        steps: vec![step; MAX_STEPS],
        also_works: BodyArea::ALL.to_vec(),
    }
}

#[test]
fn the_longest_routine_the_editor_accepts_makes_a_link_the_app_opens() {
    use crate::validate::{has_errors, validate, Policy};
    let r = longest_valid_routine();
    assert!(
        !has_errors(&validate(&r, Policy::User)),
        "{:?}",
        validate(&r, Policy::User)
    );
    let link = encode(&r);
    assert!(link.len() <= MAX_PAYLOAD_CHARS, "{} characters", link.len());
    // More than half the cap: the cap is not far above what can be made.
    assert!(
        link.len() > MAX_PAYLOAD_CHARS / 2,
        "{} characters",
        link.len()
    );
    let back = decode(&link).expect("opens");
    assert_eq!(
        back,
        Routine {
            id: String::new(),
            ..r
        }
    );
}

#[test]
fn a_shared_routine_keeps_its_extra_areas() {
    let mut r = presets::all().remove(0);
    r.also_works = vec![
        crate::routine::BodyArea::Arms,
        crate::routine::BodyArea::Neck,
    ];
    let back = decode(&encode(&r)).unwrap();
    assert_eq!(back.also_works, r.also_works);
    assert_eq!(back.areas(), r.areas());
}

#[test]
fn base64url_matches_known_values() {
    assert_eq!(base64url_encode(b""), "");
    assert_eq!(base64url_encode(b"f"), "Zg");
    assert_eq!(base64url_encode(b"fo"), "Zm8");
    assert_eq!(base64url_encode(b"foo"), "Zm9v");
    assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
    assert_eq!(base64url_decode("Zm8=").unwrap(), b"fo");
    assert_eq!(base64url_decode("-_8").unwrap(), [0xfb, 0xff]);
    assert_eq!(base64url_decode("Z"), None);
    assert_eq!(base64url_decode("Zm+v"), None);
}

#[test]
fn bad_links_say_what_is_wrong() {
    let msg = |s: &str| decode(s).unwrap_err()[0].message.clone();
    assert_eq!(msg(""), "This link carries no routine");
    assert_eq!(
        msg("#2.abc"),
        "This is not a routine link from this version of Unknot"
    );
    assert_eq!(
        msg("#1.@@@"),
        "This link is damaged or cut short: ask for it again"
    );
    assert_eq!(
        msg(&format!("1.{}", base64url_encode(b"{\"id\":"))),
        "This link is damaged or cut short: ask for it again"
    );
    let long = format!("1.{}", "A".repeat(MAX_PAYLOAD_CHARS));
    assert_eq!(msg(&long), "This link is too long to be a routine");
    // A hostile routine: below the limits.
    let mut r = presets::all().remove(0);
    r.steps[0].duration_ms = 0;
    let problems = decode(&encode(&r)).unwrap_err();
    assert_eq!(problems[0].path, "steps[0].duration_ms");
}

#[test]
fn a_step_past_its_limit_is_brought_to_it_with_a_note() {
    let mut r = presets::all().remove(0);
    r.steps.truncate(1);
    r.steps[0].kind = crate::routine::StepKind::Hold;
    r.steps[0].title = "Top of the shoulder".into();
    // At the limit: as it is, and nothing to say.
    r.steps[0].duration_ms = 60_000;
    let (back, note) = decode_noted(&encode(&r)).unwrap();
    assert_eq!((back.steps[0].duration_ms, note), (60_000, None));
    // One past it, or far past it (a link from an older version, or a
    // hostile one): brought to the limit, and the note says so.
    for (ms, from) in [(61_000, "1:01"), (10 * 60 * 60 * 1000, "600:00")] {
        r.steps[0].duration_ms = ms;
        let (back, note) = decode_noted(&encode(&r)).unwrap();
        assert_eq!(back.steps[0].duration_ms, 60_000);
        assert_eq!(
            note.unwrap(),
            format!(
                "\u{201c}{}\u{201d}, step 1 \u{201c}Top of the shoulder\u{201d}: \
                 hold shortened from {from} to 1:00 (60 s is the most for one hold).",
                r.name
            )
        );
        assert_eq!(decode(&encode(&r)).unwrap(), back);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn base64url_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        prop_assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
    }

    #[test]
    fn decoding_random_text_never_panics(s in "\\PC{0,200}") {
        let _ = decode(&s);
        let _ = decode(&format!("1.{s}"));
    }

    #[test]
    fn decoding_random_bytes_as_payload_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = decode(&format!("1.{}", base64url_encode(&bytes)));
    }

    #[test]
    fn decoding_a_mutated_link_never_panics(at in any::<usize>(), c in 0u8..64, cut in any::<usize>()) {
        let link = encode(&presets::all().remove(0));
        let mut bytes = link.into_bytes();
        let i = 2 + at % (bytes.len() - 2);
        bytes[i] = ALPHABET[c as usize];
        bytes.truncate(2 + cut % (bytes.len() - 1));
        let _ = decode(&String::from_utf8(bytes).unwrap());
    }
}

#[test]
fn a_link_nested_thousands_deep_says_so() {
    let deep = "[".repeat(10_000);
    let link = format!("1.{}", base64url_encode(deep.as_bytes()));
    let problems = decode(&link).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].message,
        "This link is nested too deep to be a routine: ask for it again"
    );
}

#[test]
fn a_links_texts_are_cleaned_and_an_invisible_name_refused() {
    let mut r = presets::all().remove(0);
    r.name = "\u{202E}Calves\u{0}".into();
    r.steps[0].title = "\u{FEFF}Calf\u{2067}".into();
    let back = decode(&encode(&r)).unwrap();
    assert_eq!(back.name, "Calves");
    assert_eq!(back.steps[0].title, "Calf");
    r.name = "\u{200B}\u{2800}".into();
    let problems = decode(&encode(&r)).unwrap_err();
    assert_eq!(problems[0].path, "name");
    assert_eq!(problems[0].message, "Give the routine a name you can see");
}
