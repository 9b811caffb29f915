//! The guided session player: app-wide controller and its views.
//!
//! The controller lives as long as the app (so a session keeps running, and
//! keeps sounding, while the user looks at another page); the session page
//! only shows it.

pub mod controller;
pub mod cue_effects;
pub mod view_model;
