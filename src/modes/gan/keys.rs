//! The GAN mode's keys.

use crate::config::keys::{Key, Label, Rejection, key_of};
use crate::config::values::*;
use crate::config::{Change, Config, Mode};
use crate::modes::gan::{MAX_GAN_LAYERS, MAX_GAN_WIDTH, drawn};

/// The keys of this mode, in the order they are written.
pub(crate) const KEYS: &[Key] = &[
    // The GAN mode's keys. Change kinds are those of `GanSession::set_config`: rates,
    // optimisers, loss, k_D/k_G and the view apply live, anything else means new networks.
    gan(
        "target",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.gan.target, choice(s)),
        |c| c.gan.target.name().to_string(),
    ),
    gan(
        "gnoise",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.gan.noise, choice(s)),
        |c| c.gan.noise.name().to_string(),
    ),
    gan(
        "gdim",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.gan.noise_dim, whole(s, 1, 2)),
        |c| c.gan.noise_dim.to_string(),
    ),
    gan(
        "ghidden",
        Change::Rebuild,
        Label::Value,
        |c, s| {
            set(
                &mut c.gan.g_hidden,
                widths(s, MAX_GAN_LAYERS, MAX_GAN_WIDTH),
            )
        },
        |c| write_list(&c.gan.g_hidden),
    ),
    gan(
        "dhidden",
        Change::Rebuild,
        Label::Value,
        |c, s| {
            set(
                &mut c.gan.d_hidden,
                widths(s, MAX_GAN_LAYERS, MAX_GAN_WIDTH),
            )
        },
        |c| write_list(&c.gan.d_hidden),
    ),
    gan(
        "gact",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.gan.g_activation, choice(s)),
        |c| c.gan.g_activation.name().to_string(),
    ),
    gan(
        "dact",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.gan.d_activation, choice(s)),
        |c| c.gan.d_activation.name().to_string(),
    ),
    gan(
        "gopt",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.gan.g_optimizer, choice(s)),
        |c| c.gan.g_optimizer.name().to_string(),
    ),
    gan(
        "dopt",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.gan.d_optimizer, choice(s)),
        |c| c.gan.d_optimizer.name().to_string(),
    ),
    gan(
        "glr",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.gan.g_learning_rate, real(s, 0.00001, 1.0)),
        |c| c.gan.g_learning_rate.to_string(),
    ),
    gan(
        "dlr",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.gan.d_learning_rate, real(s, 0.00001, 1.0)),
        |c| c.gan.d_learning_rate.to_string(),
    ),
    gan(
        "ganloss",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.gan.loss, choice(s)),
        |c| c.gan.loss.name().to_string(),
    ),
    gan(
        "kd",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.gan.k_d, whole(s, 0, 10)),
        |c| c.gan.k_d.to_string(),
    ),
    gan(
        "kg",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.gan.k_g, whole(s, 0, 10)),
        |c| c.gan.k_g.to_string(),
    ),
    gan(
        "gbatch",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.gan.batch, whole(s, 1, 512)),
        |c| c.gan.batch.to_string(),
    ),
    gan(
        "far",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.gan.far_start, flag(s)),
        |c| write_flag(c.gan.far_start),
    ),
    gan(
        "garrows",
        Change::Live,
        Label::Hidden,
        |c, s| set(&mut c.gan.arrows, flag(s)),
        |c| write_flag(c.gan.arrows),
    ),
    gan(
        "gmanifold",
        Change::Live,
        Label::Hidden,
        |c, s| set(&mut c.gan.manifold, flag(s)),
        |c| write_flag(c.gan.manifold),
    ),
    gan(
        "gpoints",
        Change::Rebuild,
        Label::Name,
        |c, s| set(&mut c.gan.drawn, drawn_points(s)),
        |c| drawn::encode(&c.gan.drawn),
    ),
];

/// A key of this mode.
const fn gan(
    name: &'static str,
    change: Change,
    label: Label,
    read: fn(&mut Config, &str) -> Result<(), Rejection>,
    write: fn(&Config) -> String,
) -> Key {
    key_of(Mode::Gan, name, change, label, read, write)
}
