//! `/finder`: "Where do you feel it?". Pain often comes from a knot
//! somewhere else, so picking where it is felt shows where it usually comes
//! from (the domain's referral table), the routines that work those sources
//! first and the place itself after them. Zones are spots on a picture of
//! the body (front or back) and, as an alternative, buttons in two lists. Zones where pain travelling along
//! a limb can mean a nerve problem show the warning signs first. The chosen
//! zone is in the address (`?zone=heel`), so Back returns to it.

use leptos::{html, prelude::*};
use unknot_domain::text::capitalized;
use unknot_domain::{
    presets,
    referral::{self, BodyView, Zone},
    safety::ACHE_OR_NERVE,
};

use crate::state::router::{Route, Router};
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
    let group = move |title: &'static str, front: bool| {
        let zones: Vec<&'static Zone> = referral::zones()
            .iter()
            .filter(|z| match z.view {
                BodyView::Front => front,
                BodyView::Back => !front,
                BodyView::Both => true,
            })
            .collect();
        view! {
            <div class="finder-group" role="group" aria-label=title>
                <h3>{title}</h3>
                <ul class="zone-list" role="list">
                    {zones.into_iter().map(|z| {
                        let pressed = chosen.is_some_and(|c| c.id == z.id);
                        view! {
                            <li>
                                <button class="zone-button" aria-pressed=pressed.to_string()
                                    on:click=move |_| pick(z.id)>{capitalized(z.name)}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        }
    };
    view! {
        <section class="page finder">
            <h1>"Where do you feel it?"</h1>
            <p class="lede">
                "A knot often sends its pain somewhere else: a tight calf can make the heel hurt, the top of the "
                "shoulder can give a headache. Pick where you feel it to see where it usually comes from."
            </p>
            {chosen.map(|z| view! { <ZoneResult zone=z/> })}
            <h2 class="finder-pick">"Tap the place on the body"</h2>
            <ZonePicture chosen=chosen.map(|z| z.id) pick=Callback::new(pick)/>
            <h2 class="finder-pick">"Or pick it from the list"</h2>
            {group("Front of the body", true)}
            {group("Back of the body", false)}
            <p class="hint">{ACHE_OR_NERVE}</p>
        </section>
    }
}

/// Where pain at `zone` usually comes from, and what to do about it.
#[component]
fn ZoneResult(zone: &'static Zone) -> impl IntoView {
    let heading = NodeRef::<html::H2>::new();
    // Bring the answer into view and to the screen reader at once.
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let sources = zone
        .sources
        .iter()
        .map(|s| capitalized(s.name))
        .collect::<Vec<_>>()
        .join("; ");
    let suggestions = referral::suggestions(zone.id)
        .into_iter()
        .filter_map(|s| presets::by_id(s.routine_id).map(|r| (r, s)))
        .map(|(r, s)| {
            let line = match s.source {
                Some(source) => format!("Works the {}. {}", source.name, s.works),
                None => s.works.to_string(),
            };
            view! {
                <li>
                    <a href=Route::Routine(r.id.clone()).href() class="routine-link">{r.name.clone()}</a>
                    <p class="routine-desc">{line}</p>
                </li>
            }
        })
        .collect_view();
    let side = zone.paired.then_some(
        "If you feel it on one side, work that side: most knots that send pain stay on their own side.",
    );
    view! {
        <section class="finder-result" aria-labelledby="finder-result-title" aria-live="polite">
            <h2 id="finder-result-title" tabindex="-1" node_ref=heading>
                {format!("Pain at the {}", zone.name)}
            </h2>
            {zone.nerve_risk.then(|| view! {
                <div class="notice nerve-warning" role="note">
                    <p><strong>"Numbness, pins and needles or weakness: see a doctor first."</strong></p>
                    <p>{ACHE_OR_NERVE}</p>
                    <p><a href=Route::Doctor.href()>"When to see a doctor"</a></p>
                </div>
            })}
            <p>{format!("Pain here often comes from: {sources}.")}</p>
            <p>{zone.why}</p>
            {side.map(|s| view! { <p class="hint">{s}</p> })}
            <h3>"Routines for where it comes from"</h3>
            <ol class="finder-routines" role="list">{suggestions}</ol>
        </section>
    }
}
