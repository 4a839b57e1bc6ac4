//! Why a saved state was refused, worded so that a student knows what to do with the file.

use super::{MAX_STATE_BYTES, STATE_VERSION};
use crate::config::Mode;
use crate::formats::json::JsonError;
use core::fmt;

/// What a field of a saved state should hold (its `Display` is English).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldShape {
    /// `config`: a query string.
    QueryString,
    /// `version`: a whole number.
    WholeNumber,
    /// A list of numbers (weights).
    Numbers,
    /// A list of numbers given together with the other GAN network's.
    NumbersWithOther,
    /// `data`: lists of `[x, y, label]` rows.
    Rows,
    /// `data`: at most 10000 points.
    AtMostPoints,
    /// `picture`: `"builtin"` or `"uploaded"`.
    PictureSource,
    /// `strokes`: painted strokes as the page writes them.
    Strokes,
    /// `pixels`: 64 × 64 × 3 numbers from 0 to 1.
    Pixels,
}

impl FieldShape {
    /// The shape's name, as the page's string tables key it.
    pub fn key(self) -> &'static str {
        match self {
            FieldShape::QueryString => "queryString",
            FieldShape::WholeNumber => "wholeNumber",
            FieldShape::Numbers => "numbers",
            FieldShape::NumbersWithOther => "numbersWithOther",
            FieldShape::Rows => "rows",
            FieldShape::AtMostPoints => "atMostPoints",
            FieldShape::PictureSource => "pictureSource",
            FieldShape::Strokes => "strokes",
            FieldShape::Pixels => "pixels",
        }
    }
}

impl fmt::Display for FieldShape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FieldShape::QueryString => "a query string",
            FieldShape::WholeNumber => "a whole number",
            FieldShape::Numbers => "a list of numbers",
            FieldShape::NumbersWithOther => "a list of numbers, given with the other network's",
            FieldShape::Rows => "lists of [x, y, label] rows",
            FieldShape::AtMostPoints => "at most 10000 points",
            FieldShape::PictureSource => "\"builtin\" or \"uploaded\"",
            FieldShape::Strokes => "strokes as this page writes them",
            FieldShape::Pixels => "64 × 64 × 3 numbers from 0 to 1",
        })
    }
}

/// Why a saved state could not be loaded (nothing was changed).
#[derive(Clone, Debug, PartialEq)]
pub enum StateError {
    /// The file is larger than [`MAX_STATE_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// The file is not JSON.
    NotJson(JsonError),
    /// The file is JSON but does not say `"format": "nn-playground"`.
    NotAState,
    /// The file was made by a newer version of the page.
    NewerVersion {
        /// The version it names.
        version: f64,
    },
    /// A field has the wrong kind of value.
    BadField {
        /// The field's name.
        field: &'static str,
        /// What it should hold.
        expected: FieldShape,
    },
    /// A point of `data` is not `[x, y, label]` numbers within the plane.
    BadPoint {
        /// "train" or "test".
        set: &'static str,
        /// The point's index (0-based) in that list.
        index: usize,
    },
    /// A point's label does not fit the saved problem and classes.
    LabelOutOfRange {
        /// Index of the point among the custom points (sorted by position).
        index: usize,
        /// The label.
        label: f64,
    },
    /// The weights do not fit the saved network.
    WeightCount {
        /// How many the file has.
        found: usize,
        /// How many the network has.
        expected: usize,
    },
    /// One of several networks (the GAN's generator or discriminator, a fit's network) does
    /// not get the number of weights its config needs.
    NetworkWeights {
        /// Which network, as named in the file ("generator", "discriminator", "weights").
        network: &'static str,
        /// How many the file has.
        found: usize,
        /// How many the network has.
        expected: usize,
    },
    /// The file is a state of another page mode (the widget switches to it instead).
    OtherMode {
        /// The file's mode.
        found: Mode,
        /// The mode that tried to read it.
        expected: Mode,
    },
}

impl fmt::Display for StateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let prefix = "This file cannot be loaded: ";
        match self {
            StateError::TooLarge { bytes } => write!(
                f,
                "{prefix}it has {bytes} bytes, more than the {MAX_STATE_BYTES} a saved state \
                 may have"
            ),
            StateError::NotJson(e) => write!(f, "{prefix}it is not JSON ({e})"),
            StateError::NotAState => write!(
                f,
                "{prefix}it is not a saved nn-playground state (no \"format\": \
                 \"nn-playground\")"
            ),
            StateError::NewerVersion { version } => write!(
                f,
                "{prefix}it was saved by a newer version ({version}) of this page, which reads \
                 version {STATE_VERSION}; reload the page to update it"
            ),
            StateError::BadField { field, expected } => {
                write!(f, "{prefix}its \"{field}\" should be {expected}")
            }
            StateError::BadPoint { set, index } => write!(
                f,
                "{prefix}point {} of \"{set}\" is not [x, y, label] with x and y between -6 \
                 and 6 and a label that is a class 0 to 4 or a value from -1 to 1",
                index + 1
            ),
            StateError::LabelOutOfRange { index, label } => write!(
                f,
                "{prefix}point {} has the label {label}, which its problem and number of \
                 classes do not allow",
                index + 1
            ),
            StateError::WeightCount { found, expected } => write!(
                f,
                "{prefix}it has {found} weights but its network needs {expected}"
            ),
            StateError::NetworkWeights {
                network,
                found,
                expected,
            } => write!(
                f,
                "{prefix}its \"{network}\" has {found} weights but the network its settings \
                 describe needs {expected}"
            ),
            StateError::OtherMode { found, expected } => write!(
                f,
                "{prefix}it was saved in the {} mode, not the {} mode",
                found.name(),
                expected.name()
            ),
        }
    }
}
