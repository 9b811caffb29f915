//! Tests of `quick`: examples and invariants, run natively.
use super::*;
use crate::session::{Session, Status};
use crate::time::SECOND;
use crate::validate::{has_errors, validate, Policy};

#[test]
fn every_choice_is_a_valid_one_step_hold() {
    for secs in CHOICES {
        let r = routine(secs);
        assert_eq!(r.id, ID);
        assert_eq!(r.name, NAME);
        assert_eq!(r.steps.len(), 1);
        assert_eq!(r.steps[0].kind, StepKind::Hold);
        assert_eq!(r.steps[0].duration_ms, secs * SECOND);
        assert!(is_quick(&r));
        assert!(!has_errors(&validate(&r, Policy::User)), "{secs} s");
    }
}

#[test]
fn the_choices_lie_within_the_hold_limits_and_reach_the_most() {
    let hold = crate::limits::HOLD;
    assert!(CHOICES.iter().all(|&c| hold.contains(c * SECOND)));
    assert_eq!(CHOICES.first().map(|&c| c * SECOND), Some(hold.min));
    assert_eq!(CHOICES.last().map(|&c| c * SECOND), Some(hold.max));
    // At the bound and one past it: never a longer hold than the limit.
    assert_eq!(routine(60).steps[0].duration_ms, hold.max);
    assert_eq!(routine(61).steps[0].duration_ms, hold.max);
    assert_eq!(routine(10).steps[0].duration_ms, hold.min);
    assert_eq!(routine(9).steps[0].duration_ms, hold.min);
}

#[test]
fn other_lengths_go_to_the_nearest_choice() {
    assert_eq!(nearest_choice(0), 10);
    assert_eq!(nearest_choice(14), 10);
    assert_eq!(nearest_choice(16), 20);
    assert_eq!(nearest_choice(44), 45);
    assert_eq!(nearest_choice(10_000), 60);
    assert_eq!(routine(u64::MAX).steps[0].duration_ms, 60 * SECOND);
}

#[test]
fn a_quick_hold_counts_in_like_a_routine_then_runs_its_length() {
    let settings = session_settings(&Settings::default());
    assert_eq!(settings.get_ready_ms, Settings::default().get_ready_ms);
    let ready = settings.get_ready_ms;
    let mut s = Session::new(routine(10), &settings);
    s.start(1_000);
    assert_eq!(s.remaining(1_000), ready);
    s.catch_up(1_000 + ready);
    assert_eq!(s.remaining(1_000 + ready), 10 * SECOND);
    s.catch_up(11_000 + ready);
    assert_eq!(s.status(), Status::Finished);
}

#[test]
fn without_a_count_in_a_quick_hold_runs_from_the_tap() {
    let settings = session_settings(&Settings {
        get_ready_ms: 0,
        ..Settings::default()
    });
    let mut s = Session::new(routine(10), &settings);
    s.start(1_000);
    assert_eq!(s.remaining(1_000), 10 * SECOND);
    s.catch_up(11_000);
    assert_eq!(s.status(), Status::Finished);
    assert_eq!(s.active_time(11_000), 10 * SECOND);
}

#[test]
fn presets_never_use_the_quick_hold_id() {
    assert!(crate::presets::all().iter().all(|r| !is_quick(r)));
}

#[test]
fn a_quick_hold_on_a_spot_takes_a_preset_holds_picture_and_stays_within_the_limits() {
    let spots = spots();
    assert!(spots.len() >= 10, "{spots:?}");
    assert!(!spots.contains(&Spot::WholeBody) && !spots.contains(&Spot::Neck));
    for spot in spots {
        for secs in CHOICES {
            let r = routine_at(secs, Some(spot));
            assert!(is_quick(&r));
            let step = &r.steps[0];
            assert_eq!(step.kind, StepKind::Hold);
            assert_eq!(step.duration_ms, secs * SECOND);
            assert_eq!((step.sets, step.sides), (1, crate::routine::Sides::Center));
            let picture = step.picture.expect("a picture");
            assert_eq!(picture.spot, spot);
            assert_eq!(step.area, spot.area(), "{spot:?}");
            assert_eq!(step.title, spot.label());
            assert!(
                !has_errors(&validate(&r, Policy::User)),
                "{spot:?} {secs} s"
            );
        }
    }
    // Anywhere: no picture, the whole body.
    let anywhere = routine_at(30, None);
    assert_eq!(anywhere, routine(30));
    assert!(anywhere.steps[0].picture.is_none());
}

#[test]
fn the_spots_run_head_to_feet_and_the_words_say_how_hard_to_press() {
    let spots = spots();
    let order: Vec<usize> = spots
        .iter()
        .map(|s| Spot::ALL.iter().position(|x| x == s).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]));
    assert!(
        HOW.contains("4 to 7 out of 10"),
        "the pressure scale of the facts"
    );
    assert!(HOW.contains("Ease off if it turns sharp"));
    // The nerve signs are the page's caution beside it, in the facts' words.
    let nerve = crate::cautions::SPREAD_OR_NERVE;
    assert!(nerve.contains("Tingling") && nerve.contains("numbness"));
}

#[test]
fn a_stored_quick_hold_spot_is_kept_only_if_it_is_offered() {
    let kept = Settings {
        quick_hold_spot: Some(spots()[0]),
        ..Settings::default()
    }
    .clamped();
    assert_eq!(kept.quick_hold_spot, Some(spots()[0]));
    let dropped = Settings {
        quick_hold_spot: Some(Spot::Neck),
        ..Settings::default()
    }
    .clamped();
    assert_eq!(dropped.quick_hold_spot, None);
}
