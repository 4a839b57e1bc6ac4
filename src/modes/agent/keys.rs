//! The agent page's keys (prefix `ag`, so that no other mode's key is shadowed): the policy
//! network (`Rebuild`: a new policy learns from scratch) and its training (the rate and the
//! attempts per update apply in place).

use crate::config::keys::{Key, key};

/// Most hidden layers and neurons per layer of the policy.
pub const HIDDEN: (usize, usize) = (2, 32);
/// Learning rates offered.
pub const RATE: (f64, f64) = (0.0001, 1.0);
/// Attempts per update offered.
pub const BATCH: (usize, usize) = (1, 32);

/// The keys of this mode, in the order they are written.
pub(crate) const KEYS: &[Key] = &[
    key!("aghidden", Agent, Rebuild, Value, agent.hidden => widths(HIDDEN.0, HIDDEN.1)),
    key!("aglr", Agent, Live, Value, agent.learning_rate => number(RATE)),
    key!("agbatch", Agent, Live, Value, agent.batch => whole(BATCH.0, BATCH.1)),
];
