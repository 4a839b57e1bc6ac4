//! The image-fitting mode's keys.

use super::Key;

/// The keys of this mode, in the order they are written.
pub(super) const KEYS: &[Key] = &[];
