//! Saved states of any mode: the free `state_mode`, `state_problem` and `state_config`, which
//! read a file of any mode so that the shell can switch a widget to the file's mode before
//! loading it. Each handle's own `save_state` / `load_state` (all or nothing as in
//! [`crate::state`]) is beside the handle.

use crate::config::Mode;
use crate::state::{self, StateError};
use wasm_bindgen::prelude::*;

/// The mode and config (as a query string) of a saved state. A file of a mode whose handle is
/// in this wasm module is read fully, as [`state::check`] does; a file of another mode only as
/// far as its envelope (format, version, config): the module of that mode reads the rest when
/// the file is handed over to it. So no module carries the other modes' saved-state readers,
/// and a new mode adds nothing to the pages of the others.
fn check(text: &str) -> Result<(Mode, String), StateError> {
    let head = state::envelope::read_any(text)?;
    let mode = head.config.mode;
    #[allow(unreachable_patterns)]
    let config = match mode {
        #[cfg(feature = "classify")]
        Mode::Classify => crate::modes::classify::state::load::<f32>(text)?
            .session
            .config()
            .clone(),
        #[cfg(feature = "gan")]
        Mode::Gan => crate::modes::gan::state::load_gan::<f32>(text)?.config,
        #[cfg(feature = "race")]
        Mode::Race => crate::modes::race::state::load_race(text)?.0,
        #[cfg(feature = "fit")]
        Mode::Curve => crate::modes::fit::state::load_curve::<f32>(text)?.config,
        #[cfg(feature = "fit")]
        Mode::Image => crate::modes::fit::state::load_image::<f32>(text)?.config,
        #[cfg(feature = "inpaint")]
        Mode::Inpaint => crate::modes::inpaint::state::load_inpaint::<f32>(text)?.config,
        #[cfg(feature = "segment")]
        Mode::Segment => crate::modes::segment::state::load_segment(text)?.config,
        #[cfg(feature = "digits")]
        Mode::Digits => crate::modes::digits::state::check_digits(text)?,
        #[cfg(feature = "terrain")]
        Mode::Terrain => crate::modes::terrain::state::load_terrain::<f32>(text)?.config,
        #[cfg(feature = "agent")]
        Mode::Agent => crate::modes::agent::state::load_agent(text)?.config,
        #[cfg(feature = "physics")]
        Mode::Physics => crate::modes::physics::state::load_physics::<f32>(text)?.config,
        #[cfg(feature = "sound")]
        Mode::Sound => crate::modes::sound::state::load_sound::<f32>(text)?.config,
        _ => head.config,
    };
    Ok((mode, config.to_query()))
}

/// The mode ("classify", "gan", "race", "curve", "image", …) of a saved state that loads in
/// that mode (as far as this module can tell, see [`check`]), or "" for a file that cannot.
#[wasm_bindgen]
pub fn state_mode(text: &str) -> String {
    check(text).map_or(String::new(), |(mode, _)| mode.name().into())
}

/// Why a saved state cannot be loaded in the mode it names (as
/// `messages::state_error_object`, which the shell words in its language), or "" when it can.
#[wasm_bindgen]
pub fn state_problem(text: &str) -> JsValue {
    check(text).err().map_or(JsValue::from_str(""), |e| {
        super::messages::state_error_object(&e)
    })
}

/// The config, as a query string, of a saved state that loads completely, or "".
#[wasm_bindgen]
pub fn state_config(text: &str) -> String {
    check(text).map_or(String::new(), |(_, query)| query)
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
