//! Small line pictograms for tools and step kinds, drawn in `currentColor`
//! so they follow the text colour (and dark mode). They are decoration next
//! to a visible word, so they are hidden from assistive technology.
//!
//! The drawings are static SVG markup (a few bytes each) rather than view
//! trees, which keeps the WebAssembly small.

use leptos::prelude::*;

use crate::platform::trusted_html;
use unknot_domain::routine::{StepKind, Tool};

const HEAT: &str = r#"<path d="M7 20c-2-3 2-5 0-8s2-5 0-8M12 20c-2-3 2-5 0-8s2-5 0-8M17 20c-2-3 2-5 0-8s2-5 0-8"/>"#;

/// The drawing for a tool, as SVG markup on a 24 x 24 grid.
pub fn tool_markup(tool: Tool) -> &'static str {
    match tool {
        Tool::Ball => {
            r#"<circle cx="12" cy="12" r="8"/><path d="M5 9c4 2 10 2 14 0M5 15c4-2 10-2 14 0"/>"#
        }
        Tool::FoamRoller => {
            r#"<ellipse cx="5" cy="12" rx="2.5" ry="5"/><path d="M5 7h14M5 17h14"/><ellipse cx="19" cy="12" rx="2.5" ry="5"/>"#
        }
        Tool::Cane => {
            r#"<path d="M7 21V9a5 5 0 0 1 10 0v2M4 17h6"/><circle cx="17" cy="13.5" r="2"/>"#
        }
        Tool::Hands => {
            r#"<path d="M8 13V5.5a1.5 1.5 0 0 1 3 0V12M11 11V4.5a1.5 1.5 0 0 1 3 0V12M14 12V6a1.5 1.5 0 0 1 3 0v8c0 4-2.5 7-6 7-2.5 0-4-1.5-5.5-4L4 13.5a1.5 1.5 0 0 1 2.5-1.5L8 14"/>"#
        }
        Tool::HeatSource => HEAT,
        Tool::None => r#"<circle cx="12" cy="12" r="8" stroke-dasharray="3 3"/>"#,
    }
}

/// The drawing for a step kind.
pub fn kind_markup(kind: StepKind) -> &'static str {
    match kind {
        StepKind::Hold => {
            r#"<path d="M12 3v9M8.5 8.5 12 12l3.5-3.5M3 21h18"/><circle cx="12" cy="17" r="3.5"/>"#
        }
        StepKind::Roll => {
            r#"<ellipse cx="12" cy="14" rx="7" ry="4"/><path d="M3 6h6M6 3l3 3-3 3M21 6h-6M18 3l-3 3 3 3"/>"#
        }
        StepKind::Stretch => {
            r#"<circle cx="12" cy="4" r="2"/><path d="M12 7v7M12 9 6 4M12 9l6-5M12 14l-4 7M12 14l4 7"/>"#
        }
        StepKind::Heat => HEAT,
        StepKind::Rest => r#"<path d="M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z"/>"#,
    }
}

fn frame(markup: &'static str, slug: &'static str) -> impl IntoView {
    view! {
        <svg
            class=format!("pictogram pictogram-{slug}")
            viewBox="0 0 24 24"
            width="24"
            height="24"
            fill="none"
            stroke="currentColor"
            stroke-width="1.8"
            stroke-linecap="round"
            stroke-linejoin="round"
            aria-hidden="true"
            focusable="false"
            prop:innerHTML=trusted_html::html(markup)
        ></svg>
    }
}

/// Pictogram for a tool; always shown next to the tool's name.
#[component]
pub fn ToolIcon(tool: Tool) -> impl IntoView {
    frame(tool_markup(tool), tool.slug())
}

/// Pictogram for a step kind; always shown next to the kind's name.
#[component]
pub fn KindIcon(kind: StepKind) -> impl IntoView {
    frame(kind_markup(kind), kind.slug())
}
