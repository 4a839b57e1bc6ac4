//! Softmax and the softmax cross-entropy of k logits, computed stably (the largest logit is
//! subtracted before exponentiating). Pure maths over slices; no state, no network.

use crate::engine::float::Float;

/// (m, s) for k logits read through `z`: m = max z_o and s = Σ_o exp(z_o − m) ∈ [1, k].
/// Subtracting the maximum keeps every exponential in (0, 1], so nothing overflows, and s ≥ 1
/// keeps its logarithm finite.
#[inline]
pub fn shifted_sum<F: Float>(k: usize, z: impl Fn(usize) -> F) -> (F, F) {
    let mut m = z(0);
    for o in 1..k {
        m = m.max(z(o));
    }
    let mut s = F::ZERO;
    for o in 0..k {
        s += (z(o) - m).exp();
    }
    (m, s)
}

/// ln Σ_o exp(z_o), without overflow for large logits. `z` must not be empty.
pub fn log_sum_exp<F: Float>(z: &[F]) -> F {
    let (m, s) = shifted_sum(z.len(), |o| z[o]);
    m + s.ln()
}

/// Writes softmax(z) into `p` (same length as `z`, not empty): p_o = exp(z_o − m) / s.
pub fn softmax<F: Float>(z: &[F], p: &mut [F]) {
    let (m, s) = shifted_sum(z.len(), |o| z[o]);
    for (p, &z) in p.iter_mut().zip(z) {
        *p = (z - m).exp() / s;
    }
}

/// Cross-entropy −ln softmax(z)_class = ln Σ exp(z) − z_class, from the logits (never from
/// rounded probabilities, so a confident wrong answer costs its true, finite amount).
pub fn cross_entropy<F: Float>(z: &[F], class: usize) -> F {
    log_sum_exp(z) - z[class]
}

/// Index of the largest value (the first on ties; 0 for an empty slice or all NaN).
pub fn argmax<F: Float>(values: &[F]) -> usize {
    let mut best = 0;
    for (o, v) in values.iter().enumerate() {
        if *v > values[best] {
            best = o;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Agreement expected of closed-form answers computed in f64.
    const EXACT: f64 = 1e-12;

    #[test]
    fn cross_entropy_matches_the_closed_form_of_known_probabilities() {
        // Logits 0, ln 2, ln 3 give probabilities 1/6, 2/6, 3/6.
        let z = [0.0, 2f64.ln(), 3f64.ln()];
        let mut p = [0.0; 3];
        softmax(&z, &mut p);
        for (got, want) in p.iter().zip([1.0 / 6.0, 2.0 / 6.0, 0.5]) {
            assert!((got - want).abs() < EXACT, "{p:?}");
        }
        assert!((cross_entropy(&z, 2) - 2f64.ln()).abs() < EXACT);
        assert!((cross_entropy(&z, 0) - 6f64.ln()).abs() < EXACT);
    }

    #[test]
    fn huge_logits_neither_overflow_nor_lose_the_answer() {
        let z = [1000.0f32, 0.0, -1000.0];
        let mut p = [0.0f32; 3];
        softmax(&z, &mut p);
        assert_eq!(p, [1.0, 0.0, 0.0]);
        assert_eq!(cross_entropy(&z, 0), 0.0);
        assert_eq!(cross_entropy(&z, 1), 1000.0);
        assert!(cross_entropy(&z, 2).is_finite());
    }

    #[test]
    fn argmax_picks_the_first_largest_value() {
        assert_eq!(argmax(&[0.1f64, 0.7, 0.2]), 1);
        assert_eq!(argmax(&[0.5f64, 0.5]), 0);
        assert_eq!(argmax::<f64>(&[]), 0);
    }
}
