//! The network knobs every mode has come from one definition (`config/network.rs`): their
//! choices, ranges, change kinds and labels agree across modes, within each mode's limits.

use super::super::network::{MIN_LEARNING_RATE, Network};
use super::super::*;
use crate::modes::classify::keys::NETWORK as CLASSIFY;
use crate::modes::fit::keys::curve::NETWORK as CURVE;
use crate::modes::fit::keys::image::NETWORK as IMAGE;
use crate::modes::gan::keys::NETWORK as GAN;

/// Each mode's key prefixes and limits: the GAN's two networks share its limits, and its
/// one batch is `gbatch`.
const MODES: [(&[&str], &Network); 4] = [
    (&[""], &CLASSIFY),
    (&["g", "d"], &GAN),
    (&["c"], &CURVE),
    (&["i"], &IMAGE),
];

fn key(name: &str) -> &'static keys::Key {
    keys::keys()
        .find(|k| k.name == name)
        .unwrap_or_else(|| panic!("no key {name}"))
}

fn expected(name: &str) -> Expected {
    let found = vocabulary().into_iter().find(|(key, _)| *key == name);
    found
        .unwrap_or_else(|| panic!("{name} has no vocabulary"))
        .1
}

/// Every network knob key, as (knob, key name, its mode's limits).
fn knobs() -> Vec<(&'static str, String, &'static Network)> {
    let mut all = Vec::new();
    for (prefixes, network) in MODES {
        for knob in ["hidden", "act", "opt", "lr", "batch"] {
            for prefix in prefixes {
                if knob == "batch" && *prefix == "d" {
                    continue;
                }
                all.push((knob, format!("{prefix}{knob}"), network));
            }
        }
    }
    all
}

#[test]
fn every_mode_has_every_knob_of_its_own_mode() {
    let knobs = knobs();
    assert_eq!(knobs.len(), 24);
    for (_, name, network) in knobs {
        let k = key(&name);
        assert_eq!(k.scope, keys::Scope::Only(network.mode), "{name}");
        assert_eq!(k.label, keys::Label::Value, "{name}");
    }
}

#[test]
fn the_same_knob_accepts_the_same_values_in_every_mode_within_its_limits() {
    let activations = Expected::OneOf(Activation::ALL.iter().map(|a| a.name()).collect());
    let optimisers = Expected::OneOf(OptimizerKind::ALL.iter().map(|o| o.name()).collect());
    for (knob, name, network) in knobs() {
        let (want, change) = match knob {
            "hidden" => (
                Expected::Widths {
                    layers: network.layers,
                    width: network.width,
                },
                Change::Rebuild,
            ),
            "act" => (activations.clone(), Change::Rebuild),
            "opt" => (optimisers.clone(), Change::Live),
            "lr" => (
                Expected::Number {
                    min: MIN_LEARNING_RATE,
                    max: network.max_rate,
                },
                Change::Live,
            ),
            _ => (Expected::whole(1, network.max_batch), network.batch_change),
        };
        assert_eq!(expected(&name), want, "{name}");
        assert_eq!(key(&name).change, change, "{name}");
    }
}

/// The limits as the links have always read them (public API).
#[test]
fn the_modes_limits_are_those_links_were_written_with() {
    let limits = |n: &Network| (n.layers, n.width, n.max_rate, n.max_batch, n.batch_change);
    assert_eq!(limits(&CLASSIFY), (8, 32, 10.0, 500, Change::Live));
    assert_eq!(limits(&GAN), (5, 64, 1.0, 512, Change::Rebuild));
    assert_eq!(limits(&CURVE), (4, 64, 1.0, 500, Change::Live));
    assert_eq!(limits(&IMAGE), (6, 128, 1.0, 4096, Change::Live));
    assert_eq!(MIN_LEARNING_RATE, 0.00001);
}
