//! Image fitting: the shared regressor's gradient against central differences, the built-in
//! pictures, the Fourier encoding's identity, and the point of the demo: Fourier features
//! draw the checkerboard that plain coordinates blur to its mean colour.

use super::super::*;
use crate::engine::nn::Activation;
use crate::engine::optim::{Hyper, OptimizerKind};
use crate::engine::rng::Rng;

/// Step of the central differences.
const H: f64 = 1e-6;
/// Largest relative error between analytic and numerical gradients.
const GRADIENT_TOLERANCE: f64 = 1e-6;
/// Gradients smaller than this are compared absolutely.
const ABS_FLOOR: f64 = 1e-5;
/// Passes given to both encodings on the checkerboard.
const CHECKER_PASSES: usize = 40;

#[test]
fn the_regressor_gradient_matches_central_differences_for_several_outputs() {
    let mut rng = Rng::new(5);
    let (n, n_in, n_out) = (7, 3, 2);
    let xs: Vec<f64> = (0..n * n_in).map(|_| rng.range(-1.0, 1.0)).collect();
    let ys: Vec<f64> = (0..n * n_out).map(|_| rng.range(-1.0, 1.0)).collect();
    let rows = [4, 0, 6, 2, 3];
    let hyper = Hyper::default();
    let sizes = [n_in, 5, 4, n_out];
    let mut net = Regressor::<f64>::new(
        &sizes,
        Activation::Tanh,
        OptimizerKind::Sgd,
        hyper,
        &mut rng,
    );
    net.gradient(&xs, &ys, &rows);
    let analytic = net.grads().to_vec();
    for (k, &a) in analytic.iter().enumerate() {
        let at = |delta: f64| {
            let mut probe = net.clone();
            probe.params_mut()[k] += delta;
            probe.gradient(&xs, &ys, &rows)
        };
        let numeric = (at(H) - at(-H)) / (2.0 * H);
        let err = (a - numeric).abs() / a.abs().max(numeric.abs()).max(ABS_FLOOR);
        assert!(err < GRADIENT_TOLERANCE, "param {k}: {a} vs {numeric}");
    }
}

#[test]
fn fourier_features_draw_the_checkerboard_that_plain_coordinates_blur() {
    // Predicting the mean colour everywhere scores ½·mean over channels of (Δ/2)², Δ the
    // difference between the two square colours: the loss of a network that drew nothing.
    let light = ImageTarget::Checkerboard.picture(2, true, 0).values[3..6].to_vec();
    let dark = ImageTarget::Checkerboard.picture(2, true, 0).values[..3].to_vec();
    let blur = light
        .iter()
        .zip(&dark)
        .map(|(l, d)| 0.5 * ((l - d) as f64 / 2.0).powi(2))
        .sum::<f64>()
        / 3.0;
    let loss_after = |encoding| {
        let config = ImageConfig {
            target: ImageTarget::Checkerboard,
            ..ImageConfig::default()
        }
        .with_encoding(encoding);
        let mut fit = ImageFit::<f32>::new(config);
        for _ in 0..CHECKER_PASSES {
            fit.pass();
        }
        fit.loss()
    };
    let plain = loss_after(Encoding::Plain);
    let fourier = loss_after(DEFAULT_FOURIER);
    assert!(plain > 0.5 * blur, "plain {plain}, blur {blur}");
    assert!(fourier < 0.1 * plain, "fourier {fourier}, plain {plain}");
}

#[test]
fn the_face_sharpens_pass_after_pass() {
    let mut fit = ImageFit::<f32>::new(ImageConfig::default());
    let mut losses = vec![fit.loss()];
    for _ in 0..4 {
        for _ in 0..10 {
            fit.pass();
        }
        losses.push(fit.loss());
    }
    assert!(losses.windows(2).all(|w| w[1] < w[0]), "{losses:?}");
    assert!(losses[4] < 0.2 * losses[0], "{losses:?}");
    assert_eq!(fit.passes(), 40);
    assert_eq!(fit.loss_history().len(), 40);
}

#[test]
fn the_loss_is_the_mean_half_squared_error_of_the_reconstruction() {
    let config = ImageConfig {
        size: 16,
        target: ImageTarget::Terrain,
        ..ImageConfig::default()
    };
    let mut fit = ImageFit::<f64>::new(config);
    fit.pass();
    let image = fit.reconstruction();
    assert_eq!(image.len(), 16 * 16);
    let target = &fit.picture().values;
    let want = image
        .iter()
        .zip(target)
        .map(|(a, y)| 0.5 * (a - *y as f64).powi(2))
        .sum::<f64>()
        / image.len() as f64;
    assert!((fit.loss() - want).abs() < 1e-12);
    assert_eq!(fit.reconstruction_rgba().len(), 16 * 16 * 4);
}

#[test]
fn the_same_seed_gives_the_same_picture_and_run() {
    let run = |seed| {
        let config = ImageConfig {
            size: 24,
            target: ImageTarget::Terrain,
            seed,
            ..ImageConfig::default()
        }
        .with_encoding(DEFAULT_FOURIER);
        let mut fit = ImageFit::<f32>::new(config);
        fit.pass();
        fit.pass();
        (fit.network().fingerprint(), fit.picture().values.clone())
    };
    assert_eq!(run(3), run(3));
    let (a, b) = (run(3), run(4));
    assert!(a.0 != b.0 && a.1 != b.1);
}

#[test]
fn built_in_pictures_have_their_colours_where_expected() {
    let checker = ImageTarget::Checkerboard.picture(64, false, 0);
    let side = 64 / CHECKER_SQUARES;
    let at = |x: usize, y: usize| checker.values[y * 64 + x];
    assert_eq!(at(0, 0), at(side - 1, side - 1), "one square");
    assert_ne!(at(0, 0), at(side, 0), "the next square");
    assert_eq!(at(0, 0), at(side, side), "diagonal neighbours match");
    let face = ImageTarget::Face.picture(64, true, 0);
    let rgb = |x: usize, y: usize| &face.values[3 * (y * 64 + x)..3 * (y * 64 + x) + 3];
    assert!(rgb(0, 0)[2] > rgb(0, 0)[0], "sky in the corner");
    assert!(
        rgb(32, 40)[0] > 0.9 && rgb(32, 40)[2] < 0.3,
        "yellow skin below the centre"
    );
    let terrain = ImageTarget::Terrain.picture(32, true, 9);
    assert_eq!(terrain.kind, PictureKind::Height);
    let lo = terrain.values.iter().copied().fold(1.0, f32::min);
    let hi = terrain.values.iter().copied().fold(0.0, f32::max);
    assert_eq!((lo, hi), (0.0, 1.0));
    for t in ImageTarget::ALL {
        assert_eq!(ImageTarget::from_name(t.name()), Some(t));
    }
}

#[test]
fn fourier_features_are_sines_and_cosines_of_the_same_phases() {
    let e = Encoding::Fourier {
        features: 5,
        scale: 3.0,
    };
    let b = e.matrix(1);
    assert_eq!((b.len(), e.inputs()), (10, 10));
    assert_eq!(b, e.matrix(1));
    let mut out = Vec::new();
    e.encode(&b, (0.3, -0.7), &mut out);
    for k in 0..5 {
        assert!((out[k].powi(2) + out[k + 5].powi(2) - 1.0).abs() < 1e-12);
    }
    let phase = 2.0 * core::f64::consts::PI * (b[0] * 0.3 - b[1] * 0.7);
    assert!((out[0] - phase.sin()).abs() < 1e-12);
    let mut plain = Vec::new();
    Encoding::Plain.encode(&[], pixel_centre(0, 0, 4), &mut plain);
    assert_eq!(plain, vec![-0.75, 0.75]);
}

#[test]
fn a_new_picture_or_encoding_rebuilds_the_network_to_fit() {
    let mut fit = ImageFit::<f32>::new(ImageConfig {
        size: 16,
        ..ImageConfig::default()
    });
    let uploaded = image_from_rgba(&[200; 10 * 6 * 4], 10, 6, 8, PictureKind::Grey).unwrap();
    fit.set_picture(uploaded);
    assert_eq!(fit.reconstruction().len(), 8 * 8);
    assert_eq!(fit.network().sizes(), &[2, 32, 32, 32, 1]);
    fit.set_encoding(DEFAULT_FOURIER);
    assert_eq!(fit.network().sizes()[0], 64);
    assert_eq!(fit.picture().size, 8);
    fit.set_learning_rate(0.02);
    assert_eq!(fit.config().learning_rate, 0.02);
}
