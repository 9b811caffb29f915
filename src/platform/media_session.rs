//! The lock screen, the notification shade and headset buttons: the Media
//! Session API, the near-silent track that makes phones show it, and the
//! Audio Session type that lets cues sound through the silent switch.
//!
//! web-sys has Media Session only behind its unstable-API flag, so the few
//! members used are bound here by hand. Everything is optional: a browser
//! without `navigator.mediaSession` (or `navigator.audioSession`) gets no
//! card and no error. What each platform does with this is in
//! docs/DEVICES.md.

use js_sys::{Array, Object, Reflect};
use unknot_domain::now_playing::NowPlaying;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::base_path;

#[wasm_bindgen]
extern "C" {
    type MediaSessionJs;

    #[wasm_bindgen(method, setter = metadata)]
    fn set_metadata(this: &MediaSessionJs, value: &JsValue);

    #[wasm_bindgen(method, setter = playbackState)]
    fn set_playback_state(this: &MediaSessionJs, value: &str);

    #[wasm_bindgen(method, catch, js_name = setActionHandler)]
    fn set_action_handler(
        this: &MediaSessionJs,
        action: &str,
        handler: &JsValue,
    ) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, js_name = setPositionState)]
    fn set_position_state(this: &MediaSessionJs, state: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(js_name = MediaMetadata)]
    type MediaMetadataJs;

    #[wasm_bindgen(constructor, catch)]
    fn new(init: &JsValue) -> Result<MediaMetadataJs, JsValue>;

    type AudioSessionJs;

    #[wasm_bindgen(method, setter = type)]
    fn set_type(this: &AudioSessionJs, value: &str);
}

/// A session control a headset or lock screen can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Play,
    Pause,
    NextTrack,
    PreviousTrack,
    SeekForward,
    Stop,
}

impl Action {
    pub const ALL: [Action; 6] = [
        Action::Play,
        Action::Pause,
        Action::NextTrack,
        Action::PreviousTrack,
        Action::SeekForward,
        Action::Stop,
    ];

    fn name(self) -> &'static str {
        match self {
            Action::Play => "play",
            Action::Pause => "pause",
            Action::NextTrack => "nexttrack",
            Action::PreviousTrack => "previoustrack",
            Action::SeekForward => "seekforward",
            Action::Stop => "stop",
        }
    }
}

fn navigator_member(name: &str) -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    Reflect::get(&navigator, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn media_session() -> Option<MediaSessionJs> {
    navigator_member("mediaSession").map(JsCast::unchecked_into)
}

/// Whether this browser can route cues through the silent switch
/// (`navigator.audioSession`: Safari 16.4 and later).
pub fn has_audio_session() -> bool {
    navigator_member("audioSession").is_some()
}

/// Sets the page's audio session type: "playback" plays through the silent
/// switch and keeps sounding with the screen locked (and pauses other apps'
/// audio); "auto" gives the decision back to the browser.
pub fn play_through_silent_switch(on: bool) {
    if let Some(a) = navigator_member("audioSession") {
        a.unchecked_into::<AudioSessionJs>()
            .set_type(if on { "playback" } else { "auto" });
    }
}

fn set(target: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}

/// The lock-screen card and the handlers behind its buttons, owned by the
/// session player. Dropping it does not clear the card: call [`clear`].
///
/// [`clear`]: MediaControls::clear
#[derive(Default)]
pub struct MediaControls {
    handlers: Vec<Closure<dyn FnMut(JsValue)>>,
    keep_alive: Option<KeepAlive>,
}

impl MediaControls {
    /// Registers `on_action` for every [`Action`] (once; later calls keep
    /// the first handlers).
    pub fn bind(&mut self, on_action: impl Fn(Action) + Clone + 'static) {
        let Some(ms) = media_session() else {
            return;
        };
        if !self.handlers.is_empty() {
            return;
        }
        for action in Action::ALL {
            let run = on_action.clone();
            let handler = Closure::<dyn FnMut(JsValue)>::new(move |_| run(action));
            // An action the browser does not know throws: skip it.
            if ms
                .set_action_handler(action.name(), handler.as_ref())
                .is_ok()
            {
                self.handlers.push(handler);
            }
        }
    }

    /// Shows `now` on the card: the step, the routine, where in it, and the
    /// step's length and position; `playing` sets the play/pause state
    /// (the near-silent track follows it through [`MediaControls::keep_alive`]).
    /// Called at each transition, never per tick: the browser moves the
    /// position along by itself.
    pub fn show(&mut self, now: &NowPlaying, playing: bool) {
        let Some(ms) = media_session() else {
            return;
        };
        let init = Object::new();
        set(&init, "title", &now.title.as_str().into());
        set(&init, "artist", &now.artist.as_str().into());
        set(&init, "album", &now.album.as_str().into());
        let artwork = Array::new();
        for (file, size) in [("icon-192.png", "192x192"), ("icon-512.png", "512x512")] {
            let image = Object::new();
            set(
                &image,
                "src",
                &base_path::href(&format!("/icons/{file}")).into(),
            );
            set(&image, "sizes", &size.into());
            set(&image, "type", &"image/png".into());
            artwork.push(&image);
        }
        set(&init, "artwork", &artwork);
        if let Ok(metadata) = MediaMetadataJs::new(&init) {
            ms.set_metadata(&metadata);
        }
        ms.set_playback_state(if playing { "playing" } else { "paused" });
        let position = Object::new();
        let duration = now.duration_ms.max(1) as f64 / 1_000.0;
        set(&position, "duration", &duration.into());
        let at = (now.position_ms as f64 / 1_000.0).min(duration);
        set(&position, "position", &at.into());
        // Never 0 (the browser rejects it): paused is the playback state.
        set(&position, "playbackRate", &1.0.into());
        let _ = ms.set_position_state(&position);
    }

    /// Plays the near-silent loop while `on` (the lock-screen setting), so
    /// phones show the card and send headset buttons here; stops it when
    /// off. Call inside a tap the first time: browsers only start media
    /// from a user gesture.
    pub fn keep_alive(&mut self, on: bool, playing: bool) {
        match (on, self.keep_alive.is_some()) {
            (true, false) => self.keep_alive = KeepAlive::new(),
            (false, true) => {
                if let Some(k) = self.keep_alive.take() {
                    k.stop();
                }
            }
            _ => {}
        }
        if let Some(k) = &self.keep_alive {
            k.follow(playing);
        }
    }

    /// Takes the card away and unregisters the handlers: the session is
    /// over (or runs in another tab).
    pub fn clear(&mut self) {
        if let Some(k) = self.keep_alive.take() {
            k.stop();
        }
        let Some(ms) = media_session() else {
            return;
        };
        ms.set_metadata(&JsValue::NULL);
        ms.set_playback_state("none");
        let _ = ms.set_position_state(&JsValue::UNDEFINED);
        for action in Action::ALL {
            let _ = ms.set_action_handler(action.name(), &JsValue::NULL);
        }
        self.handlers.clear();
    }
}

/// The looping near-silent `<audio>` element (never in the document).
struct KeepAlive {
    audio: web_sys::HtmlAudioElement,
    url: String,
}

impl KeepAlive {
    fn new() -> Option<Self> {
        let bytes = unknot_domain::wav::quiet_loop();
        let parts = Array::new();
        parts.push(&js_sys::Uint8Array::from(bytes.as_slice()));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("audio/wav");
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let audio = web_sys::HtmlAudioElement::new_with_src(&url).ok()?;
        audio.set_loop(true);
        Some(Self { audio, url })
    }

    /// Plays while the session runs, pauses with it (so the card's
    /// play/pause button shows the right state).
    fn follow(&self, playing: bool) {
        if playing {
            // Refused outside a gesture or by the system: the card is a
            // convenience, the timer never depends on it.
            let _ = self.audio.play();
        } else {
            let _ = self.audio.pause();
        }
    }

    fn stop(self) {
        let _ = self.audio.pause();
        self.audio.remove_attribute("src").ok();
        let _ = web_sys::Url::revoke_object_url(&self.url);
    }
}
