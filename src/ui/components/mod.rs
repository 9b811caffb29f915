//! Components shared by several pages.

pub mod clock_face;
