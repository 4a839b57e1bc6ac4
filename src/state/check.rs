//! [`check`] reads a saved state in whatever mode it names, so that a widget of one mode can
//! switch to the file's mode before loading it.

use super::StateError;
use super::envelope::read_any;
use crate::config::Mode;
use crate::modes::classify::state::load;
use crate::modes::fit::state::{load_curve, load_image};
use crate::modes::gan::state::load_gan;
use crate::modes::race::state::load_race;

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
    };
    Ok((mode, config.to_query()))
}
