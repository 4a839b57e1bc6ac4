//! The terrain page's saved state: the envelope (config with `mode=terrain`) plus both
//! networks' flat weights, `"encoder":[…]` and `"decoder":[…]`, each number bit-exact, and
//! `"steps":[n]`, the training steps they took. Left out when a weight is not finite.

use super::TerrainSession;
use crate::config::{Config, ConfigIssue, Mode};
use crate::engine::float::Float;
use crate::state::envelope::{check_count, read_floats, read_head, write_floats, write_head};
use crate::state::{FieldShape, StateError};

/// A terrain run read from a saved state.
#[derive(Debug)]
pub struct LoadedTerrain<F: Float> {
    /// The whole saved config (`mode` is terrain).
    pub config: Config,
    /// The run with the saved weights (or fresh weights of the seed, if none were saved).
    pub session: TerrainSession<F>,
    /// Keys of the saved config that were not used.
    pub issues: Vec<ConfigIssue>,
}

/// The saved state of a terrain run of `config` as JSON text.
pub fn save_terrain<F: Float>(config: &Config, session: &TerrainSession<F>) -> String {
    let mut out = String::with_capacity(1 << 20);
    write_head(&mut out, config);
    if !session.diverged() {
        let vae = session.vae();
        write_floats(&mut out, "encoder", vae.encoder.params());
        write_floats(&mut out, "decoder", vae.decoder.params());
        write_floats(&mut out, "steps", &[session.steps() as f64]);
    }
    out.push('}');
    out
}

/// Reads a terrain state, all or nothing (both weight lists, or neither).
pub fn load_terrain<F: Float>(text: &str) -> Result<LoadedTerrain<F>, StateError> {
    let head = read_head(text, Mode::Terrain)?;
    let encoder = read_floats::<F>(&head.root, "encoder")?;
    let decoder = read_floats::<F>(&head.root, "decoder")?;
    let steps = read_floats::<f64>(&head.root, "steps")?
        .and_then(|s| s.first().copied())
        .filter(|s| *s >= 0.0)
        .unwrap_or(0.0) as u64;
    let seed = head.config.seed;
    let session = match (encoder, decoder) {
        (None, None) => TerrainSession::new(seed),
        (e, d) => {
            let missing = |name| StateError::BadField {
                field: name,
                expected: FieldShape::NumbersWithOther,
            };
            let e = e.ok_or(missing("encoder"))?;
            let d = d.ok_or(missing("decoder"))?;
            let fresh = super::Vae::<F>::new(seed);
            check_count("encoder", e.len(), fresh.encoder.params().len())?;
            check_count("decoder", d.len(), fresh.decoder.params().len())?;
            TerrainSession::with_weights(seed, &e, &d, steps).expect("the counts were checked")
        }
    };
    Ok(LoadedTerrain {
        config: head.config,
        session,
        issues: head.issues,
    })
}
