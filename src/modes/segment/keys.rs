//! The segmentation's keys: the scene, the strokes, Fourier features of the position, the
//! hidden layers and the learning rate. Painting (the strokes) and the rate are `Live`: the
//! network goes on training with its weights.

use crate::config::Config;
use crate::config::keys::{Expected, Key, Rejection, key};
use crate::config::values::{Named, set};
use crate::modes::segment::{MAX_LINK_CHARS, Scene, Strokes};

/// Learning rates offered.
const LR: (f64, f64) = (0.00001, 1.0);
/// Most hidden layers, and the widest.
const LAYERS: usize = 4;
const WIDTH: usize = 64;

/// The keys of this mode, in the order they are written.
pub(crate) const KEYS: &[Key] = &[
    key!("scene", Segment, Regenerate, Value, segment.scene => choice),
    key!("strokes", Segment, Live, Name, with read_strokes, |c| c.segment.strokes.encode()),
    key!("sfourier", Segment, Rebuild, Value, segment.fourier => flag),
    key!("shidden", Segment, Rebuild, Value, segment.hidden => widths(LAYERS, WIDTH)),
    key!("slr", Segment, Live, Value, segment.learning_rate => number(LR)),
];

/// Reads `strokes` against the strokes already held (a digest names them).
fn read_strokes(c: &mut Config, s: &str) -> Result<(), Rejection> {
    let read = Strokes::decode(s, &c.segment.strokes);
    let max = MAX_LINK_CHARS;
    set(
        &mut c.segment.strokes,
        read.ok_or(Rejection::Expected(Expected::Strokes { max })),
    )
}

impl Named for Scene {
    const ALL: &'static [Self] = &Scene::ALL;
    fn name(self) -> &'static str {
        Scene::name(self)
    }
}
