//! The digits page's saved state: the envelope (config with `mode=digits`) plus the
//! network's flat weights, `"weights":[…]`, bit-exact, left out when one is not finite. The
//! digits themselves are not saved: the seed makes them again.

use super::{CLASSES, Digits, DigitsConfig, PIXELS};
use crate::config::{Config, ConfigIssue, Mode};
use crate::state::StateError;
use crate::state::envelope::{Head, check_count, read_floats, read_head, write_floats, write_head};

/// A digits session read from a saved state.
#[derive(Debug)]
pub struct LoadedDigits {
    /// The whole saved config (`mode` is digits).
    pub config: Config,
    /// A session of it with the saved weights (or the seed's, if none were saved), evaluated.
    pub session: Digits,
    /// Keys of the saved config that were not used.
    pub issues: Vec<ConfigIssue>,
}

/// The saved state of a digits session of `config` as JSON text.
pub fn save_digits(config: &Config, session: &Digits) -> String {
    let mut out = String::with_capacity(256);
    write_head(&mut out, config);
    if !session.diverged() {
        write_floats(&mut out, "weights", session.network().params());
    }
    out.push('}');
    out
}

/// Reads a digits state, all or nothing.
pub fn load_digits(text: &str) -> Result<LoadedDigits, StateError> {
    let (head, weights) = read_digits(text)?;
    let mut session = Digits::new(head.config.digits_config());
    if let Some(w) = weights {
        session.load_weights(&w);
    }
    Ok(LoadedDigits {
        config: head.config,
        session,
        issues: head.issues,
    })
}

/// Checks a digits state as [`load_digits`] would, without generating the digits (which
/// takes a while): its config.
pub fn check_digits(text: &str) -> Result<Config, StateError> {
    Ok(read_digits(text)?.0.config)
}

/// The head and the weights (checked against the network's size) of a digits state.
fn read_digits(text: &str) -> Result<(Head, Option<Vec<f32>>), StateError> {
    let head = read_head(text, Mode::Digits)?;
    let weights = read_floats::<f32>(&head.root, "weights")?;
    if let Some(w) = &weights {
        check_count(
            "weights",
            w.len(),
            parameter_count(&head.config.digits_config()),
        )?;
    }
    Ok((head, weights))
}

/// Parameters of the network of `config`: weights and biases of each layer, from the
/// [`PIXELS`] inputs to the [`CLASSES`] outputs.
pub fn parameter_count(config: &DigitsConfig) -> usize {
    let mut sizes = vec![PIXELS];
    sizes.extend(config.hidden.iter().copied());
    sizes.push(CLASSES);
    sizes.windows(2).map(|w| w[0] * w[1] + w[1]).sum()
}
