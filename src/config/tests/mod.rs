//! Tests of the query string's good paths: round trips, missing keys, versions and the change
//! kinds (garbage in is in `garbage.rs`).

mod dataset_rules;
mod expected;
mod fit;
mod gan;
mod garbage;
mod inpaint;
mod network;
mod race;
mod readme;
mod sound;
mod task;
mod tf_playground;
mod vocabulary;

use super::*;
use crate::engine::rng::Rng;
use crate::modes::classify::data::custom::MAX_LINK_POINTS;
use crate::modes::classify::data::{Feature, Point};
use crate::modes::classify::keys::{MAX_HIDDEN_LAYERS, MAX_LAYER_WIDTH};

/// Random configurations tried by the round-trip loop.
const RANDOM_CONFIGS: usize = 2_000;

pub(super) fn every_field_changed() -> Config {
    Config {
        seed: 123_456_789_012,
        weights_seed: Some(u64::MAX),
        dataset: DatasetKind::MultiGauss,
        noise: 35,
        train_percent: 70,
        features: Features::NONE
            .with(Feature::X1Squared, true)
            .with(Feature::SinX2, true),
        hidden: vec![8, 32, 1],
        activation: Activation::Relu,
        loss: Loss::CrossEntropy,
        optimizer: OptimizerKind::Adam,
        learning_rate: 0.003,
        momentum: 0.5,
        batch_size: 30,
        regularization: Regularization::L2,
        reg_rate: 0.001,
        init: Init::Glorot,
        show_test: true,
        discretize: true,
        problem: Problem::Regression,
        classes: 4,
        custom: some_points(),
        // The GAN page's fields are changed in `gan.rs` (this config is a classifier's).
        mode: Mode::Classify,
        gan: GanConfig::default(),
        race: Default::default(),
        curve: Default::default(),
        image: Default::default(),
        inpaint: Default::default(),
        segment: Default::default(),
        digits: Default::default(),
        agent: Default::default(),
        physics: Default::default(),
        sound: Default::default(),
        palette: crate::drawing::palettes::Scheme::ColourBlind,
        terrain: Default::default(),
    }
}

/// A few custom points covering the label codes: classes 0…4, a regression value, the
/// corners of the plane.
pub(super) fn some_points() -> CustomPoints {
    let p = |x, y, label| Point { x, y, label };
    CustomPoints::new(&[
        p(-6.0, 6.0, 0.0),
        p(6.0, -6.0, 4.0),
        p(0.125, -2.5, 1.0),
        p(1.0, 1.0, 2.0),
        p(-3.3, 0.0, 3.0),
        p(2.25, 4.75, -0.375),
    ])
    .expect("valid points")
}

/// Up to `max` random valid custom points.
pub(super) fn random_points(rng: &mut Rng, max: usize) -> CustomPoints {
    let n = rng.below(max + 1);
    let points: Vec<Point> = (0..n)
        .map(|_| Point {
            x: rng.range(-6.0, 6.0),
            y: rng.range(-6.0, 6.0),
            label: if rng.uniform() < 0.5 {
                rng.below(MAX_CLASSES) as f64
            } else {
                rng.range(-1.0, 1.0)
            },
        })
        .collect();
    CustomPoints::new(&points).expect("valid points")
}

pub(super) fn pick<T: Copy>(rng: &mut Rng, items: &[T]) -> T {
    items[rng.below(items.len())]
}

fn random_config(rng: &mut Rng) -> Config {
    let features = Feature::ALL
        .into_iter()
        .fold(Features::NONE, |s, f| s.with(f, rng.uniform() < 0.5));
    let layers = rng.below(MAX_HIDDEN_LAYERS + 1);
    Config {
        seed: rng.next_u64(),
        weights_seed: (rng.uniform() < 0.5).then(|| rng.next_u64()),
        dataset: pick(rng, &DatasetKind::CHOICES),
        noise: rng.below(51) as u32,
        train_percent: 10 + rng.below(81) as u32,
        features: if features.is_empty() {
            Features::default()
        } else {
            features
        },
        hidden: (0..layers)
            .map(|_| 1 + rng.below(MAX_LAYER_WIDTH))
            .collect(),
        activation: pick(rng, &Activation::ALL),
        loss: pick(rng, &Loss::ALL),
        optimizer: pick(rng, &OptimizerKind::ALL),
        learning_rate: 10f64.powf(rng.range(-5.0, 1.0)),
        momentum: rng.range(0.0, 0.999),
        batch_size: 1 + rng.below(500),
        regularization: pick(rng, &Regularization::ALL),
        reg_rate: rng.range(0.0, 10.0),
        init: pick(rng, &Init::ALL),
        show_test: rng.uniform() < 0.5,
        discretize: rng.uniform() < 0.5,
        problem: pick(rng, &Problem::ALL),
        classes: MIN_CLASSES + rng.below(MAX_CLASSES - 1),
        custom: random_points(rng, MAX_LINK_POINTS),
        mode: pick(rng, &Mode::ALL),
        gan: gan::random_gan(rng),
        race: race::random_race(rng),
        curve: fit::random_curve(rng),
        image: fit::random_image(rng),
        inpaint: inpaint::random_inpaint(rng),
        segment: random_segment(rng),
        digits: random_digits(rng),
        agent: random_agent(rng),
        physics: random_physics(rng),
        sound: sound::random_sound(rng),
        palette: crate::drawing::palettes::Scheme::ALL[rng.below(2)],
        terrain: crate::modes::terrain::TerrainConfig {
            latent: [rng.range(-3.0, 3.0), rng.range(-3.0, 3.0)],
            water: rng.uniform(),
            snow: rng.uniform(),
            turn: rng.range(0.0, 359.0),
        },
    }
}

/// Random segmentation settings: a scene, up to 6 strokes, the inputs, the layers, the rate.
fn random_segment(rng: &mut Rng) -> crate::modes::segment::SegmentConfig {
    use crate::modes::segment::{Scene, Stroke, Strokes};
    let mut strokes = Strokes::default();
    for _ in 0..rng.below(7) {
        let points = (0..1 + rng.below(20))
            .map(|_| (rng.below(64) as u8, rng.below(64) as u8))
            .collect();
        let label = (rng.uniform() < 0.8).then(|| rng.below(4) as u8);
        let radius = 1 + rng.below(8) as u8;
        assert!(strokes.push(Stroke {
            label,
            radius,
            points
        }));
    }
    crate::modes::segment::SegmentConfig {
        scene: pick(rng, &Scene::ALL),
        strokes,
        fourier: rng.uniform() < 0.5,
        hidden: (0..rng.below(5)).map(|_| 1 + rng.below(64)).collect(),
        learning_rate: 10f64.powf(rng.range(-5.0, 0.0)),
        seed: 1,
    }
}

fn random_digits(rng: &mut Rng) -> crate::modes::digits::DigitsConfig {
    crate::modes::digits::DigitsConfig {
        per_class: 10 + rng.below(991),
        hidden: (0..rng.below(4)).map(|_| 1 + rng.below(256)).collect(),
        activation: pick(rng, &Activation::ALL),
        optimizer: pick(rng, &OptimizerKind::ALL),
        learning_rate: 10f64.powf(rng.range(-5.0, 0.0)),
        batch: 1 + rng.below(500),
        seed: 1,
    }
}

fn random_agent(rng: &mut Rng) -> crate::modes::agent::AgentConfig {
    crate::modes::agent::AgentConfig {
        hidden: (0..rng.below(3)).map(|_| 1 + rng.below(32)).collect(),
        learning_rate: 10f64.powf(rng.range(-4.0, 0.0)),
        batch: 1 + rng.below(32),
        seed: 1,
    }
}

/// A random valid learned-simulator config (its `seed`, not in the query, left alone).
fn random_physics(rng: &mut Rng) -> crate::modes::physics::PhysicsConfig {
    let layers = rng.below(5);
    crate::modes::physics::PhysicsConfig {
        damping: rng.range(0.0, 1.0),
        start: (rng.range(-3.0, 3.0), rng.range(-3.0, 3.0)),
        rollout: 10 + rng.below(991),
        hidden: (0..layers).map(|_| 1 + rng.below(64)).collect(),
        activation: pick(rng, &Activation::ALL),
        optimizer: pick(rng, &OptimizerKind::ALL),
        learning_rate: 10f64.powf(rng.range(-5.0, 0.0)),
        batch: 1 + rng.below(256),
        ..Default::default()
    }
}

fn assert_round_trips(config: &Config) {
    let query = config.to_query();
    let (back, issues) = parse(&query);
    assert!(issues.is_empty(), "{query}: {issues:?}");
    assert_eq!(&back, config, "{query}");
}

#[test]
fn the_default_config_round_trips_and_writes_every_key_version_first() {
    let query = Config::default().to_query();
    assert_eq!(
        query,
        "v=2&seed=1&data=circle&problem=classification&classes=2&noise=0&train=50\
         &features=x1,x2&hidden=4,2&act=tanh&loss=mse&init=uniform&opt=sgd&lr=0.03\
         &momentum=0.9&batch=10&reg=none&regrate=0&showtest=0&discrete=0&points="
    );
    assert_round_trips(&Config::default());
}

#[test]
fn a_config_with_every_field_changed_round_trips() {
    let config = every_field_changed();
    assert_round_trips(&config);
    let (from_empty, _) = parse("");
    assert_ne!(from_empty, config);
}

#[test]
fn many_random_configs_round_trip_exactly() {
    let mut rng = Rng::new(42);
    for _ in 0..RANDOM_CONFIGS {
        assert_round_trips(&random_config(&mut rng));
    }
}

#[test]
fn no_hidden_layer_is_written_as_an_empty_list_and_read_back() {
    let config = Config {
        hidden: vec![],
        ..Config::default()
    };
    assert!(config.to_query().contains("&hidden=&"));
    assert_round_trips(&config);
    assert_eq!(config.layer_sizes(), vec![2, 1]);
    assert_eq!(every_field_changed().layer_sizes(), vec![2, 8, 32, 1, 1]);
}

#[test]
fn missing_keys_take_the_base_values() {
    let (config, issues) = parse("v=1&lr=0.1");
    assert!(issues.is_empty());
    assert_eq!(
        config,
        Config {
            learning_rate: 0.1,
            ..Config::default()
        }
    );
    let base = every_field_changed();
    let (config, issues) = parse_onto(&base, "noise=5&lr=oops");
    assert_eq!(
        config,
        Config {
            noise: 5,
            ..base.clone()
        }
    );
    assert_eq!(
        issues[0].problem,
        IssueKind::BadValue {
            expected: Expected::Number {
                min: 0.00001,
                max: 10.0,
            },
            kept: "0.003".to_string(),
        }
    );
    assert_eq!(parse_onto(&base, ""), (base, vec![]));
}

#[test]
fn versions_one_and_two_are_accepted_and_an_unknown_version_is_reported() {
    assert!(parse("v=1").1.is_empty());
    assert!(parse("v=2").1.is_empty());
    assert_eq!(parse("v=2").0, Config::default());
    assert_eq!(parse("v=3").1[0].problem, IssueKind::UnsupportedVersion);
    let (config, issues) = parse("v=999&lr=0.5");
    assert_eq!(config.learning_rate, 0.5, "the rest is still read");
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].problem, IssueKind::UnsupportedVersion);
    assert_eq!(parse("v=x").1[0].problem, IssueKind::UnsupportedVersion);
}

#[test]
fn each_key_is_classified_as_live_rebuild_or_regenerate() {
    let base = Config::default();
    let live = Config {
        learning_rate: 0.1,
        momentum: 0.5,
        batch_size: 3,
        show_test: true,
        ..base.clone()
    };
    let live = Config {
        optimizer: OptimizerKind::Adam,
        regularization: Regularization::L1,
        reg_rate: 0.1,
        discretize: true,
        ..live
    };
    assert_eq!(change_between(&base, &base), Change::Live);
    assert_eq!(change_between(&base, &live), Change::Live);
    let rebuilds = [
        Config {
            features: Features::NONE.with(Feature::X1, true),
            ..base.clone()
        },
        Config {
            hidden: vec![3],
            ..base.clone()
        },
        Config {
            activation: Activation::Relu,
            ..live.clone()
        },
        Config {
            loss: Loss::CrossEntropy,
            ..base.clone()
        },
        Config {
            init: Init::Zeros,
            ..base.clone()
        },
    ];
    for new in &rebuilds {
        assert_eq!(
            change_between(&base, new),
            Change::Rebuild,
            "{}",
            new.to_query()
        );
    }
    let regenerates = [
        Config {
            dataset: DatasetKind::Xor,
            ..base.clone()
        },
        Config {
            noise: 10,
            ..base.clone()
        },
        Config {
            train_percent: 60,
            ..base.clone()
        },
        Config {
            seed: 2,
            hidden: vec![1],
            ..base.clone()
        },
    ];
    for new in &regenerates {
        assert_eq!(
            change_between(&base, new),
            Change::Regenerate,
            "{}",
            new.to_query()
        );
    }
}

#[test]
fn the_short_query_names_only_what_differs_and_reads_back() {
    let (c, issues) = parse("data=spiral&lr=0.1&hidden=8,8&seed=7");
    assert!(issues.is_empty());
    let short = c.to_short_query();
    assert_eq!(short, "seed=7&data=spiral&hidden=8,8&lr=0.1");
    assert_eq!(Config::default().to_short_query(), "");
    // Every mode's short query reads back to the same config, the mode given apart.
    let mut drawn = parse("mode=curve&ctarget=drawn").0;
    drawn.curve.points = vec![(0.1, 0.2), (0.5, -0.3)];
    let mut configs = vec![drawn];
    for query in [
        "mode=gan&glr=0.01&far=0&target=spiral",
        "mode=race&surface=rosenbrock&sgdlr=0.15",
        "mode=image&itarget=terrain&ifourier=1",
    ] {
        let (c, issues) = parse(query);
        assert!(issues.is_empty(), "{query}: {issues:?}");
        configs.push(c);
    }
    for c in configs {
        let query = c.to_query();
        let short = c.to_short_query();
        assert!(!short.contains("v=") && !short.contains("mode="), "{short}");
        let (back, _) = parse(&format!("mode={}&{short}", c.mode.name()));
        assert_eq!(back.to_query(), c.to_query(), "{query} → {short}");
    }
    // What a surface brings (its rates and momenta) is left to it.
    let (race, _) = parse("mode=race&surface=himmelblau&start=1,-2");
    assert_eq!(race.to_short_query(), "surface=himmelblau&start=1,-2");
    let (tuned, _) = parse("mode=race&surface=himmelblau&sgdlr=0.02");
    assert_eq!(tuned.to_short_query(), "surface=himmelblau&sgdlr=0.02");
}
