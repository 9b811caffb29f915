//! The messages shown under a field: what is wrong (errors) or worth a
//! second look (warnings), in a region the field points to with
//! `aria-describedby`.

use leptos::prelude::*;
use unknot_domain::validate::{Problem, Severity};

/// The messages for one field; `extra` is a message from the input itself
/// (a duration that could not be read), shown first.
#[component]
pub fn FieldMessages(
    id: String,
    problems: Signal<Vec<Problem>>,
    #[prop(optional, into)] extra: Option<Signal<Option<String>>>,
) -> impl IntoView {
    view! {
        <div id=id class="field-messages">
            {move || extra.and_then(|e| e.get()).map(|m| view! { <p class="field-error">{m}</p> })}
            {move || problems.get().into_iter().map(|p| {
                let class = if p.severity == Severity::Error { "field-error" } else { "field-warning" };
                view! { <p class=class>{p.message}</p> }
            }).collect_view()}
        </div>
    }
}

/// Whether any error is in `problems`.
pub fn has_error(problems: &[Problem]) -> bool {
    problems.iter().any(|p| p.severity == Severity::Error)
}
