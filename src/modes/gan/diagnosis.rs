//! Naming what a student sees in a GAN run, from its metrics and recent losses: a generator
//! that never reached the data, mode collapse, partial coverage, a generator stuck on one
//! point, a standstill where D can no longer tell anything apart, oscillation. Each has its
//! sentence and its remedy on the page.

use super::views::GanMetrics;

/// A recognised pattern (the page turns it into one sentence and a remedy).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Diagnosis {
    /// The samples sit on at most half of the target's modes.
    ModeCollapse {
        /// Modes with samples nearby.
        covered: usize,
        /// Modes of the target.
        total: usize,
    },
    /// The samples sit on more than half of the target's modes but not all, for a while.
    PartialCoverage {
        /// Modes with samples nearby.
        covered: usize,
        /// Modes of the target.
        total: usize,
    },
    /// All samples have shrunk onto (nearly) one point near the data.
    PointCollapse,
    /// The samples are still far from all the real data (nowhere near a mode) after a while,
    /// and D tells them apart: the generator has not left its start, or has left the data.
    DiscriminatorWins,
    /// D's loss sits at ln 4 and G's at ln 2 (D says "½" everywhere) while the samples are
    /// still visibly off the target (typically streaks between the modes): neither network
    /// gets a gradient that would change the picture.
    Standstill,
    /// The distance to the target keeps going up and down instead of settling.
    Oscillation,
}

/// Iterations before any diagnosis is attempted (early runs look like anything).
pub const DIAGNOSIS_WARMUP: u64 = 300;
/// Spread ratio under which the samples count as collapsed onto a point.
const POINT_SPREAD: f64 = 0.12;
/// JS distance above which the samples count as far from all the real data (its largest
/// value is ln 2 ≈ 0.69: histograms that share no cell), and the iterations after which
/// samples still that far have not left their start (the default run from far away arrives
/// within 1 000).
const FAR_JS: f64 = 0.6;
const FAR_WARMUP: u64 = 2_000;
/// Iterations before some modes left empty count as partial coverage: the default run from
/// far away covers 4 to 7 of the ring's 8 modes on its way, and all 8 within 5 000.
const PARTIAL_WARMUP: u64 = 5_000;
/// A D loss within this of ln 4 and a G loss within [`G_AT_LN_2`] of ln 2 are the
/// standstill's losses; with a JS distance above [`STANDSTILL_JS`] the samples are still off
/// the target (the mean of the latest records). Calibrated on two gaussians: with the
/// version-1 defaults D sits at 1.38–1.39, G at 0.68–0.72 and JS at 0.3–0.5 while a streak
/// joins the modes; the current defaults bring JS to 0.15–0.25.
const D_AT_LN_4: f64 = 0.02;
const G_AT_LN_2: f64 = 0.05;
const STANDSTILL_JS: f64 = 0.3;
/// Records of the JS distance averaged for the standstill (one record alone moves by ±0.1).
const STANDSTILL_RECORDS: usize = 10;
/// Up-and-down swings of the JS distance (smoothed over [`SMOOTHING`] records), and their
/// size, that count as oscillation. Calibrated on the version-1 default settings over every
/// target and two seeds: converging runs swing at most twice by this much in a 60-record
/// window, a run with SGD at learning rate 0.1 five times.
const SWINGS: usize = 3;
const SWING_SIZE: f64 = 0.08;
/// Records averaged before counting swings (one record alone moves by ±0.1 as the
/// generator jitters around the target).
const SMOOTHING: usize = 5;

/// Looks at the current metrics, the latest smoothed losses (d, g) and a window of recent JS
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
    // Samples on no mode and far from all the real ones have not collapsed: they are on
    // their way, or never arrived (a tight cloud at the far start has a tiny spread too).
    if m.modes_covered == 0 && m.js > FAR_JS {
        return (iterations >= FAR_WARMUP).then_some(Diagnosis::DiscriminatorWins);
    }
    let ln_4 = 4f64.ln();
    let at_ln_4 = (losses.0 - ln_4).abs() < D_AT_LN_4 && (losses.1 - ln_4 / 2.0).abs() < G_AT_LN_2;
    let recent = &recent_js[recent_js.len().saturating_sub(STANDSTILL_RECORDS)..];
    let js = recent.iter().sum::<f64>() / recent.len().max(1) as f64;
    if at_ln_4 && js > STANDSTILL_JS && m.spread_ratio >= POINT_SPREAD {
        return Some(Diagnosis::Standstill);
    }
    // Samples on one small mode also have a tiny spread; "1 of the 8 modes" says more than
    // "one point".
    let (covered, total) = (m.modes_covered, m.modes_total);
    if total >= 2 && covered >= 1 && covered * 2 <= total {
        return Some(Diagnosis::ModeCollapse { covered, total });
    }
    if m.spread_ratio < POINT_SPREAD {
        return Some(Diagnosis::PointCollapse);
    }
    if swings(&moving_average(recent_js, SMOOTHING)) >= SWINGS {
        return Some(Diagnosis::Oscillation);
    }
    let partial = covered * 2 > total && covered < total;
    (iterations >= PARTIAL_WARMUP && partial)
        .then_some(Diagnosis::PartialCoverage { covered, total })
}

/// Whether `a` and `b` are the same pattern (the mode counts may differ).
pub fn same_kind(a: Option<Diagnosis>, b: Option<Diagnosis>) -> bool {
    let kind = |d: Option<Diagnosis>| d.map(|d| core::mem::discriminant(&d));
    kind(a) == kind(b)
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
    fn samples_far_from_the_data_are_on_their_way_then_beaten_by_the_discriminator() {
        let far = GanMetrics {
            js: 0.68,
            ..metrics(0, 8, 0.05)
        };
        assert_eq!(diagnose(1_000, &far, (0.8, 1.3), &[]), None);
        let d = diagnose(FAR_WARMUP, &far, (0.8, 1.3), &[]);
        assert_eq!(d, Some(Diagnosis::DiscriminatorWins));
        // Samples on no mode but among the real ones (a connected target) are not far.
        let d = diagnose(FAR_WARMUP, &metrics(0, 0, 0.05), (0.6, 0.8), &[]);
        assert_eq!(d, Some(Diagnosis::PointCollapse));
    }

    #[test]
    fn a_tiny_spread_on_a_mode_is_a_mode_collapse() {
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
    fn losses_at_ln_4_and_ln_2_off_the_target_are_a_standstill() {
        let at = (4f64.ln(), 2f64.ln());
        let off = [0.4; STANDSTILL_RECORDS];
        let d = diagnose(1_000, &metrics(2, 2, 1.0), at, &off);
        assert_eq!(d, Some(Diagnosis::Standstill));
        // On the target, or with D still telling samples apart, it is not.
        let on = [0.2; STANDSTILL_RECORDS];
        assert_eq!(diagnose(1_000, &metrics(2, 2, 1.0), at, &on), None);
        assert_eq!(diagnose(1_000, &metrics(2, 2, 1.0), (1.2, 0.9), &off), None);
    }

    #[test]
    fn some_modes_left_empty_are_partial_coverage_only_after_the_way_there() {
        assert_eq!(diagnose(3_000, &metrics(6, 8, 1.0), (1.2, 0.9), &[]), None);
        let d = diagnose(PARTIAL_WARMUP, &metrics(6, 8, 1.0), (1.2, 0.9), &[]);
        assert_eq!(
            d,
            Some(Diagnosis::PartialCoverage {
                covered: 6,
                total: 8
            })
        );
        assert_eq!(
            diagnose(PARTIAL_WARMUP, &metrics(8, 8, 1.0), (1.2, 0.9), &[]),
            None
        );
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
