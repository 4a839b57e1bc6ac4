//! The wasm module of curve and image fitting: the library's shared exports and its `fit` handles, nothing
//! of the other modes (`cargo xtask build` turns it into `www/pkg/<build>/fit.js` and
//! `fit_bg.wasm`).

#[cfg(target_arch = "wasm32")]
pub use nnplay::web::*;
