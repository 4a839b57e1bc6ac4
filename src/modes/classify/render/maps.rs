//! Colours of value maps over the plane: how a neuron's output is shown (a signed value, a
//! probability, or one class's probability) and a whole map turned into cell colours.

use crate::drawing::colour::{CLASSIC, Rgba, shade};
use crate::engine::float::Float;
use crate::engine::nn::Activation;
use crate::engine::nn::head::Head;

/// How the values of one map become colours.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MapStyle {
    /// A value around 0 (tanh, ReLU, linear, a regression output): −1 orange … +1 blue,
    /// clamped.
    Signed,
    /// A probability in [0, 1] (sigmoid): 0 orange, ½ neutral, 1 blue.
    Probability,
    /// One class's probability: neutral at 0, the class colour at 1.
    Class(Rgba),
}

impl MapStyle {
    /// The style of a hidden neuron with activation `hidden`.
    pub fn hidden(hidden: Activation) -> Self {
        match hidden {
            Activation::Sigmoid => MapStyle::Probability,
            _ => MapStyle::Signed,
        }
    }

    /// The style of output neuron `o` of a network with this head (`classes`: the class
    /// colours of the scheme in use).
    pub fn output(head: Head, o: usize, classes: &[Rgba]) -> Self {
        match head {
            Head::Softmax(_) => MapStyle::Class(classes[o % classes.len()]),
            Head::Single(loss) => match loss.output_activation() {
                Activation::Sigmoid => MapStyle::Probability,
                _ => MapStyle::Signed,
            },
        }
    }

    /// The colour of `v` (NaN shows neutral).
    pub fn colour(self, v: f64, table: &[Rgba; 256]) -> Rgba {
        match self {
            MapStyle::Signed => lookup(v, table),
            MapStyle::Probability => lookup(2.0 * v - 1.0, table),
            MapStyle::Class(_) if v.is_nan() => CLASSIC.neutral,
            MapStyle::Class(c) => shade(CLASSIC.neutral, c, v.clamp(0.0, 1.0)),
        }
    }
}

/// The colour of `s` ∈ [−1, 1] in a 256-entry table (NaN: the middle entry).
fn lookup(s: f64, table: &[Rgba; 256]) -> Rgba {
    if s.is_nan() {
        return table[128];
    }
    table[(((s.clamp(-1.0, 1.0) + 1.0) * 127.5) as usize).min(255)]
}

/// Replaces `out` by the colours of `values` in `style`.
pub fn map_cells<F: Float>(
    values: &[F],
    style: MapStyle,
    table: &[Rgba; 256],
    out: &mut Vec<Rgba>,
) {
    out.clear();
    out.extend(values.iter().map(|v| style.colour(v.to_f64(), table)));
}

/// Writes the colours of `values` in `style` into an RGBA buffer (4 bytes a value).
pub fn map_rgba<F: Float>(values: &[F], style: MapStyle, table: &[Rgba; 256], rgba: &mut [u8]) {
    for (v, px) in values.iter().zip(rgba.chunks_exact_mut(4)) {
        px.copy_from_slice(&style.colour(v.to_f64(), table));
    }
}
