//! A step's picture on the page: the domain's drawing (`picture_draw`) in
//! an `svg` with role `img`, named by the picture's sentence.

use leptos::prelude::*;
use unknot_domain::{
    picture::Picture,
    picture_draw::{svg_markup, VIEW_BOX},
    routine::{Side, Sides},
};

use crate::platform::trusted_html;

/// The accessible name: the sentence for the side shown, and for a step
/// done on both sides, that the other side follows.
pub fn picture_name(picture: &Picture, side: Option<Side>, sides: Sides) -> String {
    let sentence = picture.sentence(side);
    match (sides, side) {
        (Sides::Both, Some(Side::Left)) => format!("{sentence} Then the right side."),
        _ => sentence,
    }
}

/// The picture for `side` (`None`: a centre step). `sides` only adds "Then
/// the right side." to the name of a two-sided step's first side.
#[component]
pub fn PosePicture(
    picture: Picture,
    #[prop(default = None)] side: Option<Side>,
    #[prop(optional)] sides: Sides,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let markup = svg_markup(&picture, side);
    view! {
        <svg
            class=format!("pose-picture {class}")
            viewBox=VIEW_BOX
            role="img"
            aria-label=picture_name(&picture, side, sides)
            prop:innerHTML=trusted_html::html(&markup)
        ></svg>
    }
}
