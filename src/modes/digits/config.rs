//! What the user chooses for the digits page: how many training digits, the network and its
//! training. The mode's query-string keys (`keys.rs`) read and write this struct.

use crate::engine::nn::Activation;
use crate::engine::optim::OptimizerKind;

/// Everything the user chooses for the digits page.
#[derive(Clone, Debug, PartialEq)]
pub struct DigitsConfig {
    /// Training digits of each class (the test set has 50 of each).
    pub per_class: usize,
    /// Hidden layer widths (the input is 16 × 16 pixels, the output 10 classes).
    pub hidden: Vec<usize>,
    /// Hidden activation.
    pub activation: Activation,
    /// Update rule.
    pub optimizer: OptimizerKind,
    /// Step size.
    pub learning_rate: f64,
    /// Digits per step.
    pub batch: usize,
    /// Seed of the digits, the weights and the batch order (the page's `seed`).
    pub seed: u64,
}

impl Default for DigitsConfig {
    fn default() -> Self {
        DigitsConfig {
            per_class: 200,
            hidden: vec![64],
            activation: Activation::Relu,
            optimizer: OptimizerKind::Adam,
            learning_rate: 0.003,
            batch: 32,
            seed: 1,
        }
    }
}
