//! The sound page's saved state: the envelope (config with `mode=sound`) plus the network's
//! flat weights, `"weights":[…]`, bit-exact, left out when one is not finite.

use super::SoundFit;
use crate::config::{Config, ConfigIssue, Mode};
use crate::engine::float::Float;
use crate::state::StateError;
use crate::state::envelope::{check_count, read_floats, read_head, write_floats, write_head};

/// A sound fit read from a saved state.
#[derive(Debug)]
pub struct LoadedSound<F: Float> {
    /// The whole saved config (`mode` is sound).
    pub config: Config,
    /// A fresh fit of it from the saved weights (or the seed's, if none were saved).
    pub fit: SoundFit<F>,
    /// Keys of the saved config that were not used.
    pub issues: Vec<ConfigIssue>,
}

/// The saved state of a sound fit of `config` as JSON text.
pub fn save_sound<F: Float>(config: &Config, fit: &SoundFit<F>) -> String {
    let mut out = String::with_capacity(256);
    write_head(&mut out, config);
    let params = fit.network().params();
    if params.iter().all(|p| p.is_finite()) {
        write_floats(&mut out, "weights", params);
    }
    out.push('}');
    out
}

/// Reads a sound state, all or nothing.
pub fn load_sound<F: Float>(text: &str) -> Result<LoadedSound<F>, StateError> {
    let head = read_head(text, Mode::Sound)?;
    let weights = read_floats::<F>(&head.root, "weights")?;
    let mut fit = SoundFit::new(head.config.sound_config());
    if let Some(w) = weights {
        check_count("weights", w.len(), fit.network().params().len())?;
        fit.load_weights(&w);
    }
    Ok(LoadedSound {
        config: head.config,
        fit,
        issues: head.issues,
    })
}
