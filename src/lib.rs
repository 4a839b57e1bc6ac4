//! nn-playground: a neural-network playground. The core modules below are pure Rust with no
//! web dependencies and test natively; `web` is the one thin `#[wasm_bindgen]` layer.

pub mod config;
pub mod csv;
pub mod data;
pub mod decimal;
pub mod fit;
pub mod float;
pub mod gan;
pub mod history;
pub mod landscape;
pub mod lanes;
pub mod metrics;
pub mod nn;
pub mod optim;
pub mod render;
pub mod rng;
pub mod runs;
pub mod session;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod web;
