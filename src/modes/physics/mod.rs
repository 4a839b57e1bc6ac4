//! A learned simulator. A damped pendulum is simulated exactly in code (classic RK4 in
//! [`SUBSTEPS`] small sub-steps per step of [`DT`] = 0.2 s); trajectories of it from random
//! starts give (state, next state) pairs, and a small network ([`crate::engine::nn::Mlp`])
//! learns the change of the state over one whole step. Rolled out on its own predictions
//! from a start, it is drawn beside the true simulator and the linear extrapolation
//! s_{t+1} = 2·s_t − s_{t−1}, with the error growing along the way.
//!
//! Why learn a step at all: a simulator must take small sub-steps to stay accurate (its
//! error grows fast with the step's length), while a network can be trained to jump a whole
//! large step at once, so one network evaluation can replace many sub-steps. Whether that
//! pays depends on what a sub-step costs: for stiff, contact-rich or fluid systems a step is
//! expensive and learned simulators win; for this two-number pendulum one RK4 sub-step is a
//! handful of sines, and the page measures and shows the true cost ratio at equal accuracy
//! (the fewest sub-steps whose one-step error matches the network's), whichever way it goes.
//! Pure Rust, no web crates.

mod config;
mod draw;
pub(crate) mod keys;
mod session;
mod sim;
pub mod state;

pub use config::{DEFAULT_START, PhysicsConfig};
pub use draw::{NETWORK, OMEGA_EDGE, PhaseArea, Scene, TRUTH, draw_phase};
pub use session::{Learner, Rollout, TRAJECTORIES, TRAJECTORY_STEPS};
pub use sim::{DT, OMEGA_MAX, Pendulum, SUBSTEPS, State, distance, wrap};

/// Largest |θ| and |ω| of a start.
pub const START_LIMIT: f64 = 3.0;
/// Most steps of a rollout.
pub const MAX_ROLLOUT: usize = 1000;
/// Mini-batch steps of the default training the tests pin (the page trains as long as the
/// student lets it).
pub const DEFAULT_TRAINING_STEPS: usize = 3000;

#[cfg(test)]
mod tests;
