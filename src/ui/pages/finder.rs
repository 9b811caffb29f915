//! `/finder`: "Where do you feel it?". Pain often comes from a knot
//! somewhere else, so picking where it is felt shows where it usually comes
//! from (the domain's referral table), the routines that work those sources
//! first and the place itself after them. Zones are spots on a picture of
//! the body (front or back) and, as an alternative, buttons in two lists;
//! "Headache" comes first and leads to the places a headache is felt. Each
//! result shows the warning signs that belong to its place before any
//! routine. The chosen zone is in the address (`?zone=heel`), so Back
//! returns to it.

use leptos::{html, prelude::*};
use unknot_domain::text::capitalized;
use unknot_domain::{
    presets,
    referral::{self, BodyView, Suggestion, Zone, BOTH_SIDES},
    safety::ACHE_OR_NERVE,
};

use crate::state::router::{Route, Router};
use crate::ui::components::pose_picture::PosePicture;
use crate::ui::components::red_flags::PlaceFlags;
use crate::ui::components::zone_picture::ZonePicture;

#[component]
pub fn FinderPage(zone: Option<String>) -> impl IntoView {
    let router = expect_context::<Router>();
    let chosen = zone.as_deref().and_then(referral::zone);
    let pick = move |id: &'static str| {
        router.go(&Route::Finder {
            zone: Some(id.into()),
        })
    };
    let button = move |z: &'static Zone| {
        let pressed = chosen.is_some_and(|c| c.id == z.id);
        view! {
            <li>
                <button class="zone-button" aria-pressed=pressed.to_string()
                    on:click=move |_| pick(z.id)>{capitalized(z.name)}</button>
            </li>
        }
    };
    let group = move |title: &'static str, front: bool| {
        let zones: Vec<&'static Zone> = referral::zones()
            .iter()
            .filter(|z| match z.view {
                BodyView::Front => front,
                BodyView::Back => !front,
                BodyView::Both => true,
                BodyView::Neither => false,
            })
            .collect();
        view! {
            <div class="finder-group" role="group" aria-label=title>
                <h3>{title}</h3>
                <ul class="zone-list" role="list">
                    {zones.into_iter().map(button).collect_view()}
                </ul>
            </div>
        }
    };
    // Kinds of pain rather than places ("Headache"), offered first.
    let overviews = referral::zones()
        .iter()
        .filter(|z| z.view == BodyView::Neither)
        .map(button)
        .collect_view();
    view! {
        <section class="page finder">
            <h1>"Where do you feel it?"</h1>
            <p class="lede">
                "A knot often sends its pain somewhere else: a tight calf can make the heel hurt, the top of the "
                "shoulder can give a headache. Pick where you feel it to see where it usually comes from."
            </p>
            {chosen.map(|z| view! { <ZoneResult zone=z pick=Callback::new(pick)/> })}
            <div class="finder-group" role="group" aria-label="Not sure of the place">
                <ul class="zone-list" role="list">{overviews}</ul>
            </div>
            <h2 class="finder-pick">"Tap the place on the body"</h2>
            <ZonePicture chosen=chosen.map(|z| z.id) pick=Callback::new(pick)/>
            <h2 class="finder-pick">"Or pick it from the list"</h2>
            {group("Front of the body", true)}
            {group("Back of the body", false)}
            <p class="hint">{ACHE_OR_NERVE}</p>
        </section>
    }
}

/// A suggested routine: its link, then what it works and does there.
fn routine_item(s: Suggestion) -> Option<impl IntoView> {
    let r = presets::by_id(s.routine_id)?;
    // The first step's picture: how the routine starts.
    let first = r.steps.first().and_then(|st| {
        let side = st.sides.order().first().copied().flatten();
        st.picture.map(|p| (p, side, st.sides))
    });
    Some(view! {
        <li class:has-picture=first.is_some()>
            {first.map(|(p, side, sides)| view! { <PosePicture picture=p side=side sides=sides class="thumb"/> })}
            <a href=Route::Routine(r.id.clone()).href() class="routine-link">{r.name}</a>
            <p class="routine-desc">{s.line()}</p>
        </li>
    })
}

/// Where pain at `zone` usually comes from, and what to do about it: the
/// warning signs that belong there first, then the sources, then routines.
#[component]
fn ZoneResult(zone: &'static Zone, pick: Callback<&'static str>) -> impl IntoView {
    let heading = NodeRef::<html::H2>::new();
    // Bring the answer into view and to the screen reader at once.
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let sources = referral::sources_phrase(zone);
    let notes = zone
        .sources
        .iter()
        .filter_map(|s| s.note.map(|n| (capitalized(s.name), n)))
        .map(|(name, note)| view! { <li><strong>{name}</strong>": "{note}</li> })
        .collect::<Vec<_>>();
    let suggestions = referral::suggestions(zone.id)
        .into_iter()
        .filter_map(routine_item)
        .collect_view();
    let leads_to = zone
        .leads_to
        .iter()
        .filter_map(|id| referral::zone(id))
        .map(|z| {
            view! {
                <li>
                    <button class="zone-button" on:click=move |_| pick.run(z.id)>{capitalized(z.name)}</button>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let nerve = referral::nerve_warning(zone).map(|_| ACHE_OR_NERVE);
    view! {
        <section class="finder-result" aria-labelledby="finder-result-title" aria-live="polite">
            <h2 id="finder-result-title" tabindex="-1" node_ref=heading>{zone.heading}</h2>
            <PlaceFlags flags=referral::red_flags(zone) level=3 nerve_text=nerve
                doctor_href=Route::Doctor.href()/>
            {(!leads_to.is_empty()).then(|| view! {
                <div class="finder-group" role="group" aria-label="Where is it worst?">
                    <h3>"Where is it worst?"</h3>
                    <ul class="zone-list" role="list">{leads_to}</ul>
                </div>
            })}
            <p>{format!("Pain here often comes from {sources}.")}</p>
            <p>{zone.why}</p>
            {(!notes.is_empty()).then(|| view! { <ul class="source-notes">{notes}</ul> })}
            {zone.paired.then_some(view! { <p class="hint">{BOTH_SIDES}</p> })}
            <h3>"Routines for where it comes from"</h3>
            <ol class="finder-routines" role="list">{suggestions}</ol>
        </section>
    }
}
