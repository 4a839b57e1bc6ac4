//! Gradient checks: every activation, every loss and whole networks against central finite
//! differences, in f64.

use crate::engine::nn::{Activation, Init, Loss, Mlp, Workspace};
use crate::engine::rng::Rng;

/// Step of the central differences.
const H: f64 = 1e-5;
/// Largest relative error accepted between analytic and numerical gradients.
const REL_TOLERANCE: f64 = 1e-6;
/// Gradients smaller than this are compared absolutely (relative error is meaningless at 0).
const ABS_FLOOR: f64 = 1e-4;

fn relative_error(analytic: f64, numeric: f64) -> f64 {
    (analytic - numeric).abs() / analytic.abs().max(numeric.abs()).max(ABS_FLOOR)
}

#[test]
fn every_activation_derivative_matches_finite_differences() {
    for act in Activation::ALL {
        for &z in &[-2.3, -0.7, -0.1, 0.2, 0.9, 1.7, 3.1] {
            let numeric = (act.apply(z + H) - act.apply(z - H)) / (2.0 * H);
            let analytic = act.derivative_from_output(act.apply(z));
            let err = relative_error(analytic, numeric);
            assert!(
                err < REL_TOLERANCE,
                "{act:?} at {z}: {analytic} vs {numeric}"
            );
        }
    }
}

#[test]
fn every_loss_gradient_matches_finite_differences() {
    for loss in Loss::ALL {
        for &y in &[-1.0, 1.0, 0.3] {
            for &z in &[-2.1, -0.4, 0.05, 0.8, 2.5] {
                let numeric =
                    (loss.value_from_z(z + H, y) - loss.value_from_z(z - H, y)) / (2.0 * H);
                let a = loss.output_activation().apply(z);
                let analytic = loss.d_output_z(a, y);
                let err = relative_error(analytic, numeric);
                assert!(
                    err < REL_TOLERANCE,
                    "{loss:?} y={y} z={z}: {analytic} vs {numeric}"
                );
            }
        }
    }
}

#[test]
fn cross_entropy_from_outputs_agrees_with_the_logit_form() {
    for &z in &[-3.0f64, -0.5, 0.0, 0.5, 3.0] {
        let p = crate::engine::nn::activation::sigmoid(z);
        for &y in &[-1.0, 1.0] {
            let a = Loss::CrossEntropy.value(p, y);
            let b = Loss::CrossEntropy.value_from_z(z, y);
            assert!((a - b).abs() < 1e-12, "z={z} y={y}: {a} vs {b}");
        }
    }
}

/// A random batch for a network with `n_in` inputs: inputs in [−2, 2], labels ±1 (or in
/// [−1, 1] for regression).
fn batch(rng: &mut Rng, n_in: usize, rows: usize, loss: Loss) -> (Vec<f64>, Vec<f64>) {
    let xs = (0..rows * n_in).map(|_| rng.range(-2.0, 2.0)).collect();
    let ys = (0..rows)
        .map(|_| match loss {
            Loss::LinearSquared => rng.range(-1.0, 1.0),
            _ => {
                if rng.uniform() < 0.5 {
                    -1.0
                } else {
                    1.0
                }
            }
        })
        .collect();
    (xs, ys)
}

fn batch_mean_loss(net: &Mlp<f64>, xs: &[f64], ys: &[f64], loss: Loss) -> f64 {
    let mut ws = Workspace::new();
    net.forward(&mut ws, xs, ys.len());
    let total: f64 = ws
        .outputs()
        .iter()
        .zip(ys)
        .map(|(a, y)| loss.value(*a, *y))
        .sum();
    total / ys.len() as f64
}

fn check_network(sizes: &[usize], act: Activation, loss: Loss, seed: u64) {
    let mut rng = Rng::new(seed);
    let mut net = Mlp::<f64>::new(sizes, act, loss.output_activation());
    net.init(Init::Glorot, &mut rng);
    // Non-zero biases, so a bias gradient mistake cannot hide behind zeros.
    for p in net.params_mut() {
        *p += rng.range(-0.1, 0.1);
    }
    let (xs, ys) = batch(&mut rng, sizes[0], 7, loss);
    let mut ws = Workspace::new();
    let mut grads = vec![0.0; net.params().len()];
    net.forward(&mut ws, &xs, ys.len());
    let total = net.backward(&mut ws, &ys, loss, &mut grads);
    let mean = batch_mean_loss(&net, &xs, &ys, loss);
    assert!(
        (total / ys.len() as f64 - mean).abs() < 1e-12,
        "backward's loss is the batch loss"
    );
    for (k, &analytic) in grads.iter().enumerate() {
        let mut plus = net.clone();
        plus.params_mut()[k] += H;
        let mut minus = net.clone();
        minus.params_mut()[k] -= H;
        let numeric = (batch_mean_loss(&plus, &xs, &ys, loss)
            - batch_mean_loss(&minus, &xs, &ys, loss))
            / (2.0 * H);
        let err = relative_error(analytic, numeric);
        assert!(
            err < REL_TOLERANCE,
            "{act:?}/{loss:?} {sizes:?}: param {k}: analytic {analytic} vs numeric {numeric}"
        );
    }
}

#[test]
fn network_gradients_match_finite_differences_for_every_activation_and_loss() {
    for (n, act) in Activation::ALL.into_iter().enumerate() {
        for (m, loss) in Loss::ALL.into_iter().enumerate() {
            check_network(&[3, 5, 4, 1], act, loss, 100 + (10 * n + m) as u64);
        }
    }
}

#[test]
fn network_gradients_match_without_hidden_layers_and_with_deep_stacks() {
    check_network(&[2, 1], Activation::Tanh, Loss::HalfSquared, 7);
    check_network(
        &[7, 8, 8, 8, 8, 8, 8, 1],
        Activation::Tanh,
        Loss::CrossEntropy,
        8,
    );
    check_network(&[2, 32, 1], Activation::Relu, Loss::LinearSquared, 9);
}

#[test]
fn predict_in_blocks_matches_one_forward_per_example() {
    let mut rng = Rng::new(5);
    let mut net = Mlp::<f64>::new(&[2, 6, 3, 1], Activation::Tanh, Activation::Tanh);
    net.init(Init::Uniform, &mut rng);
    let n = 600; // more than two blocks, not a multiple of the block size
    let xs: Vec<f64> = (0..2 * n).map(|_| rng.range(-6.0, 6.0)).collect();
    let mut out = vec![0.0; n];
    let mut ws = Workspace::new();
    net.predict(&mut ws, &xs, &mut out);
    for r in (0..n).step_by(37) {
        net.forward(&mut ws, &xs[2 * r..2 * r + 2], 1);
        assert_eq!(ws.outputs()[0], out[r]);
    }
}

/// A smooth scalar of a multi-output network: mean over rows of Σ_o c_o·out_o².
fn weighted_outputs(net: &Mlp<f64>, xs: &[f64], rows: usize, c: &[f64]) -> f64 {
    let mut ws = Workspace::new();
    net.forward(&mut ws, xs, rows);
    let mut total = 0.0;
    for r in 0..rows {
        for (o, &k) in c.iter().enumerate() {
            total += k * ws.output(o, r).powi(2);
        }
    }
    total / rows as f64
}

#[test]
fn multi_output_parameter_and_input_gradients_match_finite_differences() {
    let mut rng = Rng::new(77);
    let mut net = Mlp::<f64>::new(&[3, 6, 2], Activation::Tanh, Activation::Linear);
    net.init(Init::Glorot, &mut rng);
    let (rows, c) = (5, [0.7, -1.3]);
    let mut xs: Vec<f64> = (0..rows * 3).map(|_| rng.range(-2.0, 2.0)).collect();
    let mut ws = Workspace::new();
    let mut grads = vec![0.0; net.params().len()];
    net.forward(&mut ws, &xs, rows);
    net.backward_with(&mut ws, Some(&mut grads), true, |out, d_z, stride| {
        for r in 0..rows {
            for (o, &k) in c.iter().enumerate() {
                d_z[o * stride + r] = 2.0 * k * out[o * stride + r] / rows as f64;
            }
        }
    });
    for (k, &analytic) in grads.iter().enumerate() {
        let mut plus = net.clone();
        plus.params_mut()[k] += H;
        let mut minus = net.clone();
        minus.params_mut()[k] -= H;
        let numeric = (weighted_outputs(&plus, &xs, rows, &c)
            - weighted_outputs(&minus, &xs, rows, &c))
            / (2.0 * H);
        assert!(
            relative_error(analytic, numeric) < REL_TOLERANCE,
            "param {k}"
        );
    }
    for r in 0..rows {
        for i in 0..3 {
            let analytic = ws.input_gradient(i, r);
            let at = r * 3 + i;
            xs[at] += H;
            let up = weighted_outputs(&net, &xs, rows, &c);
            xs[at] -= 2.0 * H;
            let down = weighted_outputs(&net, &xs, rows, &c);
            xs[at] += H;
            let numeric = (up - down) / (2.0 * H);
            assert!(
                relative_error(analytic, numeric) < REL_TOLERANCE,
                "input {i} row {r}"
            );
        }
    }
}
