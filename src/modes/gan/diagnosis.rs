//! Naming what a student sees in a GAN run, from its metrics and recent losses: mode
//! collapse, a generator stuck on one point, a discriminator that wins outright, oscillation.

use super::views::GanMetrics;

/// A recognised failure pattern (the page turns it into one sentence).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Diagnosis {
    /// The samples sit on only some of the target's modes.
    ModeCollapse {
        /// Modes with samples nearby.
        covered: usize,
        /// Modes of the target.
        total: usize,
    },
    /// All samples have shrunk onto (nearly) one point.
    PointCollapse,
    /// D separates real from fake perfectly and G's loss stays high.
    DiscriminatorWins,
    /// The distance to the target keeps going up and down instead of settling.
    Oscillation,
}

/// Iterations before any diagnosis is attempted (early runs look like anything).
pub const DIAGNOSIS_WARMUP: u64 = 300;
/// Spread ratio under which the samples count as collapsed onto a point.
const POINT_SPREAD: f64 = 0.12;
/// D loss under which, with G loss above [`G_LOSS_LOSING`], D is said to win.
const D_LOSS_WINNING: f64 = 0.05;
const G_LOSS_LOSING: f64 = 3.0;
/// Up-and-down swings of the JS distance (smoothed over [`SMOOTHING`] records), and their
/// size, that count as oscillation. Calibrated on the default settings over every target and
/// two seeds: converging runs swing at most twice by this much in a 60-record window, a run
/// with SGD at learning rate 0.1 five times.
const SWINGS: usize = 3;
const SWING_SIZE: f64 = 0.08;
/// Records averaged before counting swings (one record alone moves by ±0.1 as the
/// generator jitters around the target).
const SMOOTHING: usize = 5;

/// Looks at the current metrics, the latest mean losses (d, g) and a window of recent JS
/// distances (oldest first), after `iterations` iterations.
pub fn diagnose(
    iterations: u64,
    m: &GanMetrics,
    losses: (f64, f64),
    recent_js: &[f64],
) -> Option<Diagnosis> {
    if iterations < DIAGNOSIS_WARMUP {
        return None;
    }
    // Samples on no mode at all have not collapsed onto some of them: they are elsewhere
    // (typically still on their way, or held off by a winning discriminator). Samples on one
    // small mode also have a tiny spread; "1 of the 8 modes" says more than "one point".
    if m.modes_total >= 2 && m.modes_covered >= 1 && m.modes_covered * 2 <= m.modes_total {
        return Some(Diagnosis::ModeCollapse {
            covered: m.modes_covered,
            total: m.modes_total,
        });
    }
    if m.spread_ratio < POINT_SPREAD {
        return Some(Diagnosis::PointCollapse);
    }
    if losses.0 < D_LOSS_WINNING && losses.1 > G_LOSS_LOSING {
        return Some(Diagnosis::DiscriminatorWins);
    }
    (swings(&moving_average(recent_js, SMOOTHING)) >= SWINGS).then_some(Diagnosis::Oscillation)
}

/// Means of each run of `k` consecutive values (empty if there are fewer than `k`).
fn moving_average(xs: &[f64], k: usize) -> Vec<f64> {
    xs.windows(k)
        .map(|w| w.iter().sum::<f64>() / k as f64)
        .collect()
}

/// Number of direction changes of `xs` between turning points at least SWING_SIZE apart.
fn swings(xs: &[f64]) -> usize {
    let (mut count, mut last_turn, mut rising) = (0, xs.first().copied().unwrap_or(0.0), None);
    for &x in xs.iter().skip(1) {
        if (x - last_turn).abs() < SWING_SIZE {
            continue;
        }
        let up = x > last_turn;
        if rising.is_some_and(|r| r != up) {
            count += 1;
        }
        rising = Some(up);
        last_turn = x;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metrics(covered: usize, total: usize, spread: f64) -> GanMetrics {
        GanMetrics {
            kl: 0.5,
            js: 0.2,
            modes_covered: covered,
            modes_total: total,
            spread_ratio: spread,
        }
    }

    #[test]
    fn nothing_is_diagnosed_during_warm_up() {
        assert_eq!(diagnose(10, &metrics(1, 8, 0.01), (0.0, 9.0), &[]), None);
    }

    #[test]
    fn samples_on_two_of_eight_modes_are_a_mode_collapse() {
        let d = diagnose(1_000, &metrics(2, 8, 0.8), (0.6, 0.8), &[0.3, 0.3]);
        assert_eq!(
            d,
            Some(Diagnosis::ModeCollapse {
                covered: 2,
                total: 8
            })
        );
    }

    #[test]
    fn samples_on_no_mode_are_not_called_a_mode_collapse() {
        assert_eq!(diagnose(1_000, &metrics(0, 8, 0.8), (0.6, 0.8), &[]), None);
        let d = diagnose(1_000, &metrics(0, 8, 0.8), (0.01, 6.0), &[]);
        assert_eq!(d, Some(Diagnosis::DiscriminatorWins));
    }

    #[test]
    fn a_tiny_spread_is_a_point_collapse_unless_it_sits_on_a_mode() {
        let d = diagnose(1_000, &metrics(0, 0, 0.05), (0.6, 0.8), &[]);
        assert_eq!(d, Some(Diagnosis::PointCollapse));
        let d = diagnose(1_000, &metrics(0, 8, 0.05), (0.6, 0.8), &[]);
        assert_eq!(d, Some(Diagnosis::PointCollapse));
        let d = diagnose(1_000, &metrics(1, 8, 0.05), (0.6, 0.8), &[]);
        assert_eq!(
            d,
            Some(Diagnosis::ModeCollapse {
                covered: 1,
                total: 8
            })
        );
    }

    #[test]
    fn a_winning_discriminator_is_recognised() {
        let d = diagnose(1_000, &metrics(8, 8, 1.0), (0.01, 6.0), &[]);
        assert_eq!(d, Some(Diagnosis::DiscriminatorWins));
    }

    #[test]
    fn a_distance_going_up_and_down_is_an_oscillation_and_a_steady_one_is_not() {
        let wave: Vec<f64> = (0..40)
            .map(|k| if (k / 6) % 2 == 0 { 0.1 } else { 0.4 })
            .collect();
        assert_eq!(
            diagnose(1_000, &metrics(8, 8, 1.0), (0.6, 0.8), &wave),
            Some(Diagnosis::Oscillation)
        );
        // Record-to-record jitter alone is not an oscillation.
        let jitter: Vec<f64> = (0..40)
            .map(|k| if k % 2 == 0 { 0.3 } else { 0.42 })
            .collect();
        assert_eq!(
            diagnose(1_000, &metrics(8, 8, 1.0), (0.6, 0.8), &jitter),
            None
        );
        let calm = [0.3, 0.29, 0.27, 0.26, 0.26, 0.25];
        assert_eq!(
            diagnose(1_000, &metrics(8, 8, 1.0), (0.6, 0.8), &calm),
            None
        );
    }
}
