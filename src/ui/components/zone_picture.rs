//! The finder's body picture: the front or the back of the figure with a
//! round button on each place where pain is felt, named in plain words.
//!
//! One side at a time, so the picture can be drawn large enough for a
//! finger: the figure is 190 units wide and drawn at most 260 px wide, and
//! every spot is a 44-unit circle, at least 48 px across at 360 px width
//! (no two spots overlap: their centres are at least 40 units apart).

use leptos::{ev, prelude::*};
use unknot_domain::referral::{self, BodyView};
use unknot_domain::text::capitalized;

use crate::platform::trusted_html;

use super::body_figure::SILHOUETTE;

/// Where each zone's spot sits: (zone id, on the back view, x, y), in the
/// figure's units (the silhouette of `body_figure`, front and back alike).
/// Zones felt front and back have a spot on both; "Headache" is not a place
/// and has none.
pub const SPOTS: &[(&str, bool, u16, u16)] = &[
    // Front
    ("forehead", false, 95, 10),
    ("temple", false, 62, 36),
    ("behind-eye", false, 122, 42),
    ("jaw-teeth-ear", false, 78, 74),
    ("side-of-neck", false, 118, 84),
    ("front-of-shoulder", false, 146, 120),
    ("chest", false, 80, 130),
    ("shoulder-and-arm", false, 38, 132),
    ("outer-elbow", false, 154, 200),
    ("side-of-hip", false, 142, 250),
    ("wrist-and-hand", false, 34, 270),
    ("thumb", false, 34, 312),
    ("front-of-thigh", false, 74, 300),
    ("outer-thigh", false, 138, 310),
    ("inner-knee", false, 102, 352),
    ("side-of-leg", false, 62, 402),
    ("shin", false, 116, 412),
    ("top-of-foot", false, 118, 462),
    ("ball-of-foot", false, 72, 474),
    // Back
    ("back-of-head", true, 95, 30),
    ("side-of-neck", true, 70, 76),
    ("top-of-shoulder", true, 126, 96),
    ("shoulder-and-arm", true, 38, 132),
    ("between-shoulder-blades", true, 95, 146),
    ("outer-elbow", true, 154, 200),
    ("lower-back", true, 95, 206),
    ("buttock", true, 78, 256),
    ("side-of-hip", true, 140, 252),
    ("wrist-and-hand", true, 34, 300),
    ("back-of-leg", true, 76, 312),
    ("outer-thigh", true, 136, 312),
    ("back-of-knee", true, 114, 362),
    ("side-of-leg", true, 58, 404),
    ("calf", true, 118, 412),
    ("heel", true, 72, 470),
    ("sole-and-arch", true, 120, 472),
];

/// The side of the figure a zone is first shown on.
pub fn view_of(zone_id: &str) -> bool {
    referral::zone(zone_id).is_some_and(|z| z.view == BodyView::Back)
}

/// The picture, with the side switch above it. `chosen` is the zone picked
/// (its spot is pressed); `pick` is called with a zone's id.
#[component]
pub fn ZonePicture(chosen: Option<&'static str>, pick: Callback<&'static str>) -> impl IntoView {
    let back = RwSignal::new(chosen.is_some_and(view_of));
    let spots = move |on_back: bool| {
        SPOTS
            .iter()
            .filter(move |s| s.1 == on_back)
            .filter_map(|&(id, _, x, y)| referral::zone(id).map(|z| (z, x, y)))
            .map(|(z, x, y)| {
                let id = z.id;
                let on_key = move |e: ev::KeyboardEvent| {
                    if e.key() == "Enter" || e.key() == " " {
                        e.prevent_default();
                        pick.run(id);
                    }
                };
                view! {
                    <g
                        class="spot"
                        role="button"
                        tabindex="0"
                        aria-label=capitalized(z.name)
                        aria-pressed=(chosen == Some(id)).to_string()
                        on:click=move |_| pick.run(id)
                        on:keydown=on_key
                    >
                        <circle class="spot-hit" cx=x cy=y r="22"></circle>
                        <circle class="spot-dot" cx=x cy=y r="8"></circle>
                    </g>
                }
            })
            .collect_view()
    };
    let side_button = move |label: &'static str, is_back: bool| {
        view! {
            <button
                class="side-button"
                aria-pressed=move || (back.get() == is_back).to_string()
                on:click=move |_| back.set(is_back)
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="zone-picture">
            <div class="side-switch" role="group" aria-label="Side of the body shown">
                {side_button("Front", false)}
                {side_button("Back", true)}
            </div>
            <svg
                class="zone-figure"
                viewBox="0 0 190 500"
                role="group"
                aria-label=move || if back.get() { "Body picture, back" } else { "Body picture, front" }
            >
                <g class="body-shape" aria-hidden="true" prop:innerHTML=trusted_html::html(SILHOUETTE)></g>
                <g class:off=move || back.get()>{spots(false)}</g>
                <g class:off=move || !back.get()>{spots(true)}</g>
            </svg>
        </div>
    }
}
