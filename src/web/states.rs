//! Saved states of any mode: the free `state_mode`, `state_problem` and `state_config`, which
//! read a file of any mode so that the shell can switch a widget to the file's mode before
//! loading it. Each handle's own `save_state` / `load_state` (all or nothing as in
//! [`crate::state`]) is beside the handle.

use crate::state;
use wasm_bindgen::prelude::*;

/// The mode ("classify", "gan", "race", "curve", "image", "inpaint") of a saved state that loads
/// completely in that mode, or "" for a file that cannot be loaded.
#[wasm_bindgen]
pub fn state_mode(text: &str) -> String {
    state::check(text).map_or(String::new(), |(mode, _)| mode.name().into())
}

/// Why a saved state cannot be loaded in the mode it names (as
/// `messages::state_error_object`, which the shell words in its language), or "" when it can.
#[wasm_bindgen]
pub fn state_problem(text: &str) -> JsValue {
    state::check(text).err().map_or(JsValue::from_str(""), |e| {
        super::messages::state_error_object(&e)
    })
}

/// The config, as a query string, of a saved state that loads completely, or "".
#[wasm_bindgen]
pub fn state_config(text: &str) -> String {
    state::check(text).map_or(String::new(), |(_, query)| query)
}

/// Why a state file of `bytes` bytes is refused before it is read (too large, as
/// `state_problem` says it), or "" when its size is acceptable: the shell asks before copying a
/// file into the wasm memory, which never shrinks.
#[wasm_bindgen]
pub fn state_size_problem(bytes: f64) -> JsValue {
    let bytes = bytes.max(0.0) as usize;
    if bytes <= state::MAX_STATE_BYTES {
        return JsValue::from_str("");
    }
    super::messages::state_error_object(&state::StateError::TooLarge { bytes })
}
