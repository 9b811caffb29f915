//! Unknot's domain: pure Rust, no browser crates.
//!
//! Everything here takes the current time as an argument and is tested with
//! plain `cargo test`. The browser side lives in the app crate's
//! `platform/` (clocks, audio, storage) and `ui/` (Leptos views).

pub mod backup;
pub mod calendar;
pub mod cautions;
pub mod checked;
pub mod countdown;
pub mod csv;
pub mod cues;
pub mod duration;
pub mod edit;
pub mod history;
pub mod ics;
pub mod json_depth;
pub mod library;
pub mod limits;
pub mod markup;
pub mod now_playing;
pub mod picture;
pub mod picture_draw;
pub mod presets;
pub mod quick;
pub mod referral;
pub mod routine;
pub mod routine_book;
pub mod safety;
pub mod session;
pub mod settings;
pub mod share;
pub mod stats;
pub mod stored;
pub mod text;
pub mod time;
pub mod timeline;
pub mod validate;
pub mod wav;
