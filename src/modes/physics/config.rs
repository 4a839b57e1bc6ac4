//! What the student chooses on the learned-simulator page.

use crate::engine::nn::Activation;
use crate::engine::optim::OptimizerKind;

/// The start drawn when the link names none: a wide swing from rest.
pub const DEFAULT_START: (f64, f64) = (2.0, 0.0);

/// Everything the user chooses for a learned simulator.
#[derive(Clone, Debug, PartialEq)]
pub struct PhysicsConfig {
    /// Damping c of the pendulum (per second).
    pub damping: f64,
    /// Where both simulators start: (θ, ω).
    pub start: (f64, f64),
    /// Steps of [`super::DT`] in a rollout.
    pub rollout: usize,
    /// Hidden layer widths.
    pub hidden: Vec<usize>,
    /// Hidden activation.
    pub activation: Activation,
    /// Update rule.
    pub optimizer: OptimizerKind,
    /// Step size.
    pub learning_rate: f64,
    /// Examples per step.
    pub batch: usize,
    /// Seed of the training trajectories, the weights and the batch order (the page's `seed`).
    pub seed: u64,
}

impl Default for PhysicsConfig {
    fn default() -> Self {
        PhysicsConfig {
            damping: 0.1,
            start: DEFAULT_START,
            rollout: 200,
            hidden: vec![32, 32],
            activation: Activation::Tanh,
            optimizer: OptimizerKind::Adam,
            learning_rate: 0.003,
            batch: 32,
            seed: 1,
        }
    }
}
