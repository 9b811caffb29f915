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

/// Installs the panic hook (console message and recovery screen), removes the
/// static shell `index.html` paints while the wasm loads, and mounts the app
/// on `<body>`.
pub fn start() {
    platform::recovery::install();
    if let Some(shell) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("shell"))
    {
        shell.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
