//! The body map, mounted in headless Chromium: named buttons, callbacks,
//! keyboard, target size; and the picture-only variant's name.

mod support;

use leptos::prelude::*;
use support::*;
use unknot::domain::routine::{BodyArea, Side};
use unknot::ui::components::body_figure::{NOTES, ZONES};
use unknot::ui::components::body_map::{BodyMap, BodyMapHighlight};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

fn regions(root: &Element) -> Vec<Element> {
    let list = root.query_selector_all("[role=button]").unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn region(root: &Element, name: &str) -> Element {
    regions(root)
        .into_iter()
        .find(|r| r.get_attribute("aria-label").as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no region named {name:?}"))
}

fn tap(el: &Element) {
    el.dispatch_event(&web_sys::Event::new("click").unwrap())
        .unwrap();
}

fn press(el: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let e = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    el.dispatch_event(&e).unwrap();
}

/// A map wired to a signal, plus the list of areas its callback received.
fn mounted() -> (Element, RwSignal<Option<BodyArea>>, RwSignal<Vec<BodyArea>>) {
    let selected = RwSignal::new(None);
    let calls = RwSignal::new(Vec::new());
    let root = mount(move || {
        let on_select = Callback::new(move |a: BodyArea| {
            calls.update(|c| c.push(a));
            selected.set(Some(a));
        });
        let note = RwSignal::new(None::<&'static str>);
        let on_note = Callback::new(move |t: &'static str| note.set(Some(t)));
        view! {
            <div style="width: 380px">
                <BodyMap selected=selected on_select=on_select note=note on_note=on_note/>
            </div>
        }
    });
    (root, selected, calls)
}

#[wasm_bindgen_test]
async fn every_area_on_the_figure_is_one_focusable_button_named_by_its_label() {
    let (root, _, _) = mounted();
    settle().await;
    let names: Vec<String> = regions(&root)
        .iter()
        .map(|r| r.get_attribute("aria-label").unwrap())
        .collect();
    let mut expected: Vec<String> = BodyArea::ALL
        .iter()
        .filter(|a| **a != BodyArea::FullBody)
        .map(|a| a.label().to_string())
        .chain(["Shins".to_string()])
        .chain(NOTES.iter().map(|n| n.label.to_string()))
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    expected.sort();
    assert_eq!(sorted, expected, "one button per area, no repeats");
    for r in regions(&root) {
        assert_eq!(r.get_attribute("tabindex").as_deref(), Some("0"));
        assert_eq!(r.get_attribute("aria-pressed").as_deref(), Some("false"));
    }
    assert!(names.contains(&"Upper back".to_string()));
    assert_eq!(ZONES.len() + NOTES.len(), names.len());
}

#[wasm_bindgen_test]
async fn tapping_an_area_calls_back_with_it_and_marks_it_pressed() {
    let (root, selected, calls) = mounted();
    settle().await;
    tap(&region(&root, "Calves"));
    settle().await;
    assert_eq!(calls.get_untracked(), vec![BodyArea::Calves]);
    assert_eq!(selected.get_untracked(), Some(BodyArea::Calves));
    assert_eq!(
        region(&root, "Calves")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        region(&root, "Neck")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );

    selected.set(Some(BodyArea::Neck));
    settle().await;
    assert_eq!(
        region(&root, "Calves")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
    assert_eq!(
        region(&root, "Neck")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn a_place_without_routines_says_why_instead_of_choosing_an_area() {
    let (root, selected, calls) = mounted();
    settle().await;
    tap(&region(&root, "Belly"));
    settle().await;
    assert!(calls.get_untracked().is_empty());
    assert_eq!(selected.get_untracked(), None);
    assert_eq!(
        region(&root, "Belly")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    tap(&region(&root, "Shins"));
    settle().await;
    assert_eq!(calls.get_untracked(), vec![BodyArea::Calves]);
}

#[wasm_bindgen_test]
async fn enter_and_space_choose_like_a_tap_and_other_keys_do_nothing() {
    let (root, _, calls) = mounted();
    settle().await;
    press(&region(&root, "Upper back"), "Enter");
    press(&region(&root, "Jaw"), " ");
    press(&region(&root, "Glutes"), "a");
    settle().await;
    assert_eq!(
        calls.get_untracked(),
        vec![BodyArea::UpperBack, BodyArea::Jaw]
    );
}

#[wasm_bindgen_test]
async fn every_tap_target_is_at_least_48_px_on_a_380_px_map() {
    let (root, _, _) = mounted();
    settle().await;
    let hits = root.query_selector_all(".region .hit").unwrap();
    assert!(hits.length() >= 15);
    for i in 0..hits.length() {
        let el: Element = hits.item(i).unwrap().unchecked_into();
        let rect = el.get_bounding_client_rect();
        let name = el
            .parent_element()
            .unwrap()
            .get_attribute("aria-label")
            .unwrap();
        assert!(
            rect.width() >= 48.0 && rect.height() >= 48.0,
            "{name}: {}x{}",
            rect.width(),
            rect.height()
        );
    }
}

#[wasm_bindgen_test]
async fn the_small_variant_is_one_image_named_after_the_highlighted_area() {
    let area = RwSignal::new(Some(BodyArea::Calves));
    let root = mount(move || view! { <BodyMapHighlight area=area/> });
    settle().await;
    let img = root.query_selector("[role=img]").unwrap().unwrap();
    assert_eq!(
        img.get_attribute("aria-label").as_deref(),
        Some("Body map: calves highlighted")
    );
    assert!(regions(&root).is_empty(), "not interactive");
    assert_eq!(
        root.query_selector_all(".mark-group.on").unwrap().length(),
        1
    );

    area.set(Some(BodyArea::UpperBack));
    settle().await;
    assert_eq!(
        img.get_attribute("aria-label").as_deref(),
        Some("Body map: upper back highlighted")
    );

    area.set(Some(BodyArea::FullBody));
    settle().await;
    assert_eq!(
        root.query_selector_all(".mark-group.on").unwrap().length() as usize,
        ZONES.iter().filter(|z| z.name.is_none()).count(),
        "full body paints every zone (a second place for an area is not a zone of its own)"
    );
    area.set(None);
    settle().await;
    assert_eq!(img.get_attribute("aria-label").as_deref(), Some("Body map"));
    assert_eq!(
        root.query_selector_all(".mark-group.on").unwrap().length(),
        0
    );
}

#[wasm_bindgen_test]
async fn the_small_variant_paints_only_the_side_being_worked() {
    let side = RwSignal::new(Some(Side::Left));
    let root = mount(move || {
        view! { <BodyMapHighlight area=Signal::stored(Some(BodyArea::Calves)) side=side/> }
    });
    settle().await;
    let img = root.query_selector("[role=img]").unwrap().unwrap();
    assert_eq!(
        img.get_attribute("aria-label").as_deref(),
        Some("Body map: calves highlighted, left side")
    );
    let painted = |root: &Element| -> f64 {
        let on = root
            .query_selector(".mark-group.on .mark")
            .unwrap()
            .unwrap();
        on.get_bounding_client_rect().width()
    };
    let clipped = |root: &Element| {
        let list = root.query_selector_all(".body-view.back > g").unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|n| n.unchecked_into::<Element>())
            .find_map(|g| g.get_attribute("clip-path"))
    };
    // The back view shows the person's left on the viewer's left.
    let left = clipped(&root).expect("a side clips the marks");
    assert!(left.ends_with("-vl)"), "{left}");
    side.set(Some(Side::Right));
    settle().await;
    let right = clipped(&root).unwrap();
    assert!(right.ends_with("-vr)"), "{right}");
    side.set(None);
    settle().await;
    assert_eq!(clipped(&root), None, "no side, both painted");
    assert!(painted(&root) > 0.0);
}

#[wasm_bindgen_test]
fn the_finder_picture_has_a_spot_for_every_place_and_no_two_spots_touch() {
    use unknot::domain::referral::{self, BodyView};
    use unknot::ui::components::zone_picture::SPOTS;
    for z in referral::zones() {
        let on: Vec<bool> = SPOTS.iter().filter(|s| s.0 == z.id).map(|s| s.1).collect();
        match z.view {
            BodyView::Front => assert_eq!(on, [false], "{}", z.id),
            BodyView::Back => assert_eq!(on, [true], "{}", z.id),
            BodyView::Both => assert_eq!(on.len(), 2, "{}", z.id),
            BodyView::Neither => assert!(on.is_empty(), "{}", z.id),
        }
    }
    for (i, a) in SPOTS.iter().enumerate() {
        assert!(referral::zone(a.0).is_some(), "{}", a.0);
        for b in &SPOTS[i + 1..] {
            if a.1 != b.1 {
                continue;
            }
            let (dx, dy) = (
                f64::from(a.2) - f64::from(b.2),
                f64::from(a.3) - f64::from(b.3),
            );
            assert!(dx.hypot(dy) >= 40.0, "{} and {} overlap", a.0, b.0);
        }
    }
}
