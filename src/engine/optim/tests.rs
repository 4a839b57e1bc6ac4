//! Optimisers against closed-form answers: the minimum of a 1-D quadratic, and first steps
//! computed by hand from the documented update rules.

use super::*;

/// f(p) = ½·A·(p − C)², so f′(p) = A·(p − C) and the minimum is at C.
const A: f64 = 2.0;
const C: f64 = 3.0;
/// How close to C each optimiser must end.
const MINIMUM_TOLERANCE: f64 = 1e-4;
/// Tolerance for hand-computed steps (exact up to rounding).
const STEP_TOLERANCE: f64 = 1e-12;

fn gradient(p: f64) -> f64 {
    A * (p - C)
}

fn run(kind: OptimizerKind, learning_rate: f64, steps: usize) -> f64 {
    let hyper = Hyper {
        learning_rate,
        ..Hyper::default()
    };
    let mut opt = Optimizer::<f64>::new(kind, hyper);
    let mut p = [-1.0];
    for _ in 0..steps {
        let g = [gradient(p[0])];
        opt.step(&mut p, &g);
    }
    p[0]
}

#[test]
fn every_optimiser_reaches_the_minimum_of_a_quadratic() {
    let cases = [
        (OptimizerKind::Sgd, 0.1, 200),
        (OptimizerKind::Momentum, 0.05, 400),
        (OptimizerKind::Nesterov, 0.05, 400),
        (OptimizerKind::RmsProp, 0.01, 2000),
        (OptimizerKind::Adam, 0.05, 3000),
    ];
    for (kind, lr, steps) in cases {
        let p = run(kind, lr, steps);
        assert!((p - C).abs() < MINIMUM_TOLERANCE, "{kind:?} ended at {p}");
    }
}

#[test]
fn sgd_diverges_when_the_learning_rate_exceeds_two_over_the_curvature() {
    // On a quadratic, SGD multiplies the error by (1 − lr·A) each step: |1 − lr·A| > 1 grows.
    let p = run(OptimizerKind::Sgd, 1.1, 50);
    assert!((p - C).abs() > 1e3, "ended at {p}");
}

#[test]
fn first_steps_follow_the_documented_update_rules() {
    let (lr, mu, b1, b2, eps) = (0.1, 0.9, 0.9, 0.999, 1e-8);
    let hyper = Hyper {
        learning_rate: lr,
        momentum: mu,
        beta1: b1,
        beta2: b2,
        epsilon: eps,
    };
    let (g1, g2) = (2.0, -1.0);
    let two_steps = |kind| {
        let mut opt = Optimizer::<f64>::new(kind, hyper);
        let mut p = [0.5];
        opt.step(&mut p, &[g1]);
        let after_one = p[0];
        opt.step(&mut p, &[g2]);
        (after_one, p[0])
    };
    // SGD: p − lr·g.
    let sgd = (0.5 - lr * g1, 0.5 - lr * g1 - lr * g2);
    // Momentum: v1 = g1, v2 = μ·g1 + g2.
    let momentum = (0.5 - lr * g1, 0.5 - lr * g1 - lr * (mu * g1 + g2));
    // Nesterov: p −= lr·(g + μ·v).
    let v2 = mu * g1 + g2;
    let nesterov = (
        0.5 - lr * (g1 + mu * g1),
        0.5 - lr * (g1 + mu * g1) - lr * (g2 + mu * v2),
    );
    // RMSprop (α = β₂): s1 = (1 − α)·g1², s2 = α·s1 + (1 − α)·g2².
    let s1 = (1.0 - b2) * g1 * g1;
    let s2 = b2 * s1 + (1.0 - b2) * g2 * g2;
    let r1 = 0.5 - lr * g1 / (s1.sqrt() + eps);
    let rmsprop = (r1, r1 - lr * g2 / (s2.sqrt() + eps));
    // Adam: bias-corrected moments; the first step is lr·g/(|g| + ε).
    let a1 = 0.5 - lr * g1 / (g1.abs() + eps);
    let m2 = (b1 * (1.0 - b1) * g1 + (1.0 - b1) * g2) / (1.0 - b1 * b1);
    let v2a = (b2 * (1.0 - b2) * g1 * g1 + (1.0 - b2) * g2 * g2) / (1.0 - b2 * b2);
    let adam = (a1, a1 - lr * m2 / (v2a.sqrt() + eps));
    let expected = [
        (OptimizerKind::Sgd, sgd),
        (OptimizerKind::Momentum, momentum),
        (OptimizerKind::Nesterov, nesterov),
        (OptimizerKind::RmsProp, rmsprop),
        (OptimizerKind::Adam, adam),
    ];
    for (kind, (want1, want2)) in expected {
        let (got1, got2) = two_steps(kind);
        assert!(
            (got1 - want1).abs() < STEP_TOLERANCE,
            "{kind:?} step 1: {got1} vs {want1}"
        );
        assert!(
            (got2 - want2).abs() < STEP_TOLERANCE,
            "{kind:?} step 2: {got2} vs {want2}"
        );
    }
}

#[test]
fn reset_forgets_the_moments() {
    let mut opt = Optimizer::<f64>::new(OptimizerKind::Momentum, Hyper::default());
    let mut p = [0.0];
    opt.step(&mut p, &[1.0]);
    opt.reset();
    assert_eq!(opt.steps(), 0);
    let before = p[0];
    opt.step(&mut p, &[1.0]);
    assert!(
        (before - p[0] - 0.03).abs() < STEP_TOLERANCE,
        "velocity restarted from zero"
    );
}

#[test]
fn regularisation_gradients_are_the_derivatives_of_the_penalties() {
    let w = [0.5, -2.0, 0.0];
    for reg in Regularization::ALL {
        let mut g = [0.0; 3];
        reg.add_gradient(0.1, &w, &mut g);
        for k in 0..3 {
            let h = 1e-6;
            let mut plus = w;
            plus[k] += h;
            let mut minus = w;
            minus[k] -= h;
            let numeric = (reg.penalty(0.1, &plus) - reg.penalty(0.1, &minus)) / (2.0 * h);
            if w[k] != 0.0 {
                assert!((g[k] - numeric).abs() < 1e-8, "{reg:?} weight {k}");
            }
        }
    }
}
