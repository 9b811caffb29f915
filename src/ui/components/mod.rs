//! Components shared by several pages.

pub mod backup_panel;
pub mod body_figure;
pub mod body_map;
pub mod clock_face;
pub mod gentle_note;
pub mod install_prompt;
pub mod library;
pub mod limits_notice;
pub mod pictogram;
pub mod pose_picture;
pub mod progress_charts;
pub mod progress_ring;
pub mod red_flags;
pub mod reminder_form;
pub mod resume_link;
pub mod safety_check;
pub mod session_prompts;
pub mod share_panel;
pub mod site_menu;
pub mod step_rows;
pub mod storage_banner;
pub mod tension_rating;
pub mod update_banner;
pub mod zone_picture;
