//! Tests of `markup`: examples and invariants, run natively.
use super::*;
use proptest::prelude::*;

#[test]
fn escapes_the_five_characters() {
    assert_eq!(
        escape(r#"<b a="1" b='2'>&</b>"#),
        "&lt;b a=&quot;1&quot; b=&#39;2&#39;&gt;&amp;&lt;/b&gt;"
    );
    assert_eq!(escape("Calves and heel"), "Calves and heel");
}

#[test]
fn script_vectors_are_recognised() {
    for bad in [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<img src=x ONERROR = 'alert(1)'>",
        "<svg/onload=alert(1)>",
        r#"<a href="javascript:alert(1)">x</a>"#,
        "<iframe srcdoc='x'></iframe>",
        "<object data=x></object>",
    ] {
        assert!(could_run_script(bad), "{bad}");
    }
}

#[test]
fn plain_markup_and_text_are_not_script() {
    for good in [
        r#"<p class="hint">Hold on, one moment</p>"#,
        r#"<svg viewBox="0 0 24 24"><path d="M4 7h16"/></svg>"#,
        "<li>Ongoing pain, online notes</li>",
        r#"<a class="routine-link" href="/routine/neck">Neck</a>"#,
        "Only text: on=off",
    ] {
        assert!(!could_run_script(good), "{good}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]
    /// Escaped text never brings a tag, an attribute or an entity of its own.
    #[test]
    fn escaped_text_is_inert(text in ".{0,200}") {
        let e = escape(&text);
        prop_assert!(!e.contains('<') && !e.contains('>') && !e.contains('"') && !e.contains('\''));
        let wrapped = format!("<p>{e}</p>");
        prop_assert!(!could_run_script(&wrapped) || text.to_ascii_lowercase().contains("javascript:"));
    }
}
