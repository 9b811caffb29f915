//! Warning signs grouped by urgency, the most urgent first: the emergency
//! group says to call the local emergency number. One markup builder for
//! the start check, the doctor page, the finder and the body map, so they
//! always say the same thing in the same order.

use leptos::prelude::*;
use unknot_domain::markup::escape;
use unknot_domain::safety::{by_urgency, RedFlag};

use crate::platform::trusted_html;

/// The signs in `flags`, one group per urgency (most urgent first), each
/// with its heading at `level` (2 or 3) and a list; the groups keep the
/// order of `flags`.
pub fn groups_html(flags: &[&'static RedFlag], level: u8) -> String {
    let level = level.clamp(2, 4);
    by_urgency(flags)
        .into_iter()
        .map(|(urgency, list)| {
            let items: String = list
                .iter()
                .map(|f| format!(r#"<li data-flag="{}">{}</li>"#, f.id, escape(f.text)))
                .collect();
            format!(
                r#"<div class="flag-group {slug}"><h{level} class="flag-heading">{heading}</h{level}><ul class="flag-list">{items}</ul></div>"#,
                slug = urgency.slug(),
                heading = escape(urgency.heading()),
            )
        })
        .collect()
}

/// The signs that belong to a place, shown before any routine for it: a
/// note with the groups, a line on tingling or numbness when the nerve sign
/// is among them (`nerve_text`), and a link to the doctor page.
#[component]
pub fn PlaceFlags(
    flags: Vec<&'static RedFlag>,
    /// Heading level of the groups.
    level: u8,
    /// The text that tells a knot's ache from a nerve's, when it applies.
    nerve_text: Option<&'static str>,
    /// Where "When to see a doctor" leads.
    doctor_href: String,
) -> impl IntoView {
    let html = groups_html(&flags, level);
    view! {
        <div class="notice red-flags" role="note" aria-label="Warning signs">
            <p class="red-flags-lede"><strong>"Check these signs before you press: any of them needs a doctor first."</strong></p>
            <div prop:innerHTML=trusted_html::html(&html)></div>
            {nerve_text.map(|t| view! { <p>{t}</p> })}
            <p><a href=doctor_href>"When to see a doctor"</a></p>
        </div>
    }
}
