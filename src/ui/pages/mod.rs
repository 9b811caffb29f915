//! One module per route.

pub mod home;
pub mod not_found;
pub mod quick_hold;
pub mod routine;
pub mod session;
pub mod settings;
