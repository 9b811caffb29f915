//! Unknot: guided self-release routines for muscle knots, as an offline PWA.
//!
//! Layers, each using only the ones below it (see ARCHITECTURE.md):
//! - [`ui`]: Leptos views: the shell around every page (`ui::app`), pages,
//!   components, the editor.
//! - [`state`]: app-wide state: the one owner of each stored document, the
//!   session player, the router.
//! - [`platform`]: small wrappers around browser APIs (the only web-sys user).
//! - [`domain`]: pure Rust (its own crate, re-exported here): timing,
//!   routines, sessions, stored formats.

pub mod platform;
pub mod state;
pub mod ui;

pub use unknot_domain as domain;

/// Installs the panic hook (console message and recovery screen), removes the
/// static shell `index.html` paints while the wasm loads, and mounts the app
/// on `<body>`.
pub fn start() {
    state::start_up::install_crash_screen();
    platform::trusted_html::install();
    platform::recovery::remove_loading_shell();
    state::start_up::set_aside_session_if_asked();
    leptos::mount::mount_to_body(ui::app::App);
}
