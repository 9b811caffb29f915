//! `Player`: the one running session, the clock that drives it and the
//! platform effects that hang off it.
//!
//! Flow: a tap calls a method here -> the domain transition runs with `now`
//! -> the returned events go to `cue_effects` (speech, vibration, the polite
//! announcement) -> the session signal is notified -> views update. The
//! ticker wakes at the next second boundary and does the same with
//! `catch_up`; so does the page coming back from the background.

use leptos::prelude::*;
use unknot_domain::{
    cues, now_playing,
    picture::Spot,
    quick,
    routine::Routine,
    session,
    session::{Event, Reloaded, Session, Status},
    settings::Settings,
    time::{Instant, Millis, SECOND},
};

use super::cue_effects::{self, FlashCue};
use crate::platform::{
    audio::CuePlayer,
    clock,
    media_session::{self, Action, MediaControls},
    speech, storage, ticker,
    ticker::Ticker,
    visibility::VisibilityWatch,
    wake_lock::WakeLock,
};
use crate::state::commit;
use crate::state::history::HistoryStore;
use crate::state::keys;
use crate::state::settings::SettingsStore;
use crate::state::timer_busy::TimerBusy;

/// How far ahead tones are put on the audio clock. Re-planned at every
/// segment start, so this only has to outlast the page's throttled timers.
const TONE_HORIZON: Millis = 15 * 60 * SECOND;
/// The screen may sleep again after a pause this long.
const PAUSE_RELEASES_WAKE_LOCK: Millis = 60 * SECOND;

/// Browser handles owned by the player (`!Send`, so kept in local storage).
#[derive(Default)]
struct Handles {
    ticker: Ticker,
    pause_timer: Ticker,
    audio: CuePlayer,
    wake_lock: WakeLock,
    media: MediaControls,
    /// Whether the audio session was set to play through the silent switch.
    through_silent: bool,
    _visibility: Option<VisibilityWatch>,
}

#[derive(Clone, Copy)]
pub struct Player {
    /// The session, `None` when nothing is running or being shown.
    pub session: RwSignal<Option<Session>>,
    /// The clock at the last wake; the digits derive from it.
    pub now: RwSignal<Instant>,
    /// The last step-change announcement, for the polite live region.
    pub announcement: RwSignal<String>,
    /// The segment whose "+10 s" reached or hit its limit, while the page
    /// shows why (until the next segment starts).
    pub limit_shown: RwSignal<Option<usize>>,
    /// Whether sound is allowed to play (false after a reload until a tap).
    pub sound_unlocked: RwSignal<bool>,
    /// Whether the screen is being kept awake right now.
    pub wake_lock_held: RwSignal<bool>,
    /// Why the running session could not be saved for a reload, if it
    /// could not (the session keeps running; the page says so).
    pub save_error: RwSignal<Option<String>>,
    /// A session that ran out while the app was closed, until the user says
    /// whether they finished it.
    pub left: RwSignal<Option<Session>>,
    /// The routine name of a session running in another tab of the app,
    /// which this tab has handed over to (or yielded to).
    pub elsewhere: RwSignal<Option<String>>,
    /// A start asked for while another session runs, until the user says
    /// whether to replace it.
    pub pending_start: RwSignal<Option<(Routine, Settings)>>,
    /// The last transition flash (the "Flash at each step" setting).
    pub flash: RwSignal<Option<FlashCue>>,
    /// What happened while the page was away and sound had stopped, until
    /// the user taps to turn it back on.
    pub sound_stopped: RwSignal<Option<String>>,
    settings: SettingsStore,
    /// Where a session is logged when it closes.
    history: HistoryStore,
    handles: StoredValue<Handles, LocalStorage>,
}

impl Player {
    /// The app's one player (made by `AppState::provide`, which then calls
    /// [`Player::restore`]).
    pub(crate) fn new(settings: SettingsStore, history: HistoryStore, busy: TimerBusy) -> Self {
        let player = Self {
            session: RwSignal::new(None),
            now: RwSignal::new(clock::now()),
            announcement: RwSignal::new(String::new()),
            limit_shown: RwSignal::new(None),
            sound_unlocked: RwSignal::new(false),
            wake_lock_held: RwSignal::new(false),
            save_error: RwSignal::new(None),
            left: RwSignal::new(None),
            pending_start: RwSignal::new(None),
            elsewhere: RwSignal::new(None),
            flash: RwSignal::new(None),
            sound_stopped: RwSignal::new(None),
            settings,
            history,
            handles: StoredValue::new_local(Handles::default()),
        };
        let watch = VisibilityWatch::on_visible(move || player.on_visible());
        player.handles.update_value(|h| h._visibility = watch);
        // Anything that would disturb a running timer waits while this is true.
        Effect::new(move |_| {
            busy.set(
                player
                    .session
                    .with(|s| s.as_ref().is_some_and(|s| s.status() == Status::Running)),
            )
        });
        player
    }

    // ----- user actions (each called from a tap) -----

    /// Starts `routine` from the top, replacing any session shown (one
    /// still going is ended first, so it is logged as ended early).
    pub fn start(self, routine: Routine) {
        let settings = self.settings.get_untracked();
        self.start_or_ask(routine, settings);
    }

    /// Starts a quick hold of `seconds` on `spot` (`None`: anywhere): a
    /// one-step routine through the same engine, with the same count-in as
    /// routines.
    pub fn start_quick(self, seconds: u64, spot: Option<Spot>) {
        let settings = quick::session_settings(&self.settings.get_untracked());
        self.start_or_ask(quick::routine_at(seconds, spot), settings);
    }

    /// Starts at once, or, while another session runs or is paused (here
    /// or in another tab), asks first ([`Player::pending_start`]).
    fn start_or_ask(self, routine: Routine, settings: Settings) {
        if self.resumable_untracked() || self.elsewhere.get_untracked().is_some() {
            self.pending_start.set(Some((routine, settings)));
        } else {
            self.start_with(routine, &settings);
        }
    }

    /// The answer to "Start ... instead?": `true` ends the session that
    /// runs (logged as ended early) and starts the new one; `false` keeps it.
    pub fn answer_start(self, replace: bool) {
        let Some((routine, settings)) = self.pending_start.get_untracked() else {
            return;
        };
        self.pending_start.set(None);
        if replace {
            self.start_with(routine, &settings);
        }
    }

    fn start_with(self, routine: Routine, settings: &Settings) {
        // The hold starts at the tap: read the clock before the work below
        // (creating audio, writing history), or every step would run long.
        let now = clock::now();
        if self.resumable_untracked() {
            self.act_at(now, Session::end);
        }
        // Replacing a session that runs in another tab: this tab runs
        // sessions from now on. The replaced one is logged as ended early
        // here, in case that tab has been closed since (the log keeps one
        // entry per session, so the other tab logging it too is harmless).
        if self.elsewhere.get_untracked().is_some() {
            self.elsewhere.set(None);
            if let Some(mut theirs) = Self::stored_live(now) {
                theirs.end(now);
                self.log(&theirs);
            }
        }
        self.unlock_sound();
        self.history.begin(&routine);
        let mut session = Session::new(routine, settings);
        let events = session.start(now);
        self.session.set(Some(session));
        self.after(events, now, true);
    }

    pub fn pause(self) {
        self.act(Session::pause);
    }

    pub fn resume(self) {
        let now = clock::now();
        self.unlock_sound();
        self.act_at(now, Session::resume);
    }

    pub fn toggle_pause(self) {
        match self.status() {
            Some(Status::Running) => self.pause(),
            Some(Status::Paused) => self.resume(),
            _ => {}
        }
    }

    pub fn skip(self) {
        self.act(Session::skip);
    }

    pub fn previous(self) {
        self.act(Session::previous);
    }

    /// "+10 s" (the page's button, or the lock screen's and headset's seek
    /// forward): adds time up to the step kind's limit, never past it. Once
    /// the segment is at its limit the page shows why and the polite live
    /// region says it; a tap that could add nothing also speaks it (when the
    /// voice is on), for someone who cannot see the screen.
    pub fn extend(self) {
        let had_room = self
            .session
            .with_untracked(|s| s.as_ref().is_some_and(Session::can_extend));
        self.act(Session::extend);
        let at_limit = self.session.with_untracked(|s| {
            s.as_ref()
                .and_then(|s| s.extend_limit().map(|why| (s.index(), why)))
        });
        let Some((index, why)) = at_limit else {
            return;
        };
        self.limit_shown.set(Some(index));
        self.announce(why.clone());
        let settings = self.settings.get_untracked();
        if !had_room && settings.voice {
            speech::say(&why, settings.voice_rate_percent);
        }
    }

    /// Puts `text` in the polite live region; the same text again is read
    /// again (the region is emptied first, and filled in a moment).
    fn announce(self, text: String) {
        if self.announcement.with_untracked(|a| *a == text) {
            self.announcement.set(String::new());
            ticker::soon(move || self.announcement.set(text));
        } else {
            self.announcement.set(text);
        }
    }

    pub fn end(self) {
        self.act(Session::end);
    }

    /// Closes the end screen (or drops a session the user does not want).
    pub fn dismiss(self) {
        self.handles.update_value(|h| {
            h.ticker.cancel();
            h.audio.clear();
        });
        self.session.set(None);
        self.sync_media(clock::now());
        // Queued behind any save still pending, so it cannot bring it back.
        self.persist_soon(false);
        self.sync_wake_lock();
    }

    /// Creates or resumes audio; must run inside a tap.
    pub fn unlock_sound(self) {
        self.sound_stopped.set(None);
        self.handles.update_value(|h| h.audio.unlock());
        // The context resumes asynchronously; ask again shortly.
        self.sound_unlocked.set(true);
        let now = clock::now();
        self.replan(now);
    }

    pub fn status(self) -> Option<Status> {
        self.session
            .with_untracked(|s| s.as_ref().map(Session::status))
    }

    // ----- time -----

    /// Looks at the clock and catches the session up.
    pub fn wake(self) {
        let now = clock::now();
        let mut events = Vec::new();
        self.session.update_untracked(|s| {
            if let Some(s) = s {
                events = s.catch_up(now);
            }
        });
        if !events.is_empty() {
            self.session.notify();
        }
        self.now.set(now);
        self.after(events, now, false);
    }

    /// The page is shown again: catch up, and if the system stopped the
    /// audio meanwhile (phones do, with the screen off), say what happened
    /// and ask for the tap that brings sound back.
    fn on_visible(self) {
        let shown = self
            .session
            .with_untracked(|s| s.as_ref().map(Session::index));
        self.wake();
        self.sync_wake_lock();
        let now = clock::now();
        let running = self.status() == Some(Status::Running);
        let sound_lost = self.settings.get_untracked().sound
            && self.sound_unlocked.get_untracked()
            && !self.handles.with_value(|h| h.audio.is_unlocked());
        if running && sound_lost {
            let summary = self.session.with_untracked(|s| {
                s.as_ref()
                    .zip(shown)
                    .and_then(|(s, shown)| now_playing::away_summary(s, shown, now))
            });
            self.sound_unlocked.set(false);
            self.sound_stopped.set(Some(summary.unwrap_or_default()));
        }
    }

    /// Runs a transition at the current time.
    fn act(self, f: impl FnOnce(&mut Session, Instant) -> Vec<Event>) {
        self.act_at(clock::now(), f);
    }

    /// Runs a transition at `now` (read when the tap arrived).
    fn act_at(self, now: Instant, f: impl FnOnce(&mut Session, Instant) -> Vec<Event>) {
        let mut events = Vec::new();
        let mut had = false;
        self.session.update(|s| {
            if let Some(s) = s {
                had = true;
                events = f(s, now);
            }
        });
        if had {
            self.after(events, now, true);
        }
    }

    /// Everything that follows a transition or a catch-up: cues, saving,
    /// the next wake, the audio plan and the wake lock.
    fn after(self, events: Vec<Event>, now: Instant, by_user: bool) {
        self.now.set(now);
        // The reason "+10 s" stopped belongs to the segment it stopped in.
        let segment_over = events.iter().any(|e| {
            matches!(
                e,
                Event::SegmentEnded { .. } | Event::SegmentStarted { .. } | Event::Finished { .. }
            )
        });
        if segment_over && self.limit_shown.get_untracked().is_some() {
            self.limit_shown.set(None);
        }
        let settings = self.settings.get_untracked();
        self.session.with_untracked(|s| {
            if let Some(s) = s {
                cue_effects::apply(&events, s, now, &settings, self.announcement, self.flash);
            }
        });
        if by_user || !events.is_empty() {
            self.replan(now);
            if by_user {
                // Inside the tap: a phone only starts the near-silent track
                // from a user gesture.
                self.sync_media(now);
            } else {
                // A step ending on time: the new step or the end screen goes
                // on the page first, the lock screen right after.
                ticker::soon(move || self.sync_media(clock::now()));
            }
            if by_user {
                // Kept inside the tap: a browser may want its activation.
                self.sync_wake_lock();
            }
            self.persist_soon(!by_user);
        }
        self.aim();
    }

    /// Saves (and, once over, logs) the session as it is now, and with
    /// `wake_lock` brings the wake lock in line, in a task of its own:
    /// serialising the session and the history, and the browser's wake-lock
    /// calls, are the slowest part of a transition, and the new step or the
    /// end screen should be on the page first. Snapshots keep the order of
    /// transitions.
    fn persist_soon(self, wake_lock: bool) {
        let snapshot = self.session.get_untracked();
        ticker::soon(move || {
            // Handed over to another tab since: the stored session is theirs.
            if self.elsewhere.get_untracked().is_some() {
                return;
            }
            self.save(snapshot.as_ref());
            if let Some(s) = snapshot.as_ref().filter(|s| s.is_over()) {
                self.log(s);
            }
            if wake_lock {
                self.sync_wake_lock();
            }
        });
    }

    fn aim(self) {
        // A fresh reading, not the one the transition used: the work done
        // since then (cues, saving, audio) would otherwise make every wake
        // late by that long.
        let now = clock::now();
        let next = self
            .session
            .with_untracked(|s| s.as_ref().and_then(|s| s.next_wake(now)));
        self.handles.update_value(|h| match next {
            Some(delay) => h.ticker.schedule(delay, move || self.wake()),
            None => h.ticker.cancel(),
        });
    }

    /// Puts the coming tones on the audio clock (or clears them).
    fn replan(self, now: Instant) {
        let settings = self.settings.get_untracked();
        let plan = self.session.with_untracked(|s| match s {
            Some(s) if settings.sound => cues::tones(
                &s.upcoming(now, TONE_HORIZON),
                s.segments(),
                settings.halfway_cue,
            ),
            _ => Vec::new(),
        });
        self.handles.update_value(|h| h.audio.plan(&plan, now));
    }

    /// Brings the lock-screen card, the headset buttons, the near-silent
    /// track and the silent-switch audio session in line with the session:
    /// shown while it runs or is paused, cleared once it is over or gone.
    /// Called at transitions only (the card moves its position along by
    /// itself), so nothing here runs per tick.
    fn sync_media(self, now: Instant) {
        let settings = self.settings.get_untracked();
        let shown = self.session.with_untracked(|s| {
            s.as_ref()
                .filter(|s| !s.is_over())
                .and_then(|s| now_playing::now_playing(s, now))
                .map(|np| (np, s.as_ref().map(Session::status)))
        });
        self.handles.update_value(|h| match shown {
            Some((np, status)) => {
                let playing = status == Some(Status::Running);
                h.media.bind(move |action| self.on_media_action(action));
                h.media.show(&np, playing);
                h.media.keep_alive(settings.lock_screen, playing);
                if settings.sound_through_silent != h.through_silent {
                    media_session::play_through_silent_switch(settings.sound_through_silent);
                    h.through_silent = settings.sound_through_silent;
                }
            }
            None => {
                h.media.clear();
                if h.through_silent {
                    media_session::play_through_silent_switch(false);
                    h.through_silent = false;
                }
            }
        });
    }

    /// A lock-screen or headset button: the same as the page's own.
    fn on_media_action(self, action: Action) {
        match action {
            Action::Play => self.resume(),
            // Stop only pauses: nothing destructive without the screen.
            Action::Pause | Action::Stop => self.pause(),
            Action::NextTrack => self.skip(),
            Action::PreviousTrack => self.previous(),
            Action::SeekForward => self.extend(),
        }
    }

    /// Keeps the screen awake while running; lets it sleep after a minute of
    /// pause and once the session is over.
    fn sync_wake_lock(self) {
        let enabled = self.settings.get_untracked().wake_lock;
        let status = self.status();
        self.handles.update_value(|h| {
            h.pause_timer.cancel();
            match status {
                Some(Status::Running) if enabled => h.wake_lock.acquire(),
                Some(Status::Paused) if enabled => {
                    h.pause_timer
                        .schedule(PAUSE_RELEASES_WAKE_LOCK, move || self.release_wake_lock());
                }
                _ => h.wake_lock.release(),
            }
        });
        self.wake_lock_held
            .set(enabled && matches!(status, Some(Status::Running | Status::Paused)));
    }

    fn release_wake_lock(self) {
        self.handles.update_value(|h| h.wake_lock.release());
        self.wake_lock_held.set(false);
    }

    // ----- persistence -----

    /// Picks up a session saved before a reload, checked against its
    /// routine, timeline and limits first (a bent one is set aside with a
    /// message and never reaches the engine), then caught up to now. One
    /// that ran out while the app was closed is not logged as finished: the
    /// user is asked ([`Player::left`]). One that ended a moment ago shows its
    /// end screen again. One long stale is logged and dropped.
    pub(crate) fn restore(self) {
        let Ok(Some(text)) = storage::read_raw(keys::ACTIVE_SESSION) else {
            return;
        };
        let now = clock::now();
        let saved = match session::restore_json(&text, now) {
            Ok(s) => s,
            Err(problem) => {
                storage::keep_damaged(
                    keys::ACTIVE_SESSION,
                    "the session that was running",
                    text,
                    format!("it could not be restored ({})", problem.reason),
                );
                self.save(None);
                return;
            }
        };
        match session::after_reload(saved, now) {
            Reloaded::Resume(saved) => {
                self.session.set(Some(saved));
                self.aim();
                self.sync_media(now);
                // Saved again from here, which tells any other open tab of the
                // app that this one, opened last, now runs the session: only one
                // tab plays its cues.
                self.persist_soon(false);
            }
            // Kept until the user answers; a reload asks again.
            Reloaded::AskLeft(saved) => self.left.set(Some(saved)),
            // Stays stored until "Done", so a reload shows it again.
            Reloaded::EndScreen(saved) => {
                self.log(&saved);
                self.session.set(Some(saved));
            }
            Reloaded::Forget(saved) => {
                self.log(&saved);
                self.save(None);
            }
        }
    }

    /// Answers "You left ... : I finished it / I stopped early / Discard"
    /// about a session that ran out while the app was closed: `Some(true)`
    /// logs it as finished, `Some(false)` as ended early, `None` drops it.
    pub fn answer_left(self, finished: Option<bool>) {
        let Some(left) = self.left.get_untracked() else {
            return;
        };
        if let Some(finished) = finished {
            if self.is_logged(&left) && !self.history.close_as(&left, finished) {
                // Not saved: the question stays, with the history's message.
                return;
            }
        }
        self.left.set(None);
        self.save(None);
    }

    /// Another tab saved (or cleared) the running session. Only one tab runs
    /// a session at a time: if this one was running another session, it is
    /// ended here and logged as ended early; if it was running the same one
    /// (the other tab took it over), it just stops here. Either way this tab
    /// then says where the session runs and offers to take it over.
    pub(crate) fn other_tab_saved(self) {
        let now = clock::now();
        let Some(theirs) = Self::stored_live(now) else {
            self.elsewhere.set(None);
            return;
        };
        if self.resumable_untracked() {
            let ours = self
                .session
                .with_untracked(|s| s.as_ref().and_then(Session::started_at));
            if ours != theirs.started_at() {
                // Replaced by a session started in the other tab.
                self.session.update_untracked(|s| {
                    if let Some(s) = s {
                        s.end(now);
                    }
                });
                if let Some(ended) = self.session.get_untracked() {
                    self.log(&ended);
                }
            }
            self.handles.update_value(|h| {
                h.ticker.cancel();
                h.audio.clear();
            });
            // Not saved from here: the stored session is the other tab's.
            self.session.set(None);
            self.sync_wake_lock();
            self.sync_media(now);
        }
        self.elsewhere.set(Some(theirs.routine().name.clone()));
    }

    /// The stored session, if it checks out and is running or paused.
    fn stored_live(now: Instant) -> Option<Session> {
        storage::read_raw(keys::ACTIVE_SESSION)
            .ok()
            .flatten()
            .and_then(|t| session::restore_json(&t, now).ok())
            .filter(|s| matches!(s.status(), Status::Running | Status::Paused))
    }

    /// Takes the session running in another tab over to this one (a tap):
    /// it goes on here, and the other tab stops and says so.
    pub fn take_over(self) {
        self.elsewhere.set(None);
        self.restore();
        self.unlock_sound();
        self.sync_wake_lock();
    }

    /// Logs a session that is over, if it is to be logged.
    fn log(self, session: &Session) {
        if self.is_logged(session) {
            self.history.close(session);
        }
    }

    /// Whether `session` goes in the history: every routine, and quick holds
    /// unless the user turned their logging off.
    fn is_logged(self, session: &Session) -> bool {
        !quick::is_quick(session.routine()) || self.settings.get_untracked().log_quick_holds
    }

    /// Saves the session shown so a reload can continue it, or show its
    /// end screen again (a routine's); `None` (after "Done") forgets it. A failed save
    /// leaves the stored session as it was and says so; the session itself
    /// keeps running.
    fn save(self, session: Option<&Session>) {
        let (written, what) = match session {
            Some(s) if !s.is_over() || s.end_screen_kept() => (
                storage::write(keys::ACTIVE_SESSION, s),
                "The session in progress",
            ),
            _ => (storage::remove(keys::ACTIVE_SESSION), "Closing the session"),
        };
        commit(written, what, self.save_error, || {});
    }

    /// A session the user can go back to (shown as "Resume session").
    pub fn resumable(self) -> bool {
        self.session.track();
        self.resumable_untracked()
    }

    fn resumable_untracked(self) -> bool {
        self.session.with_untracked(|s| {
            s.as_ref()
                .is_some_and(|s| matches!(s.status(), Status::Running | Status::Paused))
        })
    }

    /// Whether the session shown is a quick hold. Reactive.
    pub fn is_quick(self) -> bool {
        self.session
            .with(|s| s.as_ref().is_some_and(|s| quick::is_quick(s.routine())))
    }

    /// Tones waiting on the audio clock (for tests).
    pub fn pending_tones(self) -> Vec<cues::PlannedTone> {
        self.handles.with_value(|h| h.audio.pending())
    }
}

impl Player {
    /// Plays one tone now (the settings page's "Test sound").
    pub fn test_tone(self, tone: unknot_domain::cues::Tone) {
        self.handles.update_value(|h| h.audio.play_now(tone));
        self.sound_unlocked.set(true);
    }
}
