//! Spoken cues through the browser's speech synthesis (works offline with
//! the system voices; silently absent where the browser has none).

use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance};

fn synth() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

pub fn is_supported() -> bool {
    synth().is_some()
}

/// Says `text` at `rate_percent` of normal speed, interrupting whatever was
/// being said (a stale sentence is worse than none).
pub fn say(text: &str, rate_percent: u16) {
    let Some(synth) = synth() else { return };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return;
    };
    utterance.set_rate(f32::from(rate_percent) / 100.0);
    utterance.set_lang("en");
    synth.cancel();
    synth.speak(&utterance);
}

pub fn stop() {
    if let Some(synth) = synth() {
        synth.cancel();
    }
}
