//! The saved state: the whole session as one JSON file (format name and version, the config as
//! its query string, the custom points, the weights), written and read with the small JSON
//! code beside this file. Reading is total and all-or-nothing: a bad file gives a message and
//! no session. Knows configs; nothing of the web. Every mode shares the envelope
//! (`envelope.rs`, the config naming the mode) and the errors (`error.rs`); each mode writes
//! the rest in its own `state.rs` (the classifier below, the GAN both networks, the curve and
//! image fits their network, the race nothing more). [`check`] reads a file of any mode.
//!
//! ```json
//! {"format": "nn-playground", "version": 1, "config": "v=1&seed=1&…",
//!  "data": {"train": [[x, y, label], …], "test": […]}, "weights": [w, …]}
//! ```
//!
//! `data` is written only for custom data: a generated set is the config and the seed, so
//! writing its points would only make the file larger (and reading them back could not differ).
//! Labels are user labels (class indices, or values). `weights` is the flat parameter vector
//! in [`crate::engine::nn::Mlp`]'s layout, each number written so that it reads back bit for bit; it
//! is left out when a weight is not finite (a diverged run saves its settings and data only).
//! The optimiser's moments, the step count and the history are not saved: a loaded state
//! starts a new run from the saved weights. Missing keys take defaults, so files from earlier
//! versions keep loading.

mod check;
pub(crate) mod envelope;
mod error;

#[cfg(test)]
mod tests;

pub use check::check;
pub use error::{FieldShape, StateError};

use crate::formats::json::{Value, parse as parse_json, write_number, write_string};

/// The `format` every saved state names.
pub const STATE_FORMAT: &str = "nn-playground";
/// The version written; files with a larger one are refused.
pub const STATE_VERSION: u32 = 1;
/// Largest file read, in bytes (10 000 points and the largest network fit in well under this).
pub const MAX_STATE_BYTES: usize = 4 << 20;
