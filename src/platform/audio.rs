//! Synthesised cue tones, scheduled ahead on the audio clock.
//!
//! Page timers are throttled or frozen in the background; the audio clock is
//! not. So every tone of the coming minutes is scheduled on the AudioContext
//! as soon as it is known, and re-planned on pause, skip or extend. Re-planning
//! diffs against what is already scheduled, so a tone that is playing at a
//! step boundary is never cut off. No audio files: oscillators and envelopes,
//! playing the notes of each tone as the domain gives them (`cues::pattern`).

use unknot_domain::cues::{pattern, PlannedTone, Tone, Wave};
use unknot_domain::time::Instant;
use wasm_bindgen::JsValue;
use web_sys::{AudioContext, AudioContextState, GainNode, OscillatorNode, OscillatorType};

/// The oscillator for a note's wave.
fn wave(w: Wave) -> OscillatorType {
    match w {
        Wave::Sine => OscillatorType::Sine,
        Wave::Triangle => OscillatorType::Triangle,
        Wave::Square => OscillatorType::Square,
    }
}

struct Scheduled {
    tone: PlannedTone,
    nodes: Vec<(OscillatorNode, GainNode)>,
}

/// Owns the AudioContext and the tones scheduled on it.
#[derive(Default)]
pub struct CuePlayer {
    ctx: Option<AudioContext>,
    scheduled: Vec<Scheduled>,
}

impl CuePlayer {
    pub fn new() -> Self {
        Self::default()
    }

    /// Creates or resumes the AudioContext. Call it inside a tap: iOS only
    /// lets audio start from a user gesture.
    pub fn unlock(&mut self) {
        if self.ctx.is_none() {
            self.ctx = AudioContext::new().ok();
        }
        if let Some(ctx) = &self.ctx {
            if ctx.state() != AudioContextState::Running {
                let _ = ctx.resume();
            }
        }
    }

    /// Whether sound can play now (false until a tap after a reload).
    pub fn is_unlocked(&self) -> bool {
        self.ctx
            .as_ref()
            .is_some_and(|c| c.state() == AudioContextState::Running)
    }

    /// Makes the scheduled tones equal `plan` (times on the timers' clock,
    /// read as `now`): keeps what is already scheduled and still wanted,
    /// cancels what is no longer wanted, adds what is new.
    pub fn plan(&mut self, plan: &[PlannedTone], now: Instant) {
        let Some(ctx) = self.ctx.clone() else {
            return;
        };
        let audio_now = ctx.current_time();
        // Forget tones that have finished playing.
        self.scheduled.retain(|s| s.tone.at + 2_000 > now);
        let (keep, drop): (Vec<_>, Vec<_>) = self
            .scheduled
            .drain(..)
            .partition(|s| plan.contains(&s.tone) || s.tone.at <= now);
        for s in drop {
            stop(&s);
        }
        self.scheduled = keep;
        for tone in plan {
            if tone.at < now || self.scheduled.iter().any(|s| s.tone == *tone) {
                continue;
            }
            let when = audio_now + (tone.at - now) as f64 / 1_000.0;
            if let Ok(nodes) = play_at(&ctx, tone.tone, when) {
                self.scheduled.push(Scheduled { tone: *tone, nodes });
            }
        }
    }

    /// Cancels every tone not yet played.
    pub fn clear(&mut self) {
        for s in self.scheduled.drain(..) {
            stop(&s);
        }
    }

    /// Plays one tone right away (for "Test sound").
    pub fn play_now(&mut self, tone: Tone) {
        self.unlock();
        if let Some(ctx) = &self.ctx {
            let _ = play_at(ctx, tone, ctx.current_time() + 0.05);
        }
    }

    /// How many tones are waiting on the audio clock (for tests).
    pub fn pending(&self) -> Vec<PlannedTone> {
        self.scheduled.iter().map(|s| s.tone).collect()
    }
}

fn stop(s: &Scheduled) {
    for (osc, gain) in &s.nodes {
        let _ = osc.stop_with_when(0.0);
        let _ = osc.disconnect();
        let _ = gain.disconnect();
    }
}

fn play_at(
    ctx: &AudioContext,
    tone: Tone,
    when: f64,
) -> Result<Vec<(OscillatorNode, GainNode)>, JsValue> {
    let mut out = Vec::new();
    for note in pattern(tone) {
        let osc = ctx.create_oscillator()?;
        osc.set_type(wave(note.wave));
        osc.frequency().set_value(note.freq);
        let gain = ctx.create_gain()?;
        let start = when + note.offset;
        let end = start + note.length;
        let g = gain.gain();
        // Short attack and an exponential release: no clicks.
        g.set_value_at_time(0.0001, start)?;
        g.exponential_ramp_to_value_at_time(note.gain, start + 0.012)?;
        g.exponential_ramp_to_value_at_time(0.0001, end)?;
        osc.connect_with_audio_node(&gain)?;
        gain.connect_with_audio_node(&ctx.destination())?;
        osc.start_with_when(start)?;
        osc.stop_with_when(end + 0.02)?;
        out.push((osc, gain));
    }
    Ok(out)
}
