//! The multi-layer perceptron over one flat parameter vector, with batched forward and
//! backward passes. Activations are stored neuron-major with the examples of a batch side by
//! side ("lanes"), so every inner loop runs over contiguous examples and vectorises.

use crate::engine::float::Float;
use crate::engine::nn::Workspace;
use crate::engine::nn::kernels::{self, Shape};
use crate::engine::nn::{Activation, Init, Loss};
use crate::engine::rng::Rng;
use crate::formats::hash::Fnv1a;

/// Number of grid points evaluated together by [`Mlp::predict`].
pub const PREDICT_BLOCK: usize = 256;

/// A dense feed-forward network. Parameters of layer l (n_in → n_out) are stored as the
/// weights W (n_in × n_out, row-major, `W[i·n_out + o]` links input i to output o, i.e. the
/// layer computes x·W + b) followed by the biases b (n_out), layer after layer.
///
/// A forward pass of a 2 → 1 → 1 network (ReLU hidden neuron, linear output) over two
/// examples:
///
/// ```
/// use nnplay::engine::nn::{Activation, Mlp, Workspace};
///
/// let mut net = Mlp::<f64>::new(&[2, 1, 1], Activation::Relu, Activation::Linear);
/// // Layer 0: W = [2, −1], b = 0.5; layer 1: W = [3], b = −1.
/// net.params_mut().copy_from_slice(&[2.0, -1.0, 0.5, 3.0, -1.0]);
/// let mut ws = Workspace::new();
/// net.forward(&mut ws, &[1.0, 3.0, 0.5, 0.0], 2);
/// // (1, 3): relu(2 − 3 + 0.5) = 0, then 3·0 − 1; (0.5, 0): relu(1.5) = 1.5, then 4.5 − 1.
/// assert_eq!(ws.outputs(), &[-1.0, 3.5]);
/// ```
#[derive(Clone, Debug)]
pub struct Mlp<F> {
    sizes: Vec<usize>,
    hidden: Activation,
    output: Activation,
    params: Vec<F>,
    offsets: Vec<usize>,
}

impl<F: Float> Mlp<F> {
    /// A network with the given layer sizes (`[n_inputs, hidden..., n_outputs]`), hidden
    /// activation and output activation; all parameters zero until [`Mlp::init`].
    pub fn new(sizes: &[usize], hidden: Activation, output: Activation) -> Self {
        assert!(
            sizes.len() >= 2,
            "a network needs an input and an output layer"
        );
        let mut offsets = Vec::with_capacity(sizes.len());
        let mut total = 0;
        for pair in sizes.windows(2) {
            offsets.push(total);
            total += pair[0] * pair[1] + pair[1];
        }
        offsets.push(total);
        Mlp {
            sizes: sizes.to_vec(),
            hidden,
            output,
            params: vec![F::ZERO; total],
            offsets,
        }
    }

    /// Draws every weight and bias with `init`, layer by layer, from `rng`.
    pub fn init(&mut self, init: Init, rng: &mut Rng) {
        for l in 0..self.layer_count() {
            let (n_in, n_out) = (self.sizes[l], self.sizes[l + 1]);
            let (w, b) = split_layer(&mut self.params[self.offsets[l]..self.offsets[l + 1]], n_in);
            init.fill(n_in, n_out, w, b, rng);
        }
    }

    /// Layer sizes, inputs first.
    pub fn sizes(&self) -> &[usize] {
        &self.sizes
    }

    /// Number of weight layers (sizes − 1).
    pub fn layer_count(&self) -> usize {
        self.sizes.len() - 1
    }

    /// Activation of the hidden layers.
    pub fn hidden_activation(&self) -> Activation {
        self.hidden
    }

    /// Activation of the output layer.
    pub fn output_activation(&self) -> Activation {
        self.output
    }

    /// Every parameter, in the layout described on [`Mlp`].
    pub fn params(&self) -> &[F] {
        &self.params
    }

    /// Mutable access to every parameter (for the optimiser).
    pub fn params_mut(&mut self) -> &mut [F] {
        &mut self.params
    }

    /// FNV-1a hash of the parameters' bit patterns: equal fingerprints mean bit-identical
    /// weights (used to check that the SIMD and scalar builds train identically).
    pub fn fingerprint(&self) -> u64 {
        let mut h = Fnv1a::new();
        for p in &self.params {
            h.bytes(&p.to_f64().to_bits().to_le_bytes());
        }
        h.finish()
    }

    /// Range of layer `l`'s parameters (weights then biases) inside [`Mlp::params`].
    pub fn layer_range(&self, l: usize) -> core::ops::Range<usize> {
        self.offsets[l]..self.offsets[l + 1]
    }

    /// Range of layer `l`'s weights only (regularisation applies to these, not to biases).
    pub fn weight_range(&self, l: usize) -> core::ops::Range<usize> {
        self.offsets[l]..self.offsets[l] + self.sizes[l] * self.sizes[l + 1]
    }

    /// Weight from input `i` of layer `l` to its output `o`.
    pub fn weight(&self, l: usize, i: usize, o: usize) -> F {
        self.params[self.offsets[l] + i * self.sizes[l + 1] + o]
    }

    /// Bias of output `o` of layer `l`.
    pub fn bias(&self, l: usize, o: usize) -> F {
        self.params[self.weight_range(l).end + o]
    }

    pub(super) fn activation_of(&self, l: usize) -> Activation {
        if l + 1 == self.layer_count() {
            self.output
        } else {
            self.hidden
        }
    }

    /// Forward pass over `rows` examples. `xs` is rows × n_inputs, row-major. Fills the
    /// workspace (read the result with [`Workspace::outputs`]).
    pub fn forward(&self, ws: &mut Workspace<F>, xs: &[F], rows: usize) {
        let n_in = self.sizes[0];
        assert!(
            xs.len() >= rows * n_in,
            "xs holds fewer than rows × n_inputs values"
        );
        ws.prepare(&self.sizes, rows);
        kernels::transpose_into(&xs[..rows * n_in], n_in, rows, ws.stride, &mut ws.acts[0]);
        for l in 0..self.layer_count() {
            let (n_in, n_out) = (self.sizes[l], self.sizes[l + 1]);
            let (w, b) = split_layer_ref(&self.params[self.offsets[l]..self.offsets[l + 1]], n_in);
            let (before, after) = ws.acts.split_at_mut(l + 1);
            let out = &mut after[0];
            let act = self.activation_of(l);
            let shape = Shape {
                n_in,
                n_out,
                stride: ws.stride,
            };
            kernels::dense_forward(w, b, &before[l], shape, out, act);
        }
    }

    /// Outputs for any number of examples (`xs` row-major, n × n_inputs) into `out` (n),
    /// evaluated in blocks of [`PREDICT_BLOCK`] so every layer works on many lanes at once.
    pub fn predict(&self, ws: &mut Workspace<F>, xs: &[F], out: &mut [F]) {
        let n_in = self.sizes[0];
        let n = out.len();
        let mut start = 0;
        while start < n {
            let rows = PREDICT_BLOCK.min(n - start);
            self.forward(ws, &xs[start * n_in..(start + rows) * n_in], rows);
            out[start..start + rows].copy_from_slice(ws.outputs());
            start += rows;
        }
    }

    /// Mean loss over a data set (`xs` row-major n × n_inputs, `ys` n labels).
    pub fn mean_loss(&self, ws: &mut Workspace<F>, xs: &[F], ys: &[F], loss: Loss) -> f64 {
        if ys.is_empty() {
            return 0.0;
        }
        let mut out = vec![F::ZERO; ys.len()];
        self.predict(ws, xs, &mut out);
        let sum: f64 = out
            .iter()
            .zip(ys)
            .map(|(a, y)| loss.value(*a, *y).to_f64())
            .sum();
        sum / ys.len() as f64
    }
}

/// Splits one layer's parameter block into (weights, biases).
pub(super) fn split_layer<F>(block: &mut [F], n_in: usize) -> (&mut [F], &mut [F]) {
    let n_out = block.len() / (n_in + 1);
    block.split_at_mut(n_in * n_out)
}

pub(super) fn split_layer_ref<F>(block: &[F], n_in: usize) -> (&[F], &[F]) {
    let n_out = block.len() / (n_in + 1);
    block.split_at(n_in * n_out)
}
