//! One module per route.

pub mod about;
pub mod doctor;
pub mod finder;
pub mod history;
pub mod home;
pub mod learn;
pub mod my_routines;
pub mod not_found;
pub mod quick_hold;
pub mod routine;
pub mod session;
pub mod settings;
pub mod share;
