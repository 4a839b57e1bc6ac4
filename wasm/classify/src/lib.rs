//! The wasm module of the classifier (classify and regress): the library's shared exports and its `classify` handles, nothing
//! of the other modes (`cargo xtask build` turns it into `www/pkg/<build>/classify.js` and
//! `classify_bg.wasm`).

#[cfg(target_arch = "wasm32")]
pub use nnplay::web::*;
