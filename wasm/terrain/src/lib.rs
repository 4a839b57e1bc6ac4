//! The wasm module of the terrain generator: the library's shared exports and its `terrain`
//! handle, nothing of the other modes (`cargo xtask build` turns it into
//! `www/pkg/<build>/terrain.js` and `terrain_bg.wasm`).

#[cfg(target_arch = "wasm32")]
pub use nnplay::web::*;
