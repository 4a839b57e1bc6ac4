//! The digits page's keys (prefix `dg`, so that no other mode's key is shadowed): how many
//! training digits (new digits: `Regenerate`), the network (`Rebuild`) and its training (the
//! optimiser, rate and batch apply in place).

use crate::config::keys::{Key, key};
use crate::config::network::{Network, network_key};
use crate::config::{Change, Mode};

/// Fewest and most training digits of each class.
pub const PER_CLASS: (usize, usize) = (10, 1000);

/// The limits of the network knobs (`dghidden`, `dgact`, `dgopt`, `dglr`, `dgbatch`).
pub(crate) const NETWORK: Network = Network {
    mode: Mode::Digits,
    layers: 3,
    width: 256,
    max_rate: 1.0,
    max_batch: 500,
    batch_change: Change::Live,
};

/// The keys of this mode, in the order they are written.
pub(crate) const KEYS: &[Key] = &[
    key!("dgtrain", Digits, Regenerate, Value, digits.per_class => whole(PER_CLASS.0, PER_CLASS.1)),
    network_key!(NETWORK, "dg", hidden => digits.hidden),
    network_key!(NETWORK, "dg", act => digits.activation),
    network_key!(NETWORK, "dg", opt => digits.optimizer),
    network_key!(NETWORK, "dg", lr => digits.learning_rate),
    network_key!(NETWORK, "dg", batch => digits.batch),
];
