//! The shared training engine every mode builds on: the float type, batched lanes, the seeded
//! generator, networks (and a regressor over them) and optimisers, Fourier features, loss
//! histories, metrics and past runs.

pub mod encoding;
pub mod float;
pub mod history;
pub mod lanes;
pub mod metrics;
pub mod nn;
pub mod optim;
pub mod pacing;
pub mod regressor;
pub mod rng;
pub mod runs;
