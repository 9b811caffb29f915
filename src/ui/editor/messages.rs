//! The lines shown under a field: what is wrong (errors), worth a second
//! look (warnings) or how a value was read (notes), in a region the field
//! points to with `aria-describedby`.

use leptos::prelude::*;

use super::draft::{Line, Tone};

#[component]
pub fn FieldMessages(id: String, lines: Signal<Vec<Line>>) -> impl IntoView {
    view! {
        <div id=id class="field-messages">
            {move || lines.get().into_iter().map(|l| {
                let class = match l.tone {
                    Tone::Error => "field-error",
                    Tone::Warning => "field-warning",
                    Tone::Note => "field-note",
                };
                view! { <p class=class>{l.text}</p> }
            }).collect_view()}
        </div>
    }
}

/// Whether any error is in `lines`.
pub fn has_error(lines: &[Line]) -> bool {
    lines.iter().any(|l| l.tone == Tone::Error)
}
