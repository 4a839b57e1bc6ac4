//! What the GAN view shows, computed in Rust: generated samples from a fixed noise batch,
//! the discriminator's map, the generator's manifold, gradient arrows and the distances.

use super::{DISPLAY_SAMPLES, GAN_DOMAIN, Gan, metrics};
use crate::engine::float::Float;

/// Cells per side of the histograms behind KL and JS.
pub const HISTOGRAM_BINS: usize = 24;
/// Additive smoothing per histogram cell.
const HISTOGRAM_ALPHA: f64 = 0.01;
/// A mode counts as covered when this share of the samples is within [`MODE_RADIUS`].
const MODE_SHARE: f64 = 0.01;
/// Distance from a mode's centre within which a sample belongs to it.
const MODE_RADIUS: f64 = 0.35;

/// Distances between the generated and the real display samples.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GanMetrics {
    /// KL(real ‖ generated) of grid histograms, in nats.
    pub kl: f64,
    /// Jensen–Shannon divergence of the same histograms (0 … ln 2).
    pub js: f64,
    /// Modes of the target with generated samples nearby.
    pub modes_covered: usize,
    /// Modes of the target (0 for connected shapes).
    pub modes_total: usize,
    /// Spread of the generated samples over the spread of the real ones.
    pub spread_ratio: f64,
}

impl<F: Float> Gan<F> {
    /// The fixed real samples shown on screen (n × 2).
    pub fn display_real(&self) -> &[f64] {
        &self.display_real
    }

    /// G applied to the fixed display noise (n × 2): motion on screen is learning, not
    /// resampling.
    pub fn display_fake(&mut self) -> Vec<F> {
        let noise = core::mem::take(&mut self.display_noise);
        let out = self.generate(&noise);
        self.display_noise = noise;
        out
    }

    /// The discriminator's probability "real" over a `resolution`² grid covering
    /// [−GAN_DOMAIN, GAN_DOMAIN]², image order (top row y = +GAN_DOMAIN).
    pub fn discriminator_grid(&mut self, resolution: usize, out: &mut Vec<F>) {
        let step = 2.0 * GAN_DOMAIN / (resolution.max(2) - 1) as f64;
        let mut xy = Vec::with_capacity(resolution * resolution * 2);
        for row in 0..resolution {
            for col in 0..resolution {
                xy.push(F::from_f64(-GAN_DOMAIN + col as f64 * step));
                xy.push(F::from_f64(GAN_DOMAIN - row as f64 * step));
            }
        }
        out.resize(resolution * resolution, F::ZERO);
        self.d.predict(&mut self.ws_d, &xy, out);
        let loss = self.config.loss;
        out.iter_mut().for_each(|s| *s = loss.probability(*s));
    }

    /// D's probability "real" for each sample of `xy` (n × 2).
    pub fn judge(&mut self, xy: &[F]) -> Vec<f64> {
        let mut out = vec![F::ZERO; xy.len() / 2];
        self.d.predict(&mut self.ws_d, xy, &mut out);
        let loss = self.config.loss;
        out.iter().map(|&s| loss.probability(s).to_f64()).collect()
    }

    /// The generator's manifold: `lines` lines across the noise space (a grid of lines for
    /// 2-D noise, one line for 1-D noise), each sampled at `points` places and mapped by G.
    /// Returns the lines one after the other, each `points` × 2.
    pub fn manifold(&mut self, lines: usize, points: usize) -> Vec<F> {
        let half = match self.config.noise {
            super::NoiseKind::Uniform => 1.0,
            super::NoiseKind::Gaussian => 2.0,
        };
        let at = |k: usize, n: usize| -half + 2.0 * half * k as f64 / (n.max(2) - 1) as f64;
        let mut noise = Vec::new();
        if self.config.noise_dim == 1 {
            noise.extend((0..points).map(|p| F::from_f64(at(p, points))));
        } else {
            for l in 0..lines {
                for p in 0..points {
                    noise.extend([F::from_f64(at(l, lines)), F::from_f64(at(p, points))]);
                }
            }
            for l in 0..lines {
                for p in 0..points {
                    noise.extend([F::from_f64(at(p, points)), F::from_f64(at(l, lines))]);
                }
            }
        }
        self.generate(&noise)
    }

    /// For the first `n` display samples: where G's loss pushes each one, −∂loss/∂sample
    /// (n × 2), per sample (not divided by the batch size).
    pub fn gradient_arrows(&mut self, n: usize) -> Vec<F> {
        let n = n.min(DISPLAY_SAMPLES);
        let fake = self.display_fake();
        self.d.forward(&mut self.ws_d, &fake[..2 * n], n);
        let loss = self.config.loss;
        self.d
            .backward_with(&mut self.ws_d, None, true, |s, d_z, _| {
                for r in 0..n {
                    d_z[r] = loss.g_grad(s[r]);
                }
            });
        (0..n)
            .flat_map(|r| {
                [
                    -self.ws_d.input_gradient(0, r),
                    -self.ws_d.input_gradient(1, r),
                ]
            })
            .collect()
    }

    /// KL, JS, mode coverage and spread of the display samples.
    pub fn metrics(&mut self) -> GanMetrics {
        let fake: Vec<f64> = self.display_fake().iter().map(|v| v.to_f64()).collect();
        let bins = HISTOGRAM_BINS;
        let p = metrics::histogram(&self.display_real, bins, GAN_DOMAIN, HISTOGRAM_ALPHA);
        let q = metrics::histogram(&fake, bins, GAN_DOMAIN, HISTOGRAM_ALPHA);
        let modes = self.config.target.modes();
        GanMetrics {
            kl: metrics::kl(&p, &q),
            js: metrics::js(&p, &q),
            modes_covered: metrics::modes_covered(&fake, &modes, MODE_RADIUS, MODE_SHARE),
            modes_total: modes.len(),
            spread_ratio: metrics::spread(&fake) / metrics::spread(&self.display_real).max(1e-9),
        }
    }
}
