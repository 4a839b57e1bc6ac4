//! The playground's modes, one folder each: the classifier (classify and regress), the GAN,
//! the optimiser race and curve and image fitting. Each holds its training, its pictures, its
//! part of the key table and its saved state; a mode never imports another.

pub mod agent;
pub mod classify;
pub mod fit;
pub mod gan;
pub mod race;
