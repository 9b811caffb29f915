//! The body map: a front and a back figure whose areas are buttons, and a
//! small picture-only variant that shows which area a step works.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::{ev, prelude::*};

use crate::platform::trusted_html;
use unknot_domain::routine::{BodyArea, Side};

use super::body_figure::{
    labels, lower_label, shapes, Zone, BACK_X, NOTES, SILHOUETTE, VIEW_BOX, ZONES,
};

/// A fresh id prefix per map, so the clip paths of two maps never clash.
fn next_id() -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("body-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// Both figures with the shared clip path; `zone` draws each zone's part
/// and `extra` anything else on the front (`false`) or back (`true`) view.
/// Both figures with the shared clip path; `zone` draws each zone's part
/// and `extra` anything else on the front (`false`) or back (`true`) view.
/// With a `side`, only that side of each figure shows its zones (the
/// person's left is on the right of the front view and on the left of the
/// back view).
fn figure(
    id: &str,
    zone: impl Fn(&'static Zone, &str) -> AnyView,
    extra: impl Fn(bool) -> AnyView,
    side: Signal<Option<Side>>,
) -> impl IntoView {
    let clip = format!("{id}-clip");
    let (viewer_left, viewer_right) = (format!("{id}-vl"), format!("{id}-vr"));
    let half = {
        let (vl, vr) = (viewer_left.clone(), viewer_right.clone());
        move |back: bool| {
            side.get().map(|s| {
                let on_viewer_left = (s == Side::Left) == back;
                format!("url(#{})", if on_viewer_left { &vl } else { &vr })
            })
        }
    };
    let view_of = |back: bool| {
        let zones = ZONES
            .iter()
            .filter(|z| z.back == back)
            .map(|z| zone(z, &clip))
            .collect_view();
        let half = half.clone();
        view! { <g clip-path=move || half(back)>{zones}{extra(back)}</g> }
    };
    let mid = BACK_X / 2 - 10;
    view! {
        <defs>
            <clipPath id=clip.clone() prop:innerHTML=trusted_html::html(SILHOUETTE)></clipPath>
            <clipPath id=viewer_left><rect x="0" y="0" width=mid height="500"></rect></clipPath>
            <clipPath id=viewer_right><rect x=mid y="0" width=mid height="500"></rect></clipPath>
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

/// Calls `run` on Enter or Space, as a tap would.
fn on_activate(run: impl Fn() + 'static) -> impl Fn(ev::KeyboardEvent) + 'static {
    move |e: ev::KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            run();
        }
    }
}

/// Front and back figures whose areas are buttons named by
/// [`BodyArea::label`] ("Calves", "Upper back"). The chosen one is pressed
/// (`aria-pressed`) and painted; Enter or Space chooses like a tap. Places
/// without routines ([`NOTES`], the belly) are buttons too, which call
/// `on_note` with what to say instead.
#[component]
pub fn BodyMap(
    /// The area currently chosen, if any.
    #[prop(into)]
    selected: Signal<Option<BodyArea>>,
    /// Called with the area the user taps or activates.
    on_select: Callback<BodyArea>,
    /// The note shown, if any (its button is pressed).
    #[prop(into)]
    note: Signal<Option<&'static str>>,
    /// Called with a note's text when its place is tapped.
    on_note: Callback<&'static str>,
) -> impl IntoView {
    let id = next_id();
    // Places without routines, then the names of all places on top (the
    // names let taps through to the places under them).
    let notes = move |back: bool| {
        let names = view! {
            <g class="region-labels" aria-hidden="true" prop:innerHTML=trusted_html::html(&labels(back))></g>
        };
        let notes = NOTES
            .iter()
            .filter(|n| n.back == back)
            .map(|n| {
                let text = n.text;
                let pressed = move || (note.get() == Some(text)).to_string();
                view! {
                    <g
                        class="region"
                        role="button"
                        tabindex="0"
                        aria-label=n.label
                        aria-pressed=pressed
                        on:click=move |_| on_note.run(text)
                        on:keydown=on_activate(move || on_note.run(text))
                        prop:innerHTML=trusted_html::html(&shapes(n.hit, "hit", None))
                    ></g>
                }
            })
            .collect_view();
        view! { {notes}{names} }.into_any()
    };
    let region = move |z: &'static Zone, clip: &str| {
        let area = z.area;
        let pressed = move || (selected.get() == Some(area)).to_string();
        view! {
            <g
                class="region"
                role="button"
                tabindex="0"
                aria-label=z.name.unwrap_or(area.label())
                aria-pressed=pressed
                data-area=area.slug()
                on:click=move |_| on_select.run(area)
                on:keydown=on_activate(move || on_select.run(area))
                prop:innerHTML=trusted_html::html(&(shapes(z.mark, "mark", Some(clip)) + &shapes(z.hit, "hit", None)))
            ></g>
        }
        .into_any()
    };
    view! {
        <div class="body-map">
            <svg class="body-map-figure" viewBox=VIEW_BOX role="group" aria-label="Body map">
                {figure(&id, region, notes, Signal::stored(None))}
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
/// highlighted", "..., left side"); "Full body" paints the whole figure.
/// With a `side`, only that side is painted.
#[component]
pub fn BodyMapHighlight(
    #[prop(into)] area: Signal<Option<BodyArea>>,
    /// The side being worked, if the step has sides.
    #[prop(optional, into)]
    side: Signal<Option<Side>>,
) -> impl IntoView {
    let id = next_id();
    let label = move || match (area.get(), side.get()) {
        (Some(a), Some(s)) => format!(
            "Body map: {} highlighted, {} side",
            lower_label(a),
            s.label().to_ascii_lowercase()
        ),
        (Some(a), None) => format!("Body map: {} highlighted", lower_label(a)),
        (None, _) => "Body map".to_string(),
    };
    let mark = move |z: &'static Zone, clip: &str| {
        // A second place for an area (the shins for the calves) is a way in
        // on the big map, not where a step works.
        if z.name.is_some() {
            return ().into_any();
        }
        let on = move || {
            let a = area.get();
            a == Some(z.area) || a == Some(BodyArea::FullBody)
        };
        view! { <g class="mark-group" class:on=on prop:innerHTML=trusted_html::html(&shapes(z.mark, "mark", Some(clip)))></g> }
            .into_any()
    };
    view! {
        <svg class="body-map-small" viewBox=VIEW_BOX role="img" aria-label=label>
            {figure(&id, mark, |_| ().into_any(), side)}
        </svg>
    }
}
