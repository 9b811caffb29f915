//! Local storage for small JSON documents, one key per kind of data, so a
//! broken document of one kind never takes another down with it.
//!
//! Text that cannot be read is never thrown away: [`keep_damaged`] copies it
//! under a backup key (`<key>.corrupt-<time>`) and remembers it for this
//! visit, so the app can start with what it could read and offer the text
//! for download. Bytes in and out only: which key holds which document, and
//! how each is read and repaired, is known only to its owner in `src/state/`
//! (the key names too, `state::keys`).

use serde::{de::DeserializeOwned, Serialize};
use std::cell::RefCell;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No localStorage (private mode in some browsers, or disabled).
    Unavailable,
    /// The browser's storage for this site is full.
    Full,
    /// The browser refused the write for another reason.
    WriteRefused(String),
    /// The stored text is not a valid document of the expected kind.
    Unreadable(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable => write!(
                f,
                "Nothing was saved: this browser does not let the app keep data (private browsing or blocked storage). Use Export on My routines to keep a copy."
            ),
            StorageError::Full => write!(
                f,
                "Nothing was saved: storage on this device is full. Your saved data is unchanged. Delete routines you no longer use or free space on the device, then try again."
            ),
            StorageError::WriteRefused(why) => {
                write!(f, "Nothing was saved: the browser refused ({why}). Your saved data is unchanged.")
            }
            StorageError::Unreadable(why) => write!(f, "Saved data could not be read: {why}"),
        }
    }
}

impl StorageError {
    /// The message for a failed write, naming what was not saved
    /// ("Your change to the settings was not saved: storage ... is full.").
    pub fn not_saved(&self, what: &str) -> String {
        let text = self.to_string();
        match text.strip_prefix("Nothing was saved") {
            Some(rest) => format!("{what} was not saved{rest}"),
            None => format!("{what} was not saved. {text}"),
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

/// Like [`read`], but text that does not parse is kept (see
/// [`keep_damaged`]) and reads as absent.
pub fn read_kept<T: DeserializeOwned>(key: &str, what: &'static str) -> Option<T> {
    let text = read_raw(key).ok().flatten()?;
    match serde_json::from_str(&text) {
        Ok(v) => Some(v),
        Err(e) => {
            keep_damaged(key, what, text, e.to_string());
            None
        }
    }
}

/// Writes `value` under `key`. On failure the previous value is untouched
/// (localStorage writes are all-or-nothing).
pub fn write<T: Serialize>(key: &str, value: &T) -> Result<(), StorageError> {
    let text =
        serde_json::to_string(value).map_err(|e| StorageError::WriteRefused(e.to_string()))?;
    write_raw(key, &text)
}

/// Writes `text` under `key`; on failure the previous value is untouched.
pub fn write_raw(key: &str, text: &str) -> Result<(), StorageError> {
    local()?.set_item(key, text).map_err(|e| write_error(&e))
}

/// Writes several keys as one change: if any write fails, the keys already
/// written get their previous text back. `None` removes a key.
pub fn write_all(changes: &[(&str, Option<String>)]) -> Result<(), StorageError> {
    let store = local()?;
    let mut done: Vec<(&str, Option<String>)> = Vec::new();
    for (key, text) in changes {
        let before = store.get_item(key).map_err(|_| StorageError::Unavailable)?;
        let result = match text {
            Some(t) => store.set_item(key, t).map_err(|e| write_error(&e)),
            None => store
                .remove_item(key)
                .map_err(|_| StorageError::Unavailable),
        };
        if let Err(e) = result {
            for (key, before) in done.into_iter().rev() {
                let _ = match before {
                    Some(t) => store.set_item(key, &t),
                    None => store.remove_item(key),
                };
            }
            return Err(e);
        }
        done.push((key, before));
    }
    Ok(())
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    local()?
        .remove_item(key)
        .map_err(|_| StorageError::Unavailable)
}

/// Every key starting with `prefix`, with its text, in storage order.
pub fn read_all_starting(prefix: &str) -> Vec<(String, String)> {
    let Ok(store) = local() else {
        return Vec::new();
    };
    let n = store.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .filter_map(|key| {
            let text = store.get_item(&key).ok().flatten()?;
            Some((key, text))
        })
        .collect()
}

fn write_error(e: &wasm_bindgen::JsValue) -> StorageError {
    let get = |field: &str| {
        js_sys::Reflect::get(e, &field.into())
            .ok()
            .and_then(|m| m.as_string())
    };
    match get("name").as_deref() {
        Some("QuotaExceededError") | Some("NS_ERROR_DOM_QUOTA_REACHED") => StorageError::Full,
        _ => StorageError::WriteRefused(
            get("message").unwrap_or_else(|| "the browser refused to store the data".into()),
        ),
    }
}

/// Stored text that could not be fully read, kept for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Damaged {
    /// The document in words ("your routines").
    pub what: &'static str,
    /// Why it could not be read.
    pub reason: String,
    /// Where the copy is, if the copy could be stored.
    pub backup_key: Option<String>,
    /// The text itself, for "Download backup".
    pub raw: String,
}

thread_local! {
    static DAMAGED: RefCell<Vec<Damaged>> = const { RefCell::new(Vec::new()) };
}

/// The most the kept copies of damaged text may use together (characters);
/// older copies make room for a new one.
pub const KEPT_CAP: usize = 512 * 1024;

/// Keeps `raw`, the unreadable text under `key`: copies it to
/// `<key>.corrupt-<time>` (unless the very same text is kept already) and
/// remembers it for the banner. Older kept copies are deleted, oldest first,
/// when the copies would use more than [`KEPT_CAP`]. Returns whether the text
/// is kept on the device (only then may the original be overwritten).
pub fn keep_damaged(key: &str, what: &'static str, raw: String, reason: String) -> bool {
    let existing = kept_copies(&format!("{key}."))
        .into_iter()
        .find(|k| k.text == raw);
    let backup_key = match existing {
        Some(k) => Some(k.key),
        None => {
            let backup_key = format!("{key}.corrupt-{}", super::local_time::epoch_ms());
            make_room(namespace(key), raw.len());
            (raw.len() <= KEPT_CAP && write_raw(&backup_key, &raw).is_ok()).then_some(backup_key)
        }
    };
    let stored = backup_key.is_some();
    DAMAGED.with(|d| {
        let mut d = d.borrow_mut();
        if !d.iter().any(|x| x.raw == raw && x.what == what) {
            d.push(Damaged {
                what,
                reason,
                backup_key,
                raw,
            });
        }
    });
    stored
}

/// The app's part of the storage a key belongs to: up to its first `.`
/// (`unknot.` for `unknot.routines`), where the cap on kept copies applies.
fn namespace(key: &str) -> String {
    match key.split_once('.') {
        Some((app, _)) => format!("{app}."),
        None => format!("{key}."),
    }
}

/// Deletes the oldest kept copies under `namespace` until `size` more
/// characters fit under the cap.
fn make_room(namespace: String, size: usize) {
    let mut copies = kept_copies(&namespace);
    copies.sort_by_key(|k| k.at);
    let mut used: usize = copies.iter().map(|k| k.text.len()).sum();
    for k in copies {
        if used + size <= KEPT_CAP {
            break;
        }
        if remove(&k.key).is_ok() {
            used -= k.text.len();
        }
    }
}

/// Everything found unreadable during this visit.
pub fn damaged() -> Vec<Damaged> {
    DAMAGED.with(|d| d.borrow().clone())
}

/// A copy of damaged text kept on the device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptCopy {
    /// `unknot.<doc>.corrupt-<ms>` (not yet seen) or `unknot.<doc>.kept-<ms>`
    /// (the user has seen the message).
    pub key: String,
    pub text: String,
    /// When it was kept (milliseconds since the epoch).
    pub at: u64,
    /// Whether the user has not yet downloaded or dismissed it.
    pub unseen: bool,
}

/// Every kept copy of damaged text under a key starting with `prefix`,
/// oldest first.
pub fn kept_copies(prefix: &str) -> Vec<KeptCopy> {
    let Ok(store) = local() else {
        return Vec::new();
    };
    let n = store.length().unwrap_or(0);
    let mut out: Vec<KeptCopy> = (0..n)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter_map(|key| {
            let (_, tail) = key.rsplit_once('.')?;
            let (unseen, at) = if let Some(at) = tail.strip_prefix("corrupt-") {
                (true, at)
            } else {
                (false, tail.strip_prefix("kept-")?)
            };
            let at = at.parse().ok()?;
            let text = store.get_item(&key).ok().flatten()?;
            key.starts_with(prefix).then_some(KeptCopy {
                key,
                text,
                at,
                unseen,
            })
        })
        .collect();
    out.sort_by_key(|k| k.at);
    out
}

/// Marks a kept copy as seen (`.corrupt-` becomes `.kept-`): the banner no
/// longer shows it; Settings still does.
pub fn mark_seen(copy: &KeptCopy) -> Result<(), StorageError> {
    let Some(seen) = copy
        .key
        .rsplit_once(".corrupt-")
        .map(|(doc, at)| format!("{doc}.kept-{at}"))
    else {
        return Ok(());
    };
    write_all(&[
        (seen.as_str(), Some(copy.text.clone())),
        (copy.key.as_str(), None),
    ])
}

/// Calls `changed(key)` when another tab of the app changes a stored key
/// (the browser's `storage` event; `None` when that tab cleared everything).
pub fn on_other_tab_change(
    changed: impl Fn(Option<String>) + 'static,
) -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(
        &window,
        "storage",
        move |e| {
            use wasm_bindgen::JsCast;
            if let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() {
                changed(e.key());
            }
        },
    ))
}
