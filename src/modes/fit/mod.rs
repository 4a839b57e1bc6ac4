//! Versatility demos built on the same [`crate::engine::nn::Mlp`] and [`crate::engine::optim::Optimizer`] as
//! the classifier: fitting a 1-D curve, and fitting a picture (grey, colour or a terrain
//! heightmap) from pixel coordinates, optionally Fourier-encoded. Pure Rust, no web crates.

mod changes;
mod curve;
pub mod drawn_text;
mod image;
pub(crate) mod keys;
mod picture;
pub mod state;
mod targets;
mod terrain;
mod upload;

pub use crate::engine::fourier::{DEFAULT_FOURIER, Encoding};
pub use crate::engine::nn::Regressor;
pub use changes::FitChange;
pub use curve::{
    CURVE_RANGE, CURVE_Y_LIMIT, CurveConfig, CurveFit, CurveTarget, MAX_DRAWN_POINTS, MAX_POINTS,
    curve_xs,
};
pub use image::{ImageConfig, ImageFit, MAX_FOURIER};
pub use picture::{Picture, PictureKind, pixel_centre, values_rgba};
pub use targets::{CHECKER_SQUARES, ImageTarget, luma};
pub use terrain::fractal_heights;
pub use upload::{ImageError, MAX_PIXELS, TARGET_SIZES, image_from_rgba};

#[cfg(test)]
mod tests;
