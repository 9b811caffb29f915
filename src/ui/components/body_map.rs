//! The body map: a front and a back figure whose areas are buttons, and a
//! small picture-only variant that shows which area a step works.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::{ev, prelude::*};

use crate::platform::trusted_html;
use unknot_domain::routine::BodyArea;

use super::body_figure::{lower_label, shapes, Zone, BACK_X, SILHOUETTE, VIEW_BOX, ZONES};

/// A fresh id prefix per map, so the clip paths of two maps never clash.
fn next_id() -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("body-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// Both figures with the shared clip path; `zone` draws each zone's part.
fn figure(id: &str, zone: impl Fn(&'static Zone, &str) -> AnyView) -> impl IntoView {
    let clip = format!("{id}-clip");
    let view_of = |back: bool| {
        ZONES
            .iter()
            .filter(|z| z.back == back)
            .map(|z| zone(z, &clip))
            .collect_view()
    };
    view! {
        <defs>
            <clipPath id=clip.clone() prop:innerHTML=trusted_html::html(SILHOUETTE)></clipPath>
        </defs>
        <g class="body-view front">
            <g class="body-shape" aria-hidden="true" prop:innerHTML=trusted_html::html(SILHOUETTE)></g>
            {view_of(false)}
        </g>
        <g class="body-view back" transform=format!("translate({BACK_X} 0)")>
            <g class="body-shape" aria-hidden="true" prop:innerHTML=trusted_html::html(SILHOUETTE)></g>
            {view_of(true)}
        </g>
    }
}

/// Front and back figures whose areas are buttons named by
/// [`BodyArea::label`] ("Calves", "Upper back"). The chosen one is pressed
/// (`aria-pressed`) and painted; Enter or Space chooses like a tap.
#[component]
pub fn BodyMap(
    /// The area currently chosen, if any.
    #[prop(into)]
    selected: Signal<Option<BodyArea>>,
    /// Called with the area the user taps or activates.
    on_select: Callback<BodyArea>,
) -> impl IntoView {
    let id = next_id();
    let region = move |z: &'static Zone, clip: &str| {
        let area = z.area;
        let pressed = move || (selected.get() == Some(area)).to_string();
        let on_key = move |e: ev::KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                on_select.run(area);
            }
        };
        view! {
            <g
                class="region"
                role="button"
                tabindex="0"
                aria-label=area.label()
                aria-pressed=pressed
                data-area=area.slug()
                on:click=move |_| on_select.run(area)
                on:keydown=on_key
                prop:innerHTML=trusted_html::html(&(shapes(z.mark, "mark", Some(clip)) + &shapes(z.hit, "hit", None)))
            ></g>
        }
        .into_any()
    };
    view! {
        <div class="body-map">
            <svg class="body-map-figure" viewBox=VIEW_BOX role="group" aria-label="Body map">
                {figure(&id, region)}
            </svg>
            <div class="body-map-captions" aria-hidden="true">
                <span>"Front"</span>
                <span>"Back"</span>
            </div>
        </div>
    }
}

/// A small, non-interactive figure with one area painted, for a step card.
/// It is a single image to assistive technology ("Body map: calves
/// highlighted"); "Full body" paints the whole figure.
#[component]
pub fn BodyMapHighlight(#[prop(into)] area: Signal<Option<BodyArea>>) -> impl IntoView {
    let id = next_id();
    let label = move || match area.get() {
        Some(a) => format!("Body map: {} highlighted", lower_label(a)),
        None => "Body map".to_string(),
    };
    let mark = move |z: &'static Zone, clip: &str| {
        let on = move || {
            let a = area.get();
            a == Some(z.area) || a == Some(BodyArea::FullBody)
        };
        view! { <g class="mark-group" class:on=on prop:innerHTML=trusted_html::html(&shapes(z.mark, "mark", Some(clip)))></g> }
            .into_any()
    };
    view! {
        <svg class="body-map-small" viewBox=VIEW_BOX role="img" aria-label=label>
            {figure(&id, mark)}
        </svg>
    }
}
