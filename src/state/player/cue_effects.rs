//! What the user hears, feels and is told when session events happen.
//! Tones are not here: they were scheduled ahead on the audio clock.

use leptos::prelude::*;
use unknot_domain::{
    cues::{self, Flash},
    quick,
    session::{Event, Session},
    settings::Settings,
    time::{Instant, Millis, SECOND},
};

use crate::platform::{speech, vibration};

/// Events older than this when the page sees them (it was in the background)
/// are not spoken or buzzed: a late cue is misleading.
const STALE: Millis = 3 * SECOND;

/// The full-screen flash the page shows: which kind, a count that changes
/// with every flash (so the same kind twice flashes twice), and when.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlashCue {
    pub kind: Flash,
    pub count: u32,
    pub at: Instant,
}

pub fn apply(
    events: &[Event],
    session: &Session,
    now: Instant,
    settings: &Settings,
    announcement: RwSignal<String>,
    flash: RwSignal<Option<FlashCue>>,
) {
    let segments = session.segments();
    let routine = session.routine();
    let mut say: Option<String> = None;
    let mut feel: Option<&[u32]> = None;
    let mut light: Option<Flash> = None;
    for e in events {
        let fresh = now.saturating_sub(e.at()) <= STALE;
        if fresh && settings.flash {
            if let Some(kind) = cues::flash(e, segments) {
                light = Some(kind);
            }
        }
        match *e {
            Event::SegmentStarted { index, .. } => {
                let text = cues::announcement(routine, segments, index);
                // Announce the step the session is on now, even if late.
                if index == session.index() {
                    announcement.set(text.clone());
                }
                if fresh {
                    say = Some(if settings.read_instructions {
                        cues::announcement_with_instruction(routine, segments, index)
                    } else {
                        text
                    });
                }
            }
            Event::Finished { .. } => {
                let text = if quick::is_quick(routine) {
                    "Hold complete.".to_string()
                } else if !session.is_complete() {
                    "Every step was skipped.".to_string()
                } else {
                    "Session complete. Well done.".to_string()
                };
                announcement.set(text.clone());
                if fresh {
                    say = Some(text);
                }
            }
            _ => {
                if let (true, Some(words)) = (fresh, cues::spoken_mark(e)) {
                    say = Some(words.to_string());
                }
            }
        }
        if fresh && settings.vibration {
            if let Some(pattern) = cues::vibration(e, segments) {
                feel = Some(pattern);
            }
        }
    }
    // One call: a pattern replaces the one before it, so of events seen
    // together (a step ending and the next starting) only the last is felt.
    if let Some(pattern) = feel {
        vibration::buzz(pattern);
    }
    // Never more than three flashes a second, however fast the user skips.
    if let Some(kind) = light {
        let last = flash.with_untracked(|f| f.map(|f| f.at));
        if cues::flash_allowed(last, now) {
            let count = flash.with_untracked(|f| f.map_or(0, |f| f.count + 1));
            flash.set(Some(FlashCue {
                kind,
                count,
                at: now,
            }));
        }
    }
    if let (true, Some(text)) = (settings.voice, say) {
        speech::say(&text, settings.voice_rate_percent);
    }
}
