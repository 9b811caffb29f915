//! The safety check shown before the first session: every warning sign,
//! grouped by urgency (emergencies first), one question, and a way on. The answer is kept by `state::safety`, so it is
//! asked once (and again only when the list of signs changes).

use leptos::{html, prelude::*};
use unknot_domain::safety::{ACHE_OR_NERVE, RED_FLAGS};

use super::red_flags::groups_html;
use crate::platform::trusted_html;
use crate::state::safety::SafetyStore;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Answer {
    Unanswered,
    Applies,
}

/// Lists the warning signs and asks whether any applies. "None apply"
/// continues at once; "one applies" advises seeing a clinician and continues
/// only after the user ticks "I understand, continue anyway". Either way the
/// answer is stored, then `on_done` runs.
#[component]
pub fn SafetyCheck(on_done: Callback<()>) -> impl IntoView {
    let answer = RwSignal::new(Answer::Unanswered);
    let understood = RwSignal::new(false);
    let store = expect_context::<SafetyStore>();
    let finish = move |flag_applies: bool| {
        store.remember(flag_applies);
        on_done.run(());
    };
    // The Start button that led here is gone: the check's heading takes the
    // top of the screen and the focus, so reading starts at its beginning
    // and leads down to the question.
    let heading = NodeRef::<html::H2>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
            h.scroll_into_view_with_bool(true);
        }
    });
    view! {
        <section class="safety-check" aria-labelledby="safety-title">
            <h2 id="safety-title" tabindex="-1" node_ref=heading>"Before you start"</h2>
            <p>
                "Self-release is for ordinary muscle knots. Check these signs first: any of them "
                "means a doctor or physical therapist should take a look before you press."
            </p>
            <div class="flag-groups" prop:innerHTML=trusted_html::html(&groups_html(&RED_FLAGS.iter().collect::<Vec<_>>(), 3))></div>
            <p class="hint">{ACHE_OR_NERVE}</p>
            <Show
                when=move || answer.get() == Answer::Applies
                fallback=move || view! {
                    <p class="question">"Does any of these apply to you?"</p>
                    <div class="stack">
                        <button class="primary" on:click=move |_| finish(false)>
                            "None of these apply: continue"
                        </button>
                        <button on:click=move |_| answer.set(Answer::Applies)>
                            "One or more applies"
                        </button>
                    </div>
                }
            >
                <div class="advice" role="alert">
                    <h3>"Please see a clinician first"</h3>
                    <p>
                        "With one of these signs, pressing on the area could hide or worsen something "
                        "that needs care. For a sign under \"Emergency\", call your local emergency "
                        "number now; for one under \"See a doctor today\", see a doctor today."
                    </p>
                </div>
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || understood.get()
                        on:change=move |e| understood.set(event_target_checked(&e))
                    />
                    <span>"I understand, continue anyway"</span>
                </label>
                <div class="stack">
                    <button
                        class="primary"
                        disabled=move || !understood.get()
                        on:click=move |_| finish(true)
                    >
                        "Continue"
                    </button>
                    <button on:click=move |_| {
                        understood.set(false);
                        answer.set(Answer::Unanswered);
                    }>"Back to the list"</button>
                </div>
            </Show>
        </section>
    }
}
