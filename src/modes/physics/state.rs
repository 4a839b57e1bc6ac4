//! The learned simulator's saved state: the envelope (config with `mode=physics`) plus the
//! network's flat weights, `"weights":[…]`, bit-exact, left out when one is not finite.

use super::Learner;
use crate::config::{Config, ConfigIssue, Mode};
use crate::engine::float::Float;
use crate::state::StateError;
use crate::state::envelope::{check_count, read_floats, read_head, write_floats, write_head};

/// A learner read from a saved state.
#[derive(Debug)]
pub struct LoadedPhysics<F: Float> {
    /// The whole saved config (`mode` is physics).
    pub config: Config,
    /// A fresh learner of it with the saved weights (or the seed's, if none were saved).
    pub learner: Learner<F>,
    /// Keys of the saved config that were not used.
    pub issues: Vec<ConfigIssue>,
}

/// The saved state of `learner` under `config` as JSON text.
pub fn save_physics<F: Float>(config: &Config, learner: &Learner<F>) -> String {
    let mut out = String::with_capacity(4096);
    write_head(&mut out, config);
    let params = learner.network().params();
    if params.iter().all(|p| p.is_finite()) {
        write_floats(&mut out, "weights", params);
    }
    out.push('}');
    out
}

/// Reads a learned-simulator state, all or nothing.
pub fn load_physics<F: Float>(text: &str) -> Result<LoadedPhysics<F>, StateError> {
    let head = read_head(text, Mode::Physics)?;
    let weights = read_floats::<F>(&head.root, "weights")?;
    let mut learner = Learner::new(head.config.physics_config());
    if let Some(w) = weights {
        check_count("weights", w.len(), learner.network().params().len())?;
        learner.load_weights(&w);
    }
    Ok(LoadedPhysics {
        config: head.config,
        learner,
        issues: head.issues,
    })
}
