//! What a network's outputs mean: one output scored by a [`Loss`] (binary classification with
//! ±1 labels, or regression), or k logits scored by softmax cross-entropy (k classes, labels
//! are class indices 0…k−1). Losses are averaged over the batch. Builds on
//! [`Mlp::backward_with`]; knows nothing of datasets or sessions.

use crate::engine::float::Float;
use crate::engine::nn::mlp::PREDICT_BLOCK;
use crate::engine::nn::softmax::{argmax, cross_entropy, shifted_sum};
use crate::engine::nn::{Activation, Loss, Mlp, Workspace};

/// The output head of a network.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Head {
    /// One output neuron scored by this loss (labels ±1, or regression targets).
    Single(Loss),
    /// k ≥ 2 linear output neurons (logits) scored by softmax cross-entropy; labels are the
    /// class indices 0…k−1 stored as floats.
    Softmax(usize),
}

impl Head {
    /// Number of output neurons.
    pub fn outputs(self) -> usize {
        match self {
            Head::Single(_) => 1,
            Head::Softmax(k) => k,
        }
    }

    /// Activation of the output layer: the loss's own, or linear for the logits.
    pub fn output_activation(self) -> Activation {
        match self {
            Head::Single(loss) => loss.output_activation(),
            Head::Softmax(_) => Activation::Linear,
        }
    }

    /// Loss of one example from its outputs `out` (one value, or the k logits) and label.
    pub fn value<F: Float>(self, out: &[F], y: F) -> F {
        match self {
            Head::Single(loss) => loss.value(out[0], y),
            Head::Softmax(k) => cross_entropy(&out[..k], class_index(y, k)),
        }
    }

    /// The class predicted from one example's outputs: 1 (positive) or 0 for a single output,
    /// the largest logit's index for softmax.
    pub fn predicted_class<F: Float>(self, out: &[F]) -> usize {
        match self {
            Head::Single(loss) => loss.predicts_positive(out[0]) as usize,
            Head::Softmax(k) => argmax(&out[..k]),
        }
    }

    /// The class of a label: 1 for a positive ±1 label and 0 otherwise; the index for softmax.
    pub fn label_class<F: Float>(self, y: F) -> usize {
        match self {
            Head::Single(_) => (y > F::ZERO) as usize,
            Head::Softmax(k) => class_index(y, k),
        }
    }
}

/// A class-index label as an index, rounded and clamped into 0..k (labels are exact small
/// integers; the clamp only guards against a malformed one).
fn class_index<F: Float>(y: F, k: usize) -> usize {
    let y = y.to_f64();
    if y.is_nan() || y < 0.0 {
        return 0;
    }
    (y.round() as usize).min(k - 1)
}

impl<F: Float> Mlp<F> {
    /// Backward pass after [`Mlp::forward`] for any head: writes the gradient of the batch-mean
    /// loss into `grads` (overwritten) and returns the summed loss. A single-output head takes
    /// exactly [`Mlp::backward`]'s path; softmax writes ∂loss/∂z_o = (p_o − [o = y]) / rows.
    pub fn backward_head(&self, ws: &mut Workspace<F>, ys: &[F], head: Head, grads: &mut [F]) -> F {
        let k = match head {
            Head::Single(loss) => return self.backward(ws, ys, loss, grads),
            Head::Softmax(k) => k,
        };
        let scale = F::ONE / F::from_f64(ws.rows() as f64);
        let mut total = F::ZERO;
        self.backward_with(ws, Some(grads), false, |out, d_z, stride| {
            for (r, &y) in ys.iter().enumerate() {
                let class = class_index(y, k);
                let (m, s) = shifted_sum(k, |o| out[o * stride + r]);
                total += m + s.ln() - out[class * stride + r];
                for o in 0..k {
                    let p = (out[o * stride + r] - m).exp() / s;
                    let target = if o == class { F::ONE } else { F::ZERO };
                    d_z[o * stride + r] = (p - target) * scale;
                }
            }
        });
        total
    }

    /// Every output for any number of examples: `xs` row-major n × n_inputs, `out` row-major
    /// n × n_outputs (overwritten), evaluated in blocks of [`PREDICT_BLOCK`] rows. For one
    /// output this equals [`Mlp::predict`].
    pub fn predict_rows(&self, ws: &mut Workspace<F>, xs: &[F], out: &mut [F]) {
        let (n_in, n_out) = (self.sizes()[0], *self.sizes().last().expect("sizes"));
        let n = out.len() / n_out;
        let mut start = 0;
        while start < n {
            let rows = PREDICT_BLOCK.min(n - start);
            self.forward(ws, &xs[start * n_in..(start + rows) * n_in], rows);
            for r in 0..rows {
                for o in 0..n_out {
                    out[(start + r) * n_out + o] = ws.output(o, r);
                }
            }
            start += rows;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::nn::Init;
    use crate::engine::rng::Rng;

    /// Step of the central differences.
    const H: f64 = 1e-5;
    /// Largest relative error accepted between analytic and numerical gradients.
    const REL_TOLERANCE: f64 = 1e-6;
    /// Gradients smaller than this are compared absolutely.
    const ABS_FLOOR: f64 = 1e-4;

    /// Mean softmax cross-entropy of the batch, computed independently of `backward_head`:
    /// probabilities by the textbook formula e^z / Σe^z, then −ln p_class.
    fn mean_xent(net: &Mlp<f64>, xs: &[f64], ys: &[f64]) -> f64 {
        let k = net.sizes().last().copied().unwrap();
        let mut out = vec![0.0; ys.len() * k];
        net.predict_rows(&mut Workspace::new(), xs, &mut out);
        let total: f64 = out
            .chunks(k)
            .zip(ys)
            .map(|(z, &y)| {
                let sum: f64 = z.iter().map(|z| z.exp()).sum();
                -(z[y as usize].exp() / sum).ln()
            })
            .sum();
        total / ys.len() as f64
    }

    fn random_net(sizes: &[usize], seed: u64) -> (Mlp<f64>, Rng) {
        let mut rng = Rng::new(seed);
        let mut net = Mlp::new(
            sizes,
            Activation::Tanh,
            Head::Softmax(3).output_activation(),
        );
        net.init(Init::Glorot, &mut rng);
        for p in net.params_mut() {
            *p += rng.range(-0.1, 0.1);
        }
        (net, rng)
    }

    #[test]
    fn softmax_cross_entropy_gradients_match_finite_differences() {
        for (sizes, seed) in [
            (&[2, 5, 3][..], 3),
            (&[3, 4, 4, 5][..], 4),
            (&[2, 4][..], 5),
        ] {
            let k = *sizes.last().unwrap();
            let (net, mut rng) = random_net(sizes, seed);
            let rows = 9;
            let xs: Vec<f64> = (0..rows * sizes[0]).map(|_| rng.range(-3.0, 3.0)).collect();
            let ys: Vec<f64> = (0..rows).map(|r| (r % k) as f64).collect();
            let mut ws = Workspace::new();
            let mut grads = vec![0.0; net.params().len()];
            net.forward(&mut ws, &xs, rows);
            let total = net.backward_head(&mut ws, &ys, Head::Softmax(k), &mut grads);
            let mean = mean_xent(&net, &xs, &ys);
            assert!(
                (total / rows as f64 - mean).abs() < 1e-12,
                "{total} vs {mean}"
            );
            for (i, &analytic) in grads.iter().enumerate() {
                let mut plus = net.clone();
                plus.params_mut()[i] += H;
                let mut minus = net.clone();
                minus.params_mut()[i] -= H;
                let numeric =
                    (mean_xent(&plus, &xs, &ys) - mean_xent(&minus, &xs, &ys)) / (2.0 * H);
                let err =
                    (analytic - numeric).abs() / analytic.abs().max(numeric.abs()).max(ABS_FLOOR);
                assert!(
                    err < REL_TOLERANCE,
                    "{sizes:?} param {i}: {analytic} vs {numeric}"
                );
            }
        }
    }

    #[test]
    fn a_single_output_head_takes_the_plain_backward_path_bit_for_bit() {
        let mut rng = Rng::new(9);
        let mut net = Mlp::<f32>::new(&[2, 3, 1], Activation::Tanh, Activation::Tanh);
        net.init(Init::Uniform, &mut rng);
        let xs: Vec<f32> = (0..10).map(|_| rng.range(-6.0, 6.0) as f32).collect();
        let ys = [1.0f32, -1.0, 1.0, 1.0, -1.0];
        let (mut a, mut b) = (vec![0.0; net.params().len()], vec![0.0; net.params().len()]);
        let mut ws = Workspace::new();
        net.forward(&mut ws, &xs, 5);
        let la = net.backward(&mut ws, &ys, Loss::HalfSquared, &mut a);
        net.forward(&mut ws, &xs, 5);
        let lb = net.backward_head(&mut ws, &ys, Head::Single(Loss::HalfSquared), &mut b);
        assert_eq!((la, a), (lb, b));
    }

    #[test]
    fn heads_read_classes_from_outputs_and_labels() {
        let soft = Head::Softmax(3);
        assert_eq!(soft.predicted_class(&[0.1f64, 2.0, -1.0]), 1);
        assert_eq!(soft.label_class(2.0f64), 2);
        assert_eq!(soft.label_class(7.0f64), 2, "clamped");
        let single = Head::Single(Loss::CrossEntropy);
        assert_eq!(single.predicted_class(&[0.7f64]), 1);
        assert_eq!(single.label_class(-1.0f64), 0);
        assert_eq!((soft.outputs(), single.outputs()), (3, 1));
        let z = [0.0f64, 2f64.ln(), 3f64.ln()];
        assert!((soft.value(&z, 2.0) - 2f64.ln()).abs() < 1e-12);
    }

    #[test]
    fn predict_rows_gives_every_output_of_every_row() {
        let (net, mut rng) = random_net(&[2, 4, 3], 11);
        let n = 300; // more than one block
        let xs: Vec<f64> = (0..2 * n).map(|_| rng.range(-6.0, 6.0)).collect();
        let mut out = vec![0.0; 3 * n];
        let mut ws = Workspace::new();
        net.predict_rows(&mut ws, &xs, &mut out);
        for r in (0..n).step_by(29) {
            net.forward(&mut ws, &xs[2 * r..2 * r + 2], 1);
            for o in 0..3 {
                assert_eq!(out[3 * r + o], ws.output(o, 0));
            }
        }
    }
}
