//! How close generated samples are to the real ones: KL and Jensen–Shannon divergences of
//! histograms over a grid, and how many of a target's modes the samples cover. Pure maths.

/// Histogram of 2-D samples (`xy` row-major n × 2) over `bins` × `bins` cells covering
/// [−extent, extent]², as probabilities with additive smoothing `alpha` per cell (so a
/// divergence never divides by an empty cell). Samples outside the square fall in the
/// nearest edge cell.
pub fn histogram(xy: &[f64], bins: usize, extent: f64, alpha: f64) -> Vec<f64> {
    let mut counts = vec![alpha; bins * bins];
    let cell = |v: f64| {
        let t = ((v + extent) / (2.0 * extent) * bins as f64).floor();
        if t.is_nan() {
            0
        } else {
            (t.max(0.0) as usize).min(bins - 1)
        }
    };
    for p in xy.chunks_exact(2) {
        counts[cell(p[1]) * bins + cell(p[0])] += 1.0;
    }
    let total: f64 = counts.iter().sum();
    counts.iter_mut().for_each(|c| *c /= total);
    counts
}

/// Kullback–Leibler divergence KL(p ‖ q) = Σ p ln(p / q), in nats (terms with p = 0 are 0).
pub fn kl(p: &[f64], q: &[f64]) -> f64 {
    p.iter()
        .zip(q)
        .filter(|(a, _)| **a > 0.0)
        .map(|(a, b)| a * (a / b).ln())
        .sum()
}

/// Jensen–Shannon divergence ½KL(p ‖ m) + ½KL(q ‖ m) with m = (p + q)/2, in nats: 0 for
/// identical histograms, ln 2 for disjoint ones.
pub fn js(p: &[f64], q: &[f64]) -> f64 {
    let m: Vec<f64> = p.iter().zip(q).map(|(a, b)| 0.5 * (a + b)).collect();
    0.5 * kl(p, &m) + 0.5 * kl(q, &m)
}

/// Number of `modes` with at least `min_share` of the samples within `radius` of them.
pub fn modes_covered(xy: &[f64], modes: &[(f64, f64)], radius: f64, min_share: f64) -> usize {
    let n = (xy.len() / 2).max(1) as f64;
    modes
        .iter()
        .filter(|(mx, my)| {
            let near = xy
                .chunks_exact(2)
                .filter(|p| (p[0] - mx).powi(2) + (p[1] - my).powi(2) <= radius * radius)
                .count();
            near as f64 / n >= min_share
        })
        .count()
}

/// Mean distance of the samples to their centroid (how spread out they are).
pub fn spread(xy: &[f64]) -> f64 {
    let n = (xy.len() / 2).max(1) as f64;
    let (sx, sy) = xy
        .chunks_exact(2)
        .fold((0.0, 0.0), |(a, b), p| (a + p[0], b + p[1]));
    let (cx, cy) = (sx / n, sy / n);
    xy.chunks_exact(2)
        .map(|p| ((p[0] - cx).powi(2) + (p[1] - cy).powi(2)).sqrt())
        .sum::<f64>()
        / n
}

/// Mean over the samples of `a` of the distance to the nearest sample of `b` (both n × 2,
/// row-major); NaN when either is empty.
pub fn mean_nearest_distance(a: &[f64], b: &[f64]) -> f64 {
    if a.len() < 2 || b.len() < 2 {
        return f64::NAN;
    }
    let nearest = |p: &[f64]| {
        b.chunks_exact(2)
            .map(|q| (p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2))
            .fold(f64::INFINITY, f64::min)
            .sqrt()
    };
    a.chunks_exact(2).map(nearest).sum::<f64>() / (a.len() / 2) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Exactness expected of divergences computed on hand-made histograms.
    const TOLERANCE: f64 = 1e-12;

    #[test]
    fn identical_histograms_have_zero_divergence() {
        let xy = [0.1, 0.2, -1.0, 2.0, 3.0, -3.0];
        let p = histogram(&xy, 8, 4.0, 0.5);
        assert!(kl(&p, &p).abs() < TOLERANCE);
        assert!(js(&p, &p).abs() < TOLERANCE);
    }

    #[test]
    fn disjoint_distributions_have_the_maximal_jensen_shannon_divergence() {
        let p = [0.5, 0.5, 0.0, 0.0];
        let q = [0.0, 0.0, 0.25, 0.75];
        assert!((js(&p, &q) - core::f64::consts::LN_2).abs() < TOLERANCE);
    }

    #[test]
    fn kl_matches_a_hand_computed_value() {
        let (p, q) = ([0.5, 0.5], [0.25, 0.75]);
        let want = 0.5 * (2.0f64).ln() + 0.5 * (0.5f64 / 0.75).ln();
        assert!((kl(&p, &q) - want).abs() < TOLERANCE);
    }

    #[test]
    fn histograms_sum_to_one_and_clamp_outliers_to_the_edge() {
        let p = histogram(&[100.0, -100.0, 0.0, 0.0], 4, 2.0, 0.0);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < TOLERANCE);
        // (100, −100) lands in row 0 (lowest y), last column; (0, 0) in row 2, column 2.
        assert_eq!(p[3], 0.5);
        assert_eq!(p[2 * 4 + 2], 0.5);
    }

    #[test]
    fn nearest_distance_is_zero_on_the_same_points_and_the_gap_otherwise() {
        let b = [0.0, 0.0, 3.0, 4.0];
        assert_eq!(mean_nearest_distance(&b, &b), 0.0);
        // (0, 1) is 1 from (0, 0); (3, 6) is 2 from (3, 4).
        assert!((mean_nearest_distance(&[0.0, 1.0, 3.0, 6.0], &b) - 1.5).abs() < TOLERANCE);
        assert!(mean_nearest_distance(&[], &b).is_nan());
    }

    #[test]
    fn mode_coverage_counts_the_modes_that_have_samples_nearby() {
        let modes = [(0.0, 0.0), (5.0, 5.0), (-5.0, 5.0)];
        let xy = [0.1, 0.0, 0.0, -0.1, 5.0, 5.1, 5.1, 5.0];
        assert_eq!(modes_covered(&xy, &modes, 0.5, 0.2), 2);
    }
}
