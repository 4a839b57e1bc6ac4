//! The wasm module of the balancing agent: the library's shared exports and its `agent` handles, nothing
//! of the other modes (`cargo xtask build` turns it into `www/pkg/<build>/agent.js` and
//! `agent_bg.wasm`).

#[cfg(target_arch = "wasm32")]
pub use nnplay::web::*;
