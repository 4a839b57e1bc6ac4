//! Scratch buffers of the batched passes: activations and their gradients, neuron-major.

use crate::engine::float::Float;
use crate::engine::nn::kernels::LANES;

/// Scratch buffers for one batch: per layer, activations and their gradients, neuron-major
/// with `stride` lanes (the batch rounded up to a multiple of [`LANES`]; padding lanes hold
/// zeros and contribute nothing to gradients).
#[derive(Clone, Debug, Default)]
pub struct Workspace<F> {
    pub(super) stride: usize,
    pub(super) rows: usize,
    /// Per layer (inputs first): activations, n × stride.
    pub(super) acts: Vec<Vec<F>>,
    /// Per layer: gradient of the loss with respect to the pre-activations (for layer 0,
    /// with respect to the inputs), n × stride.
    pub(super) deltas: Vec<Vec<F>>,
}

impl<F: Float> Workspace<F> {
    /// An empty workspace; it sizes itself on first use.
    pub fn new() -> Self {
        Workspace {
            stride: 0,
            rows: 0,
            acts: Vec::new(),
            deltas: Vec::new(),
        }
    }

    pub(super) fn prepare(&mut self, sizes: &[usize], rows: usize) {
        let stride = rows.div_ceil(LANES).max(1) * LANES;
        let shape_ok = self.acts.len() == sizes.len()
            && self
                .acts
                .iter()
                .zip(sizes)
                .all(|(a, &n)| a.len() == n * stride);
        if !shape_ok {
            self.acts = sizes.iter().map(|&n| vec![F::ZERO; n * stride]).collect();
            self.deltas = sizes.iter().map(|&n| vec![F::ZERO; n * stride]).collect();
        }
        self.stride = stride;
        self.rows = rows;
    }

    /// Output of neuron `o` of layer `layer` (0 = inputs) for example `r` of the last pass.
    pub fn activation(&self, layer: usize, o: usize, r: usize) -> F {
        self.acts[layer][o * self.stride + r]
    }

    /// Network outputs of the last pass (first `rows` lanes of the first output neuron;
    /// see [`Workspace::output`] for the others).
    pub fn outputs(&self) -> &[F] {
        &self.acts.last().expect("workspace used before a pass")[..self.rows]
    }

    /// Output neuron `o` for example `r` of the last pass.
    pub fn output(&self, o: usize, r: usize) -> F {
        self.acts.last().expect("workspace used before a pass")[o * self.stride + r]
    }

    /// Number of examples of the last pass.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// ∂loss/∂input `i` of example `r`, after a backward pass that asked for input gradients.
    pub fn input_gradient(&self, i: usize, r: usize) -> F {
        self.deltas[0][i * self.stride + r]
    }
}
