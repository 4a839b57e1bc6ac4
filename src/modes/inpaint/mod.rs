//! Inpainting, "guess the hidden part": a rectangle of a picture is hidden, a network maps
//! pixel coordinates (optionally Fourier-encoded) to colours, trained on the visible pixels
//! only, and its answer inside the hole is its guess. Revealing compares the guess with the
//! truth: the RMS error inside and outside the hole, and the error of the plainest guess
//! (the mean colour of the visible pixels). Pure Rust, no web crates.

mod config;
mod draw;
mod hole;
pub(crate) mod keys;
mod session;
pub mod state;

pub use config::{Basis, InpaintConfig};
pub use draw::{HIDDEN_STRIPES, HOLE_EDGE, Scaled, scale_for};
pub use hole::{HOLE_SIDES, Hole};
pub use session::{Errors, Inpaint};

#[cfg(test)]
mod tests;
