//! Why training stopped: numbers that stopped being finite, or that exploded while still
//! finite. Holds the stable message keys and the short English texts (what happened, what to
//! try); the page's string table may translate them by key.

use core::fmt;

/// The epoch loss may grow to this many times its lowest value so far before training stops.
pub const EXPLOSION_FACTOR: f64 = 1e3;
/// The lowest epoch loss counts as at least this much, so a run that fits its data almost
/// perfectly is not stopped for a small absolute rise (the bound is then 10).
pub const EXPLOSION_LOSS_FLOOR: f64 = 1e-2;
/// A weight or bias larger than this in magnitude stops training.
pub const MAX_WEIGHT: f64 = 1e6;

/// Why training stopped.
#[derive(Clone, Debug, PartialEq)]
pub struct Divergence {
    /// The update (1-based) at which it was noticed.
    pub step: u64,
    /// Which quantity went wrong.
    pub kind: DivergenceKind,
    /// How it went wrong.
    pub cause: DivergenceCause,
}

/// Which quantity went wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DivergenceKind {
    /// The loss (of a batch, or of the training set at an epoch's end).
    Loss,
    /// A weight or bias, after an update.
    Weights,
}

/// How it went wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DivergenceCause {
    /// It became NaN or infinite.
    NotFinite,
    /// It stayed finite but exploded: the epoch loss passed [`EXPLOSION_FACTOR`] × its
    /// lowest value so far, or a weight's magnitude passed [`MAX_WEIGHT`].
    Explosion,
}

impl Divergence {
    /// A stable key for the page's string table: `loss-not-finite`, `loss-exploded`,
    /// `weights-not-finite` or `weights-exploded`.
    pub fn message_key(&self) -> &'static str {
        match (self.kind, self.cause) {
            (DivergenceKind::Loss, DivergenceCause::NotFinite) => "loss-not-finite",
            (DivergenceKind::Loss, DivergenceCause::Explosion) => "loss-exploded",
            (DivergenceKind::Weights, DivergenceCause::NotFinite) => "weights-not-finite",
            (DivergenceKind::Weights, DivergenceCause::Explosion) => "weights-exploded",
        }
    }

    /// What happened, in one English sentence without the step number (no "NaN" in it).
    pub fn what_happened(&self) -> &'static str {
        match (self.kind, self.cause) {
            (DivergenceKind::Loss, DivergenceCause::NotFinite) => {
                "The loss grew too large to be a number, so training paused."
            }
            (DivergenceKind::Loss, DivergenceCause::Explosion) => {
                "The loss shot up to more than a thousand times its best value, so training \
                 paused."
            }
            (DivergenceKind::Weights, DivergenceCause::NotFinite) => {
                "A weight grew too large to be a number, so training paused."
            }
            (DivergenceKind::Weights, DivergenceCause::Explosion) => {
                "A weight grew past a million, so training paused."
            }
        }
    }

    /// What to try, in one English sentence.
    pub fn what_to_try(&self) -> &'static str {
        "Lower the learning rate or remove the regularisation, then press reset to start again \
         from the same weights."
    }
}

impl fmt::Display for Divergence {
    /// "At step 412: <what happened> <what to try>"
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "At step {}: {} {}",
            self.step,
            self.what_happened(),
            self.what_to_try()
        )
    }
}

/// The first problem among the weights after an update: a non-finite value wins over a
/// merely huge one. `None` when every weight is finite and within [`MAX_WEIGHT`].
pub(super) fn weights_problem<F: crate::engine::float::Float>(
    params: &[F],
) -> Option<DivergenceCause> {
    let limit = F::from_f64(MAX_WEIGHT);
    let mut huge = false;
    for p in params {
        if !p.is_finite() {
            return Some(DivergenceCause::NotFinite);
        }
        huge |= p.abs() > limit;
    }
    huge.then_some(DivergenceCause::Explosion)
}
