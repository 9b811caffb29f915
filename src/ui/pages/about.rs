//! About: what the app is and is not, the sources, privacy. Static HTML
//! (see `learn.rs` for why).

use leptos::prelude::*;

const ABOUT: &str = r#"
<h1>About Unknot</h1>
<p>Unknot is a timer and guide for working out muscle knots at home with a massage ball, foam roller, massage cane or your hands. It counts each hold, tells you when to switch sides and rest, and ends with stretches and, where it helps, heat.</p>

<h2>Not medical advice</h2>
<p>Unknot is for everyday muscle tension. It does not diagnose anything and does not replace a doctor or physical therapist. If something feels wrong, stop and read <a href="doctor">When to see a doctor</a>.</p>

<h2>Sources</h2>
<p>The routines follow what these works describe about trigger points:</p>
<ul class="references">
<li>Simons DG, Travell JG, Simons LS (1999). <cite>Myofascial Pain and Dysfunction: The Trigger Point Manual</cite>. Williams &amp; Wilkins.</li>
<li>Fernández-de-las-Peñas C, Dommerholt J (2018). Myofascial trigger points: peripheral or central phenomenon? <cite>Current Pain and Headache Reports</cite> 22(5):14.</li>
<li>Gerwin RD (2001). Classification, epidemiology, and natural history of myofascial pain syndrome. <cite>Current Pain and Headache Reports</cite> 5(5):412-420.</li>
</ul>

<h2>Privacy</h2>
<p>Everything stays on this device. Unknot has no account, no server, no tracking and no analytics: your routines, settings and answers are stored only in this browser, and clearing the site's data removes them.</p>
"#;

#[component]
pub fn AboutPage() -> impl IntoView {
    view! { <article class="page prose" inner_html=ABOUT></article> }
}
