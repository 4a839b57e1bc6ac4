//! The classifier's keys (data, network, training, view).

use crate::config::keys::{Key, Rejection, key};
use crate::config::network::{Network, network_key};
use crate::config::values::{points, set, whole};
use crate::config::{Change, Config, Mode};
use crate::modes::classify::data::{MAX_CLASSES, MIN_CLASSES};

/// Most hidden layers a network may have.
pub const MAX_HIDDEN_LAYERS: usize = 8;
/// Most neurons a hidden layer may have.
pub const MAX_LAYER_WIDTH: usize = 32;

/// The limits of the network knobs (`hidden`, `act`, `opt`, `lr`, `batch`).
pub(crate) const NETWORK: Network = Network {
    mode: Mode::Classify,
    layers: MAX_HIDDEN_LAYERS,
    width: MAX_LAYER_WIDTH,
    max_rate: 10.0,
    max_batch: 500,
    batch_change: Change::Live,
};

/// The keys of this mode, in the order they are written.
pub(crate) const KEYS: &[Key] = &[
    key!("data", Classify, Regenerate, Value, dataset => choice),
    key!("problem", Classify, Regenerate, Value, problem => choice),
    key!("classes", Classify, Regenerate, Value, classes => whole(MIN_CLASSES, MAX_CLASSES)),
    key!("noise", Classify, Regenerate, Value, noise => whole(0, 50)),
    key!("train", Classify, Regenerate, Value, train_percent => whole(10, 90)),
    key!("features", Classify, Rebuild, Value, features => features),
    network_key!(NETWORK, "", hidden => hidden),
    network_key!(NETWORK, "", act => activation),
    key!("loss", Classify, Rebuild, Value, loss => choice),
    key!("init", Classify, Rebuild, Value, init => choice),
    network_key!(NETWORK, "", opt => optimizer),
    network_key!(NETWORK, "", lr => learning_rate),
    key!("momentum", Classify, Live, Value, momentum => number(0.0, 0.999)),
    network_key!(NETWORK, "", batch => batch_size),
    key!("reg", Classify, Live, Value, regularization => choice),
    key!("regrate", Classify, Live, Value, reg_rate => number(0.0, 10.0)),
    key!("showtest", Classify, Live, Hidden, show_test => flag),
    key!("discrete", Classify, Live, Hidden, discretize => flag),
    // Written only when set; a run comparison says "other weights" rather than the number.
    key!("wseed", Changed, Rebuild, Hidden, with read_weights_seed, write_weights_seed),
    // Live: editing the drawn points keeps training the same weights on the edited data.
    key!("points", Classify, Live, Name, with read_points, |c| c.custom.encode()),
];

/// Reads `wseed`: a whole number, 0..=2⁶⁴−1.
fn read_weights_seed(c: &mut Config, s: &str) -> Result<(), Rejection> {
    let seed = whole(s, 0, u64::MAX)?;
    c.weights_seed = Some(seed);
    Ok(())
}

/// Writes `wseed`: the number, or nothing when the weights come from `seed`.
fn write_weights_seed(c: &Config) -> String {
    c.weights_seed.map_or(String::new(), |w| w.to_string())
}

/// Reads `points` against the points already held (a digest names them).
fn read_points(c: &mut Config, s: &str) -> Result<(), Rejection> {
    let read = points(s, &c.custom);
    set(&mut c.custom, read)
}
