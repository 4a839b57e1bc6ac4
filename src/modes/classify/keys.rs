//! The classifier's keys (data, network, training, view).

use crate::config::keys::{Key, Label, Rejection, key_of};
use crate::config::values::*;
use crate::config::{Change, Config, Mode};
use crate::modes::classify::data::{MAX_CLASSES, MIN_CLASSES};

/// Most hidden layers a network may have.
pub const MAX_HIDDEN_LAYERS: usize = 8;
/// Most neurons a hidden layer may have.
pub const MAX_LAYER_WIDTH: usize = 32;

/// The keys of this mode, in the order they are written.
pub(crate) const KEYS: &[Key] = &[
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
];

/// A key of this mode.
const fn key(
    name: &'static str,
    change: Change,
    label: Label,
    read: fn(&mut Config, &str) -> Result<(), Rejection>,
    write: fn(&Config) -> String,
) -> Key {
    key_of(Mode::Classify, name, change, label, read, write)
}
