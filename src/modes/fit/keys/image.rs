//! The image-fitting mode's keys (prefix `i`, so that no other mode's key is shadowed).
//! Change kinds are those of `ImageFit::set_config`: the optimiser, rate and batch apply in
//! place; a new picture (target, size, colour), encoding or network means new weights; `i3d`
//! (a terrain in 3-D) changes only the view and, like `wseed`, is written only when on, so
//! image links written before it read back as they were.

use crate::config::keys::{Key, key};
use crate::config::network::{Network, network_key};
use crate::config::{Change, Mode};
use crate::modes::fit::MAX_FOURIER;

/// Sides, in pixels, a link may ask for (the page offers 16, 32, 64 and 128).
pub const IMAGE_SIDES: (usize, usize) = (8, 128);
/// Most hidden layers of the image network.
pub const MAX_IMAGE_LAYERS: usize = 6;
/// Most neurons in one of its hidden layers.
pub const MAX_IMAGE_WIDTH: usize = 128;

/// The limits of the network knobs (`ihidden`, `iact`, `iopt`, `ilr`, `ibatch`).
pub(crate) const NETWORK: Network = Network {
    mode: Mode::Image,
    layers: MAX_IMAGE_LAYERS,
    width: MAX_IMAGE_WIDTH,
    max_rate: 1.0,
    max_batch: 4096,
    batch_change: Change::Live,
};

/// The keys of this mode, in the order they are written.
pub(crate) const KEYS: &[Key] = &[
    key!("itarget", Image, Rebuild, Value, image.target => choice),
    key!("isize", Image, Rebuild, Value, image.size => whole(IMAGE_SIDES.0, IMAGE_SIDES.1)),
    key!("icolour", Image, Rebuild, Value, image.colour => flag),
    key!("ifourier", Image, Rebuild, Value, image.fourier => flag),
    key!("ifreq", Image, Rebuild, Value, image.features => whole(1, MAX_FOURIER)),
    key!("iscale", Image, Rebuild, Value, image.scale => number(0.1, 30.0)),
    key!("i3d", Changed, Live, Hidden, image.relief3d => flag),
    network_key!(NETWORK, "i", hidden => image.hidden),
    network_key!(NETWORK, "i", act => image.activation),
    network_key!(NETWORK, "i", opt => image.optimizer),
    network_key!(NETWORK, "i", lr => image.learning_rate),
    network_key!(NETWORK, "i", batch => image.batch),
];
