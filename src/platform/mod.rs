//! Browser APIs behind small types, so the UI never touches web-sys directly
//! and the domain never sees the browser at all.

pub mod audio;
pub mod base_path;
pub mod clock;
pub mod documents;
pub mod files;
pub mod focus;
pub mod history;
pub mod install;
pub mod keys;
pub mod local_time;
pub mod media_session;
pub mod page;
pub mod recovery;
pub mod service_worker;
pub mod speech;
pub mod storage;
pub mod ticker;
pub mod trusted_html;
pub mod vibration;
pub mod visibility;
pub mod wake_lock;
