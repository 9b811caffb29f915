//! The owner of `unknot.safety`: whether the user has answered the safety
//! check shown before the first session (asked again only when the list of
//! warning signs changes).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use unknot_domain::safety;

use super::{commit, keys};
use crate::platform::storage;

/// What is stored under [`keys::SAFETY_ACK`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SafetyAck {
    /// The version of the list the user answered ([`safety::VERSION`]).
    pub version: u32,
    /// Whether they said a warning sign applied (and chose to go on).
    pub flag_applies: bool,
}

#[derive(Clone, Copy)]
pub struct SafetyStore {
    answer: RwSignal<Option<SafetyAck>>,
    /// Why the answer could not be kept, if it could not.
    pub error: RwSignal<Option<String>>,
}

impl SafetyStore {
    pub(super) fn load() -> Self {
        Self {
            answer: RwSignal::new(stored_answer()),
            error: RwSignal::new(None),
        }
    }

    /// Reads the stored answer again (another tab changed it).
    pub(super) fn reload(&self) {
        self.answer.set(stored_answer());
    }

    /// Whether the user has answered the current version of the check.
    pub fn acknowledged(&self) -> bool {
        self.answer
            .with(|a| matches!(a, Some(a) if a.version == safety::VERSION))
    }

    /// Keeps the answer. If the browser will not store it, the check simply
    /// shows again next time (and says so): never a reason to block the
    /// session now.
    pub fn remember(&self, flag_applies: bool) {
        let ack = SafetyAck {
            version: safety::VERSION,
            flag_applies,
        };
        let saved = storage::write(keys::SAFETY_ACK, &ack);
        commit(saved, "Your answer", self.error, || {
            self.answer.set(Some(ack))
        });
    }
}

/// The stored answer, if there is a readable one.
fn stored_answer() -> Option<SafetyAck> {
    storage::read::<SafetyAck>(keys::SAFETY_ACK).ok().flatten()
}
