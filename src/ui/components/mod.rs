//! Components shared by several pages.

pub mod clock_face;
pub mod install_prompt;
pub mod update_banner;
