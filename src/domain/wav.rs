//! A tiny WAV file made in code: the near-silent loop an `<audio>` element
//! plays so phones show the session on the lock screen and send headset
//! buttons to the page (see docs/DEVICES.md).
//!
//! Browsers only give a page a media card for media that is playing,
//! unmuted and longer than a few seconds, and Firefox ignores media whose
//! samples are all zero. So the loop is 10 s of a 30 Hz sine at about
//! -63 dBFS: not zero, far below hearing at that pitch and level, and made
//! of whole cycles so the loop has no click.

/// Samples per second: plenty for 30 Hz, and a small file (160 KB).
pub const RATE: u32 = 8_000;
/// Length of the loop in seconds (over the 5 s a media card needs).
pub const SECONDS: u32 = 10;
/// The tone's frequency: 300 whole cycles in 10 s.
pub const FREQ: f64 = 30.0;
/// Peak level as a fraction of full scale (about -63 dBFS).
pub const LEVEL: f64 = 0.000_7;

/// The whole file: a RIFF/WAVE header and 16-bit mono PCM.
pub fn quiet_loop() -> Vec<u8> {
    let samples = RATE * SECONDS;
    let data_len = samples * 2;
    let mut out = Vec::with_capacity(44 + data_len as usize);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVE");
    out.extend_from_slice(b"fmt ");
    out.extend_from_slice(&16u32.to_le_bytes()); // size of the fmt chunk
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&RATE.to_le_bytes());
    out.extend_from_slice(&(RATE * 2).to_le_bytes()); // bytes per second
    out.extend_from_slice(&2u16.to_le_bytes()); // bytes per frame
    out.extend_from_slice(&16u16.to_le_bytes()); // bits per sample
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    let peak = LEVEL * i16::MAX as f64;
    for n in 0..samples {
        let t = n as f64 / RATE as f64;
        let v = (peak * (2.0 * std::f64::consts::PI * FREQ * t).sin()).round() as i16;
        out.extend_from_slice(&v.to_le_bytes());
    }
    out
}

#[cfg(test)]
#[path = "wav_tests.rs"]
mod tests;
