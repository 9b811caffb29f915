//! The user's own routines as stored on the device.

use crate::routine::Routine;
use serde::{Deserialize, Serialize};

/// Current version of the stored routine book.
pub const BOOK_VERSION: u32 = 1;

/// All routines the user made or customised.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoutineBook {
    pub version: u32,
    pub routines: Vec<Routine>,
}

impl Default for RoutineBook {
    fn default() -> Self {
        Self {
            version: BOOK_VERSION,
            routines: Vec::new(),
        }
    }
}

impl RoutineBook {
    pub fn find(&self, id: &str) -> Option<&Routine> {
        self.routines.iter().find(|r| r.id == id)
    }
}
