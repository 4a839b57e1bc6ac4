//! A learned simulator. A damped pendulum on a stiff, springy rod (as a real rod is) is
//! simulated exactly in code: classic explicit RK4 on the angle, the angular velocity and the
//! rod's stretch and stretch rate, in [`SUBSTEPS`] sub-steps per step of [`DT`] = 0.2 s.
//! Trajectories of it from random starts on the slow manifold give (state, next state) pairs
//! of the slow motion (θ, ω), and a small network ([`crate::engine::nn::Mlp`]) learns the
//! change of (θ, ω) over one whole step. Rolled out on its own predictions from a start, it
//! is drawn beside the true simulator and the linear extrapolation s_{t+1} = 2·s_t − s_{t−1},
//! with the error growing along the way.
//!
//! Why learn a step at all, and why this system: the rod vibrates along itself two thousand
//! times faster than the pendulum swings, so explicit RK4 must take sub-steps shorter than
//! that vibration to stay stable ([`MIN_STABLE_SUBSTEPS`] per step at least, forced by the
//! physics, not by the accuracy wanted), although nothing drawn moves that fast. The network
//! learns only the slow motion and jumps the whole step at once: one evaluation replaces
//! dozens of sub-steps. Such stiff systems are where learned steps pay; an implicit
//! integrator, solving an equation at each step, would be the other way to take large steps.
//! The page measures both costs and shows the true ratio at equal accuracy (the fewest stable
//! sub-steps whose one-step error matches the network's), whichever way it goes.
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
pub use sim::{
    DT, Full, MIN_STABLE_SUBSTEPS, OMEGA_MAX, Pendulum, ROD_DAMPING, STIFFNESS, SUBSTEP_FLOPS,
    SUBSTEPS, State, distance, project, rk4_stable, wrap,
};

/// Largest |θ| and |ω| of a start.
pub const START_LIMIT: f64 = 3.0;
/// Most steps of a rollout.
pub const MAX_ROLLOUT: usize = 1000;
/// Mini-batch steps of the default training the tests pin (the page trains as long as the
/// student lets it).
pub const DEFAULT_TRAINING_STEPS: usize = 3000;

#[cfg(test)]
mod tests;
