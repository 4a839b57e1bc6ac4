//! The curve-fitting mode's keys (prefix `c`, so that no other mode's key is shadowed).
//! Change kinds are those of `CurveFit::set_config`: new data (target, samples, noise,
//! drawn points) are fitted by the same weights, so they are `Live`; so are the optimiser,
//! rate and batch; a new network shape or activation means new weights.

use crate::config::keys::{Expected, Key, Rejection, key};
use crate::config::network::{Network, network_key};
use crate::config::values::set;
use crate::config::{Change, Config, Mode};
use crate::modes::fit::drawn_text;

/// Most hidden layers of the curve network.
pub const MAX_CURVE_LAYERS: usize = 4;
/// Most neurons in one of its hidden layers.
pub const MAX_CURVE_WIDTH: usize = 64;
/// Most noisy samples of a built-in curve.
pub const MAX_CURVE_SAMPLES: usize = 500;

/// The limits of the network knobs (`chidden`, `cact`, `copt`, `clr`, `cbatch`).
pub(crate) const NETWORK: Network = Network {
    mode: Mode::Curve,
    layers: MAX_CURVE_LAYERS,
    width: MAX_CURVE_WIDTH,
    max_rate: 1.0,
    max_batch: MAX_CURVE_SAMPLES,
    batch_change: Change::Live,
};

/// The keys of this mode, in the order they are written.
pub(crate) const KEYS: &[Key] = &[
    key!("ctarget", Curve, Live, Value, curve.target => choice),
    key!("csamples", Curve, Live, Value, curve.samples => whole(2, MAX_CURVE_SAMPLES)),
    key!("cnoise", Curve, Live, Value, curve.noise => number(0.0, 1.0)),
    network_key!(NETWORK, "c", hidden => curve.hidden),
    network_key!(NETWORK, "c", act => curve.activation),
    network_key!(NETWORK, "c", opt => curve.optimizer),
    network_key!(NETWORK, "c", lr => curve.learning_rate),
    network_key!(NETWORK, "c", batch => curve.batch),
    key!("cpoints", Curve, Live, Name, with read_points, |c| drawn_text::encode(&c.curve.points)),
];

/// Reads `cpoints`: points as [`drawn_text::encode`] writes them.
fn read_points(c: &mut Config, s: &str) -> Result<(), Rejection> {
    let points = drawn_text::decode(s).ok_or(Rejection::Expected(Expected::DrawnPoints {
        max: drawn_text::MAX_DRAWN_POINTS,
    }));
    set(&mut c.curve.points, points)
}
