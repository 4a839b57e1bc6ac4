//! Versatility demos built on the same [`crate::engine::nn::Mlp`] and [`crate::engine::optim::Optimizer`] as
//! the classifier: fitting a 1-D curve, and fitting a picture (grey, colour or a terrain
//! heightmap) from pixel coordinates, optionally Fourier-encoded. Pure Rust, no web crates.

mod changes;
mod curve;
pub mod drawn_text;
mod image;
pub(crate) mod keys;
pub mod state;

pub use crate::drawing::heightfield::fractal_heights;
pub use crate::drawing::picture::{Picture, PictureKind, pixel_centre, values_rgba};
pub use crate::drawing::targets::{CHECKER_SQUARES, ImageTarget, luma};
pub use crate::drawing::upload::{ImageError, MAX_PIXELS, TARGET_SIZES, image_from_rgba};
pub use crate::engine::encoding::{DEFAULT_FOURIER, Encoding};
pub use crate::engine::regressor::Regressor;
pub use changes::FitChange;
pub use curve::{
    CURVE_RANGE, CURVE_Y_LIMIT, CurveConfig, CurveFit, CurveTarget, MAX_DRAWN_POINTS, MAX_POINTS,
    curve_xs,
};
pub use image::{ImageConfig, ImageFit, MAX_FOURIER};

#[cfg(test)]
mod tests;
