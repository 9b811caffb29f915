//! Browser APIs behind small types, so the UI never touches web-sys directly
//! and the domain never sees the browser at all.

pub mod base_path;
pub mod clock;
pub mod install;
pub mod recovery;
pub mod service_worker;
pub mod storage;
pub mod ticker;
pub mod visibility;
