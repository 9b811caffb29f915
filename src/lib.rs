//! Unknot: guided self-release routines for muscle knots, as an offline PWA.
//!
//! - [`domain`]: pure Rust (its own crate, re-exported here): timing, routines.
//! - [`platform`]: small wrappers around browser APIs.
//! - [`ui`]: Leptos pages and components.
//! - [`app`]: the router and the shell around every page.

pub mod app;
pub mod platform;
pub mod ui;

pub use unknot_domain as domain;

/// Installs the panic hook (console message and recovery screen) and mounts
/// the app on `<body>`.
pub fn start() {
    platform::recovery::install();
    leptos::mount::mount_to_body(app::App);
}
