//! Components shared by several pages.

pub mod body_figure;
pub mod body_map;
pub mod clock_face;
pub mod gentle_note;
pub mod install_prompt;
pub mod library;
pub mod pictogram;
pub mod progress_charts;
pub mod progress_ring;
pub mod reminder_form;
pub mod resume_link;
pub mod safety_check;
pub mod site_menu;
pub mod tension_rating;
pub mod update_banner;
