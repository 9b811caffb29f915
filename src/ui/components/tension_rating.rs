//! "How tense is it now?": a 0-10 row of large buttons per body area, asked
//! before a session (on the overview) and after it (on the end screen).

use leptos::{html, prelude::*};
use unknot_domain::{
    history::{AreaRating, RATING_MAX},
    routine::BodyArea,
};

use crate::state::history::HistoryStore;

/// One area's row: eleven buttons, each named "Calves tension before: 6".
#[component]
pub fn RatingRow(
    area: BodyArea,
    /// "before" or "after".
    when: &'static str,
    #[prop(into)] selected: Signal<Option<u8>>,
    on_pick: Callback<u8>,
) -> impl IntoView {
    let label = area.label();
    view! {
        <fieldset class="rating-row">
            <legend>{label}</legend>
            <div class="rating-buttons">
                {(0..=RATING_MAX)
                    .map(|n| view! {
                        <button
                            type="button"
                            aria-label=format!("{label} tension {when}: {n}")
                            aria-pressed=move || (selected.get() == Some(n)).to_string()
                            on:click=move |_| on_pick.run(n)
                        >
                            {n}
                        </button>
                    })
                    .collect_view()}
            </div>
            <p class="rating-scale" aria-hidden="true"><span>"0 relaxed"</span><span>"10 very tense"</span></p>
        </fieldset>
    }
}

/// The step between Start and the session. Every area rated (one tap each)
/// or "Skip" hands the ratings on.
#[component]
pub fn BeforeRatings(areas: Vec<BodyArea>, on_done: Callback<Vec<AreaRating>>) -> impl IntoView {
    let ratings = RwSignal::new(
        areas
            .iter()
            .map(|&a| AreaRating::unrated(a))
            .collect::<Vec<_>>(),
    );
    // The Start button that led here is gone: keyboard and screen reader
    // focus moves to the question.
    let group = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if let Some(g) = group.get() {
            let _ = g.focus();
        }
    });
    let rows = areas
        .iter()
        .enumerate()
        .map(|(i, &area)| {
            let selected = Signal::derive(move || ratings.with(|r| r[i].before));
            let on_pick = Callback::new(move |n: u8| {
                ratings.update(|r| r[i].before = Some(n));
                if ratings.with_untracked(|r| r.iter().all(|r| r.before.is_some())) {
                    on_done.run(ratings.get_untracked());
                }
            });
            view! { <RatingRow area=area when="before" selected=selected on_pick=on_pick/> }
        })
        .collect_view();
    view! {
        <div node_ref=group tabindex="-1" class="rating-step" role="group" aria-labelledby="rate-before-heading">
            <h2 id="rate-before-heading">"How tense is it now?"</h2>
            <p class="hint">"Tap a number: 0 is relaxed, 10 is very tense. It helps you see what works."</p>
            {rows}
            <button class="skip-rating" on:click=move |_| on_done.run(ratings.get_untracked())>"Skip"</button>
        </div>
    }
}

/// On the end screen: the same areas again, then the change for each
/// ("Calves: 6 → 3").
#[component]
pub fn AfterRatings(log_id: String) -> impl IntoView {
    let store = expect_context::<HistoryStore>();
    let skipped = RwSignal::new(false);
    let id = StoredValue::new(log_id);
    let ratings = Memo::new(move |_| {
        store.history.with(|h| {
            id.with_value(|id| h.find(id).map(|l| l.ratings.clone()))
                .unwrap_or_default()
        })
    });
    let open = Memo::new(move |_| {
        ratings.with(|r| {
            r.iter()
                .filter(|r| r.after.is_none())
                .map(|r| r.area)
                .collect::<Vec<_>>()
        })
    });
    let asking = move || !skipped.get() && open.with(|o| !o.is_empty());
    view! {
        <Show when=asking>
            <div class="rating-step" role="group" aria-labelledby="rate-after-heading">
                <h2 id="rate-after-heading">"How tense is it now?"</h2>
                {move || open.get().into_iter().map(|area| {
                    let on_pick = Callback::new(move |n: u8| {
                        id.with_value(|id| store.set_after(id, area, n));
                    });
                    view! { <RatingRow area=area when="after" selected=Signal::stored(None) on_pick=on_pick/> }
                }).collect_view()}
                <button class="skip-rating" on:click=move |_| skipped.set(true)>"Skip"</button>
            </div>
        </Show>
        {move || {
            let changes: Vec<String> = ratings.with(|r| {
                r.iter()
                    .filter(|r| r.before.is_some() && r.after.is_some())
                    .map(AreaRating::change_text)
                    .collect()
            });
            (!changes.is_empty()).then(|| view! {
                <h2>"Tension"</h2>
                <ul class="changes" role="list">
                    {changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                </ul>
            })
        }}
    }
}
