//! The classifier (and regression) playground: TF Playground's datasets and custom points
//! (`data`), a training run with its history and views (`session`), its pictures (`render`),
//! its keys in the config table (`keys`) and its saved state (`state`).

pub mod data;
pub(crate) mod keys;
pub mod render;
pub mod session;
pub mod state;
