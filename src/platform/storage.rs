//! Local storage for small JSON documents, one key per kind of data, so a
//! broken document of one kind never takes another down with it.

use serde::{de::DeserializeOwned, Serialize};

/// Keys, one per document. Changing one loses the user's data: migrate.
pub mod keys {
    pub const SETTINGS: &str = "unknot.settings";
    pub const ACTIVE_SESSION: &str = "unknot.session";
    pub const SAFETY_ACK: &str = "unknot.safety";
    pub const ROUTINES: &str = "unknot.routines";
    pub const HISTORY: &str = "unknot.history";
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No localStorage (private mode in some browsers, or disabled).
    Unavailable,
    /// The browser refused the write (usually: storage full).
    WriteRefused(String),
    /// The stored text is not a valid document of the expected kind.
    Unreadable(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable => write!(f, "This browser does not allow saving data here."),
            StorageError::WriteRefused(why) => write!(f, "Could not save: {why}"),
            StorageError::Unreadable(why) => write!(f, "Saved data could not be read: {why}"),
        }
    }
}

fn local() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

/// The raw text under `key`, if any.
pub fn read_raw(key: &str) -> Result<Option<String>, StorageError> {
    local()?
        .get_item(key)
        .map_err(|_| StorageError::Unavailable)
}

/// Reads and parses the document under `key`; `Ok(None)` when absent.
pub fn read<T: DeserializeOwned>(key: &str) -> Result<Option<T>, StorageError> {
    match read_raw(key)? {
        None => Ok(None),
        Some(text) => serde_json::from_str(&text)
            .map(Some)
            .map_err(|e| StorageError::Unreadable(e.to_string())),
    }
}

/// Writes `value` under `key`. On failure the previous value is untouched
/// (localStorage writes are all-or-nothing).
pub fn write<T: Serialize>(key: &str, value: &T) -> Result<(), StorageError> {
    let text =
        serde_json::to_string(value).map_err(|e| StorageError::WriteRefused(e.to_string()))?;
    local()?
        .set_item(key, &text)
        .map_err(|e| StorageError::WriteRefused(js_error_text(&e)))
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    local()?
        .remove_item(key)
        .map_err(|_| StorageError::Unavailable)
}

fn js_error_text(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(e, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "the browser refused to store more data".to_string())
}
