//! The saved state: a run as one JSON file, written and read with [`crate::formats::json`].
//! Every mode shares the envelope (`envelope.rs`: format name, version and the config as its
//! query string, which names the mode) and the errors (`error.rs`); each mode writes the rest
//! in its own `state.rs` (the classifier its custom points and weights, the GAN both
//! networks, the curve, image and sound fits and the inpainting run their network, the race nothing more). Reading is total
//! and all-or-nothing: a bad file gives a message and no session. [`check`] (below) reads a
//! file of any mode. Knows configs; nothing of the web.
//!
//! ```json
//! {"format": "nn-playground", "version": 1, "config": "v=1&seed=1&…", …}
//! ```
//!
//! Weights are written so that they read back bit for bit. The optimiser's moments, the step
//! count and the history are not saved: a loaded state starts a new run from the saved
//! weights. Missing keys take defaults, so files from earlier versions keep loading.

pub(crate) mod envelope;
mod error;

#[cfg(test)]
mod tests;

pub use error::{FieldShape, StateError};

use crate::config::Mode;
use crate::formats::json::{Value, parse as parse_json, write_number, write_string};
use crate::modes::agent::state::load_agent;
use crate::modes::classify::state::load;
use crate::modes::digits::state::check_digits;
use crate::modes::fit::state::{load_curve, load_image};
use crate::modes::gan::state::load_gan;
use crate::modes::inpaint::state::load_inpaint;
use crate::modes::physics::state::load_physics;
use crate::modes::race::state::load_race;
use crate::modes::sound::state::load_sound;
use crate::modes::terrain::state::load_terrain;
use envelope::read_any;

/// The `format` every saved state names.
pub const STATE_FORMAT: &str = "nn-playground";
/// The version written; files with a larger one are refused.
pub const STATE_VERSION: u32 = 1;
/// Largest file read, in bytes (10 000 points and the largest network fit in well under this).
pub const MAX_STATE_BYTES: usize = 4 << 20;

/// Reads `text` fully in the mode its config names (as that mode's widget would, in `f32`)
/// and gives that mode and its config as a query string; or why it cannot be loaded.
pub fn check(text: &str) -> Result<(Mode, String), StateError> {
    let mode = read_any(text)?.config.mode;
    let config = match mode {
        Mode::Classify => load::<f32>(text)?.session.config().clone(),
        Mode::Gan => load_gan::<f32>(text)?.config,
        Mode::Race => load_race(text)?.0,
        Mode::Curve => load_curve::<f32>(text)?.config,
        Mode::Image => load_image::<f32>(text)?.config,
        Mode::Inpaint => load_inpaint::<f32>(text)?.config,
        Mode::Segment => crate::modes::segment::state::load_segment(text)?.config,
        Mode::Digits => check_digits(text)?,
        Mode::Terrain => load_terrain::<f32>(text)?.config,
        Mode::Agent => load_agent(text)?.config,
        Mode::Physics => load_physics::<f32>(text)?.config,
        Mode::Sound => load_sound::<f32>(text)?.config,
    };
    Ok((mode, config.to_query()))
}
