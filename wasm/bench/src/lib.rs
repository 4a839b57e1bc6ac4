//! The wasm module of the peer benchmark (not loaded by pages): the library's shared exports and its `bench` handles, nothing
//! of the other modes (`cargo xtask build` turns it into `www/pkg/<build>/bench.js` and
//! `bench_bg.wasm`).

#[cfg(target_arch = "wasm32")]
pub use nnplay::web::*;
