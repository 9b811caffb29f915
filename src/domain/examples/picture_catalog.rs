//! Every preset step's picture on one HTML page, to look at: each at
//! thumbnail size (120 px) and full size, both sides of a two-sided step,
//! light and dark, with its sentence; then every pose with each tool.
//! `cargo run -p unknot-domain --example picture_catalog > catalog.html`,
//! with the app's style sheet beside it as `main.css`.

use unknot_domain::markup::escape;
use unknot_domain::picture::{Picture, Pose, Spot};
use unknot_domain::picture_draw::{svg_markup, VIEW_BOX};
use unknot_domain::presets;
use unknot_domain::routine::{Sides, Tool};

fn figure(pic: &Picture, side: Option<unknot_domain::routine::Side>, caption: &str) -> String {
    let svg = svg_markup(pic, side);
    let name = escape(&pic.sentence(side));
    format!(
        r#"<figure><div class="row"><svg class="pose-picture thumb" viewBox="{VIEW_BOX}" role="img" aria-label="{name}">{svg}</svg><svg class="pose-picture full" viewBox="{VIEW_BOX}" aria-hidden="true">{svg}</svg></div><figcaption><b>{}</b> {name}</figcaption></figure>"#,
        escape(caption)
    )
}

fn main() {
    let mut body = String::new();
    for routine in presets::all() {
        body.push_str(&format!("<h2>{}</h2>", escape(&routine.name)));
        for (i, step) in routine.steps.iter().enumerate() {
            let Some(pic) = step.picture else {
                body.push_str(&format!("<p>NO PICTURE: {}</p>", escape(&step.title)));
                continue;
            };
            let sides: Vec<_> = match step.sides {
                Sides::Center => vec![None],
                _ => step.sides.order().to_vec(),
            };
            for side in sides {
                let caption = format!("{} {}. {}", routine.id, i + 1, step.title);
                body.push_str(&figure(&pic, side, &caption));
            }
        }
    }
    body.push_str("<h2>Every pose</h2>");
    for pose in Pose::ALL {
        let pic = Picture::new(pose, Tool::Ball, Spot::ShoulderBlade);
        body.push_str(&figure(&pic, None, &format!("{pose:?}")));
    }
    println!(
        r#"<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="main.css"><style>
body{{background:var(--bg);color:var(--text);font:14px system-ui;padding:8px;display:block}}
figure{{margin:6px 0;padding:6px;background:var(--surface);border-radius:8px;break-inside:avoid}}
.row{{display:flex;gap:12px;align-items:center}}
.thumb{{width:120px;flex:none}} .full{{width:360px;flex:none}}
figcaption{{font-size:12px}} h2{{font-size:15px;margin:12px 0 4px}}
</style></head><body>{body}</body></html>"#
    );
}
