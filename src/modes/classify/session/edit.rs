//! Weights typed in by hand: a whole saved vector, one parameter, one link's weight or one
//! neuron's bias (the output bias too). Edits apply in place and never restart the run.

use super::Session;
use crate::engine::float::Float;

impl<F: Float> Session<F> {
    /// Replaces the current weights by `params` (the flat layout of [`crate::engine::nn::Mlp::params`]) without
    /// restarting; `false`, changing nothing, when the length does not fit the network.
    pub fn load_weights(&mut self, params: &[F]) -> bool {
        if params.len() != self.net.params().len() {
            return false;
        }
        self.net.params_mut().copy_from_slice(params);
        self.divergence = None;
        true
    }

    /// Sets one parameter (index in [`crate::engine::nn::Mlp::params`]'s layout: see [`crate::engine::nn::Mlp::layer_range`],
    /// [`crate::engine::nn::Mlp::weight_range`]) to a typed value, as when the user edits a link or a bias.
    /// `false`, changing nothing, for an index out of range or a value that is not finite.
    pub fn set_param(&mut self, index: usize, value: f64) -> bool {
        let value = F::from_f64(value);
        match self.net.params_mut().get_mut(index) {
            Some(p) if value.is_finite() => {
                *p = value;
                true
            }
            _ => false,
        }
    }

    /// Sets the weight of the link from neuron `i` of layer `l` to neuron `o` of layer l + 1
    /// (layer 0 = the inputs) to `value`. `false`, changing nothing, when the link does not
    /// exist or the value is not finite.
    pub fn set_weight(&mut self, l: usize, i: usize, o: usize, value: f64) -> bool {
        let sizes = self.net.sizes();
        if l + 1 >= sizes.len() || i >= sizes[l] || o >= sizes[l + 1] {
            return false;
        }
        let index = self.net.weight_range(l).start + i * sizes[l + 1] + o;
        self.set_param(index, value)
    }

    /// Sets the bias of neuron `o` of layer l + 1 (so `l = layer_count − 1`, `o = 0` is the
    /// output bias) to `value`. `false`, changing nothing, when there is no such neuron or the
    /// value is not finite.
    pub fn set_bias(&mut self, l: usize, o: usize, value: f64) -> bool {
        let sizes = self.net.sizes();
        if l + 1 >= sizes.len() || o >= sizes[l + 1] {
            return false;
        }
        let index = self.net.weight_range(l).end + o;
        self.set_param(index, value)
    }
}
