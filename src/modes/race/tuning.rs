//! The best constant step sizes on a quadratic valley, from its curvatures, as Goh derives
//! them in "Why Momentum Really Works" (Distill, 2017): for Hessian eigenvalues λ_min and
//! λ_max (condition number κ = λ_max/λ_min), plain gradient descent converges fastest at
//! α = 2/(λ_min + λ_max), and momentum at α = (2/(√λ_min + √λ_max))² with
//! β = ((√κ − 1)/(√κ + 1))².

use super::surface::{BOWL_STIFF, Surface};

/// The optimal settings of plain descent and momentum on a quadratic.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tuning {
    /// The smallest curvature λ_min.
    pub lambda_min: f64,
    /// The largest curvature λ_max.
    pub lambda_max: f64,
    /// Plain gradient descent's best rate, 2/(λ_min + λ_max).
    pub sgd_rate: f64,
    /// Momentum's best rate, (2/(√λ_min + √λ_max))².
    pub momentum_rate: f64,
    /// Momentum's best β, ((√κ − 1)/(√κ + 1))².
    pub momentum: f64,
}

impl Tuning {
    /// The optimal settings for curvatures `lambda_min` ≤ `lambda_max`, both positive; `None`
    /// otherwise (no constant step converges on a valley that is flat or curved downwards).
    pub fn for_curvatures(lambda_min: f64, lambda_max: f64) -> Option<Tuning> {
        let sound = lambda_min > 0.0 && lambda_min <= lambda_max && lambda_max.is_finite();
        if !sound {
            return None;
        }
        let root_kappa = (lambda_max / lambda_min).sqrt();
        Some(Tuning {
            lambda_min,
            lambda_max,
            sgd_rate: 2.0 / (lambda_min + lambda_max),
            momentum_rate: (2.0 / (lambda_min.sqrt() + lambda_max.sqrt())).powi(2),
            momentum: ((root_kappa - 1.0) / (root_kappa + 1.0)).powi(2),
        })
    }

    /// The optimal settings on `surface` if it is a quadratic (the long bowl, curvatures 1 and
    /// [`BOWL_STIFF`]); `None` for the others, whose curvature changes from place to place.
    pub fn for_surface(surface: Surface) -> Option<Tuning> {
        match surface {
            Surface::Bowl => Tuning::for_curvatures(1.0, BOWL_STIFF),
            _ => None,
        }
    }

    /// The settings as race keys, each to 4 significant digits (`sgdlr`, `momlr`, `mommu`).
    pub fn query(&self) -> String {
        let four = |v: f64| {
            let digits = (3 - v.abs().log10().floor() as i32).max(0) as usize;
            let text = format!("{v:.digits$}");
            if text.contains('.') {
                text.trim_end_matches('0').trim_end_matches('.').to_string()
            } else {
                text
            }
        };
        format!(
            "sgdlr={}&momlr={}&mommu={}",
            four(self.sgd_rate),
            four(self.momentum_rate),
            four(self.momentum)
        )
    }
}
