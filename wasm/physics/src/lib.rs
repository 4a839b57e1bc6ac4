//! The wasm module of the learned simulator: the library's shared exports and its `physics`
//! handle, nothing of the other modes (`cargo xtask build` turns it into
//! `www/pkg/<build>/physics.js` and `physics_bg.wasm`).

#[cfg(target_arch = "wasm32")]
pub use nnplay::web::*;
