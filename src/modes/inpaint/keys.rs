//! The inpainting mode's keys (prefix `p`, so that no other mode's key is shadowed, and
//! `hole`). The optimiser, rate and batch apply in place; a new picture, size, hole,
//! encoding or network means new weights (weights trained where the hole now is would have
//! seen the answer).

use crate::config::keys::{Expected, Key, Rejection, key};
use crate::config::network::{Network, network_key};
use crate::config::values::set;
use crate::config::{Change, Config, Mode};
use crate::modes::inpaint::{HOLE_SIDES, Hole};

/// Sides, in pixels, a link may ask for (the page offers 32, 48 and 64).
pub const INPAINT_SIDES: (usize, usize) = (8, 96);
/// Most Fourier frequencies.
pub const MAX_INPAINT_FOURIER: usize = 64;

/// The limits of the network knobs (`phidden`, `pact`, `popt`, `plr`, `pbatch`).
pub(crate) const NETWORK: Network = Network {
    mode: Mode::Inpaint,
    layers: 4,
    width: 64,
    max_rate: 1.0,
    max_batch: 4096,
    batch_change: Change::Live,
};

/// The keys of this mode, in the order they are written.
pub(crate) const KEYS: &[Key] = &[
    key!("ptarget", Inpaint, Rebuild, Value, inpaint.target => choice),
    key!("psize", Inpaint, Rebuild, Value, inpaint.size => whole(INPAINT_SIDES.0, INPAINT_SIDES.1)),
    key!("hole", Inpaint, Rebuild, Name, with read_hole, |c| c.inpaint.hole.write()),
    key!("pfourier", Inpaint, Rebuild, Value, inpaint.fourier => flag),
    key!("pbasis", Inpaint, Rebuild, Value, inpaint.basis => choice),
    key!("pfreq", Inpaint, Rebuild, Value, inpaint.features => whole(1, MAX_INPAINT_FOURIER)),
    key!("pscale", Inpaint, Rebuild, Value, inpaint.scale => number(0.1, 30.0)),
    network_key!(NETWORK, "p", hidden => inpaint.hidden),
    network_key!(NETWORK, "p", act => inpaint.activation),
    network_key!(NETWORK, "p", opt => inpaint.optimizer),
    network_key!(NETWORK, "p", lr => inpaint.learning_rate),
    network_key!(NETWORK, "p", batch => inpaint.batch),
];

/// Reads `hole`: `x,y,w,h` as [`Hole::parse`] reads it.
fn read_hole(c: &mut Config, s: &str) -> Result<(), Rejection> {
    let hole = Hole::parse(s).ok_or(Rejection::Expected(Expected::Hole {
        min: HOLE_SIDES.0,
        max: HOLE_SIDES.1,
    }));
    set(&mut c.inpaint.hole, hole)
}
