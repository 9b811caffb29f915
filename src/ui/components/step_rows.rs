//! A routine's steps as a read-only list (overview and shared-link preview).

use leptos::prelude::*;
use unknot_domain::{
    routine::{Routine, Sides, Step},
    time::format_length,
};

use crate::ui::components::pictogram::KindIcon;
use crate::ui::components::pose_picture::PosePicture;

/// One line per step: "30 seconds each side, 3 sets".
pub fn step_detail(step: &Step) -> String {
    let mut parts = vec![format_length(step.duration_ms)];
    match step.sides {
        Sides::Both => parts[0].push_str(" each side"),
        Sides::Only(side) => parts.push(format!("{} side only", side.label().to_ascii_lowercase())),
        Sides::Center => {}
    }
    if step.sets > 1 {
        parts.push(format!("{} sets", step.sets));
    }
    parts.join(", ")
}

#[component]
pub fn StepRows(routine: Routine) -> impl IntoView {
    let steps = routine
        .steps
        .iter()
        .map(|s| {
            let kind = s.kind;
            // A two-sided step shows its first side; its name says the other follows.
            let side = s.sides.order().first().copied().flatten();
            let picture = s.picture.map(|p| {
                view! { <PosePicture picture=p side=side sides=s.sides class="thumb"/> }
            });
            let pictured = if picture.is_some() {
                " has-picture"
            } else {
                ""
            };
            view! {
                <li class=format!("step-row kind-{}{pictured}", kind.slug())>
                    {picture}
                    <span class="step-kind"><KindIcon kind=kind/>{kind.label()}</span>
                    <span class="step-title">{s.title.clone()}</span>
                    <span class="step-detail">{step_detail(s)}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="step-list">{steps}</ol> }
}
