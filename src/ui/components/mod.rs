//! Components shared by several pages.

pub mod clock_face;
pub mod progress_ring;
pub mod resume_link;
