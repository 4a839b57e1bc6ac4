//! The GAN mode's keys.

use crate::config::Config;
use crate::config::keys::{Key, Rejection, key};
use crate::config::values::{drawn_points, set};
use crate::modes::gan::{MAX_GAN_LAYERS, MAX_GAN_WIDTH, drawn};

/// The keys of this mode, in the order they are written. Change kinds are those of
/// `GanSession::set_config`: rates, optimisers, loss, k_D/k_G and the view apply live, anything
/// else means new networks.
pub(crate) const KEYS: &[Key] = &[
    key!("target", Gan, Rebuild, Value, gan.target => choice),
    key!("gnoise", Gan, Rebuild, Value, gan.noise => choice),
    key!("gdim", Gan, Rebuild, Value, gan.noise_dim => whole(1, 2)),
    key!("ghidden", Gan, Rebuild, Value, gan.g_hidden => widths(MAX_GAN_LAYERS, MAX_GAN_WIDTH)),
    key!("dhidden", Gan, Rebuild, Value, gan.d_hidden => widths(MAX_GAN_LAYERS, MAX_GAN_WIDTH)),
    key!("gact", Gan, Rebuild, Value, gan.g_activation => choice),
    key!("dact", Gan, Rebuild, Value, gan.d_activation => choice),
    key!("gopt", Gan, Live, Value, gan.g_optimizer => choice),
    key!("dopt", Gan, Live, Value, gan.d_optimizer => choice),
    key!("glr", Gan, Live, Value, gan.g_learning_rate => number(0.00001, 1.0)),
    key!("dlr", Gan, Live, Value, gan.d_learning_rate => number(0.00001, 1.0)),
    key!("ganloss", Gan, Live, Value, gan.loss => choice),
    key!("kd", Gan, Live, Value, gan.k_d => whole(0, 10)),
    key!("kg", Gan, Live, Value, gan.k_g => whole(0, 10)),
    key!("gbatch", Gan, Rebuild, Value, gan.batch => whole(1, 512)),
    key!("far", Gan, Rebuild, Value, gan.far_start => flag),
    key!("garrows", Gan, Live, Hidden, gan.arrows => flag),
    key!("gmanifold", Gan, Live, Hidden, gan.manifold => flag),
    key!("gpoints", Gan, Rebuild, Name, with read_drawn, |c| drawn::encode(&c.gan.drawn)),
];

/// Reads `gpoints`, a drawn target.
fn read_drawn(c: &mut Config, s: &str) -> Result<(), Rejection> {
    set(&mut c.gan.drawn, drawn_points(s))
}
