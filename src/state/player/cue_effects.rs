//! What the user hears, feels and is told when session events happen.
//! Tones are not here: they were scheduled ahead on the audio clock.

use leptos::prelude::*;
use unknot_domain::{
    cues, quick,
    session::{Event, Session},
    settings::Settings,
    time::{Instant, Millis, SECOND},
};

use crate::platform::{speech, vibration};

/// Events older than this when the page sees them (it was in the background)
/// are not spoken or buzzed: a late cue is misleading.
const STALE: Millis = 3 * SECOND;

pub fn apply(
    events: &[Event],
    session: &Session,
    now: Instant,
    settings: &Settings,
    announcement: RwSignal<String>,
) {
    let segments = session.segments();
    let routine = session.routine();
    let mut say: Option<String> = None;
    let mut feel: Option<&[u32]> = None;
    for e in events {
        let fresh = now.saturating_sub(e.at()) <= STALE;
        match *e {
            Event::SegmentStarted { index, .. } => {
                let text = cues::announcement(routine, segments, index);
                // Announce the step the session is on now, even if late.
                if index == session.index() {
                    announcement.set(text.clone());
                }
                if fresh {
                    say = Some(text);
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
    if let (true, Some(text)) = (settings.voice, say) {
        speech::say(&text, settings.voice_rate_percent);
    }
}
