//! The loss-surface race's keys (filled in by the race mode).

use super::Key;

/// The keys of this mode, in the order they are written.
pub(super) const KEYS: &[Key] = &[];
