//! Settings changes on running fits: what keeps the weights and what starts again.

use super::super::*;
use crate::engine::nn::Activation;
use crate::engine::optim::OptimizerKind;

#[test]
fn a_curve_keeps_its_weights_for_a_new_rate_optimiser_batch_or_target() {
    let mut fit = CurveFit::<f64>::new(CurveConfig::default());
    fit.train(50);
    let weights = fit.network().fingerprint();
    let new = CurveConfig {
        learning_rate: 0.02,
        optimizer: OptimizerKind::RmsProp,
        batch: 4,
        target: CurveTarget::Step,
        ..fit.config().clone()
    };
    assert_eq!(fit.set_config(new.clone()), FitChange::Live);
    assert_eq!(fit.network().fingerprint(), weights);
    assert_eq!(fit.config(), &new);
    assert_eq!(fit.steps(), 50);
    let step_points = fit.points();
    assert!(
        step_points
            .iter()
            .all(|&(x, y)| (y - CurveTarget::Step.value(x).unwrap()).abs() < 0.5)
    );
}

#[test]
fn drawn_points_in_the_config_are_what_the_curve_fits() {
    let drawn = vec![(-0.5, 1.0), (0.0, -1.0), (0.5, 1.0)];
    let config = CurveConfig {
        target: CurveTarget::Drawn,
        points: drawn.clone(),
        ..CurveConfig::default()
    };
    let mut fit = CurveFit::<f64>::new(config.clone());
    assert_eq!(fit.points(), drawn);
    let more = CurveConfig {
        points: vec![(0.9, 0.9)],
        ..config
    };
    assert_eq!(fit.set_config(more), FitChange::Live);
    assert_eq!(fit.points(), vec![(0.9, 0.9)]);
    assert_eq!(fit.set_points(&[(0.1, 0.2)]), 1);
    assert_eq!(fit.config().points, vec![(0.1, 0.2)]);
}

#[test]
fn a_curve_starts_again_for_a_new_network_and_reset_restores_the_first_weights() {
    let mut fit = CurveFit::<f64>::new(CurveConfig::default());
    let first = fit.network().fingerprint();
    fit.train(20);
    fit.reset();
    assert_eq!((fit.network().fingerprint(), fit.steps()), (first, 0));
    let new = CurveConfig {
        hidden: vec![8],
        activation: Activation::Relu,
        ..fit.config().clone()
    };
    assert_eq!(fit.set_config(new), FitChange::Rebuild);
    assert_eq!(fit.network().sizes(), &[1, 8, 1]);
}

#[test]
fn a_picture_keeps_its_weights_for_a_new_rate_optimiser_or_batch_only() {
    let small = ImageConfig {
        size: 8,
        hidden: vec![4],
        ..ImageConfig::default()
    };
    let mut fit = ImageFit::<f32>::new(small.clone());
    fit.pass();
    let weights = fit.network().fingerprint();
    let live = ImageConfig {
        learning_rate: 0.01,
        optimizer: OptimizerKind::Sgd,
        batch: 7,
        ..small.clone()
    };
    assert_eq!(fit.set_config(live.clone(), None), FitChange::Live);
    assert_eq!((fit.network().fingerprint(), fit.passes()), (weights, 1));
    let fourier = ImageConfig {
        fourier: true,
        features: 5,
        ..live.clone()
    };
    assert_eq!(fit.set_config(fourier, None), FitChange::Rebuild);
    assert_eq!(fit.network().sizes(), &[10, 4, 3]);
    let upload = image_from_rgba(&[9; 4 * 4 * 4], 4, 4, 6, PictureKind::Grey).unwrap();
    let grey = ImageConfig {
        colour: false,
        ..live
    };
    assert_eq!(fit.set_config(grey, Some(upload)), FitChange::Rebuild);
    assert_eq!((fit.picture().size, fit.config().size), (6, 6));
    assert_eq!(fit.network().sizes(), &[2, 4, 1]);
}
