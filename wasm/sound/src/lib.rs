//! The wasm module of the sound mode (a network that learns a sound): the library's shared
//! exports and its `sound` handle, nothing of the other modes (`cargo xtask build` turns it
//! into `www/pkg/<build>/sound.js` and `sound_bg.wasm`).

#[cfg(target_arch = "wasm32")]
pub use nnplay::web::*;
