//! Tests of the race page's keys: the default link, round trips, the surface resetting the
//! rates, garbage values, and change kinds.

use super::super::*;
use super::pick;
use crate::engine::rng::Rng;
use crate::modes::race::{RacerSpec, Surface};

/// A random valid race config (every racer's learning rate, momentum, β₁ and β₂ random in
/// the keys' ranges, whatever applies to its kind: the others ride along unchanged).
pub(super) fn random_race(rng: &mut Rng) -> RaceConfig {
    let mut race = RaceConfig::for_surface(pick(rng, &Surface::ALL));
    if rng.uniform() < 0.5 {
        race.start = Some((rng.range(-10.0, 10.0), rng.range(-10.0, 10.0)));
    }
    for choice in &mut race.racers {
        choice.on = rng.uniform() < 0.7;
        let h = &mut choice.spec.hyper;
        h.learning_rate = 10f64.powf(rng.range(-5.0, 1.0));
        h.momentum = rng.range(0.0, 0.999);
        h.beta1 = rng.range(0.0, 0.999);
        h.beta2 = rng.range(0.0, 0.9999);
    }
    // Hyper-parameters that no key writes keep their defaults.
    for kind in [
        OptimizerKind::Sgd,
        OptimizerKind::RmsProp,
        OptimizerKind::Adam,
    ] {
        let h = &mut race.choice_mut(kind).spec.hyper;
        h.momentum = 0.9;
    }
    for kind in [
        OptimizerKind::Sgd,
        OptimizerKind::Momentum,
        OptimizerKind::Nesterov,
    ] {
        let h = &mut race.choice_mut(kind).spec.hyper;
        h.beta1 = 0.9;
        h.beta2 = 0.999;
    }
    race.choice_mut(OptimizerKind::RmsProp).spec.hyper.beta1 = 0.9;
    race
}

fn race_page(race: RaceConfig) -> Config {
    Config {
        mode: Mode::Race,
        race,
        ..Config::default()
    }
}

#[test]
fn the_default_race_link_carries_the_race_keys_and_no_other_modes_key() {
    let query = race_page(RaceConfig::default()).to_query();
    assert_eq!(
        query,
        "v=2&seed=1&mode=race&surface=bowl&start=default&racers=sgd,momentum,nesterov,rmsprop,adam\
         &sgdlr=0.18&momlr=0.23&mommu=0.27&nestlr=0.12&nestmu=0.5&rmslr=0.05&rmsalpha=0.99\
         &adamlr=0.1&adamb1=0.9&adamb2=0.999"
    );
    assert_eq!(parse(&query), (race_page(RaceConfig::default()), vec![]));
}

#[test]
fn a_race_with_every_field_changed_round_trips() {
    let mut race = RaceConfig::for_surface(Surface::Himmelblau);
    race.start = Some((-4.25, 0.125));
    race.choice_mut(OptimizerKind::Momentum).on = false;
    race.choice_mut(OptimizerKind::Adam).on = false;
    race.choice_mut(OptimizerKind::Sgd).spec.hyper.learning_rate = 5.0;
    race.choice_mut(OptimizerKind::Nesterov).spec.hyper.momentum = 0.5;
    race.choice_mut(OptimizerKind::RmsProp).spec.hyper.beta2 = 0.9;
    race.choice_mut(OptimizerKind::Adam).spec.hyper.beta1 = 0.0;
    let config = race_page(race);
    let query = config.to_query();
    assert!(
        query
            .contains("&surface=himmelblau&start=-4.25,0.125&racers=sgd,nesterov,rmsprop&sgdlr=5&"),
        "{query}"
    );
    assert_eq!(parse(&query), (config, vec![]));
}

#[test]
fn many_random_races_round_trip_in_every_mode() {
    let mut rng = Rng::new(7);
    for _ in 0..500 {
        let config = Config {
            mode: pick(&mut rng, &Mode::ALL),
            race: random_race(&mut rng),
            ..Config::default()
        };
        let query = config.to_query();
        assert_eq!(parse(&query), (config, vec![]), "{query}");
    }
}

#[test]
fn choosing_another_surface_brings_its_own_rates_momentum_and_start_but_keeps_the_rest() {
    let (config, issues) =
        parse("mode=race&start=1,2&sgdlr=3&mommu=0.5&adamb1=0.8&racers=adam,sgd");
    assert_eq!(issues, vec![]);
    let (moved, _) = parse_onto(&config, "surface=rosenbrock");
    let race = &moved.race;
    assert_eq!(race.start, None);
    assert_eq!(race.start_point(), Surface::Rosenbrock.default_start());
    for kind in OptimizerKind::ALL {
        let want = RacerSpec::default_for(Surface::Rosenbrock, kind);
        assert_eq!(
            race.choice(kind).spec.hyper.learning_rate,
            want.hyper.learning_rate
        );
        assert_eq!(race.choice(kind).spec.hyper.momentum, want.hyper.momentum);
    }
    assert_eq!(
        race.choice(OptimizerKind::Momentum).spec.hyper.momentum,
        0.9,
        "the banana valley's μ, not the 0.5 given for the bowl"
    );
    assert_eq!(race.choice(OptimizerKind::Adam).spec.hyper.beta1, 0.8);
    let on: Vec<bool> = race.racers.iter().map(|c| c.on).collect();
    assert_eq!(on, [true, false, false, false, true]);
    // Rates given after the surface (the order links are written in) win.
    let (given, _) = parse("mode=race&surface=saddle&sgdlr=0.7");
    assert_eq!(
        given
            .race
            .choice(OptimizerKind::Sgd)
            .spec
            .hyper
            .learning_rate,
        0.7
    );
    // The same surface again changes nothing.
    let (same, _) = parse_onto(&config, "surface=bowl");
    assert_eq!(same, config);
}

#[test]
fn an_empty_racers_list_races_nobody_and_a_start_off_the_map_is_moved_onto_it() {
    let (config, issues) = parse("mode=race&racers=&start=9,-9");
    assert_eq!(issues, vec![]);
    assert!(config.race.specs().is_empty());
    assert_eq!(config.race.start_point(), (4.0, -4.0));
    assert_eq!(config.race.race().start(), (4.0, -4.0));
}

#[test]
fn each_bad_race_value_keeps_the_default_and_is_reported_once() {
    let bad = [
        "surface=volcano",
        "surface=",
        "start=1",
        "start=1,2,3",
        "start=a,b",
        "start=11,0",
        "start=NaN,0",
        "start=inf,0",
        "racers=sgd,lbfgs",
        "racers=,",
        "sgdlr=0",
        "sgdlr=11",
        "sgdlr=fast",
        "momlr=-1",
        "mommu=1",
        "nestlr=1e9",
        "nestmu=-0.1",
        "rmslr=NaN",
        "rmsalpha=1",
        "adamlr=",
        "adamb1=0.9999",
        "adamb2=1.5",
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
    let (_, issues) = parse("mode=race&sgdlr=fast&start=here");
    let texts: Vec<String> = issues.iter().map(ToString::to_string).collect();
    assert_eq!(
        texts,
        [
            "sgdlr=fast is not a number between 0.00001 and 10; kept 0.18",
            "start=here is not two numbers x,y between -10 and 10, or default; kept default",
        ]
    );
}

#[test]
fn the_surface_regenerates_and_every_other_race_key_rebuilds() {
    let base = race_page(RaceConfig::default());
    let (surface, _) = parse_onto(&base, "surface=bumpy");
    assert_eq!(change_between(&base, &surface), Change::Regenerate);
    for pair in [
        "start=1,1",
        "racers=adam",
        "sgdlr=0.5",
        "adamb2=0.9",
        "rmsalpha=0.5",
    ] {
        let (changed, _) = parse_onto(&base, pair);
        assert_eq!(change_between(&base, &changed), Change::Rebuild, "{pair}");
        let name = pair.split('=').next().unwrap();
        assert_eq!(differences(&base, &changed)[0].0, name);
    }
}

#[test]
fn a_version_1_race_link_that_leaves_out_the_bowl_rates_races_with_the_version_1_ones() {
    use OptimizerKind::{Momentum, Nesterov, Sgd};
    let hyper = |c: &Config, kind| c.race.choice(kind).spec.hyper;
    let rates = |c: &Config| {
        [
            hyper(c, Sgd).learning_rate,
            hyper(c, Momentum).learning_rate,
            hyper(c, Momentum).momentum,
            hyper(c, Nesterov).learning_rate,
            hyper(c, Nesterov).momentum,
        ]
    };
    for link in ["v=1&mode=race", "v=1&mode=race&surface=bowl"] {
        let (old, issues) = parse(link);
        assert_eq!(issues, vec![]);
        assert_eq!(rates(&old), [0.15, 0.03, 0.9, 0.03, 0.9], "{link}");
    }
    for link in ["v=2&mode=race", "mode=race"] {
        assert_eq!(
            rates(&parse(link).0),
            [0.18, 0.23, 0.27, 0.12, 0.5],
            "{link}"
        );
    }
    // A rate the link names is read as named; the other surfaces did not change.
    let (named, _) = parse("v=1&mode=race&momlr=0.2");
    assert_eq!(rates(&named), [0.15, 0.2, 0.9, 0.03, 0.9]);
    let rosenbrock = "mode=race&surface=rosenbrock";
    assert_eq!(parse(&format!("v=1&{rosenbrock}")).0, parse(rosenbrock).0);
    // Written back, the version-1 rates are spelt out under version 2.
    let (old, _) = parse("v=1&mode=race");
    let written = old.to_query();
    assert!(written.starts_with("v=2&"), "{written}");
    assert!(
        written.contains("&sgdlr=0.15&momlr=0.03&mommu=0.9&"),
        "{written}"
    );
    assert_eq!(parse(&written).0, old);
}
