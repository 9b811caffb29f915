//! The routine editor: the draft being edited, one component per step, the
//! duration input and the inline messages.

pub mod draft;
pub mod duration;
pub mod messages;
pub mod page;
pub mod step;
