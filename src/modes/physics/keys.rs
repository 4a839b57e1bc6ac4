//! The learned simulator's keys (prefix `sim`). The damping makes new training trajectories
//! (`Regenerate`); layers and activation a new network; the optimiser, rate and batch apply
//! to the running training, and the start and the rollout length only to what is drawn
//! (`Live`).

use crate::config::keys::{Expected, Key, Rejection, key};
use crate::config::network::{Network, network_key};
use crate::config::values::set;
use crate::config::{Change, Config, Mode};
use crate::formats::decimal::parse_f64;
use crate::modes::physics::{DEFAULT_START, MAX_ROLLOUT, START_LIMIT};

/// The limits of the network knobs (`simhidden`, `simact`, `simopt`, `simlr`, `simbatch`).
pub(crate) const NETWORK: Network = Network {
    mode: Mode::Physics,
    layers: 4,
    width: 64,
    max_rate: 1.0,
    max_batch: 256,
    batch_change: Change::Live,
};

/// The keys of this mode, in the order they are written.
pub(crate) const KEYS: &[Key] = &[
    key!("simdamping", Physics, Regenerate, Value, physics.damping => number(0.0, 1.0)),
    key!("simstart", Physics, Live, Hidden, with read_start, write_start),
    key!("simrollout", Physics, Live, Hidden, physics.rollout => whole(10, MAX_ROLLOUT)),
    network_key!(NETWORK, "sim", hidden => physics.hidden),
    network_key!(NETWORK, "sim", act => physics.activation),
    network_key!(NETWORK, "sim", opt => physics.optimizer),
    network_key!(NETWORK, "sim", lr => physics.learning_rate),
    network_key!(NETWORK, "sim", batch => physics.batch),
];

/// `θ,ω`, each within ±[`START_LIMIT`], or `default`.
fn read_start(c: &mut Config, s: &str) -> Result<(), Rejection> {
    let s = s.trim();
    if s.eq_ignore_ascii_case("default") {
        c.physics.start = DEFAULT_START;
        return Ok(());
    }
    let numbers: Vec<Option<f64>> = s
        .split(',')
        .map(|v| parse_f64(v.trim()).filter(|v| v.abs() <= START_LIMIT))
        .collect();
    let start = match numbers[..] {
        [Some(theta), Some(omega)] => Ok((theta, omega)),
        _ => Err(Rejection::Expected(Expected::Start { far: START_LIMIT })),
    };
    set(&mut c.physics.start, start)
}

fn write_start(c: &Config) -> String {
    let (theta, omega) = c.physics.start;
    format!("{theta},{omega}")
}
