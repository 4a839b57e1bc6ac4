//! nn-playground: a neural-network playground. Everything outside `web` is pure Rust with no
//! web dependencies and tests natively; `web` is the one thin `#[wasm_bindgen]` layer.
//!
//! The mode is the unit of the layout. `modes` holds one folder per mode (classify, gan,
//! race, fit) with its training, pictures, key table and saved state, and `web` one folder
//! per mode with its handle, charts and readouts. What modes share lies below them: the
//! training `engine`, text `formats`, `drawing` (pixels), `config` (the one query string) and
//! `state` (the saved-state envelope).
//!
//! Two rules, checked by `tests/layout_rules.rs`:
//!
//! 1. A mode never imports another mode: no file under `src/modes/<a>/` or `src/web/<a>/`
//!    names `modes::<b>` or `web::<b>` for another mode b. What two modes share moves down
//!    into `engine`, `formats`, `drawing` or `config`.
//! 2. Nothing outside `src/web/` names a web crate (`wasm_bindgen`, `web_sys`, `js_sys`,
//!    `plotters`).

pub mod config;
pub mod drawing;
pub mod engine;
pub mod formats;
pub mod modes;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod web;
