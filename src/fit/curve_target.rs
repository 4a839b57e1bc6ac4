//! The curves a 1-D fit can be asked to learn: three built-in shapes on [−1, 1], or the
//! student's own points. Pure functions; knows nothing of training.

use core::f64::consts::PI;

/// What the samples are drawn from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum CurveTarget {
    /// 0.8·sin(2πx): one full wave.
    #[default]
    Sine,
    /// −0.6 left of 0, +0.6 from 0 on.
    Step,
    /// 1.6·|x| − 0.8: a V.
    Abs,
    /// The student's own points ([`super::CurveConfig::points`], [`super::CurveFit::set_points`]).
    Drawn,
}

impl CurveTarget {
    /// Every target, in the order the UI lists them.
    pub const ALL: [CurveTarget; 4] = [
        CurveTarget::Sine,
        CurveTarget::Step,
        CurveTarget::Abs,
        CurveTarget::Drawn,
    ];

    /// The short lowercase name used in the query string (public API: do not rename).
    pub fn name(self) -> &'static str {
        match self {
            CurveTarget::Sine => "sine",
            CurveTarget::Step => "step",
            CurveTarget::Abs => "abs",
            CurveTarget::Drawn => "drawn",
        }
    }

    /// Inverse of [`CurveTarget::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The noiseless curve at x, or `None` for the student's points.
    pub fn value(self, x: f64) -> Option<f64> {
        match self {
            CurveTarget::Sine => Some(0.8 * (2.0 * PI * x).sin()),
            CurveTarget::Step => Some(if x < 0.0 { -0.6 } else { 0.6 }),
            CurveTarget::Abs => Some(1.6 * x.abs() - 0.8),
            CurveTarget::Drawn => None,
        }
    }
}
