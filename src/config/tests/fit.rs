//! Tests of the curve and image pages' keys: the default links, round trips of every field,
//! which keys a link of each mode carries, and bad values reported with the default kept.

use super::super::*;
use super::pick;
use crate::engine::rng::Rng;
use crate::modes::fit::keys::curve::{MAX_CURVE_LAYERS, MAX_CURVE_SAMPLES, MAX_CURVE_WIDTH};
use crate::modes::fit::keys::image::{IMAGE_SIDES, MAX_IMAGE_LAYERS, MAX_IMAGE_WIDTH};
use crate::modes::fit::{CurveTarget, ImageTarget, MAX_FOURIER, drawn_text};

/// A random valid curve config (its `seed`, not in the query, left alone).
pub(super) fn random_curve(rng: &mut Rng) -> CurveConfig {
    let layers = rng.below(MAX_CURVE_LAYERS + 1);
    let points = (0..rng.below(drawn_text::MAX_DRAWN_POINTS + 1))
        .map(|_| drawn_text::snap_point((rng.range(-1.0, 1.0), rng.range(-2.0, 2.0))))
        .collect();
    CurveConfig {
        target: pick(rng, &CurveTarget::ALL),
        samples: 2 + rng.below(MAX_CURVE_SAMPLES - 1),
        noise: rng.range(0.0, 1.0),
        hidden: (0..layers)
            .map(|_| 1 + rng.below(MAX_CURVE_WIDTH))
            .collect(),
        activation: pick(rng, &Activation::ALL),
        optimizer: pick(rng, &OptimizerKind::ALL),
        learning_rate: 10f64.powf(rng.range(-5.0, 0.0)),
        batch: 1 + rng.below(MAX_CURVE_SAMPLES),
        points,
        ..CurveConfig::default()
    }
}

/// A random valid image config (its `seed` left alone).
pub(super) fn random_image(rng: &mut Rng) -> ImageConfig {
    let layers = rng.below(MAX_IMAGE_LAYERS + 1);
    ImageConfig {
        target: pick(rng, &ImageTarget::ALL),
        size: IMAGE_SIDES.0 + rng.below(IMAGE_SIDES.1 - IMAGE_SIDES.0 + 1),
        colour: rng.uniform() < 0.5,
        fourier: rng.uniform() < 0.5,
        features: 1 + rng.below(MAX_FOURIER),
        scale: rng.range(0.1, 30.0),
        hidden: (0..layers)
            .map(|_| 1 + rng.below(MAX_IMAGE_WIDTH))
            .collect(),
        activation: pick(rng, &Activation::ALL),
        optimizer: pick(rng, &OptimizerKind::ALL),
        learning_rate: 10f64.powf(rng.range(-5.0, 0.0)),
        batch: 1 + rng.below(4096),
        ..ImageConfig::default()
    }
}

fn page(mode: Mode) -> Config {
    Config {
        mode,
        ..Config::default()
    }
}

#[test]
fn the_default_curve_link_carries_the_curve_keys_and_no_other_mode_key() {
    let query = page(Mode::Curve).to_query();
    assert_eq!(
        query,
        "v=2&seed=1&mode=curve&ctarget=sine&csamples=40&cnoise=0.1&chidden=16,16&cact=tanh\
         &copt=adam&clr=0.01&cbatch=16&cpoints="
    );
    assert_eq!(parse(&query), (page(Mode::Curve), vec![]));
}

#[test]
fn the_default_image_link_carries_the_image_keys_and_no_other_mode_key() {
    let query = page(Mode::Image).to_query();
    assert_eq!(
        query,
        "v=2&seed=1&mode=image&itarget=face&isize=64&icolour=1&ifourier=0&ifreq=32&iscale=3\
         &ihidden=32,32,32&iact=relu&iopt=adam&ilr=0.005&ibatch=256"
    );
    assert_eq!(parse(&query), (page(Mode::Image), vec![]));
}

#[test]
fn curve_and_image_configs_with_every_field_changed_round_trip() {
    let mut rng = Rng::new(5);
    for _ in 0..200 {
        let config = Config {
            curve: random_curve(&mut rng),
            image: random_image(&mut rng),
            ..page(pick(&mut rng, &[Mode::Curve, Mode::Image, Mode::Classify]))
        };
        let query = config.to_query();
        assert_eq!(parse(&query), (config.clone(), vec![]), "{query}");
    }
    let drawn = Config {
        seed: 9,
        curve: CurveConfig {
            target: CurveTarget::Drawn,
            points: vec![(-1.0, -2.0), (0.5, 1.25), (1.0, 2.0)],
            ..CurveConfig::default()
        },
        ..page(Mode::Curve)
    };
    let query = drawn.to_query();
    assert!(query.contains("ctarget=drawn&"), "{query}");
    assert_eq!(parse(&query).0, drawn);
    assert_eq!(
        drawn.curve_config().seed,
        9,
        "the fit runs on the page's seed"
    );
    assert_eq!(drawn.image_config().seed, 9);
}

#[test]
fn a_link_carries_the_fit_keys_of_another_mode_only_where_they_differ() {
    let classifier = Config {
        curve: CurveConfig {
            learning_rate: 0.1,
            ..CurveConfig::default()
        },
        ..Config::default()
    };
    let query = classifier.to_query();
    assert!(query.contains("&clr=0.1"), "{query}");
    assert!(
        !query.contains("ctarget=") && !query.contains("itarget="),
        "{query}"
    );
    assert!(!page(Mode::Image).to_query().contains("ctarget="));
    assert!(!page(Mode::Curve).to_query().contains("itarget="));
}

#[test]
fn no_fit_key_shares_a_name_with_another_key() {
    let names: Vec<&str> = keys::keys().map(|k| k.name).collect();
    for (i, name) in names.iter().enumerate() {
        assert!(!names[i + 1..].contains(name), "{name} twice");
    }
}

#[test]
fn bad_fit_values_keep_the_default_and_are_reported_once_each() {
    let bad = [
        "ctarget=cosine",
        "csamples=1",
        "csamples=100000",
        "cnoise=-0.1",
        "cnoise=abc",
        "chidden=1,2,3,4,5",
        "chidden=65",
        "cact=swish",
        "copt=lbfgs",
        "clr=0",
        "cbatch=0",
        "cpoints=abc",
        "cpoints=-___",
        "itarget=cat",
        "isize=4",
        "isize=1000",
        "icolour=maybe",
        "ifourier=2",
        "ifreq=0",
        "ifreq=129",
        "iscale=0",
        "iscale=NaN",
        "ihidden=0",
        "ihidden=1,1,1,1,1,1,1",
        "iact=?",
        "iopt=",
        "ilr=2",
        "ibatch=5000",
    ];
    for item in bad {
        let query = format!("mode=curve&{item}");
        let (config, issues) = parse(&query);
        assert_eq!(config, page(Mode::Curve), "{item}");
        assert_eq!(issues.len(), 1, "{item}: {issues:?}");
        let key = item.split('=').next().unwrap();
        assert_eq!(issues[0].key, key);
        assert!(
            matches!(issues[0].problem, IssueKind::BadValue { .. }),
            "{item}"
        );
    }
    let (_, issues) = parse("cpoints=abc");
    let text = issues[0].to_string();
    assert!(
        text.contains("cpoints") && text.contains("up to 200"),
        "{text}"
    );
}

#[test]
fn a_bad_value_keeps_the_value_it_replaced() {
    let base = Config {
        image: ImageConfig {
            size: 32,
            ..ImageConfig::default()
        },
        ..page(Mode::Image)
    };
    let (config, issues) = parse_onto(&base, "isize=7&ilr=0.01");
    assert_eq!(config.image.size, 32);
    assert_eq!(config.image.learning_rate, 0.01);
    assert_eq!(
        issues[0].problem,
        IssueKind::BadValue {
            expected: Expected::whole(8, 128),
            kept: "32".to_string(),
        }
    );
}
