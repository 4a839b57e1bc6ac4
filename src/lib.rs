//! nn-playground: a neural-network playground. The core modules below are pure Rust with no
//! web dependencies and test natively; `web` is the one thin `#[wasm_bindgen]` layer.

pub mod config;
pub mod drawing;
pub mod engine;
pub mod formats;
pub mod modes;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod web;
