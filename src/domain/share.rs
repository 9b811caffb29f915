//! A routine carried in a link's fragment (`/share#1.<data>`): no server
//! sees it, and the link works offline.
//!
//! `<data>` is the routine's compact JSON (without its id) in base64url.
//! It is not compressed: a deflate library would cost the app more wasm
//! than a typical link saves (see ARCHITECTURE.md, "Storage"). The `1.`
//! prefix is the format version, so a later format can be told apart.
//! Every routine the editor accepts makes a link the app opens: the cap on
//! what is decoded is above the longest one (tested).

use crate::checked::{checked_routine, nested_too_deep, Report};
use crate::routine::Routine;
use crate::validate::Problem;
use serde_json::Value;

const PREFIX: &str = "1.";
/// Longer fragments are refused before decoding. The longest routine the
/// editor accepts (50 steps, every text at its longest in 4-byte
/// characters) encodes to about 390 000 characters.
pub const MAX_PAYLOAD_CHARS: usize = 512 * 1024;

/// The fragment for `routine` (without the `#`).
pub fn encode(routine: &Routine) -> String {
    let shared = Routine {
        id: String::new(),
        ..routine.clone()
    };
    let json = serde_json::to_string(&shared).expect("a routine serializes");
    format!("{PREFIX}{}", base64url_encode(json.as_bytes()))
}

/// The routine in a fragment (with or without the `#`), checked like an
/// import; its id is empty (the caller gives it one when adding it).
pub fn decode(fragment: &str) -> Result<Routine, Vec<Problem>> {
    decode_noted(fragment).map(|(routine, _)| routine)
}

/// [`decode`], and what was changed to bring the routine inside the safe
/// limits (a link made by an older version may hold a longer step), to
/// show before it is added.
pub fn decode_noted(fragment: &str) -> Result<(Routine, Option<String>), Vec<Problem>> {
    let mut out = Report::default();
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let damaged = "This link is damaged or cut short: ask for it again";
    if fragment.is_empty() {
        out.error("", "This link carries no routine");
        return Err(out.finish());
    }
    if fragment.len() > MAX_PAYLOAD_CHARS {
        out.error("", "This link is too long to be a routine");
        return Err(out.finish());
    }
    let Some(data) = fragment.strip_prefix(PREFIX) else {
        out.error("", "This is not a routine link from this version of Unknot");
        return Err(out.finish());
    };
    let Some(bytes) = base64url_decode(data) else {
        out.error("", damaged);
        return Err(out.finish());
    };
    if nested_too_deep(&String::from_utf8_lossy(&bytes)) {
        out.error(
            "",
            "This link is nested too deep to be a routine: ask for it again",
        );
        return Err(out.finish());
    }
    let Ok(value) = serde_json::from_slice::<Value>(&bytes) else {
        out.error("", damaged);
        return Err(out.finish());
    };
    let mut notes = Vec::new();
    match checked_routine(&value, "", &mut out, &mut notes) {
        Some(mut r) if out.is_empty() => {
            r.id = String::new();
            Ok((r, notes.pop()))
        }
        _ => Err(out.finish()),
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Decodes base64url (padding allowed); `None` on any other character or an
/// impossible length.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n: u32 = 0;
        for (i, &c) in chunk.iter().enumerate() {
            let v = ALPHABET.iter().position(|&a| a == c)? as u32;
            n |= v << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..chunk.len() - 1]);
    }
    Some(out)
}

#[cfg(test)]
#[path = "share_tests.rs"]
mod tests;
