//! Why training stopped: numbers that stopped being finite, or that exploded while still
//! finite, or a network that can no longer learn (its answer the same at every point, or its
//! loss frozen above where it started). Holds the stable message keys and the short English
//! texts (what happened, what to try); the page's string table may translate them by key.

use core::fmt;

/// The epoch loss may grow to this many times its lowest value so far before training stops.
pub const EXPLOSION_FACTOR: f64 = 1e3;
/// The lowest epoch loss counts as at least this much, so a run that fits its data almost
/// perfectly is not stopped for a small absolute rise (the bound is then 10).
pub const EXPLOSION_LOSS_FLOOR: f64 = 1e-2;
/// A weight or bias larger than this in magnitude stops training.
pub const MAX_WEIGHT: f64 = 1e6;
/// Updates before a network that cannot learn is stopped: before this, a flat answer may be
/// a start, not an end.
pub const STUCK_AFTER_STEPS: u64 = 200;
/// Epochs in a row the training loss must stay put (within [`STUCK_TOLERANCE`]) above its
/// starting value for the run to count as stuck.
pub const STUCK_EPOCHS: u32 = 10;
/// Relative change of the epoch loss under which it has not moved.
pub const STUCK_TOLERANCE: f64 = 1e-6;
/// Largest minus smallest output over the training points (relative to their size, at least
/// 1) under which the network gives the same answer everywhere.
pub const FLAT_SPREAD: f64 = 1e-6;

/// Why training stopped.
#[derive(Clone, Debug, PartialEq)]
pub struct Divergence {
    /// The update (1-based) at which it was noticed.
    pub step: u64,
    /// Which quantity went wrong.
    pub kind: DivergenceKind,
    /// How it went wrong.
    pub cause: DivergenceCause,
    /// Whether a weight penalty was on (a regularisation with a rate above 0), so the advice
    /// may name it.
    pub regularised: bool,
}

/// Which quantity went wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DivergenceKind {
    /// The loss (of a batch, or of the training set at an epoch's end).
    Loss,
    /// A weight or bias, after an update.
    Weights,
    /// The network's answer over the training points.
    Network,
}

/// How it went wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DivergenceCause {
    /// It became NaN or infinite.
    NotFinite,
    /// It stayed finite but exploded: the epoch loss passed [`EXPLOSION_FACTOR`] × its
    /// lowest value so far, or a weight's magnitude passed [`MAX_WEIGHT`].
    Explosion,
    /// The epoch loss stayed put for [`STUCK_EPOCHS`] epochs above its starting value.
    Stuck,
    /// Every ReLU of a hidden layer outputs 0 at every training point: the answer is the same
    /// everywhere and no gradient reaches the layers before.
    Dead,
    /// The answer is the same at every training point while the labels differ (saturated
    /// or equal neurons), with no hidden layer wholly silent.
    Flat,
}

impl Divergence {
    /// A stable key for the page's string table: `loss-not-finite`, `loss-exploded`,
    /// `loss-stuck`, `weights-not-finite`, `weights-exploded`, `network-dead` or
    /// `network-flat`.
    pub fn message_key(&self) -> &'static str {
        match (self.kind, self.cause) {
            (DivergenceKind::Loss, DivergenceCause::NotFinite) => "loss-not-finite",
            (DivergenceKind::Loss, DivergenceCause::Stuck) => "loss-stuck",
            (DivergenceKind::Loss, _) => "loss-exploded",
            (DivergenceKind::Weights, DivergenceCause::NotFinite) => "weights-not-finite",
            (DivergenceKind::Weights, _) => "weights-exploded",
            (DivergenceKind::Network, DivergenceCause::Dead) => "network-dead",
            (DivergenceKind::Network, _) => "network-flat",
        }
    }

    /// A short name of what went wrong: `loss` or `weights` (they blew up), `stuck` (the loss
    /// froze) or `dead` (the same answer everywhere).
    pub fn name(&self) -> &'static str {
        match (self.kind, self.cause) {
            (DivergenceKind::Network, _) => "dead",
            (_, DivergenceCause::Stuck) => "stuck",
            (DivergenceKind::Loss, _) => "loss",
            (DivergenceKind::Weights, _) => "weights",
        }
    }

    /// Whether training blew up (rather than stopped learning).
    pub fn blew_up(&self) -> bool {
        matches!(
            self.cause,
            DivergenceCause::NotFinite | DivergenceCause::Explosion
        )
    }

    /// A stable key for the advice: `advice-lr-reg` when a weight penalty is on, else
    /// `advice-lr`.
    pub fn advice_key(&self) -> &'static str {
        if self.regularised {
            "advice-lr-reg"
        } else {
            "advice-lr"
        }
    }

    /// What happened, in one English sentence without the step number (no "NaN" in it).
    pub fn what_happened(&self) -> &'static str {
        match (self.kind, self.cause) {
            (DivergenceKind::Loss, DivergenceCause::NotFinite) => {
                "The loss grew too large to be a number, so training paused."
            }
            (DivergenceKind::Loss, DivergenceCause::Stuck) => {
                "The loss has not moved for ten epochs and is worse than at the start: the \
                 network is stuck, so training paused."
            }
            (DivergenceKind::Loss, _) => {
                "The loss shot up to more than a thousand times its best value, so training \
                 paused."
            }
            (DivergenceKind::Weights, DivergenceCause::NotFinite) => {
                "A weight grew too large to be a number, so training paused."
            }
            (DivergenceKind::Weights, _) => "A weight grew past a million, so training paused.",
            (DivergenceKind::Network, DivergenceCause::Dead) => {
                "Every ReLU of a hidden layer outputs 0 at every training point: the network \
                 gives the same answer everywhere and can no longer learn, so training paused."
            }
            (DivergenceKind::Network, _) => {
                "The network gives the same answer at every training point and can no longer \
                 learn, so training paused."
            }
        }
    }

    /// What to try, in one English sentence: it names the regularisation only when it is on.
    pub fn what_to_try(&self) -> &'static str {
        if self.regularised {
            "Lower the learning rate or remove the regularisation, then press reset to start \
             again from the same weights."
        } else {
            "Lower the learning rate, then press reset to start again from the same weights."
        }
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

/// Largest minus smallest of `values`, relative to their largest magnitude when that is above
/// 1 (−∞ when there are none).
pub(super) fn relative_spread<F: crate::engine::float::Float>(values: &[F]) -> f64 {
    let (lo, hi) = (values.iter()).fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        let v = v.to_f64();
        (lo.min(v), hi.max(v))
    });
    (hi - lo) / lo.abs().max(hi.abs()).max(1.0)
}

/// What the epoch losses of the current run have been, to notice an explosion or a freeze.
#[derive(Clone, Debug)]
pub(super) struct LossWatch {
    /// The lowest epoch loss so far (∞ before the first).
    pub min: f64,
    /// The training loss of the starting weights (NaN when unknown, e.g. after the data
    /// changed mid-run).
    pub start: f64,
    /// The last epoch loss (NaN before the first).
    pub last: f64,
    /// Epochs in a row whose loss stayed within [`STUCK_TOLERANCE`] of the one before.
    pub still: u32,
}

impl LossWatch {
    /// A watch with nothing seen, the run starting at `start`.
    pub fn new(start: f64) -> Self {
        LossWatch {
            min: f64::INFINITY,
            start,
            last: f64::NAN,
            still: 0,
        }
    }

    /// Takes in one epoch's finite loss; returns whether the loss is now frozen above its
    /// start (for [`STUCK_EPOCHS`] epochs in a row).
    pub fn stuck_after(&mut self, loss: f64) -> bool {
        let moved = (loss - self.last).abs() > STUCK_TOLERANCE * loss.abs().max(1e-12);
        self.still = if moved || self.last.is_nan() {
            0
        } else {
            self.still + 1
        };
        self.last = loss;
        self.min = self.min.min(loss);
        self.still >= STUCK_EPOCHS && loss > self.start
    }
}
