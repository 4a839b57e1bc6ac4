//! The wasm module of the optimiser race: the library's shared exports and its `race` handles, nothing
//! of the other modes (`cargo xtask build` turns it into `www/pkg/<build>/race.js` and
//! `race_bg.wasm`).

#[cfg(target_arch = "wasm32")]
pub use nnplay::web::*;
