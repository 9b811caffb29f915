//! Browser APIs behind small types, so the UI never touches web-sys directly
//! and the domain never sees the browser at all.

pub mod audio;
pub mod clock;
pub mod speech;
pub mod storage;
pub mod ticker;
pub mod vibration;
pub mod visibility;
pub mod wake_lock;
