//! The user's preferences. Every field has a default so that settings stored
//! by an older version still load.

use crate::picture::Spot;
use crate::time::{Millis, SECOND};
use serde::{Deserialize, Serialize};

pub const GET_READY_MAX: Millis = 15 * SECOND;
pub const SWITCH_PAUSE_RANGE: (Millis, Millis) = (3 * SECOND, 15 * SECOND);
pub const SET_REST_RANGE: (Millis, Millis) = (5 * SECOND, 60 * SECOND);
pub const VOICE_RATE_RANGE: (u16, u16) = (50, 200);
/// The home page's gentle note: after this many days at most (0 = off).
pub const REMIND_AFTER_MAX: u8 = 30;
/// Quick hold lengths offered, in seconds (the short presets for one hold);
/// `quick_hold_seconds` is always one of them. (Here rather than in `quick`,
/// which uses the settings, so the two modules do not name each other.)
pub const QUICK_HOLD_CHOICES: [u64; 5] = [10, 20, 30, 45, 60];
pub const QUICK_HOLD_DEFAULT: u64 = 30;

/// The offered Quick hold length closest to `seconds`.
pub fn nearest_quick_hold(seconds: u64) -> u64 {
    QUICK_HOLD_CHOICES
        .into_iter()
        .min_by_key(|c| c.abs_diff(seconds))
        .unwrap_or(QUICK_HOLD_DEFAULT)
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub sound: bool,
    pub voice: bool,
    /// Speech rate in percent of normal (100 = normal).
    pub voice_rate_percent: u16,
    pub vibration: bool,
    pub wake_lock: bool,
    /// Count-in before the first step.
    pub get_ready_ms: Millis,
    /// Pause between the left and right side of a step.
    pub switch_pause_ms: Millis,
    /// Rest between sets when a step does not set its own.
    pub set_rest_ms: Millis,
    /// The home page notes when the last session was more than this many
    /// days ago (0 = never).
    pub remind_after_days: u8,
    /// Whether quick holds are logged in the history (and count in streaks
    /// and weekly minutes) like routines.
    pub log_quick_holds: bool,
    /// A short soft cue halfway through each work segment.
    pub halfway_cue: bool,
    /// The voice reads a step's instruction after its name when it starts.
    pub read_instructions: bool,
    /// A full-screen flash at each transition (a new step, a side switch,
    /// the finish).
    pub flash: bool,
    /// Cues play through the phone's silent switch.
    pub sound_through_silent: bool,
    /// The session shows on the lock screen and headset buttons control
    /// it (a near-silent track plays during the session, which pauses music
    /// from other apps on phones).
    pub lock_screen: bool,
    /// The length of the last quick hold, in seconds: the next one starts
    /// with it chosen.
    pub quick_hold_seconds: u64,
    /// Where the last quick hold pressed (`None`: anywhere): the next one
    /// starts with it chosen. Always one of `quick::spots()`.
    pub quick_hold_spot: Option<Spot>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            sound: true,
            voice: true,
            voice_rate_percent: 100,
            vibration: true,
            wake_lock: true,
            get_ready_ms: 5 * SECOND,
            switch_pause_ms: 5 * SECOND,
            set_rest_ms: 15 * SECOND,
            remind_after_days: 3,
            log_quick_holds: true,
            halfway_cue: false,
            read_instructions: false,
            flash: false,
            sound_through_silent: false,
            lock_screen: false,
            quick_hold_seconds: QUICK_HOLD_DEFAULT,
            quick_hold_spot: None,
        }
    }
}

impl Settings {
    /// The same settings with every number pulled into its allowed range, so
    /// a hand-edited or corrupted value can never make a broken timeline.
    pub fn clamped(mut self) -> Self {
        self.voice_rate_percent = self
            .voice_rate_percent
            .clamp(VOICE_RATE_RANGE.0, VOICE_RATE_RANGE.1);
        self.get_ready_ms = self.get_ready_ms.min(GET_READY_MAX);
        self.switch_pause_ms = self
            .switch_pause_ms
            .clamp(SWITCH_PAUSE_RANGE.0, SWITCH_PAUSE_RANGE.1);
        self.set_rest_ms = self.set_rest_ms.clamp(SET_REST_RANGE.0, SET_REST_RANGE.1);
        self.remind_after_days = self.remind_after_days.min(REMIND_AFTER_MAX);
        self.quick_hold_seconds = nearest_quick_hold(self.quick_hold_seconds);
        self.quick_hold_spot = self
            .quick_hold_spot
            .filter(|s| crate::presets::held_spots().contains(s));
        self
    }
}

#[cfg(test)]
#[path = "settings_tests.rs"]
mod tests;
