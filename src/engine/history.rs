//! The loss history behind the loss chart: a bounded series that decimates itself, so memory
//! stays flat over hours of training while the whole run stays visible. Pure data, no maths.

/// One point of the loss chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sample {
    /// Training progress when recorded, in epochs (may be fractional).
    pub epoch: f64,
    /// Loss on the training set.
    pub train: f64,
    /// Loss on the test set.
    pub test: f64,
    /// Score on the training set: accuracy in [0, 1] for classification, R² for regression;
    /// NaN where undefined (no points, or constant targets), which a chart must skip.
    pub train_score: f64,
    /// Score on the test set, as `train_score`.
    pub test_score: f64,
}

/// A series of at most `capacity` samples spread evenly over the whole run.
///
/// Every `stride`-th push is recorded. When the series is full, every other sample is dropped
/// and the stride doubles, so the kept samples stay evenly spaced (pushes 0, s, 2s, …). The
/// latest push is always kept as the final sample until the next recorded one replaces it, so
/// the chart reaches the present.
#[derive(Clone, Debug)]
pub struct History {
    samples: Vec<Sample>,
    capacity: usize,
    /// Record every `stride`-th push (a power of two).
    stride: u64,
    /// Pushes since the last `clear`.
    pushes: u64,
    /// Whether the final sample is the latest push rather than a recorded one.
    provisional: bool,
}

impl History {
    /// The capacity the loss chart uses.
    pub const DEFAULT_CAPACITY: usize = 512;

    /// An empty history holding at most `capacity` samples (rounded up to an even number of at
    /// least 2, so that halving keeps the spacing even).
    pub fn new(capacity: usize) -> Self {
        let capacity = capacity.max(2).next_multiple_of(2);
        History {
            samples: Vec::with_capacity(capacity),
            capacity,
            stride: 1,
            pushes: 0,
            provisional: false,
        }
    }

    /// Adds the losses at `epoch` (without scores: they are NaN). See [`History::push_sample`].
    pub fn push(&mut self, epoch: f64, train: f64, test: f64) {
        self.push_sample(Sample {
            epoch,
            train,
            test,
            train_score: f64::NAN,
            test_score: f64::NAN,
        });
    }

    /// Adds a sample. Records it if the stride says so; otherwise it is kept only as the final
    /// sample until the next push. Never grows past the capacity.
    pub fn push_sample(&mut self, sample: Sample) {
        if self.provisional {
            self.samples.pop();
        }
        if self.samples.len() == self.capacity {
            self.decimate();
        }
        self.provisional = self.pushes % self.stride != 0;
        self.samples.push(sample);
        self.pushes += 1;
    }

    /// Keeps every other recorded sample (the first included) and doubles the stride.
    fn decimate(&mut self) {
        let mut i = 0;
        self.samples.retain(|_| {
            i += 1;
            i % 2 == 1
        });
        self.stride *= 2;
    }

    /// The samples in the order they were pushed, oldest first; the last is the latest push.
    pub fn samples(&self) -> &[Sample] {
        &self.samples
    }

    /// The latest push, recorded or not.
    pub fn last(&self) -> Option<Sample> {
        self.samples.last().copied()
    }

    /// Forgets every sample and resets the stride (a new run).
    pub fn clear(&mut self) {
        self.samples.clear();
        self.stride = 1;
        self.pushes = 0;
        self.provisional = false;
    }

    /// Number of samples held (at most the capacity).
    pub fn len(&self) -> usize {
        self.samples.len()
    }

    /// `true` before the first push.
    pub fn is_empty(&self) -> bool {
        self.samples.is_empty()
    }

    /// The most samples ever held.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Pushes between two recorded samples at present.
    pub fn stride(&self) -> u64 {
        self.stride
    }
}

impl Default for History {
    fn default() -> Self {
        History::new(History::DEFAULT_CAPACITY)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pushed(capacity: usize, n: u64) -> History {
        let mut h = History::new(capacity);
        for i in 0..n {
            let e = i as f64;
            h.push(e, 1.0 / (1.0 + e), 2.0 / (1.0 + e));
        }
        h
    }

    #[test]
    fn ten_million_pushes_stay_within_capacity_and_cover_the_whole_run() {
        let n = 10_000_000u64;
        let h = pushed(512, n);
        assert!(h.len() <= 512 && h.len() >= 256, "{}", h.len());
        assert_eq!(h.samples()[0].epoch, 0.0);
        assert_eq!(h.last().map(|s| s.epoch), Some((n - 1) as f64));
        assert_eq!(h.samples().last().map(|s| s.epoch), Some((n - 1) as f64));
    }

    #[test]
    fn order_is_preserved_and_recorded_samples_are_evenly_spaced() {
        let h = pushed(16, 1000);
        let epochs: Vec<f64> = h.samples().iter().map(|s| s.epoch).collect();
        assert!(epochs.windows(2).all(|w| w[0] < w[1]), "{epochs:?}");
        let recorded = &epochs[..epochs.len() - 1];
        let stride = h.stride() as f64;
        assert!(
            recorded
                .iter()
                .enumerate()
                .all(|(i, &e)| e == i as f64 * stride),
            "{epochs:?}"
        );
        assert!(h.samples().iter().all(|s| s.train == 1.0 / (1.0 + s.epoch)));
    }

    #[test]
    fn every_push_is_kept_until_the_capacity_is_reached() {
        let h = pushed(8, 8);
        assert_eq!(h.len(), 8);
        assert_eq!(h.stride(), 1);
        let h = pushed(8, 9);
        assert_eq!(h.stride(), 2);
        let epochs: Vec<f64> = h.samples().iter().map(|s| s.epoch).collect();
        assert_eq!(epochs, vec![0.0, 2.0, 4.0, 6.0, 8.0]);
    }

    #[test]
    fn an_unrecorded_push_is_still_the_last_sample_until_replaced() {
        let mut h = pushed(4, 5);
        assert_eq!(h.last().map(|s| s.epoch), Some(4.0));
        h.push(5.0, 0.1, 0.2);
        let last = h.last().expect("a sample");
        assert_eq!((last.epoch, last.train, last.test), (5.0, 0.1, 0.2));
        assert!(last.train_score.is_nan() && last.test_score.is_nan());
        let epochs: Vec<f64> = h.samples().iter().map(|s| s.epoch).collect();
        assert_eq!(epochs, vec![0.0, 2.0, 4.0, 5.0]);
    }

    #[test]
    fn clear_empties_the_history_and_resets_the_stride() {
        let mut h = pushed(4, 100);
        h.clear();
        assert!(h.is_empty() && h.last().is_none());
        assert_eq!(h.stride(), 1);
        h.push(0.0, 1.0, 1.0);
        assert_eq!(h.len(), 1);
    }

    #[test]
    fn odd_or_tiny_capacities_are_rounded_up_to_an_even_number() {
        assert_eq!(History::new(0).capacity(), 2);
        assert_eq!(History::new(5).capacity(), 6);
        assert!(pushed(1, 1000).len() <= 2);
    }
}
