//! An agent that learns to balance a pole on a cart: the cart-pole simulated in code
//! (`cartpole`), a policy network (the shared [`crate::engine::nn::Mlp`]), a learner that
//! improves it from its own attempts (`reinforce`), the session the page runs (`session`) and
//! the scene's pixels (`draw`). Pure Rust, no web crates.
//!
//! **Why REINFORCE.** Two learners were measured on seeds 1–5 with the same policy (4 → 16
//! tanh → 1), counting every attempt until the policy's own test attempt lasted 500 steps
//! (`tests/measure.rs`, `cargo test --release --lib modes::agent::tests::measure -- --ignored
//! --nocapture`): REINFORCE with a baseline (4 attempts per update, Adam 0.1) needed 40, 35,
//! 50, 75 and 60 attempts, and its policy then balanced 20, 20, 20, 11 and 20 of 20 unseen
//! starts; an evolution strategy on the flat parameter vector (4 mirrored pairs per generation,
//! σ 0.3, Adam 0.1, centred ranks: the best of the 16 settings tried) needed 135, 81, 252,
//! 216 and 153 attempts (9 to 324 with 8 neurons), and balanced 1 to 18 of the 20. So the page runs REINFORCE: five times fewer
//! attempts, and its policy gradient is the textbook's, with the baseline a student can see
//! at work in `reinforce::advantages`.

pub mod cartpole;
mod config;
pub mod draw;
pub(crate) mod keys;
pub mod policy;
pub mod reinforce;
mod session;
pub mod state;

pub use config::AgentConfig;
pub use reinforce::Attempt;
pub use session::{Agent, PUSH_FORCE, PUSH_STEPS, STEADY_TESTS, Scene};

#[cfg(test)]
mod tests;
