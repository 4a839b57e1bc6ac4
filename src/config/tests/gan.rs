//! Tests of the GAN page's keys: round trips, which keys a link of each mode carries, garbage
//! values, and change kinds that agree with what a GAN run actually does.

use super::super::*;
use super::pick;
use crate::engine::rng::Rng;
use crate::modes::gan::{
    GanChange, GanLoss, GanSession, MAX_GAN_LAYERS, MAX_GAN_WIDTH, NoiseKind, Target, drawn,
};

/// A GAN config with every field in the query string away from its default.
pub(super) fn every_gan_field_changed() -> GanConfig {
    GanConfig {
        target: Target::Drawn,
        noise_dim: 1,
        noise: NoiseKind::Uniform,
        g_hidden: vec![64, 1, 3, 5, 7],
        d_hidden: vec![],
        g_activation: Activation::Sigmoid,
        d_activation: Activation::LeakyRelu,
        g_optimizer: OptimizerKind::Sgd,
        d_optimizer: OptimizerKind::RmsProp,
        g_learning_rate: 0.0003,
        d_learning_rate: 0.1,
        loss: GanLoss::LeastSquares,
        k_d: 10,
        k_g: 0,
        batch: 17,
        far_start: false,
        drawn: drawn::thin(&[1.0, 2.0, -3.5, 0.25, 3.999, -4.0]),
        arrows: true,
        manifold: false,
        ..GanConfig::default()
    }
}

/// A random valid GAN config (its `seed` and Adam β₁, which are not in the query, left alone).
pub(super) fn random_gan(rng: &mut Rng) -> GanConfig {
    let widths = |rng: &mut Rng| -> Vec<usize> {
        let layers = rng.below(MAX_GAN_LAYERS + 1);
        (0..layers).map(|_| 1 + rng.below(MAX_GAN_WIDTH)).collect()
    };
    let stroke: Vec<f64> = (0..2 * rng.below(40))
        .map(|_| rng.range(-4.0, 4.0))
        .collect();
    GanConfig {
        target: pick(rng, &Target::ALL),
        noise_dim: 1 + rng.below(2),
        noise: pick(rng, &NoiseKind::ALL),
        g_hidden: widths(rng),
        d_hidden: widths(rng),
        g_activation: pick(rng, &Activation::ALL),
        d_activation: pick(rng, &Activation::ALL),
        g_optimizer: pick(rng, &OptimizerKind::ALL),
        d_optimizer: pick(rng, &OptimizerKind::ALL),
        g_learning_rate: 10f64.powf(rng.range(-5.0, 0.0)),
        d_learning_rate: 10f64.powf(rng.range(-5.0, 0.0)),
        loss: pick(rng, &GanLoss::ALL),
        k_d: rng.below(11) as u32,
        k_g: rng.below(11) as u32,
        batch: 1 + rng.below(512),
        far_start: rng.uniform() < 0.5,
        drawn: drawn::thin(&stroke),
        arrows: rng.uniform() < 0.5,
        manifold: rng.uniform() < 0.5,
        ..GanConfig::default()
    }
}

fn gan_page(gan: GanConfig) -> Config {
    Config {
        mode: Mode::Gan,
        gan,
        ..Config::default()
    }
}

#[test]
fn the_default_gan_link_carries_the_gan_keys_and_no_classifier_key() {
    let query = gan_page(GanConfig::default()).to_query();
    assert_eq!(
        query,
        "v=2&seed=1&mode=gan&target=ring&gnoise=gaussian&gdim=2&ghidden=32,32&dhidden=32,32\
         &gact=tanh&dact=relu&gopt=adam&dopt=adam&glr=0.0005&dlr=0.0005&ganloss=nonsat&kd=1\
         &kg=1&gbatch=64&far=1&garrows=0&gmanifold=1&gpoints="
    );
    let (back, issues) = parse(&query);
    assert_eq!(issues, vec![]);
    assert_eq!(back, gan_page(GanConfig::default()));
}

#[test]
fn a_version_1_gan_link_that_leaves_out_gan_keys_runs_with_the_version_1_defaults() {
    let spelt = "v=1&seed=1&mode=gan&target=ring&gnoise=gaussian&gdim=2&ghidden=32,32\
                 &dhidden=32,32&gact=relu&dact=relu&gopt=adam&dopt=adam&glr=0.002&dlr=0.002\
                 &ganloss=nonsat&kd=1&kg=1&gbatch=64&far=1&garrows=0&gmanifold=1&gpoints=";
    let (old, issues) = parse(spelt);
    assert_eq!(issues, vec![]);
    assert_eq!(parse("v=1&mode=gan"), (old.clone(), vec![]));
    assert_ne!(parse("v=2&mode=gan").0.gan, old.gan);
    assert_eq!(parse("mode=gan").0.gan, GanConfig::default());
    // A key the link names is read as named.
    let (named, _) = parse("v=1&mode=gan&glr=0.005");
    assert_eq!(named.gan.g_learning_rate, 0.005);
    assert_eq!(named.gan.d_activation, old.gan.d_activation);
    // A version-1 link of another page did not show the GAN page: its GAN keys are today's.
    assert_eq!(parse("v=1&seed=1").0.gan, GanConfig::default());
    // Each version-1 default listed is one that version 2 changed, and reads.
    let today = Config::default();
    for &(name, value) in crate::modes::gan::keys::VERSION_1_DEFAULTS {
        let key = keys::keys().find(|k| k.name == name).unwrap();
        assert_ne!((key.write)(&today), value, "{name}");
        assert!(
            (key.read)(&mut today.clone(), value).is_ok(),
            "{name}={value}"
        );
    }
    // Written back, they are spelt out under version 2 and read back the same.
    let written = old.to_query();
    assert!(written.starts_with("v=2&"), "{written}");
    assert_eq!(parse(&written).0, old);
}

#[test]
fn a_gan_config_with_every_field_changed_round_trips() {
    let config = Config {
        seed: 77,
        ..gan_page(every_gan_field_changed())
    };
    let query = config.to_query();
    assert!(query.contains("&mode=gan&target=drawn&"), "{query}");
    assert_eq!(parse(&query), (config.clone(), vec![]));
    assert_eq!(
        config.gan_config().seed,
        77,
        "the GAN runs on the page's seed"
    );
}

#[test]
fn a_link_carries_the_other_modes_keys_only_where_they_differ_from_the_default() {
    let classifier = Config {
        learning_rate: 0.3,
        ..Config::default()
    };
    assert!(!classifier.to_query().contains("mode="));
    assert!(!classifier.to_query().contains("glr="));
    let gan = Config {
        learning_rate: 0.3,
        ..gan_page(GanConfig {
            g_learning_rate: 0.01,
            ..GanConfig::default()
        })
    };
    let query = gan.to_query();
    assert!(
        query.contains("&lr=0.3") && query.contains("&glr=0.01"),
        "{query}"
    );
    assert!(!query.contains("data="), "{query}");
    assert_eq!(parse(&query).0, gan);
    let mixed = Config {
        gan: GanConfig {
            k_d: 5,
            ..GanConfig::default()
        },
        ..Config::default()
    };
    assert!(
        mixed.to_query().ends_with("&points=&kd=5"),
        "{}",
        mixed.to_query()
    );
    assert_eq!(parse(&mixed.to_query()).0, mixed);
}

#[test]
fn each_bad_gan_value_keeps_the_default_and_is_reported_once() {
    let bad = [
        "mode=gann",
        "target=circle",
        "gnoise=pink",
        "gdim=3",
        "gdim=0",
        "ghidden=1,2,3,4,5,6",
        "ghidden=65",
        "dhidden=0",
        "dhidden=a,b",
        "gact=swish",
        "dopt=lbfgs",
        "glr=banana",
        "glr=2",
        "dlr=0",
        "ganloss=wasserstein",
        "kd=11",
        "kg=-1",
        "gbatch=0",
        "far=maybe",
        "garrows=2",
        "gpoints=abc",
        "gpoints=____",
    ];
    for pair in bad {
        let (config, issues) = parse(pair);
        assert_eq!(config, Config::default(), "{pair}");
        assert_eq!(issues.len(), 1, "{pair}: {issues:?}");
        assert!(
            matches!(issues[0].problem, IssueKind::BadValue { .. }),
            "{pair}"
        );
    }
    let (_, issues) = parse("mode=gan&glr=banana");
    assert_eq!(
        issues[0].to_string(),
        "glr=banana is not a number between 0.00001 and 1; kept 0.0005"
    );
}

#[test]
fn the_gan_keys_change_kinds_match_what_a_gan_run_does() {
    // Each GAN key changed alone: the table's kind (live or not) must be what the run does.
    let base = gan_page(GanConfig::default());
    let changed = every_gan_field_changed();
    let with = |edit: &dyn Fn(&mut GanConfig)| {
        let mut g = GanConfig::default();
        edit(&mut g);
        gan_page(g)
    };
    let singles = [
        ("target", with(&|g| g.target = Target::Moons)),
        ("gnoise", with(&|g| g.noise = NoiseKind::Uniform)),
        ("gdim", with(&|g| g.noise_dim = 1)),
        ("ghidden", with(&|g| g.g_hidden = vec![3])),
        ("dhidden", with(&|g| g.d_hidden = vec![3])),
        ("gact", with(&|g| g.g_activation = Activation::Sigmoid)),
        ("dact", with(&|g| g.d_activation = Activation::Tanh)),
        ("gopt", with(&|g| g.g_optimizer = OptimizerKind::Sgd)),
        ("dopt", with(&|g| g.d_optimizer = OptimizerKind::Sgd)),
        ("glr", with(&|g| g.g_learning_rate = 0.01)),
        ("dlr", with(&|g| g.d_learning_rate = 0.01)),
        ("ganloss", with(&|g| g.loss = GanLoss::Minimax)),
        ("kd", with(&|g| g.k_d = 3)),
        ("kg", with(&|g| g.k_g = 3)),
        ("gbatch", with(&|g| g.batch = 8)),
        ("far", with(&|g| g.far_start = false)),
        ("garrows", with(&|g| g.arrows = true)),
        ("gmanifold", with(&|g| g.manifold = false)),
        ("gpoints", with(&|g| g.drawn = changed.drawn.clone())),
    ];
    for (key, new) in singles {
        let mut run = GanSession::<f32>::new(base.gan_config());
        let live = run.set_config(new.gan_config()) == GanChange::Live;
        let table = change_between(&base, &new);
        assert_eq!(table == Change::Live, live, "{key}: table says {table:?}");
        let labels: Vec<&str> = differences(&base, &new).iter().map(|d| d.0).collect();
        let shown = !matches!(key, "garrows" | "gmanifold");
        assert_eq!(labels.contains(&key), shown, "{key}: {labels:?}");
    }
}
