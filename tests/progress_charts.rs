//! The history charts, mounted in headless Chromium: shapes drawn from the
//! data, a named image with its summary, the data-table toggle, and the
//! rating row's named buttons.

mod support;

use leptos::prelude::*;
use support::*;
use unknot::domain::{calendar::LocalDate, routine::BodyArea, stats::TensionPoint};
use unknot::ui::components::{
    progress_charts::{HeatMap, TensionChart},
    tension_rating::RatingRow,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn points() -> Vec<TensionPoint> {
    vec![
        TensionPoint {
            date: LocalDate::new(2025, 3, 3),
            before: Some(6),
            after: Some(3),
        },
        TensionPoint {
            date: LocalDate::new(2025, 3, 5),
            before: Some(5),
            after: None,
        },
    ]
}

#[wasm_bindgen_test]
async fn the_tension_chart_draws_each_rating_and_has_a_text_equivalent() {
    let root = mount(|| view! { <TensionChart area=BodyArea::Calves points=points()/> });
    settle().await;
    let svg = root
        .query_selector("svg[role=img]")
        .unwrap()
        .expect("an image");
    let name = svg.get_attribute("aria-label").unwrap();
    assert_eq!(
        name,
        "Calves: 2 rated sessions. Average tension 5.5 before and 3.0 after. Last session: 5 before, not rated after."
    );
    assert_eq!(svg.query_selector_all("circle.before").unwrap().length(), 2);
    assert_eq!(svg.query_selector_all("circle.after").unwrap().length(), 1);
    assert_eq!(svg.query_selector_all("line.dumbbell").unwrap().length(), 1);
    assert!(
        root.text_content().unwrap().contains(&name),
        "the summary is visible text too"
    );

    let table = root.query_selector(".table-wrap").unwrap().unwrap();
    assert!(table.has_attribute("hidden"));
    click(&root, "Show data table");
    settle().await;
    assert!(!table.has_attribute("hidden"));
    let cells: Vec<String> = (0..4)
        .map(|i| {
            table
                .query_selector_all("tbody tr:first-child td")
                .unwrap()
                .item(i)
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    assert_eq!(cells, ["Mon 3 Mar 2025", "6", "3", "-3"]);
    assert!(button(&root, "Hide data table").is_some());
}

#[wasm_bindgen_test]
async fn the_heat_map_has_a_cell_per_past_day_and_outlines_today() {
    let mut grid = vec![[Some(0u32); 7]; 12];
    grid[11][2] = Some(2);
    grid[11][3] = None; // after today
    let today = LocalDate::new(2025, 3, 5); // a Wednesday
    let root = mount(move || view! { <HeatMap grid=grid.clone() today=today/> });
    settle().await;
    assert_eq!(
        root.query_selector_all("rect").unwrap().length(),
        12 * 7 - 1
    );
    let today_cell = root.query_selector("rect.today").unwrap().unwrap();
    assert_eq!(
        today_cell.get_attribute("class").as_deref(),
        Some("heat-2 today")
    );
    assert!(root
        .text_content()
        .unwrap()
        .contains("2 sessions in the last 12 weeks, all on the same day."));
}

#[wasm_bindgen_test]
async fn a_rating_row_names_every_button_and_reports_the_tap() {
    let picked = RwSignal::new(None::<u8>);
    let root = mount(move || {
        view! {
            <RatingRow area=BodyArea::Calves when="before" selected=picked
                on_pick=Callback::new(move |n| picked.set(Some(n)))/>
        }
    });
    settle().await;
    let buttons = root.query_selector_all("button").unwrap();
    assert_eq!(buttons.length(), 11);
    let six = root
        .query_selector("button[aria-label='Calves tension before: 6']")
        .unwrap()
        .expect("named button");
    six.dispatch_event(&web_sys::Event::new("click").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(picked.get_untracked(), Some(6));
    assert_eq!(six.get_attribute("aria-pressed").as_deref(), Some("true"));
}
