//! Browser APIs behind small types, so the UI never touches web-sys directly
//! and the domain never sees the browser at all.

pub mod address;
pub mod audio;
pub mod base_path;
pub mod clipboard;
pub mod clock;
pub mod download;
pub mod focus;
pub mod install;
pub mod keyboard;
pub mod local_time;
pub mod media_session;
pub mod page;
pub mod picked_file;
pub mod random;
pub mod recovery;
pub mod service_worker;
pub mod share_sheet;
pub mod speech;
pub mod storage;
pub mod ticker;
pub mod trusted_html;
pub mod vibration;
pub mod visibility;
pub mod wake_lock;
