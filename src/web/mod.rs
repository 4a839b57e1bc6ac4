//! The one thin `#[wasm_bindgen]` layer: a [`Playground`] handle per widget that owns a
//! training session and draws it onto the canvases it was given. Numbers stay in Rust; the
//! shell makes a few coarse calls per frame. Errors cross as `JsError` here and only here.

// Each mode's handles exist only under its cargo feature, so that the wasm module of one mode
// (a crate under wasm/) carries nothing of the others; the shared parts below are then partly
// unused in a module, which is expected.
#![cfg_attr(
    not(all(
        feature = "classify",
        feature = "gan",
        feature = "race",
        feature = "fit",
        feature = "inpaint",
        feature = "segment",
        feature = "digits",
        feature = "terrain",
        feature = "agent",
        feature = "physics",
        feature = "sound",
        feature = "bench"
    )),
    allow(dead_code, unused_imports, unused_macros)
)]

#[cfg(feature = "agent")]
mod agent;
#[cfg(feature = "bench")]
mod bench;
mod canvas;
mod chart;
#[cfg(feature = "classify")]
mod classify;
#[cfg(feature = "digits")]
mod digits;
mod export;
#[cfg(feature = "fit")]
mod fit;
#[cfg(feature = "gan")]
mod gan;
mod handle_methods;
#[cfg(feature = "inpaint")]
mod inpaint;
mod loss_chart;
mod messages;
#[cfg(feature = "physics")]
mod physics;
#[cfg(feature = "race")]
mod race;
mod run_names;
#[cfg(feature = "segment")]
mod segment;
#[cfg(feature = "sound")]
mod sound;
mod states;
#[cfg(feature = "terrain")]
mod terrain;
mod throttle;
mod view_style;

#[cfg(feature = "agent")]
pub use agent::AgentPlayground;
#[cfg(feature = "bench")]
pub use bench::{BenchGan, BenchMlp};
#[cfg(feature = "classify")]
pub use classify::Playground;
#[cfg(feature = "digits")]
pub use digits::DigitsPlayground;
#[cfg(feature = "fit")]
pub use fit::{CurvePlayground, ImagePlayground};
#[cfg(feature = "gan")]
pub use gan::GanPlayground;
#[cfg(feature = "inpaint")]
pub use inpaint::InpaintPlayground;
#[cfg(feature = "physics")]
pub use physics::PhysicsPlayground;
#[cfg(feature = "race")]
pub use race::RacePlayground;
#[cfg(feature = "segment")]
pub use segment::{SegmentPlayground, segment_speeds};
#[cfg(feature = "sound")]
pub use sound::SoundPlayground;
#[cfg(feature = "terrain")]
pub use terrain::TerrainPlayground;

use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs (once) a panic hook that logs the message to the console and keeps it, so the
/// shell can show it in the widget instead of leaving a dead canvas.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&JsValue::from_str(&message));
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(message));
    }));
}

/// The message of the last panic, if the module has panicked (after which it must be
/// reloaded: the shell shows this text in the widget).
#[wasm_bindgen]
pub fn last_panic() -> Option<String> {
    LAST_PANIC.with(|p| p.borrow().clone())
}

/// The default config as a query string (what a bare `<nn-playground>` runs).
#[wasm_bindgen]
pub fn default_config() -> String {
    crate::config::Config::default().to_query()
}

/// What every key accepts, `{key: {kind, …}}` in the shape of a config issue's `expected`
/// (`oneOf` {values}, `widths` {layers, width}, `whole` {min, max}, …): the shell builds its
/// choices and limits from it instead of repeating them.
#[wasm_bindgen]
pub fn vocabulary() -> JsValue {
    let entries: Vec<(&str, JsValue)> = crate::config::vocabulary()
        .iter()
        .map(|(name, expected)| (*name, messages::expected_object(expected)))
        .collect();
    messages::object(&entries)
}

/// The generated datasets that pose a regression problem (the others of the `data` key but
/// `custom` are classification sets), for the shell to group its dataset buttons.
#[wasm_bindgen]
pub fn regression_datasets() -> Vec<String> {
    (crate::modes::classify::data::DatasetKind::ALL.iter())
        .filter(|kind| kind.is_regression())
        .map(|kind| kind.name().to_string())
        .collect()
}

/// Which page `query` asks for: its `mode` (`classify`, `gan`, `race`, `curve`, `image` or
/// `inpaint`;
/// Which page `query` asks for: its `mode` (`classify`, `gan`, `race`, `curve`, `image` or
/// `terrain`;
/// Which page `query` asks for: its `mode` (`classify`, `gan`, `race`, `curve`, `image`,
/// `inpaint` or `physics`;
/// `classify` when absent or unreadable).
/// Which page `query` asks for: its `mode` (`classify`, `gan`, `race`, `curve`, `image` or
/// `sound`; `classify` when absent or unreadable).
#[wasm_bindgen]
pub fn query_mode(query: &str) -> String {
    crate::config::parse(query).0.mode.name().to_string()
}

/// `query` read as a TensorFlow Playground link (its hash keys and none of ours): `{query,
/// hide, unknown}`, our query for the same setup, our control names its `_hide` flags hide,
/// and the `key=value` pairs not carried over; null when `query` is not such a link.
#[wasm_bindgen]
pub fn tf_playground(query: &str) -> JsValue {
    let Some(c) = crate::config::tf_playground::convert(query) else {
        return JsValue::NULL;
    };
    let list = |items: &[String]| {
        let array = js_sys::Array::new();
        for item in items {
            array.push(&JsValue::from_str(item));
        }
        JsValue::from(array)
    };
    let hide: Vec<String> = c.hide.iter().map(|h| h.to_string()).collect();
    let result = js_sys::Object::new();
    let set = |k: &str, v: JsValue| js_sys::Reflect::set(&result, &k.into(), &v).is_ok();
    let ok = set("query", c.query.as_str().into())
        && set("hide", list(&hide))
        && set("unknown", list(&c.unknown));
    if ok { result.into() } else { JsValue::NULL }
}

/// Whether this build uses wasm SIMD (the shell loads the scalar build where it is missing).
#[wasm_bindgen]
pub fn simd_build() -> bool {
    cfg!(target_feature = "simd128")
}

/// A test hook: panics on purpose, so the browser tests can check that a panic is shown in
/// the widget.
#[wasm_bindgen]
pub fn panic_for_test() {
    panic!("deliberate panic requested by a test");
}
