//! The wasm module of the digits page (recognise a drawn digit): the library's shared exports
//! and its `digits` handle, nothing of the other modes (`cargo xtask build` turns it into `www/pkg/<build>/digits.js` and
//! `digits_bg.wasm`).

#[cfg(target_arch = "wasm32")]
pub use nnplay::web::*;
