//! The wasm module of segmentation by painting: the library's shared exports and its
//! `segment` handle, nothing of the other modes (`cargo xtask build` turns it into
//! `www/pkg/<build>/segment.js` and `segment_bg.wasm`).

#[cfg(target_arch = "wasm32")]
pub use nnplay::web::*;
