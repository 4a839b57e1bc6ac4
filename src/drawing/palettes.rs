//! The colour schemes a viewer can choose for the output panel: TF Playground's orange and
//! blue (the default) and one from Okabe and Ito's palette for colour-blind viewers, each as a
//! diverging map (two-valued outputs) and a set of class colours. Pure data.

use super::colour::{CATEGORICAL, CLASSIC, Palette, Rgba};

/// A colour scheme, by the name the shell passes (`classic` or `colorblind`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Scheme {
    /// TF Playground's orange / grey / blue and ColorBrewer-like class colours.
    #[default]
    Classic,
    /// Okabe–Ito colours, told apart with deuteranopia, protanopia and tritanopia.
    ColourBlind,
}

/// Okabe–Ito's vermillion / TF Playground's grey / Okabe–Ito's blue: the colour-blind map.
pub const COLOUR_BLIND: Palette = Palette {
    negative: [0xd5, 0x5e, 0x00, 0xff],
    neutral: CLASSIC.neutral,
    positive: [0x00, 0x72, 0xb2, 0xff],
};

/// Five Okabe–Ito colours: vermillion and blue (as in the map), yellow, reddish purple and
/// sky blue. Of the palette's 5-colour sets this one keeps every pair furthest apart under
/// simulated deuteranopia, protanopia and tritanopia (see `tests/palettes.rs`).
pub const COLOUR_BLIND_CLASSES: [Rgba; 5] = [
    [0xd5, 0x5e, 0x00, 0xff],
    [0x00, 0x72, 0xb2, 0xff],
    [0xf0, 0xe4, 0x42, 0xff],
    [0xcc, 0x79, 0xa7, 0xff],
    [0x56, 0xb4, 0xe9, 0xff],
];

impl Scheme {
    /// Every scheme, in the order a link names them (`palette=classic|colorblind`).
    pub const ALL: [Scheme; 2] = [Scheme::Classic, Scheme::ColourBlind];

    /// The scheme's name in a link.
    pub fn name(self) -> &'static str {
        match self {
            Scheme::Classic => "classic",
            Scheme::ColourBlind => "colorblind",
        }
    }

    /// The scheme called `name`, if any.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "classic" | "default" | "" => Some(Scheme::Classic),
            "colorblind" | "colourblind" => Some(Scheme::ColourBlind),
            _ => None,
        }
    }

    /// The diverging map of a single output (−1 … +1).
    pub fn diverging(self) -> Palette {
        match self {
            Scheme::Classic => CLASSIC,
            Scheme::ColourBlind => COLOUR_BLIND,
        }
    }

    /// One colour per class.
    pub fn classes(self) -> &'static [Rgba; 5] {
        match self {
            Scheme::Classic => &CATEGORICAL,
            Scheme::ColourBlind => &COLOUR_BLIND_CLASSES,
        }
    }
}
