//! The wasm module of the GAN: the library's shared exports and its `gan` handles, nothing
//! of the other modes (`cargo xtask build` turns it into `www/pkg/<build>/gan.js` and
//! `gan_bg.wasm`).

#[cfg(target_arch = "wasm32")]
pub use nnplay::web::*;
