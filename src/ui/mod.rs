//! Leptos views: the shell around every page, one page per route, the
//! components they share and the routine editor. App-wide state lives in
//! `state`; views get it with `expect_context`.

pub mod app;
pub mod components;
pub mod editor;
pub mod pages;
pub mod split;
