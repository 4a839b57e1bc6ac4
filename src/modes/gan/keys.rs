//! The GAN mode's keys.

use crate::config::keys::{Key, Rejection, key};
use crate::config::network::{Network, network_key};
use crate::config::values::{drawn_points, set};
use crate::config::{Change, Config, Mode};
use crate::modes::gan::{MAX_GAN_LAYERS, MAX_GAN_WIDTH, drawn};

/// The limits of the network knobs, the same for both networks (`ghidden`, `dhidden`, `gact`,
/// `dact`, `gopt`, `dopt`, `glr`, `dlr`, `gbatch`).
pub(crate) const NETWORK: Network = Network {
    mode: Mode::Gan,
    layers: MAX_GAN_LAYERS,
    width: MAX_GAN_WIDTH,
    max_rate: 1.0,
    max_batch: 512,
    batch_change: Change::Rebuild,
};

/// The keys of this mode, in the order they are written. Change kinds are those of
/// `GanSession::set_config`: rates, optimisers, loss, k_D/k_G and the view apply live, anything
/// else means new networks.
pub(crate) const KEYS: &[Key] = &[
    key!("target", Gan, Rebuild, Value, gan.target => choice),
    key!("gnoise", Gan, Rebuild, Value, gan.noise => choice),
    key!("gdim", Gan, Rebuild, Value, gan.noise_dim => whole(1, 2)),
    network_key!(NETWORK, "g", hidden => gan.g_hidden),
    network_key!(NETWORK, "d", hidden => gan.d_hidden),
    network_key!(NETWORK, "g", act => gan.g_activation),
    network_key!(NETWORK, "d", act => gan.d_activation),
    network_key!(NETWORK, "g", opt => gan.g_optimizer),
    network_key!(NETWORK, "d", opt => gan.d_optimizer),
    network_key!(NETWORK, "g", lr => gan.g_learning_rate),
    network_key!(NETWORK, "d", lr => gan.d_learning_rate),
    key!("ganloss", Gan, Live, Value, gan.loss => choice),
    key!("kd", Gan, Live, Value, gan.k_d => whole(0, 10)),
    key!("kg", Gan, Live, Value, gan.k_g => whole(0, 10)),
    network_key!(NETWORK, "g", batch => gan.batch),
    key!("far", Gan, Rebuild, Value, gan.far_start => flag),
    key!("garrows", Gan, Live, Hidden, gan.arrows => flag),
    key!("gmanifold", Gan, Live, Hidden, gan.manifold => flag),
    key!("gpoints", Gan, Rebuild, Name, with read_drawn, |c| drawn::encode(&c.gan.drawn)),
];

/// The GAN's defaults in version 1 of the link format where version 2 changed them, as
/// (key, value): ReLU in G and both rates at 0.002, with which the default run on the ring
/// reached all eight modes and then collapsed. A `v=1` GAN link that leaves one of these keys
/// out means this value (see `config::parse_onto`).
pub(crate) const VERSION_1_DEFAULTS: &[(&str, &str)] =
    &[("gact", "relu"), ("glr", "0.002"), ("dlr", "0.002")];

/// Reads `gpoints`, a drawn target.
fn read_drawn(c: &mut Config, s: &str) -> Result<(), Rejection> {
    set(&mut c.gan.drawn, drawn_points(s))
}
