//! Tests of `text`: cleaning names and texts from untrusted sources.
use super::*;
use crate::routine::{BodyArea, StepKind, Tool};
use proptest::prelude::*;

#[test]
fn control_and_direction_characters_are_removed() {
    assert_eq!(
        clean_text("Calf\u{0}\u{7}\u{7F}\u{9B} hold", 60),
        "Calf hold"
    );
    assert_eq!(clean_text("\u{202E}evil\u{202C}", 60), "evil");
    assert_eq!(clean_text("a\u{202A}b\u{202B}c\u{202D}d", 60), "abcd");
    assert_eq!(clean_text("\u{2066}x\u{2067}y\u{2068}z\u{2069}", 60), "xyz");
}

#[test]
fn invisible_characters_are_removed() {
    assert_eq!(
        clean_text("\u{FEFF}Neck\u{200B}\u{200C}\u{200D}\u{2060}", 60),
        "Neck"
    );
    assert_eq!(
        clean_text("\u{3164}\u{115F}\u{1160}\u{FFA0}Back", 60),
        "Back"
    );
}

#[test]
fn line_breaks_and_tabs_become_spaces_on_one_line() {
    assert_eq!(clean_text("Left\ncalf\thold\r\n", 60), "Left calf hold");
    assert_eq!(clean_text("a\u{2028}b\u{85}c", 60), "a b c");
}

#[test]
fn text_is_trimmed_and_capped_in_characters() {
    assert_eq!(clean_text("  Calves  ", 60), "Calves");
    assert_eq!(clean_text("\u{3000}Calves\u{A0}", 60), "Calves");
    assert_eq!(clean_text("ééééé", 3), "ééé");
    // A cut that leaves a space last drops it.
    assert_eq!(clean_text("ab cd", 3), "ab");
    assert_eq!(clean_text("abc", 0), "");
    assert_eq!(clean_text("abc", 3), "abc");
}

#[test]
fn several_lines_keep_their_breaks() {
    assert_eq!(
        clean_multiline(
            "  Lean in.  \r\nBreathe\u{202E} out.\rRelax\u{0}.\n\n",
            1_000
        ),
        "Lean in.\nBreathe out.\nRelax."
    );
    assert_eq!(clean_multiline("a\tb\n c", 1_000), "a b\n c");
    assert_eq!(clean_multiline("abc\ndef", 5), "abc\nd");
}

#[test]
fn a_name_must_have_something_to_see() {
    assert_eq!(clean_name("  Calves\u{202E} "), Ok("Calves".to_string()));
    assert_eq!(clean_name(""), Err(NameProblem::Empty));
    assert_eq!(clean_name(" \t\n"), Err(NameProblem::Empty));
    assert_eq!(
        clean_name("\u{200B}\u{FEFF}\u{3164}"),
        Err(NameProblem::Empty)
    );
    assert_eq!(clean_name("\u{2800}\u{200E}"), Err(NameProblem::Invisible));
    assert_eq!(clean_name("\u{E0041}\u{FE0F}"), Err(NameProblem::Invisible));
    assert_eq!(
        NameProblem::Invisible.to_string(),
        "Give the routine a name you can see"
    );
    assert_eq!(NameProblem::Empty.message(), "Give the routine a name");
    // Long names are the validator's to refuse, not cut here.
    assert_eq!(clean_name(&"a".repeat(500)).map(|n| n.len()), Ok(500));
}

#[test]
fn visible_text_is_told_apart_from_blank_text() {
    assert!(is_visible("a"));
    assert!(is_visible("\u{200B}😀"));
    assert!(!is_visible(""));
    assert!(!is_visible(
        "\u{00AD}\u{034F}\u{061C}\u{17B4}\u{180E}\u{2063}\u{206F}"
    ));
}

#[test]
fn every_text_of_a_routine_is_cleaned() {
    let mut step = Step::new(
        StepKind::Hold,
        " Calf\u{202E} ",
        "Lean in.\u{0}\nBreathe.",
        30,
        BodyArea::Calves,
        Tool::Ball,
    )
    .caution("\u{FEFF}Not on a vein ");
    step.sets = 2;
    let r = Routine {
        id: "u-1\u{200B}".into(),
        name: "\u{2067}Calves\u{2069}".into(),
        description: "One\r\nTwo ".into(),
        also_works: Vec::new(),
        steps: vec![step.clone()],
    };
    let c = clean_routine(&r);
    assert_eq!(c.id, "u-1");
    assert_eq!(c.name, "Calves");
    assert_eq!(c.description, "One\nTwo");
    assert_eq!(c.steps[0].title, "Calf");
    assert_eq!(c.steps[0].instruction, "Lean in.\nBreathe.");
    assert_eq!(c.steps[0].caution.as_deref(), Some("Not on a vein"));
    assert_eq!(c.steps[0].sets, 2);
    assert_eq!(c.steps[0].duration_ms, step.duration_ms);
}

/// Text with plenty of the characters that are cleaned away.
fn nasty_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        any::<char>().prop_map(String::from),
        Just("\u{0}".to_string()),
        Just("\u{202E}".to_string()),
        Just("\u{2066}".to_string()),
        Just("\u{200B}".to_string()),
        Just("\u{FEFF}".to_string()),
        Just("\u{3164}".to_string()),
        Just(" ".to_string()),
        Just("\r\n".to_string()),
        Just("\t".to_string()),
        "[a-zé ]{0,4}",
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Cleaning never panics, leaves nothing forbidden, nothing at either
    /// end to trim, and no more characters than allowed; cleaning again
    /// changes nothing.
    #[test]
    fn cleaning_is_idempotent_and_leaves_nothing_forbidden(s in nasty_text(), max in 0usize..50) {
        let once = clean_text(&s, max);
        prop_assert!(!once.chars().any(is_forbidden));
        prop_assert!(once.chars().count() <= max);
        prop_assert_eq!(once.trim(), once.as_str());
        prop_assert_eq!(clean_text(&once, max), once.clone());

        let lines = clean_multiline(&s, max);
        prop_assert!(!lines.chars().any(|c| is_forbidden(c) && c != '\n'));
        prop_assert!(!lines.contains('\r'));
        prop_assert!(lines.chars().count() <= max);
        prop_assert_eq!(clean_multiline(&lines, max), lines.clone());
    }

    /// A cleaned name is never blank, and cleaning it again keeps it.
    #[test]
    fn a_clean_name_is_visible_and_stable(s in nasty_text()) {
        if let Ok(name) = clean_name(&s) {
            prop_assert!(is_visible(&name));
            prop_assert_eq!(clean_name(&name), Ok(name.clone()));
        }
    }
}

#[test]
fn capitalized_raises_only_the_first_letter() {
    assert_eq!(capitalized("your routines"), "Your routines");
    // Only ASCII letters change; anything else is kept whole.
    assert_eq!(capitalized("écran"), "écran");
    assert_eq!(capitalized(""), "");
}

#[test]
fn the_first_sentence_ends_at_a_stop_followed_by_a_space() {
    assert_eq!(
        first_sentence("Lie on your back. Roll slowly."),
        "Lie on your back."
    );
    assert_eq!(first_sentence("  Breathe out!  Then in. "), "Breathe out!");
    // A stop inside a number or at the very end is not a break.
    assert_eq!(
        first_sentence("Hold 2.5 cm in. Breathe."),
        "Hold 2.5 cm in."
    );
    assert_eq!(first_sentence("One sentence."), "One sentence.");
    assert_eq!(first_sentence("No stop at all"), "No stop at all");
    assert_eq!(first_sentence(""), "");
}

proptest! {
    #[test]
    fn the_first_sentence_is_a_prefix_of_the_trimmed_text(s in "\\PC{0,80}") {
        let first = first_sentence(&s);
        prop_assert!(s.trim().starts_with(first));
        prop_assert!(first.len() <= s.trim().len());
    }
}

#[test]
fn whole_numbers_group_their_thousands() {
    assert_eq!(grouped(0), "0");
    assert_eq!(grouped(999), "999");
    assert_eq!(grouped(1_000), "1,000");
    assert_eq!(grouped(10_000), "10,000");
    assert_eq!(grouped(123_456), "123,456");
    assert_eq!(grouped(1_234_567), "1,234,567");
    assert_eq!(grouped(usize::MAX).replace(',', ""), usize::MAX.to_string());
}
