//! When to see a doctor: every warning sign grouped by urgency (emergencies
//! first, with "call your local emergency number"), places never to press,
//! and what clinicians can offer (named, never recommended).
//!
//! The lists come from the domain's `safety` module, so this page and the
//! safety check always agree. Built as one HTML string (see `learn.rs`).

use leptos::prelude::*;
use unknot_domain::markup::escape;

use crate::platform::trusted_html;
use crate::ui::components::red_flags::groups_html;
use unknot_domain::safety::{RedFlag, Urgency, NEVER_PRESS, RED_FLAGS};

fn items<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    texts.map(|t| format!("<li>{}</li>", escape(t))).collect()
}

fn page_html() -> String {
    // The emergency group stands out in its own box; the others follow.
    let (emergency, others): (Vec<&RedFlag>, Vec<&RedFlag>) = RED_FLAGS
        .iter()
        .partition(|f| f.urgency == Urgency::EmergencyNow);
    format!(
        r#"<h1>When to see a doctor</h1>
<p class="lede">Self-release may ease a knot, but not every pain is a knot. Some pain is a sign of something else, and pressing on it can hide or worsen it.</p>
<section class="urgent-box" aria-labelledby="urgent-title">
<h2 id="urgent-title">{}</h2>
<ul>{}</ul>
</section>
<p>For the signs below, stop self-release on that area and see a doctor or a physical therapist as soon as the heading says.</p>
{}
<h2>Never press on</h2>
<ul>{}</ul>
<h2>What clinicians can do</h2>
<p>Beyond self-care, clinicians use treatments such as physical therapy, trigger point injections and medication. Whether any of these suits you is a decision for you and your clinician after an examination; Unknot does not recommend one.</p>"#,
        escape(Urgency::EmergencyNow.heading()),
        items(emergency.iter().map(|f| f.text)),
        groups_html(&others, 2),
        items(NEVER_PRESS.iter().copied()),
    )
}

#[component]
pub fn DoctorPage() -> impl IntoView {
    view! { <article class="page prose" prop:innerHTML=trusted_html::html(&page_html())></article> }
}
