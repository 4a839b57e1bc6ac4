//! The image-fitting mode's keys (prefix `i`, so that no other mode's key is shadowed).
//! Change kinds are those of `ImageFit::set_config`: the optimiser, rate and batch apply in
//! place; a new picture (target, size, colour), encoding or network means new weights.

use crate::config::keys::{Key, key};
use crate::modes::fit::MAX_FOURIER;

/// Sides, in pixels, a link may ask for (the page offers 16, 32, 64 and 128).
pub const IMAGE_SIDES: (usize, usize) = (8, 128);
/// Most hidden layers of the image network.
pub const MAX_IMAGE_LAYERS: usize = 6;
/// Most neurons in one of its hidden layers.
pub const MAX_IMAGE_WIDTH: usize = 128;

/// The keys of this mode, in the order they are written.
pub(crate) const KEYS: &[Key] = &[
    key!("itarget", Image, Rebuild, Value, image.target => choice),
    key!("isize", Image, Rebuild, Value, image.size => whole(IMAGE_SIDES.0, IMAGE_SIDES.1)),
    key!("icolour", Image, Rebuild, Value, image.colour => flag),
    key!("ifourier", Image, Rebuild, Value, image.fourier => flag),
    key!("ifreq", Image, Rebuild, Value, image.features => whole(1, MAX_FOURIER)),
    key!("iscale", Image, Rebuild, Value, image.scale => number(0.1, 30.0)),
    key!("ihidden", Image, Rebuild, Value,
        image.hidden => widths(MAX_IMAGE_LAYERS, MAX_IMAGE_WIDTH)),
    key!("iact", Image, Rebuild, Value, image.activation => choice),
    key!("iopt", Image, Live, Value, image.optimizer => choice),
    key!("ilr", Image, Live, Value, image.learning_rate => number(0.00001, 1.0)),
    key!("ibatch", Image, Live, Value, image.batch => whole(1, 4096)),
];
