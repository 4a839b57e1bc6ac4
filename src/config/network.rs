//! The network knobs every mode has (hidden layers, activation, optimiser, learning rate,
//! batch), defined once: a mode gives its limits as a [`Network`] and writes each knob as one
//! [`network_key!`] line with its key prefix. The keys' names, readers, validation, change
//! kinds and the smallest learning rate are this file's; only the limits are the mode's.

use super::{Change, Mode};

/// The smallest learning rate of every mode.
pub(crate) const MIN_LEARNING_RATE: f64 = 0.00001;

/// What a mode's network knobs accept, where modes legitimately differ.
pub(crate) struct Network {
    /// The mode whose keys these are.
    pub mode: Mode,
    /// Most hidden layers.
    pub layers: usize,
    /// Most neurons in a hidden layer.
    pub width: usize,
    /// Largest learning rate (the smallest is [`MIN_LEARNING_RATE`]).
    pub max_rate: f64,
    /// Largest batch (the smallest is 1).
    pub max_batch: usize,
    /// What a new batch size does to a run (new networks for the GAN, which sizes its
    /// buffers by it; live elsewhere).
    pub batch_change: Change,
}

/// One network knob of a mode's key table:
/// `network_key!(NETWORK, "prefix", knob => field)`, where the knob is `hidden`, `act`,
/// `opt`, `lr` or `batch`, its key is named the prefix followed by the knob (`"g", lr` is
/// `glr`), `NETWORK` is the mode's [`Network`] and the field the value's place in
/// [`Config`](super::Config). Hidden layers and activation change the network (`Rebuild`),
/// the optimiser and the rate apply live, the batch as the mode says; every knob is
/// labelled by its value in a run comparison.
macro_rules! network_key {
    ($net:expr, $prefix:literal, hidden => $($f:ident).+) => {
        $crate::config::network::network_key!(@key $net, $prefix, "hidden",
            $crate::config::Change::Rebuild, $($f).+ => widths($net.layers, $net.width))
    };
    ($net:expr, $prefix:literal, act => $($f:ident).+) => {
        $crate::config::network::network_key!(@key $net, $prefix, "act",
            $crate::config::Change::Rebuild, $($f).+ => choice)
    };
    ($net:expr, $prefix:literal, opt => $($f:ident).+) => {
        $crate::config::network::network_key!(@key $net, $prefix, "opt",
            $crate::config::Change::Live, $($f).+ => choice)
    };
    ($net:expr, $prefix:literal, lr => $($f:ident).+) => {
        $crate::config::network::network_key!(@key $net, $prefix, "lr",
            $crate::config::Change::Live,
            $($f).+ => number($crate::config::network::MIN_LEARNING_RATE, $net.max_rate))
    };
    ($net:expr, $prefix:literal, batch => $($f:ident).+) => {
        $crate::config::network::network_key!(@key $net, $prefix, "batch",
            $net.batch_change, $($f).+ => whole(1, $net.max_batch))
    };
    (@key $net:expr, $prefix:literal, $knob:literal, $change:expr,
     $($f:ident).+ => $($reader:tt)+) => {
        $crate::config::keys::Key {
            name: concat!($prefix, $knob),
            scope: $crate::config::keys::Scope::Only($net.mode),
            change: $change,
            label: $crate::config::keys::Label::Value,
            read: |c, s| $crate::config::values::set(
                &mut c.$($f).+,
                $crate::config::keys::read_value!(s, $($reader)+),
            ),
            write: |c| $crate::config::keys::write_value!(c.$($f).+, $($reader)+),
        }
    };
}
pub(crate) use network_key;
