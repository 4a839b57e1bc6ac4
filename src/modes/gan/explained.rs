//! The slow-motion explained step: one training iteration cut into the four phases a student
//! can watch (G generates → D judges → D updates → G updates), on one batch, keeping what each
//! phase showed so the view can draw it. Pure Rust.

use super::Gan;
use crate::engine::float::Float;

/// One phase of the explained step, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// G maps a batch of noise to fake samples.
    Generate,
    /// D gives each real and fake sample of the batch its probability "real".
    Judge,
    /// D takes one step to tell the batch's real and fake samples further apart.
    UpdateD,
    /// G takes one step so that D finds its samples more real.
    UpdateG,
}

impl Phase {
    /// The phases in order.
    pub const ALL: [Phase; 4] = [
        Phase::Generate,
        Phase::Judge,
        Phase::UpdateD,
        Phase::UpdateG,
    ];

    /// The short lowercase name the page uses (and keys its captions by).
    pub fn name(self) -> &'static str {
        match self {
            Phase::Generate => "generate",
            Phase::Judge => "judge",
            Phase::UpdateD => "updated",
            Phase::UpdateG => "updateg",
        }
    }
}

/// The state of an explained step: its batch and what each phase so far produced.
#[derive(Clone, Debug)]
pub struct Explained<F: Float> {
    /// The phase being shown.
    pub phase: Phase,
    /// The batch's real samples (B × 2).
    pub real: Vec<f64>,
    /// G(noise) when the step began (B × 2).
    pub fake: Vec<f64>,
    /// D's probability "real" for each real sample, from the judge phase on (else empty).
    pub real_p: Vec<f64>,
    /// D's probability "real" for each fake sample, from the judge phase on (else empty).
    pub fake_p: Vec<f64>,
    /// G(noise) after G's update (B × 2), in the last phase (else empty).
    pub moved: Vec<f64>,
    /// D's loss on the batch, in the phase that updated D (else NaN).
    pub d_loss: f64,
    /// G's loss on the batch, in the phase that updated G (else NaN).
    pub g_loss: f64,
    real_f: Vec<F>,
    noise: Vec<F>,
}

impl<F: Float> Explained<F> {
    /// Draws a batch and shows G's samples of it (the generate phase).
    pub fn start(gan: &mut Gan<F>) -> Self {
        let (real_f, noise) = gan.draw_batch();
        Explained {
            phase: Phase::Generate,
            real: wide(&real_f),
            fake: wide(&gan.generate(&noise)),
            real_p: Vec::new(),
            fake_p: Vec::new(),
            moved: Vec::new(),
            d_loss: f64::NAN,
            g_loss: f64::NAN,
            real_f,
            noise,
        }
    }

    /// The next phase, doing its work on `gan`; `None` after the last.
    pub fn advance(mut self, gan: &mut Gan<F>) -> Option<Self> {
        (self.d_loss, self.g_loss) = (f64::NAN, f64::NAN);
        self.phase = match self.phase {
            Phase::Generate => {
                self.real_p = gan.judge(&self.real_f);
                let fake: Vec<F> = self.fake.iter().map(|&v| F::from_f64(v)).collect();
                self.fake_p = gan.judge(&fake);
                Phase::Judge
            }
            Phase::Judge => {
                self.d_loss = gan.d_step_on(&self.real_f, &self.noise);
                Phase::UpdateD
            }
            Phase::UpdateD => {
                self.g_loss = gan.g_step_on(&self.noise);
                self.moved = wide(&gan.generate(&self.noise));
                Phase::UpdateG
            }
            Phase::UpdateG => return None,
        };
        Some(self)
    }
}

/// The narrowest the verdict scale gets around its middle: below this spread, D's answers
/// differ by rounding noise and the scale would colour noise.
const MIN_VERDICT_SPREAD: f64 = 0.005;
/// The longest update arrow, in plane units (the plane is 2·GAN_DOMAIN = 8 wide): long
/// enough to see on a phone, short enough not to cross the plot.
pub const UPDATE_ARROW_LENGTH: f64 = 0.6;

impl<F: Float> Explained<F> {
    /// The range of D's verdicts on this batch (real and fake samples together), from the
    /// judge phase on: the ends of the colour scale the batch's rings are drawn on, so that
    /// at the start, when D says about ½ to everything, the small differences still show.
    /// At least MIN_VERDICT_SPREAD wide around its middle, and within [0, 1].
    pub fn verdict_range(&self) -> Option<(f64, f64)> {
        let all = self
            .real_p
            .iter()
            .chain(&self.fake_p)
            .filter(|p| p.is_finite());
        let (lo, hi) = all.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &p| {
            (lo.min(p), hi.max(p))
        });
        if lo > hi {
            return None;
        }
        let mid = (lo + hi) / 2.0;
        let half = ((hi - lo) / 2.0).max(MIN_VERDICT_SPREAD / 2.0);
        Some(((mid - half).max(0.0), (mid + half).min(1.0)))
    }

    /// Where a verdict `p` lies on the batch's scale, from 0 (its lowest) to 1 (its highest).
    pub fn verdict_position(&self, p: f64) -> f64 {
        position_on(self.verdict_range(), p)
    }

    /// How much G's update arrows are magnified (in the last phase): one step moves the
    /// samples by a learning rate's worth, often less than a pixel, so the longest move is
    /// drawn UPDATE_ARROW_LENGTH long and the others in proportion. At least 1 (an arrow is
    /// never drawn shorter than the move).
    pub fn arrow_scale(&self) -> Option<f64> {
        if self.moved.is_empty() {
            return None;
        }
        let longest = (self.fake.chunks_exact(2).zip(self.moved.chunks_exact(2)))
            .map(|(a, b)| (b[0] - a[0]).hypot(b[1] - a[1]))
            .filter(|d| d.is_finite())
            .fold(0.0, f64::max);
        Some(if longest > 0.0 {
            (UPDATE_ARROW_LENGTH / longest).max(1.0)
        } else {
            1.0
        })
    }
}

/// Where `p` lies on the verdict scale `range` (see `Explained::verdict_range`), from 0 to 1;
/// ½ without a range.
pub fn position_on(range: Option<(f64, f64)>, p: f64) -> f64 {
    match range {
        Some((lo, hi)) if hi > lo => ((p - lo) / (hi - lo)).clamp(0.0, 1.0),
        _ => 0.5,
    }
}

fn wide<F: Float>(xs: &[F]) -> Vec<f64> {
    xs.iter().map(|v| v.to_f64()).collect()
}
