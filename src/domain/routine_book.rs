//! The user's own routines as stored on the device.

use crate::presets;
use crate::routine::Routine;
use serde::{Deserialize, Serialize};

/// Current version of the stored routine book.
pub const BOOK_VERSION: u32 = 1;
/// The most routines one device keeps (also the most one import may bring).
pub const MAX_ROUTINES: usize = 200;
/// Prefix of the ids the app gives the user's routines; preset ids never
/// start with it.
pub const USER_ID_PREFIX: &str = "u-";

/// The most notes about routines changed to fit the limits that are kept
/// until the user has read them.
pub const MAX_NOTICES: usize = 50;

/// All routines the user made or customised.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoutineBook {
    pub version: u32,
    pub routines: Vec<Routine>,
    /// What was changed in stored routines to bring them inside the safe
    /// limits (`"Neck (mine)", step 2 "Top of the shoulder": hold shortened
    /// from 1:30 to 1:00 ...`), kept with the routines until the user has read them, so a
    /// change is never silent. Left out of the JSON when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<String>,
}

impl Default for RoutineBook {
    fn default() -> Self {
        Self::new(Vec::new())
    }
}

impl RoutineBook {
    pub fn new(routines: Vec<Routine>) -> Self {
        Self {
            version: BOOK_VERSION,
            routines,
            notices: Vec::new(),
        }
    }

    /// Adds a notice, once (the same change found again is not repeated),
    /// keeping at most [`MAX_NOTICES`] (the newest).
    pub fn add_notice(&mut self, notice: String) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
        let extra = self.notices.len().saturating_sub(MAX_NOTICES);
        self.notices.drain(..extra);
    }

    pub fn find(&self, id: &str) -> Option<&Routine> {
        self.routines.iter().find(|r| r.id == id)
    }

    /// The user's routine that is `routine` apart from its id (a shared
    /// routine already added once), if there is one.
    pub fn same_as(&self, routine: &Routine) -> Option<&Routine> {
        // Every field but the id, including any added later.
        let mut probe = routine.clone();
        self.routines.iter().find(|r| {
            probe.id.clone_from(&r.id);
            probe == **r
        })
    }

    /// Whether `id` is free for a new routine: not used here nor by a preset.
    pub fn is_free(&self, id: &str) -> bool {
        self.find(id).is_none() && presets::by_id(id).is_none()
    }

    /// A new id, `u-<time in base 36>` with `-<n>` added if that is taken.
    /// `now_ms` is the wall clock; ids only need to be unique on the device.
    pub fn fresh_id(&self, now_ms: u64) -> String {
        let base = format!("{USER_ID_PREFIX}{}", base36(now_ms));
        if self.is_free(&base) {
            return base;
        }
        (2u32..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| self.is_free(id))
            .expect("some suffix is free")
    }

    /// Saves `routine`: replaces the one with its id, or adds it at the end.
    pub fn upsert(&mut self, routine: Routine) {
        match self.routines.iter_mut().find(|r| r.id == routine.id) {
            Some(slot) => *slot = routine,
            None => self.routines.push(routine),
        }
    }

    /// Removes the routine with `id`; returns where it was and what it was,
    /// so an "Undo" can put it back with [`RoutineBook::restore`].
    pub fn remove(&mut self, id: &str) -> Option<(usize, Routine)> {
        let at = self.routines.iter().position(|r| r.id == id)?;
        Some((at, self.routines.remove(at)))
    }

    /// Puts a removed routine back where it was (or at the end).
    pub fn restore(&mut self, at: usize, routine: Routine) {
        if self.find(&routine.id).is_none() {
            self.routines.insert(at.min(self.routines.len()), routine);
        }
    }
}

/// Whether `id` is an id the app could have given a user's routine: short,
/// and only letters, digits, `-` and `_` (it goes into links).
pub fn is_user_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ascii")
}

#[cfg(test)]
#[path = "routine_book_tests.rs"]
mod tests;
