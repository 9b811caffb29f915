//! Tests of `settings`: examples and invariants, run natively.
use super::*;

#[test]
fn defaults_match_the_product_notes() {
    let s = Settings::default();
    assert_eq!(s.get_ready_ms, 5_000);
    assert_eq!(s.switch_pause_ms, 5_000);
    assert_eq!(s.set_rest_ms, 15_000);
    assert!(s.sound && s.voice && s.vibration && s.wake_lock);
}

#[test]
fn missing_fields_take_defaults() {
    let s: Settings = serde_json::from_str(r#"{"sound": false}"#).unwrap();
    assert!(!s.sound);
    assert_eq!(s.switch_pause_ms, 5_000);
    assert_eq!(s.remind_after_days, 3);
}

#[test]
fn out_of_range_values_are_clamped() {
    let s = Settings {
        get_ready_ms: 99_000,
        switch_pause_ms: 0,
        set_rest_ms: 1_000_000,
        voice_rate_percent: 1,
        remind_after_days: 200,
        ..Settings::default()
    }
    .clamped();
    assert_eq!(s.get_ready_ms, 15_000);
    assert_eq!(s.switch_pause_ms, 3_000);
    assert_eq!(s.set_rest_ms, 60_000);
    assert_eq!(s.voice_rate_percent, 50);
    assert_eq!(s.remind_after_days, 30);
}

#[test]
fn the_eyes_free_options_are_off_by_default_and_round_trip() {
    // Settings stored before these options existed.
    let old: Settings =
        serde_json::from_str(r#"{"sound": true, "voice_rate_percent": 120}"#).unwrap();
    assert!(!old.halfway_cue && !old.read_instructions && !old.flash && !old.sound_through_silent);
    assert_eq!(old.voice_rate_percent, 120);
    let on = Settings {
        halfway_cue: true,
        read_instructions: true,
        flash: true,
        sound_through_silent: true,
        ..Settings::default()
    };
    let text = serde_json::to_string(&on).unwrap();
    let back: Settings = serde_json::from_str(&text).unwrap();
    assert_eq!(back, on);
}
