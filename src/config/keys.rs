//! THE table of query-string keys: for each, its public name, which page mode it belongs to,
//! what changing it does to a running session, how a run comparison labels it, and how it is
//! read (with its validation) and written. Parsing, writing, [`super::change_between`] and
//! [`super::differences`] all walk this one table; no other list of key names exists.

use super::values::*;
use super::{Change, Config, FORMAT_VERSION, Mode};
use crate::data::{MAX_CLASSES, MIN_CLASSES};
use crate::gan::{MAX_GAN_LAYERS, MAX_GAN_WIDTH, drawn};

/// Most hidden layers a network may have.
pub const MAX_HIDDEN_LAYERS: usize = 8;
/// Most neurons a hidden layer may have.
pub const MAX_LAYER_WIDTH: usize = 32;

/// Why a value was refused.
pub(super) enum Rejection {
    /// Not acceptable; the text says what would be (see `IssueKind::BadValue`).
    Expected(String),
    /// The `v` key names a format this build does not know.
    Version,
}

/// How a run comparison ([`super::differences`]) names a key whose value differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// By name and value, e.g. "lr 0.3".
    Value,
    /// By name only (the value is too long to read, e.g. the drawn points).
    Name,
    /// Not at all: the key changes only what is shown, not what training does.
    Hidden,
}

/// Which page mode a key belongs to: [`Config::to_query`] writes the keys of the config's
/// mode, and a key of the other mode only when its value is not the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Scope {
    /// Both modes (`v`, `seed`).
    Shared,
    /// The classifier.
    Classify,
    /// The GAN (`mode` itself, which is written only for the GAN).
    Gan,
}

impl Scope {
    /// Whether a key of this scope is always written for `mode`.
    pub fn includes(self, mode: Mode) -> bool {
        match self {
            Scope::Shared => true,
            Scope::Classify => mode == Mode::Classify,
            Scope::Gan => mode == Mode::Gan,
        }
    }
}

/// One key: its name in the query string, its mode, the kind of change it makes, how a run
/// comparison names it, and how to read it into a [`Config`] (untouched on a refusal) and
/// write it back.
pub(super) struct Key {
    pub name: &'static str,
    pub scope: Scope,
    pub change: Change,
    pub label: Label,
    pub read: fn(&mut Config, &str) -> Result<(), Rejection>,
    pub write: fn(&Config) -> String,
}

/// Every key, in the order [`Config::to_query`] writes them (the version first).
pub(super) const KEYS: &[Key] = &[
    shared(
        "v",
        Change::Live,
        Label::Hidden,
        |_, s| version(s),
        |_| FORMAT_VERSION.to_string(),
    ),
    shared(
        "seed",
        Change::Regenerate,
        Label::Value,
        |c, s| set(&mut c.seed, whole(s, 0, u64::MAX)),
        |c| c.seed.to_string(),
    ),
    key(
        "data",
        Change::Regenerate,
        Label::Value,
        |c, s| set(&mut c.dataset, choice(s)),
        |c| c.dataset.name().to_string(),
    ),
    key(
        "problem",
        Change::Regenerate,
        Label::Value,
        |c, s| set(&mut c.problem, choice(s)),
        |c| c.problem.name().to_string(),
    ),
    key(
        "classes",
        Change::Regenerate,
        Label::Value,
        |c, s| set(&mut c.classes, whole(s, MIN_CLASSES, MAX_CLASSES)),
        |c| c.classes.to_string(),
    ),
    key(
        "noise",
        Change::Regenerate,
        Label::Value,
        |c, s| set(&mut c.noise, whole(s, 0, 50)),
        |c| c.noise.to_string(),
    ),
    key(
        "train",
        Change::Regenerate,
        Label::Value,
        |c, s| set(&mut c.train_percent, whole(s, 10, 90)),
        |c| c.train_percent.to_string(),
    ),
    key(
        "features",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.features, features(s)),
        |c| write_features(c.features),
    ),
    key(
        "hidden",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.hidden, hidden(s)),
        |c| write_list(&c.hidden),
    ),
    key(
        "act",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.activation, choice(s)),
        |c| c.activation.name().to_string(),
    ),
    key(
        "loss",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.loss, choice(s)),
        |c| c.loss.name().to_string(),
    ),
    key(
        "init",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.init, choice(s)),
        |c| c.init.name().to_string(),
    ),
    key(
        "opt",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.optimizer, choice(s)),
        |c| c.optimizer.name().to_string(),
    ),
    key(
        "lr",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.learning_rate, real(s, 0.00001, 10.0)),
        |c| c.learning_rate.to_string(),
    ),
    key(
        "momentum",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.momentum, real(s, 0.0, 0.999)),
        |c| c.momentum.to_string(),
    ),
    key(
        "batch",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.batch_size, whole(s, 1, 500)),
        |c| c.batch_size.to_string(),
    ),
    key(
        "reg",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.regularization, choice(s)),
        |c| c.regularization.name().to_string(),
    ),
    key(
        "regrate",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.reg_rate, real(s, 0.0, 10.0)),
        |c| c.reg_rate.to_string(),
    ),
    key(
        "showtest",
        Change::Live,
        Label::Hidden,
        |c, s| set(&mut c.show_test, flag(s)),
        |c| write_flag(c.show_test),
    ),
    key(
        "discrete",
        Change::Live,
        Label::Hidden,
        |c, s| set(&mut c.discretize, flag(s)),
        |c| write_flag(c.discretize),
    ),
    // Live: editing the drawn points keeps training the same weights on the edited data.
    key(
        "points",
        Change::Live,
        Label::Name,
        |c, s| {
            let read = points(s, &c.custom);
            set(&mut c.custom, read)
        },
        |c| c.custom.encode(),
    ),
    // The GAN mode's keys. Change kinds are those of `GanSession::set_config`: rates,
    // optimisers, loss, k_D/k_G and the view apply live, anything else means new networks.
    gan(
        "mode",
        Change::Regenerate,
        Label::Hidden,
        |c, s| set(&mut c.mode, choice(s)),
        |c| c.mode.name().to_string(),
    ),
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

/// A classifier key (a function so that each entry fits on a few lines).
const fn key(
    name: &'static str,
    change: Change,
    label: Label,
    read: fn(&mut Config, &str) -> Result<(), Rejection>,
    write: fn(&Config) -> String,
) -> Key {
    Key {
        name,
        scope: Scope::Classify,
        change,
        label,
        read,
        write,
    }
}

/// A key of both modes.
const fn shared(
    name: &'static str,
    change: Change,
    label: Label,
    read: fn(&mut Config, &str) -> Result<(), Rejection>,
    write: fn(&Config) -> String,
) -> Key {
    Key {
        scope: Scope::Shared,
        ..key(name, change, label, read, write)
    }
}

/// A key of the GAN mode.
const fn gan(
    name: &'static str,
    change: Change,
    label: Label,
    read: fn(&mut Config, &str) -> Result<(), Rejection>,
    write: fn(&Config) -> String,
) -> Key {
    Key {
        scope: Scope::Gan,
        ..key(name, change, label, read, write)
    }
}
