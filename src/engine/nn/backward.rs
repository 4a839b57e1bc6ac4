//! Backward passes of [`Mlp`]: from a single-output loss head, or from any gradient of the
//! outputs, optionally skipping the parameter gradients and computing the gradient with
//! respect to the inputs (how a GAN's generator learns through its discriminator).

use crate::engine::float::Float;
use crate::engine::nn::kernels::{self, Shape};
use crate::engine::nn::mlp::{split_layer, split_layer_ref};
use crate::engine::nn::{Activation, Loss, Mlp, Workspace};

impl<F: Float> Mlp<F> {
    /// Backward pass after [`Mlp::forward`] on the same workspace, for a single-output
    /// network scored by `loss`: writes the gradient of the batch-mean loss into `grads`
    /// (same layout as the params; overwritten, not accumulated) and returns the summed (not
    /// averaged) loss over the batch. `ys` holds `rows` labels.
    pub fn backward(&self, ws: &mut Workspace<F>, ys: &[F], loss: Loss, grads: &mut [F]) -> F {
        let scale = F::ONE / F::from_f64(ws.rows as f64);
        let mut total = F::ZERO;
        self.backward_with(ws, Some(grads), false, |outputs, d_z, _| {
            for (r, &y) in ys.iter().enumerate() {
                total += loss.value(outputs[r], y);
                d_z[r] = loss.d_output_z(outputs[r], y) * scale;
            }
        });
        total
    }

    /// The general backward pass. `fill(outputs, d_z, stride)` receives the output
    /// activations and writes ∂loss/∂z for the output pre-activations, both n_out × stride
    /// neuron-major (`d_z` arrives zeroed; its padding lanes r ≥ rows must stay zero).
    /// With `grads`, the parameter gradients are written there (overwritten); with
    /// `input_grads`, ∂loss/∂inputs is kept in the workspace ([`Workspace::input_gradient`]).
    pub fn backward_with(
        &self,
        ws: &mut Workspace<F>,
        mut grads: Option<&mut [F]>,
        input_grads: bool,
        fill: impl FnOnce(&[F], &mut [F], usize),
    ) {
        if let Some(g) = grads.as_deref() {
            assert_eq!(g.len(), self.params().len(), "grads must match the params");
        }
        let last = self.layer_count();
        let stride = ws.stride;
        let d = &mut ws.deltas[last];
        d.iter_mut().for_each(|x| *x = F::ZERO);
        fill(&ws.acts[last], d, stride);
        for l in (0..last).rev() {
            self.backward_layer(ws, l, grads.as_deref_mut(), l > 0 || input_grads);
        }
    }

    /// One layer: from dZ of layer l+1 (in `deltas[l + 1]`), its weight and bias gradients
    /// (when `grads` is given) and, when `propagate`, dZ of layer l (for l = 0, ∂loss/∂x).
    fn backward_layer(
        &self,
        ws: &mut Workspace<F>,
        l: usize,
        grads: Option<&mut [F]>,
        propagate: bool,
    ) {
        let (n_in, n_out) = (self.sizes()[l], self.sizes()[l + 1]);
        let range = self.layer_range(l);
        let shape = Shape {
            n_in,
            n_out,
            stride: ws.stride,
        };
        let (d_lo, d_hi) = ws.deltas.split_at_mut(l + 1);
        let (d_z, a_in) = (&d_hi[0], &ws.acts[l]);
        if let Some(grads) = grads {
            let (grad_w, grad_b) = split_layer(&mut grads[range.clone()], n_in);
            kernels::dense_param_grads(a_in, d_z, shape, grad_w, grad_b);
        }
        if propagate {
            let (w, _) = split_layer_ref(&self.params()[range], n_in);
            // Inputs have no activation: their gradient is Σ_o W·dZ itself.
            let act = if l > 0 {
                self.activation_of(l - 1)
            } else {
                Activation::Linear
            };
            kernels::dense_input_grads(w, d_z, a_in, shape, &mut d_lo[l], act);
        }
    }
}
