//! The playground's modes, one folder each: the classifier (classify and regress), the GAN,
//! the optimiser race, curve and image fitting, inpainting, segmentation, digits, the terrain
//! generator, the balancing agent, the learned simulator and the learned sound. Each holds its
//! training, its pictures, its part of the key table and its saved state; a mode never imports
//! another.

pub mod agent;
pub mod classify;
pub mod digits;
pub mod fit;
pub mod gan;
pub mod inpaint;
pub mod physics;
pub mod race;
pub mod segment;
pub mod sound;
pub mod terrain;
