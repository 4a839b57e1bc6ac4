//! The image-fitting mode's keys (prefix `i`, so that no other mode's key is shadowed).
//! Change kinds are those of `ImageFit::set_config`: the optimiser, rate and batch apply in
//! place; a new picture (target, size, colour), encoding or network means new weights.

use crate::config::keys::{Key, Label, Rejection, key_of};
use crate::config::values::*;
use crate::config::{Change, Config, Mode};
use crate::modes::fit::MAX_FOURIER;

/// Sides, in pixels, a link may ask for (the page offers 16, 32, 64 and 128).
pub const IMAGE_SIDES: (usize, usize) = (8, 128);
/// Most hidden layers of the image network.
pub const MAX_IMAGE_LAYERS: usize = 6;
/// Most neurons in one of its hidden layers.
pub const MAX_IMAGE_WIDTH: usize = 128;

/// The keys of this mode, in the order they are written.
pub(crate) const KEYS: &[Key] = &[
    image(
        "itarget",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.image.target, choice(s)),
        |c| c.image.target.name().to_string(),
    ),
    image(
        "isize",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.image.size, whole(s, IMAGE_SIDES.0, IMAGE_SIDES.1)),
        |c| c.image.size.to_string(),
    ),
    image(
        "icolour",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.image.colour, flag(s)),
        |c| write_flag(c.image.colour),
    ),
    image(
        "ifourier",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.image.fourier, flag(s)),
        |c| write_flag(c.image.fourier),
    ),
    image(
        "ifreq",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.image.features, whole(s, 1, MAX_FOURIER)),
        |c| c.image.features.to_string(),
    ),
    image(
        "iscale",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.image.scale, real(s, 0.1, 30.0)),
        |c| c.image.scale.to_string(),
    ),
    image(
        "ihidden",
        Change::Rebuild,
        Label::Value,
        |c, s| {
            set(
                &mut c.image.hidden,
                widths(s, MAX_IMAGE_LAYERS, MAX_IMAGE_WIDTH),
            )
        },
        |c| write_list(&c.image.hidden),
    ),
    image(
        "iact",
        Change::Rebuild,
        Label::Value,
        |c, s| set(&mut c.image.activation, choice(s)),
        |c| c.image.activation.name().to_string(),
    ),
    image(
        "iopt",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.image.optimizer, choice(s)),
        |c| c.image.optimizer.name().to_string(),
    ),
    image(
        "ilr",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.image.learning_rate, real(s, 0.00001, 1.0)),
        |c| c.image.learning_rate.to_string(),
    ),
    image(
        "ibatch",
        Change::Live,
        Label::Value,
        |c, s| set(&mut c.image.batch, whole(s, 1, 4096)),
        |c| c.image.batch.to_string(),
    ),
];

/// A key of this mode.
const fn image(
    name: &'static str,
    change: Change,
    label: Label,
    read: fn(&mut Config, &str) -> Result<(), Rejection>,
    write: fn(&Config) -> String,
) -> Key {
    key_of(Mode::Image, name, change, label, read, write)
}
