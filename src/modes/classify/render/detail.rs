//! Adaptive detail for the maps a frame redraws: the measured time per unit of work (say, one
//! multiply-add of a forward pass) picks the finest resolution whose predicted cost fits a
//! time budget, so a large network gets coarser maps instead of slow frames. Pure logic.

/// A resolution is raised only when its predicted cost is under this share of the budget,
/// so that measurement noise does not make the resolution flicker.
const RAISE_SHARE: f64 = 0.75;
/// Recent measurements kept; the estimate is their median, so that one slow frame (a garbage
/// collection, a busy machine) does not coarsen the maps.
const SAMPLES: usize = 5;
/// Measurements needed before they replace the first estimate (the very first refreshes
/// also pay for compiling and warming up).
const MIN_SAMPLES: usize = 3;
/// Measurements shorter than this are at the timer's grain (browsers coarsen their clock to
/// 5–100 µs): they only say that the work took at most this long.
const MIN_MEASURED_MS: f64 = 0.3;

/// The resolution policy of one kind of map.
#[derive(Clone, Debug, PartialEq)]
pub struct Detail {
    ladder: &'static [usize],
    budget_ms: f64,
    ms_per_unit: f64,
    samples: Vec<f64>,
    next: usize,
    current: usize,
}

impl Detail {
    /// A policy choosing among `ladder` (finest first) so that a refresh takes at most
    /// `budget_ms`, starting from the estimate `ms_per_unit`.
    pub fn new(ladder: &'static [usize], budget_ms: f64, ms_per_unit: f64) -> Self {
        Detail {
            ladder,
            budget_ms,
            ms_per_unit,
            samples: Vec::with_capacity(SAMPLES),
            next: 0,
            current: ladder[0],
        }
    }

    /// The resolution (cells per side) for maps whose cells cost `units` each, capped at
    /// `cap`.
    pub fn resolution(&mut self, units: f64, cap: usize) -> usize {
        let cost = |res: usize| (res * res) as f64 * units * self.ms_per_unit;
        let fits = |share: f64| {
            (self.ladder.iter().copied())
                .find(|&r| cost(r) <= self.budget_ms * share)
                .unwrap_or(self.ladder[self.ladder.len() - 1])
        };
        if cost(self.current) > self.budget_ms {
            self.current = fits(1.0);
        } else {
            self.current = self.current.max(fits(RAISE_SHARE));
        }
        self.current.min(cap.max(1))
    }

    /// Records that `cells` cells of `units` each took `ms`.
    pub fn record(&mut self, ms: f64, cells: usize, units: f64) {
        let work = cells as f64 * units;
        if work <= 0.0 || !ms.is_finite() {
            return;
        }
        let sample = if ms >= MIN_MEASURED_MS {
            ms / work
        } else if self.ms_per_unit * work > MIN_MEASURED_MS {
            // Faster than the timer can tell, though the estimate said measurably slow.
            MIN_MEASURED_MS / work
        } else {
            return;
        };
        if self.samples.len() < SAMPLES {
            self.samples.push(sample);
        } else {
            self.samples[self.next] = sample;
        }
        self.next = (self.next + 1) % SAMPLES;
        if self.samples.len() >= MIN_SAMPLES {
            let mut sorted = self.samples.clone();
            sorted.sort_by(f64::total_cmp);
            self.ms_per_unit = sorted[sorted.len() / 2];
        }
    }

    /// The current estimate of the time per unit of work, in ms.
    pub fn ms_per_unit(&self) -> f64 {
        self.ms_per_unit
    }
}
