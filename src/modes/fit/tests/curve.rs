//! Curve fitting against the noise floor and the noiseless curve, the morph towards user
//! points, and reproducibility.

use super::super::*;

/// Samples' noise has σ = 0.1, so even the true curve scores ½σ² = 0.005 on them.
const NOISE_FLOOR: f64 = 0.5 * 0.1 * 0.1;
/// Steps within which the default network must fit the sine.
const SINE_STEPS: usize = 2_000;
/// Its loss must then be within this factor of the noise floor…
const NEAR_FLOOR: f64 = 1.6;
/// …and its curve this close (mean ½ squared error) to the noiseless sine: a sixteenth of
/// the flat line's ½·mean(0.8² sin²) = 0.16.
const CURVE_ERROR: f64 = 0.16 / 16.0;

#[test]
fn the_sine_is_fitted_down_to_the_noise_within_two_thousand_steps() {
    let mut fit = CurveFit::<f32>::new(CurveConfig::default());
    let before = fit.loss();
    fit.train(SINE_STEPS);
    let after = fit.loss();
    assert!(after < NEAR_FLOOR * NOISE_FLOOR, "{before} -> {after}");
    let curve = fit.curve(101);
    let truth = fit.target_curve(101).unwrap();
    let error = curve
        .iter()
        .zip(&truth)
        .map(|(a, y)| 0.5 * (*a as f64 - y).powi(2))
        .sum::<f64>()
        / 101.0;
    assert!(error < CURVE_ERROR, "curve error {error}");
    assert_eq!(fit.steps(), SINE_STEPS as u64);
}

#[test]
fn the_same_seed_gives_the_same_run_and_another_seed_another() {
    let run = |seed| {
        let mut fit = CurveFit::<f32>::new(CurveConfig {
            seed,
            ..CurveConfig::default()
        });
        fit.train(300);
        (fit.network().fingerprint(), fit.points()[0])
    };
    assert_eq!(run(7), run(7));
    assert_ne!(run(7).0, run(8).0);
}

#[test]
fn the_curve_moves_towards_new_points_step_by_step() {
    let mut fit = CurveFit::<f64>::new(CurveConfig::default());
    fit.train(500);
    // A line at y = −0.5 across the whole range: its distance from the sine is large.
    let points: Vec<(f64, f64)> = curve_xs(21).into_iter().map(|x| (x, -0.5)).collect();
    assert_eq!(fit.set_points(&points), 21);
    assert_eq!(fit.config().target, CurveTarget::Drawn);
    let mut losses = vec![fit.loss()];
    for _ in 0..5 {
        fit.train(100);
        losses.push(fit.loss());
    }
    assert!(losses.windows(2).all(|w| w[1] < w[0]), "{losses:?}");
    assert!(losses[5] < 0.05 * losses[0], "{losses:?}");
    assert!(fit.target_curve(10).is_none());
}

#[test]
fn user_points_are_clamped_and_bad_ones_dropped() {
    let mut fit = CurveFit::<f64>::new(CurveConfig::default());
    let kept = fit.set_points(&[
        (0.2, 0.3),
        (f64::NAN, 1.0),
        (5.0, -9.0),
        (0.1, f64::INFINITY),
    ]);
    assert_eq!(kept, 2);
    assert_eq!(fit.points(), vec![(0.2, 0.3), (1.0, -CURVE_Y_LIMIT)]);
    fit.set_points(&[]);
    assert_eq!(fit.step(), 0.0);
    assert_eq!((fit.loss(), fit.steps()), (0.0, 0));
    fit.set_target(CurveTarget::Abs);
    assert_eq!(fit.points().len(), CurveConfig::default().samples);
}

#[test]
fn targets_have_their_shapes_and_names() {
    assert_eq!(CurveTarget::Step.value(-0.01), Some(-0.6));
    assert_eq!(CurveTarget::Step.value(0.0), Some(0.6));
    assert_eq!(CurveTarget::Abs.value(-0.5), Some(0.0));
    assert!((CurveTarget::Sine.value(0.25).unwrap() - 0.8).abs() < 1e-12);
    for t in CurveTarget::ALL {
        assert_eq!(CurveTarget::from_name(t.name()), Some(t));
    }
    assert_eq!(curve_xs(3), vec![-1.0, 0.0, 1.0]);
}
