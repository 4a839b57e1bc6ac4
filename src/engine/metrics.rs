//! Scores of predictions against targets: accuracy, root-mean-square error and the coefficient
//! of determination R². Pure functions over slices; `None` where a score is undefined, so that
//! no NaN ever reaches a readout.

use crate::engine::float::Float;

/// Share of `hits` among `total` (`None` when there is nothing to count).
pub fn accuracy(hits: usize, total: usize) -> Option<f64> {
    (total > 0).then(|| hits as f64 / total as f64)
}

/// √(mean (prediction − target)²). `None` for empty slices; `predictions` and `targets` have
/// the same length.
pub fn rmse<F: Float>(predictions: &[F], targets: &[F]) -> Option<f64> {
    if targets.is_empty() {
        return None;
    }
    Some((sum_of_squared_residuals(predictions, targets) / targets.len() as f64).sqrt())
}

/// R² = 1 − SS_res / SS_tot, with SS_res = Σ (target − prediction)² and SS_tot = Σ (target −
/// mean target)². 1 is a perfect fit, 0 no better than predicting the mean, negative worse.
/// `None` when there are no targets or they are all equal (SS_tot = 0).
pub fn r_squared<F: Float>(predictions: &[F], targets: &[F]) -> Option<f64> {
    let n = targets.len();
    if n == 0 {
        return None;
    }
    let mean = targets.iter().map(|t| t.to_f64()).sum::<f64>() / n as f64;
    let ss_tot: f64 = targets.iter().map(|t| (t.to_f64() - mean).powi(2)).sum();
    if ss_tot == 0.0 {
        return None;
    }
    Some(1.0 - sum_of_squared_residuals(predictions, targets) / ss_tot)
}

fn sum_of_squared_residuals<F: Float>(predictions: &[F], targets: &[F]) -> f64 {
    predictions
        .iter()
        .zip(targets)
        .map(|(p, t)| (t.to_f64() - p.to_f64()).powi(2))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Agreement expected of hand-computed answers.
    const EXACT: f64 = 1e-12;

    #[test]
    fn rmse_and_r_squared_match_hand_computed_values() {
        // Targets 1, 2, 3, 4 (mean 2.5, SS_tot = 2.25 + 0.25 + 0.25 + 2.25 = 5); predictions
        // off by 0.5, −0.5, 0, 1: SS_res = 0.25 + 0.25 + 0 + 1 = 1.5.
        let targets = [1.0f64, 2.0, 3.0, 4.0];
        let predictions = [1.5f64, 1.5, 3.0, 5.0];
        let rmse = rmse(&predictions, &targets).unwrap();
        assert!((rmse - (1.5f64 / 4.0).sqrt()).abs() < EXACT, "{rmse}");
        let r2 = r_squared(&predictions, &targets).unwrap();
        assert!((r2 - (1.0 - 1.5 / 5.0)).abs() < EXACT, "{r2}");
    }

    #[test]
    fn a_perfect_fit_scores_one_and_the_mean_scores_zero() {
        let targets = [-1.0f32, 0.5, 0.5];
        assert_eq!(r_squared(&targets, &targets), Some(1.0));
        assert_eq!(rmse(&targets, &targets), Some(0.0));
        let mean = [0.0f32; 3];
        assert!(r_squared(&mean, &targets).unwrap().abs() < EXACT);
        let worse = [1.0f32, -1.0, -1.0];
        assert!(r_squared(&worse, &targets).unwrap() < 0.0);
    }

    #[test]
    fn undefined_scores_are_none_not_nan() {
        assert_eq!(rmse::<f64>(&[], &[]), None);
        assert_eq!(r_squared::<f64>(&[], &[]), None);
        assert_eq!(r_squared(&[0.0f64, 1.0], &[0.5, 0.5]), None);
        assert_eq!(accuracy(0, 0), None);
        assert_eq!(accuracy(3, 4), Some(0.75));
    }
}
