//! When to see a doctor: warning signs, urgent ones first, places never to
//! press, and what clinicians can offer (named, never recommended).
//!
//! The lists come from the domain's `safety` module, so this page and the
//! safety check always agree. Built as one HTML string (see `learn.rs`).

use leptos::prelude::*;
use unknot_domain::markup::escape;

use crate::platform::trusted_html;
use unknot_domain::safety::{non_urgent, urgent, NEVER_PRESS};

fn items<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    texts.map(|t| format!("<li>{}</li>", escape(t))).collect()
}

fn page_html() -> String {
    format!(
        r#"<h1>When to see a doctor</h1>
<p class="lede">Most knots ease with a few sessions. Some pain is a sign of something else, and pressing on it can hide or worsen it.</p>
<section class="urgent-box" aria-labelledby="urgent-title">
<h2 id="urgent-title">Get urgent care now</h2>
<ul>{}</ul>
</section>
<h2>See a doctor or physical therapist</h2>
<p>Stop self-release and book an appointment if you notice:</p>
<ul>{}</ul>
<h2>Never press on</h2>
<ul>{}</ul>
<h2>What clinicians can do</h2>
<p>Beyond self-care, clinicians use treatments such as physical therapy, trigger point injections and medication. Whether any of these suits you is a decision for you and your clinician after an examination; Unknot does not recommend one.</p>"#,
        items(urgent().map(|f| f.text)),
        items(non_urgent().map(|f| f.text)),
        items(NEVER_PRESS.iter().copied()),
    )
}

#[component]
pub fn DoctorPage() -> impl IntoView {
    view! { <article class="page prose" prop:innerHTML=trusted_html::html(&page_html())></article> }
}
