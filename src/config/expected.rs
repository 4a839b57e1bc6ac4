//! What a refused query-string value should have been, as data (a kind and its numbers or
//! names) so that the page can word it in its own language; `Display` gives the English.

use core::fmt;

/// What a key would have accepted, as data. Numbers stay numbers (the page formats them in
/// its language); names are the query-string spellings, which are not translated.
#[derive(Clone, Debug, PartialEq)]
pub enum Expected {
    /// A whole number from `min` to `max` (kept as their decimal digits: `seed` goes up to
    /// `u64::MAX`, which a JS number cannot hold exactly).
    Whole {
        /// Smallest accepted, in decimal digits.
        min: String,
        /// Largest accepted, in decimal digits.
        max: String,
    },
    /// A number between `min` and `max`.
    Number {
        /// Smallest accepted.
        min: f64,
        /// Largest accepted.
        max: f64,
    },
    /// `0` or `1`.
    Flag,
    /// One of these names.
    OneOf(Vec<&'static str>),
    /// A comma-separated list of these names, at least one (the input features).
    SomeOf(Vec<&'static str>),
    /// A comma-separated list of these names, possibly empty (the race's optimisers).
    AnyOf(Vec<&'static str>),
    /// Up to `layers` comma-separated layer widths from 1 to `width`, empty for none.
    Widths {
        /// Most layers.
        layers: usize,
        /// Widest layer.
        width: usize,
    },
    /// Custom points as the page writes them: up to `max` in a link, a digest for more.
    LinkPoints {
        /// Most points a link carries.
        max: usize,
    },
    /// Drawn points as the page writes them, up to `max`.
    DrawnPoints {
        /// Most points.
        max: usize,
    },
    /// Painted strokes as the page writes them: up to `max` characters in a link, a digest
    /// for more.
    Strokes {
        /// Longest value a link carries.
        max: usize,
    },
    /// Two numbers `x,y` each within ±`far`, or `default`.
    Start {
        /// Largest coordinate, in absolute value.
        far: f64,
    },
    /// A rectangle `x,y,w,h` in fractions of the picture's side (left, top, width, height),
    /// inside the picture, its width and height from `min` to `max`.
    Hole {
        /// Smallest width or height.
        min: f64,
        /// Largest width or height.
        max: f64,
    },
}

impl Expected {
    /// A whole number from `min` to `max`.
    pub fn whole(min: impl fmt::Display, max: impl fmt::Display) -> Self {
        Expected::Whole {
            min: min.to_string(),
            max: max.to_string(),
        }
    }

    /// The kind's name, as the page's string tables key it.
    pub fn kind(&self) -> &'static str {
        match self {
            Expected::Whole { .. } => "whole",
            Expected::Number { .. } => "number",
            Expected::Flag => "flag",
            Expected::OneOf(_) => "oneOf",
            Expected::SomeOf(_) => "someOf",
            Expected::AnyOf(_) => "anyOf",
            Expected::Widths { .. } => "widths",
            Expected::LinkPoints { .. } => "linkPoints",
            Expected::DrawnPoints { .. } => "drawnPoints",
            Expected::Strokes { .. } => "strokes",
            Expected::Start { .. } => "start",
            Expected::Hole { .. } => "hole",
        }
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::Whole { min, max } => write!(f, "a whole number from {min} to {max}"),
            Expected::Number { min, max } => write!(f, "a number between {min} and {max}"),
            Expected::Flag => write!(f, "0 or 1"),
            Expected::OneOf(names) => write!(f, "one of {}", names.join(", ")),
            Expected::SomeOf(names) => write!(
                f,
                "a comma-separated list of {} (at least one)",
                names.join(", ")
            ),
            Expected::AnyOf(names) => write!(
                f,
                "a comma-separated list of {} (empty for none)",
                names.join(", ")
            ),
            Expected::Widths { layers, width } => write!(
                f,
                "up to {layers} comma-separated layer sizes from 1 to {width} (empty for none)"
            ),
            Expected::LinkPoints { max } => write!(
                f,
                "points as this page writes them (a link carries up to {max}; a larger set, \
                 written ~count.digest, travels only in a saved state file)"
            ),
            Expected::DrawnPoints { max } => {
                write!(f, "drawn points as this page writes them (up to {max})")
            }
            Expected::Strokes { max } => write!(
                f,
                "strokes as this page writes them (a link carries up to {max} characters; more, \
                 written ~count.digest, travel only in a saved state file)"
            ),
            Expected::Start { far } => {
                write!(f, "two numbers x,y between -{far} and {far}, or default")
            }
            Expected::Hole { min, max } => write!(
                f,
                "four numbers x,y,w,h (left, top, width and height as fractions of the side, \
                 inside the picture), the width and height from {min} to {max}"
            ),
        }
    }
}
