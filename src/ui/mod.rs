//! Leptos pages (one per route), the player, and the app-wide state they share.

pub mod components;
pub mod editor;
pub mod history_store;
pub mod pages;
pub mod player;
pub mod router;
pub mod routine_store;
pub mod routines;
pub mod settings_store;
pub mod timer_busy;
