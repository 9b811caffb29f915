//! Learn: what a knot is, where its pain shows up, how a session goes,
//! aftercare, heat safety, the positions (each drawn, with how to get in and
//! out) and where never to press.
//!
//! Static reading text is kept as one HTML string rather than a view tree:
//! the browser parses it, and the WebAssembly stays small. Links are plain
//! `<a>` elements, which the router handles like any other.

use leptos::prelude::*;
use unknot_domain::{
    cautions::SPREAD_OR_NERVE,
    markup::escape,
    picture::{Picture, Position, Spot},
    picture_draw::{svg_markup, VIEW_BOX},
    routine::Tool,
    safety::{NEVER_PRESS, PRESSURE_RULES},
};

use crate::platform::trusted_html;

const LEARN: &str = r#"
<h1>Learn</h1>

<h2>What a knot is</h2>
<p>A muscle knot, or trigger point, is a small patch of muscle that stays tight and is much more sensitive than the tissue around it. Under your fingers it often feels like a firm pea or a taut band, and pressing it can make you wince.</p>
<p>They come in two kinds:</p>
<ul>
<li><strong>Active</strong> knots hurt even when you are still, and the pain often spreads elsewhere.</li>
<li><strong>Latent</strong> knots are quiet until pressed, but they can stiffen the muscle and limit how far you move.</li>
</ul>

<h2>Pain that shows up somewhere else</h2>
<p>A knot often sends its pain to another place, called referred pain. That is why the sore spot and the spot to work on are not always the same.</p>
<table class="referred">
<caption>Common knots and where they are felt</caption>
<thead><tr><th scope="col">Where the knot is</th><th scope="col">Where it can hurt</th></tr></thead>
<tbody>
<tr><th scope="row">Top of the shoulder (upper trapezius) and the back of the neck</th><td>A headache at the temple, behind the eye or at the back of the head</td></tr>
<tr><th scope="row">Side of the buttock (gluteus medius)</th><td>The lower back and the buttock</td></tr>
<tr><th scope="row">Deep in the buttock (piriformis) and under the side of the hip (gluteus minimus)</th><td>Down the back or side of the leg, a bit like sciatica</td></tr>
<tr><th scope="row">Calf</th><td>The heel and the sole of the foot</td></tr>
<tr><th scope="row">Back of the shoulder (the shoulder blade muscles)</th><td>Deep in the shoulder and down the arm</td></tr>
<tr><th scope="row">Jaw (the chewing muscles)</th><td>The teeth, the ear and the temple</td></tr>
</tbody>
</table>

<h2>How a release session goes</h2>
<ol>
<li>Find the tender spot with the ball, roller, cane or your hand.</li>
<li>Lean in until it is uncomfortable but not sharp: about 4 to 7 on a scale of 10. If it goes above 7, ease off.</li>
<li>Stay still and breathe out slowly. The spot is letting go when the tenderness drops by about half or the knot seems to soften. Then move on.</li>
<li><!--spread--></li>
<li>Several short holds of 10 to 60 seconds, with a short rest between, do more than one long one. Two to four rounds per spot is plenty.</li>
<li>Work both sides, even if only one hurts: the routines switch sides for you.</li>
</ol>
<p>Foam rolling is the same idea in motion: slowly, a couple of centimetres a second, pausing on tender spots. Roll muscle, never joints, bone or the lower spine.</p>

<h2>Aftercare</h2>
<ul>
<li>Finish with a gentle stretch of the muscle you worked, 20 to 30 seconds, two or three times. Never stretch into pain.</li>
<li>Drink some water.</li>
<li>When you sit for long, get up and move every half hour or so; short posture breaks may help keep knots from coming back.</li>
<li>Some soreness the next day is common; sharp or growing pain is not.</li>
</ul>

<h2>Using heat safely</h2>
<ul>
<li>A warm pack, heating pad or warm shower relaxes the muscle before or after a session.</li>
<li>Use a medium setting and keep a cloth between the heat and your skin.</li>
<li>At most 15 to 20 minutes on one area; the app's heat timer stops at 20.</li>
<li>Never on a numb area, and never fall asleep with heat on.</li>
</ul>

<h2>Positions</h2>
<p>Every step shows the position it is done in. Here is each one, with how to get into it and out of it without strain. Move slowly, and if anything hurts sharply or makes you dizzy, stop and sit.</p>
<!--positions-->

<h2>Where never to press</h2>
<ul><!--never--></ul>
<!--rules-->
<p>Some pain needs more than self-care: <a href="doctor">When to see a doctor</a> lists the signs.</p>
"#;

/// The page with the domain's texts in their places: the same words the
/// session and the doctor page use.
fn page_html() -> String {
    let never: String = NEVER_PRESS
        .iter()
        .map(|t| format!("<li>{}</li>", escape(t)))
        .collect();
    let rules: String = PRESSURE_RULES
        .iter()
        .map(|t| format!("<p>{}</p>", escape(t)))
        .collect();
    LEARN
        .replace("<!--positions-->", &positions_html())
        .replace("<!--spread-->", &escape(SPREAD_OR_NERVE))
        .replace("<!--never-->", &never)
        .replace("<!--rules-->", &rules)
}

/// Each position the pictures use: its drawing (the body alone, no tool),
/// how to get in and how to get out.
fn positions_html() -> String {
    Position::ALL
        .iter()
        .map(|&p| {
            let pose = p.default_pose();
            let picture = Picture::new(pose, Tool::None, Spot::WholeBody);
            format!(
                "<section class=\"position\"><h3>{label}</h3>\
                 <svg class=\"pose-picture\" viewBox=\"{VIEW_BOX}\" role=\"img\" aria-label=\"{name}.\">{svg}</svg>\
                 <p><strong>Getting in.</strong> {into}</p><p><strong>Getting out.</strong> {out}</p></section>",
                label = escape(p.label()),
                name = escape(pose.words()),
                svg = svg_markup(&picture, None),
                into = escape(p.getting_in()),
                out = escape(p.getting_out()),
            )
        })
        .collect()
}

#[component]
pub fn LearnPage() -> impl IntoView {
    view! { <article class="page prose" prop:innerHTML=trusted_html::html(&page_html())></article> }
}
