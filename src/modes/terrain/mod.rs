//! Generating terrain ("Generate terrain in 3-D"): a variational autoencoder (VAE) with a
//! 2-D latent space learns from landscapes generated in code (islands, ridges and river
//! valleys, [`crate::drawing::heightfield::landscape`]); the student walks the latent space
//! with a pad and sees each decoded terrain as a 3-D relief
//! ([`crate::drawing::relief3d`]), with a water level and a snow line, and can export it as
//! a 16-bit grey PNG ([`crate::formats::png`]). Pure Rust, no web crates.
//!
//! Why a VAE and not a GAN: its KL term pulls the codes of the training terrains towards a
//! standard normal, so the plane around the origin is filled without holes and every point
//! of the pad decodes to a plausible terrain that changes smoothly as the point moves (a
//! walkable latent space), and it trains steadily with one loss; a GAN's generator on
//! heightmaps needs a convolutional discriminator and careful balancing to avoid collapse,
//! and its 2-D input space has no encoder to show where the training terrains lie.

mod config;
pub(crate) mod keys;
pub mod state;
mod vae;

pub use config::{LATENT_LIMIT, TerrainConfig};
pub use vae::{
    BATCH, LATENT, NOISE_VAR, PATCH, PIXELS, TRAIN_COUNT, TerrainSession, Vae, training_set,
};

#[cfg(test)]
mod tests;
