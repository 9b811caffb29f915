//! The quiet loop is a valid WAV file, long enough, not all zero, and quiet.

use super::*;

fn u32_at(b: &[u8], i: usize) -> u32 {
    u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]])
}

fn samples(b: &[u8]) -> Vec<i16> {
    b[44..]
        .chunks_exact(2)
        .map(|c| i16::from_le_bytes([c[0], c[1]]))
        .collect()
}

#[test]
fn the_header_describes_16_bit_mono_pcm_of_the_right_length() {
    let b = quiet_loop();
    assert_eq!(&b[0..4], b"RIFF");
    assert_eq!(&b[8..16], b"WAVEfmt ");
    assert_eq!(u32_at(&b, 4) as usize, b.len() - 8);
    assert_eq!(u32_at(&b, 24), RATE);
    assert_eq!(&b[36..40], b"data");
    assert_eq!(u32_at(&b, 40) as usize, b.len() - 44);
    let seconds = (b.len() - 44) as f64 / (RATE as f64 * 2.0);
    assert!(seconds > 5.0, "a media card needs more than 5 s: {seconds}");
}

#[test]
fn the_samples_are_not_silent_but_far_below_hearing() {
    let s = samples(&quiet_loop());
    let peak = s.iter().map(|v| v.unsigned_abs()).max().unwrap();
    assert!(peak > 0, "all-zero media is ignored by some browsers");
    // Under -55 dBFS, at 30 Hz.
    assert!(f64::from(peak) / f64::from(i16::MAX) < 0.002, "{peak}");
}

#[test]
fn the_loop_is_whole_cycles_so_it_does_not_click() {
    let s = samples(&quiet_loop());
    assert_eq!(s.first(), Some(&0));
    // The sample after the last is the first again: the last is just below zero.
    assert!(s.last().unwrap().unsigned_abs() <= 1);
    assert_eq!((FREQ * SECONDS as f64).fract(), 0.0);
}
