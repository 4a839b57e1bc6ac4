//! The curve and image pages' saved states: the envelope (config with `mode=curve` or
//! `mode=image`; a curve's drawn points are in it) plus the network's flat weights,
//! `"weights":[…]`, bit-exact, left out when one is not finite. An uploaded picture is not
//! saved: an image state says `"picture":"builtin"` or `"picture":"uploaded"`, and loading
//! always fits the config's built-in picture (the caller tells the student).

use crate::config::{Config, ConfigIssue, Mode};
use crate::engine::float::Float;
use crate::engine::nn::Mlp;
use crate::modes::fit::{CurveFit, ImageFit};
use crate::state::envelope::{check_count, read_floats, read_head, write_floats, write_head};
use crate::state::{FieldShape, StateError};

/// A curve fit read from a saved state.
#[derive(Debug)]
pub struct LoadedCurve<F: Float> {
    /// The whole saved config (`mode` is curve).
    pub config: Config,
    /// A fresh fit of it from the saved weights (or the seed's, if none were saved).
    pub fit: CurveFit<F>,
    /// Keys of the saved config that were not used.
    pub issues: Vec<ConfigIssue>,
}

/// An image fit read from a saved state.
#[derive(Debug)]
pub struct LoadedImage<F: Float> {
    /// The whole saved config (`mode` is image).
    pub config: Config,
    /// A fresh fit of its built-in picture from the saved weights.
    pub fit: ImageFit<F>,
    /// Keys of the saved config that were not used.
    pub issues: Vec<ConfigIssue>,
    /// Whether the weights were trained on an uploaded picture (not in the file).
    pub picture_was_uploaded: bool,
}

/// The saved state of a curve fit of `config` as JSON text.
pub fn save_curve<F: Float>(config: &Config, fit: &CurveFit<F>) -> String {
    let mut out = String::with_capacity(256);
    write_head(&mut out, config);
    write_weights(&mut out, fit.network());
    out.push('}');
    out
}

/// The saved state of an image fit of `config` as JSON text; `uploaded` says whether its
/// picture was uploaded (and so is not in the file).
pub fn save_image<F: Float>(config: &Config, fit: &ImageFit<F>, uploaded: bool) -> String {
    let mut out = String::with_capacity(256);
    write_head(&mut out, config);
    let picture = if uploaded { "uploaded" } else { "builtin" };
    out.push_str(&format!(",\"picture\":\"{picture}\""));
    write_weights(&mut out, fit.network());
    out.push('}');
    out
}

fn write_weights<F: Float>(out: &mut String, net: &Mlp<F>) {
    if net.params().iter().all(|p| p.is_finite()) {
        write_floats(out, "weights", net.params());
    }
}

/// Reads a curve state, all or nothing.
pub fn load_curve<F: Float>(text: &str) -> Result<LoadedCurve<F>, StateError> {
    let head = read_head(text, Mode::Curve)?;
    let weights = read_floats::<F>(&head.root, "weights")?;
    let mut fit = CurveFit::new(head.config.curve_config());
    if let Some(w) = weights {
        check_count("weights", w.len(), fit.network().params().len())?;
        fit.load_weights(&w);
    }
    Ok(LoadedCurve {
        config: head.config,
        fit,
        issues: head.issues,
    })
}

/// Reads an image state, all or nothing.
pub fn load_image<F: Float>(text: &str) -> Result<LoadedImage<F>, StateError> {
    let head = read_head(text, Mode::Image)?;
    let weights = read_floats::<F>(&head.root, "weights")?;
    let picture_was_uploaded = match head.root.get("picture") {
        None => false,
        Some(p) => match p.as_str() {
            Some("builtin") => false,
            Some("uploaded") => true,
            _ => return Err(bad_picture()),
        },
    };
    let mut fit = ImageFit::new(head.config.image_config());
    if let Some(w) = weights {
        check_count("weights", w.len(), fit.network().params().len())?;
        fit.load_weights(&w);
    }
    Ok(LoadedImage {
        config: head.config,
        fit,
        issues: head.issues,
        picture_was_uploaded,
    })
}

fn bad_picture() -> StateError {
    StateError::BadField {
        field: "picture",
        expected: FieldShape::PictureSource,
    }
}
