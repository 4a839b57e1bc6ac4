//! The wasm module of the inpainting mode: the library's shared exports and its `inpaint` handle, nothing
//! of the other modes (`cargo xtask build` turns it into `www/pkg/<build>/inpaint.js` and
//! `inpaint_bg.wasm`).

#[cfg(target_arch = "wasm32")]
pub use nnplay::web::*;
