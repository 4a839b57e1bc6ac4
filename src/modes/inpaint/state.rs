//! The inpainting page's saved state: the envelope (config with `mode=inpaint`, the hole
//! in it) plus the network's flat weights, `"weights":[…]`, bit-exact, left out when one is
//! not finite. Whether the hole was revealed is not saved: a loaded run hides it again.

use crate::config::{Config, ConfigIssue, Mode};
use crate::engine::float::Float;
use crate::modes::inpaint::Inpaint;
use crate::state::StateError;
use crate::state::envelope::{check_count, read_floats, read_head, write_floats, write_head};

/// An inpainting run read from a saved state.
#[derive(Debug)]
pub struct LoadedInpaint<F: Float> {
    /// The whole saved config (`mode` is inpaint).
    pub config: Config,
    /// A fresh run of it from the saved weights (or the seed's, if none were saved).
    pub run: Inpaint<F>,
    /// Keys of the saved config that were not used.
    pub issues: Vec<ConfigIssue>,
}

/// The saved state of a run of `config` as JSON text.
pub fn save_inpaint<F: Float>(config: &Config, run: &Inpaint<F>) -> String {
    let mut out = String::with_capacity(256);
    write_head(&mut out, config);
    let params = run.network().params();
    if params.iter().all(|p| p.is_finite()) {
        write_floats(&mut out, "weights", params);
    }
    out.push('}');
    out
}

/// Reads an inpainting state, all or nothing.
pub fn load_inpaint<F: Float>(text: &str) -> Result<LoadedInpaint<F>, StateError> {
    let head = read_head(text, Mode::Inpaint)?;
    let weights = read_floats::<F>(&head.root, "weights")?;
    let mut run = Inpaint::new(head.config.inpaint_config());
    if let Some(w) = weights {
        check_count("weights", w.len(), run.network().params().len())?;
        run.load_weights(&w);
    }
    Ok(LoadedInpaint {
        config: head.config,
        run,
        issues: head.issues,
    })
}
