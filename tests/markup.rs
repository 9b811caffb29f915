//! Every markup string the app builds, fed hostile user text: the text must
//! come out as text (no element, no attribute of its own), and the markup
//! must pass the Trusted Types default policy's script check.

mod support;

use unknot::domain::{
    markup::could_run_script,
    routine::{BodyArea, Routine, Step, StepKind, Tool},
};
use unknot::state::player::view_model::Summary;
use unknot::ui::components::library::card_html;
use unknot::ui::pages::session::summary_markup;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const HOSTILE: [&str; 4] = [
    r#"<img src=x onerror="window.hacked=1">"#,
    r#""><script>window.hacked=1</script>"#,
    "' onmouseover='window.hacked=1",
    "Calves & <b>heel</b>",
];

/// Parses `markup` the way the app shows it and returns the host.
fn parsed(markup: &str) -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_inner_html(markup);
    host
}

fn assert_literal(markup: &str, text: &str) {
    assert!(
        !could_run_script(markup),
        "markup could run script: {markup}"
    );
    let host = parsed(markup);
    assert_eq!(
        host.query_selector_all("img, script, b").unwrap().length(),
        0,
        "user text became elements: {markup}"
    );
    let all = host.query_selector_all("*").unwrap();
    for i in 0..all.length() {
        let el: web_sys::Element = all.item(i).unwrap().unchecked_into();
        let names = el.get_attribute_names();
        for n in 0..names.length() {
            let name = names.get(n).as_string().unwrap();
            assert!(
                !name.starts_with("on"),
                "an event attribute appeared: {markup}"
            );
        }
    }
    assert!(
        host.text_content().unwrap().contains(text),
        "the text is not shown as it was typed: {markup}"
    );
}

fn routine(name: &str) -> Routine {
    Routine {
        id: "u-x".into(),
        name: name.into(),
        description: name.into(),
        also_works: Vec::new(),
        steps: vec![Step::new(
            StepKind::Hold,
            name,
            name,
            30,
            BodyArea::Calves,
            Tool::Ball,
        )],
    }
}

#[wasm_bindgen_test]
fn library_cards_show_hostile_names_as_text() {
    for name in HOSTILE {
        assert_literal(&card_html(&routine(name), 3), name);
    }
}

#[wasm_bindgen_test]
fn the_end_summary_shows_hostile_names_as_text() {
    for name in HOSTILE {
        let summary = Summary {
            completed: true,
            finished: true,
            routine_name: name.to_string(),
            active: 60_000,
            done: 1,
            skipped: 0,
            of: 1,
        };
        assert_literal(&summary_markup(&summary, "Session complete"), name);
    }
}
