//! The curve-fitting mode's keys (prefix `c`, so that no other mode's key is shadowed).
//! Change kinds are those of `CurveFit::set_config`: new data (target, samples, noise,
//! drawn points) are fitted by the same weights, so they are `Live`; so are the optimiser,
//! rate and batch; a new network shape or activation means new weights.

use crate::config::keys::{Expected, Key, Label, Rejection, key_of};
use crate::config::values::*;
use crate::config::{Change, Config, Mode};
use crate::modes::fit::drawn_text;

/// Most hidden layers of the curve network.
pub const MAX_CURVE_LAYERS: usize = 4;
/// Most neurons in one of its hidden layers.
pub const MAX_CURVE_WIDTH: usize = 64;
/// Most noisy samples of a built-in curve.
pub const MAX_CURVE_SAMPLES: usize = 500;

/// The keys of this mode, in the order they are written.
pub(crate) const KEYS: &[Key] = &[
    curve(
        "ctarget",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.curve.target, choice(s)),
        |c| c.curve.target.name().to_string(),
    ),
    curve(
        "csamples",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.curve.samples, whole(s, 2, MAX_CURVE_SAMPLES)),
        |c| c.curve.samples.to_string(),
    ),
    curve(
        "cnoise",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.curve.noise, real(s, 0.0, 1.0)),
        |c| c.curve.noise.to_string(),
    ),
    curve(
        "chidden",
        Change::Rebuild,
        Label::Value,
        |c, s| {
            set(
                &mut c.curve.hidden,
                widths(s, MAX_CURVE_LAYERS, MAX_CURVE_WIDTH),
            )
        },
        |c| write_list(&c.curve.hidden),
    ),
    curve(
        "cact",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.curve.activation, choice(s)),
        |c| c.curve.activation.name().to_string(),
    ),
    curve(
        "copt",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.curve.optimizer, choice(s)),
        |c| c.curve.optimizer.name().to_string(),
    ),
    curve(
        "clr",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.curve.learning_rate, real(s, 0.00001, 1.0)),
        |c| c.curve.learning_rate.to_string(),
    ),
    curve(
        "cbatch",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.curve.batch, whole(s, 1, MAX_CURVE_SAMPLES)),
        |c| c.curve.batch.to_string(),
    ),
    curve(
        "cpoints",
        Change::Live,
        Label::Name,
        |c, s| set(&mut c.curve.points, curve_points(s)),
        |c| drawn_text::encode(&c.curve.points),
    ),
];

/// Points as [`drawn_text::encode`] writes them.
fn curve_points(s: &str) -> Result<Vec<(f64, f64)>, Rejection> {
    drawn_text::decode(s).ok_or(Rejection::Expected(Expected::DrawnPoints {
        max: drawn_text::MAX_DRAWN_POINTS,
    }))
}

/// A key of this mode.
const fn curve(
    name: &'static str,
    change: Change,
    label: Label,
    read: fn(&mut Config, &str) -> Result<(), Rejection>,
    write: fn(&Config) -> String,
) -> Key {
    key_of(Mode::Curve, name, change, label, read, write)
}
