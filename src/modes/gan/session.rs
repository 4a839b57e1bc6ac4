//! A GAN run as the page shows it: the [`Gan`], what training produced around it (bounded
//! histories of the losses and distances, step counts per network, the latest diagnosis) and
//! the slow-motion explained step. Pure Rust; the web handle only draws and forwards calls.

use super::diagnosis::same_kind;
use super::explained::{Explained, Phase};
use super::{Diagnosis, Gan, GanConfig, GanMetrics, diagnose, metrics};
use crate::engine::float::Float;
use crate::engine::history::History;
use std::collections::VecDeque;

/// Which network(s) a training unit updates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum StepMode {
    /// One iteration: k_D discriminator steps, then k_G generator steps.
    #[default]
    Both,
    /// One discriminator step (G stays put).
    DiscriminatorOnly,
    /// One generator step (D stays put).
    GeneratorOnly,
}

impl StepMode {
    /// Every mode, in the order the UI lists them.
    pub const ALL: [StepMode; 3] = [
        StepMode::Both,
        StepMode::DiscriminatorOnly,
        StepMode::GeneratorOnly,
    ];

    /// The short lowercase name the page uses.
    pub fn name(self) -> &'static str {
        match self {
            StepMode::Both => "both",
            StepMode::DiscriminatorOnly => "d",
            StepMode::GeneratorOnly => "g",
        }
    }

    /// Inverse of [`StepMode::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.name() == name)
    }
}

/// Training units between two records of the charts, metrics and diagnosis.
pub const RECORD_EVERY: u64 = 10;
/// Records of the JS distance the oscillation test looks back over.
const JS_WINDOW: usize = 60;
/// Weight of the newest loss in the smoothed losses the diagnosis reads.
const LOSS_SMOOTHING: f64 = 0.05;
/// Units a diagnosis must hold, record after record, before it is shown, and that its
/// absence or another diagnosis must hold before it goes: a run passing through a state on
/// its way to the target (a few modes covered while it spreads out) is not yet that failure,
/// and a run hovering at a threshold does not make the sentence flicker.
pub const DIAGNOSIS_PERSISTS: u64 = 200;
/// Generated samples whose distance to the nearest real one is averaged (all 400 would
/// cost more than a frame should for a readout).
const NEAREST_SAMPLES: usize = 200;

/// Whether a new config could be applied to the running networks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GanChange {
    /// Rates, optimisers, loss, k_D/k_G or the view changed: training goes on.
    Live,
    /// Anything else: new networks (and a cleared history) from the seed.
    Rebuild,
}

/// Sums of the losses since the last record.
#[derive(Clone, Copy, Debug, Default)]
struct LossSums {
    d: f64,
    d_count: u32,
    g: f64,
    g_count: u32,
}

/// A GAN run and everything the page reads about it.
#[derive(Clone, Debug)]
pub struct GanSession<F: Float> {
    config: GanConfig,
    gan: Gan<F>,
    /// x: training units; train: D loss; test: G loss (means between two records).
    losses: History,
    /// x: training units; train: KL; test: JS.
    distances: History,
    recent_js: VecDeque<f64>,
    pub(super) units: u64,
    d_steps: u64,
    g_steps: u64,
    sums: LossSums,
    smoothed: (f64, f64),
    metrics: GanMetrics,
    diagnosis: Option<Diagnosis>,
    /// What the latest records found, and the unit since which every record found that kind.
    candidate: (Option<Diagnosis>, u64),
    explained: Option<Explained<F>>,
}

impl<F: Float> GanSession<F> {
    /// A fresh run of `config`.
    pub fn new(config: GanConfig) -> Self {
        Self::with_gan(config.clone(), Gan::new(config))
    }

    /// A fresh run of `config` starting from the flat weights `generator` and
    /// `discriminator` (a saved state); `None` when a count does not fit its network.
    pub fn with_weights(config: GanConfig, generator: &[F], discriminator: &[F]) -> Option<Self> {
        let mut gan = Gan::new(config.clone());
        let g = gan.generator_mut().params_mut();
        (g.len() == generator.len()).then(|| g.copy_from_slice(generator))?;
        let d = gan.discriminator_mut().params_mut();
        (d.len() == discriminator.len()).then(|| d.copy_from_slice(discriminator))?;
        Some(Self::with_gan(config, gan))
    }

    fn with_gan(config: GanConfig, mut gan: Gan<F>) -> Self {
        let metrics = gan.metrics();
        let mut session = GanSession {
            config,
            gan,
            losses: History::default(),
            distances: History::default(),
            recent_js: VecDeque::with_capacity(JS_WINDOW),
            units: 0,
            d_steps: 0,
            g_steps: 0,
            sums: LossSums::default(),
            smoothed: (f64::NAN, f64::NAN),
            metrics,
            diagnosis: None,
            candidate: (None, 0),
            explained: None,
        };
        session.push_distances();
        session
    }

    /// The settings of this run.
    pub fn config(&self) -> &GanConfig {
        &self.config
    }

    /// The networks.
    pub fn gan(&self) -> &Gan<F> {
        &self.gan
    }

    /// The networks, for the views (which run them forward).
    pub fn gan_mut(&mut self) -> &mut Gan<F> {
        &mut self.gan
    }

    /// Switches to `config`: in place when only live settings differ, else a fresh run.
    pub fn set_config(&mut self, config: GanConfig) -> GanChange {
        if self.config.with_live_settings_of(&config) == config {
            self.gan.set_rates(&config);
            self.config = config;
            GanChange::Live
        } else {
            *self = GanSession::new(config);
            GanChange::Rebuild
        }
    }

    /// Back to this config's initial weights, with empty histories.
    pub fn reset(&mut self) {
        *self = GanSession::new(self.config.clone());
    }

    /// Trains `n` units of `mode` (abandoning an explained step in progress).
    pub fn train(&mut self, mode: StepMode, n: u64) {
        self.explained = None;
        for _ in 0..n {
            match mode {
                StepMode::Both => {
                    let losses = self.gan.iteration();
                    self.d_steps += self.config.k_d as u64;
                    self.g_steps += self.config.k_g as u64;
                    self.add_losses(losses.d, losses.g);
                }
                StepMode::DiscriminatorOnly => {
                    let d = self.gan.d_step();
                    self.d_steps += 1;
                    self.add_losses(d, f64::NAN);
                }
                StepMode::GeneratorOnly => {
                    let g = self.gan.g_step();
                    self.g_steps += 1;
                    self.add_losses(f64::NAN, g);
                }
            }
            self.end_unit();
        }
    }

    /// Moves the explained step on by one phase (starting one if none is in progress) and
    /// returns the phase now shown, or `None` when the step is complete (it then counts as
    /// one training unit).
    pub fn explain(&mut self) -> Option<Phase> {
        let next = match self.explained.take() {
            None => Some(Explained::start(&mut self.gan)),
            Some(step) => step.advance(&mut self.gan),
        };
        match next.as_ref().map(|s| (s.phase, s.d_loss, s.g_loss)) {
            Some((Phase::UpdateD, d, _)) => {
                self.d_steps += 1;
                self.add_losses(d, f64::NAN);
            }
            Some((Phase::UpdateG, _, g)) => {
                self.g_steps += 1;
                self.add_losses(f64::NAN, g);
            }
            Some(_) => {}
            None => self.end_unit(),
        }
        self.explained = next;
        self.explained.as_ref().map(|s| s.phase)
    }

    /// The explained step in progress, if any.
    pub fn explained(&self) -> Option<&Explained<F>> {
        self.explained.as_ref()
    }

    fn add_losses(&mut self, d: f64, g: f64) {
        let s = &mut self.sums;
        if d.is_finite() {
            (s.d, s.d_count) = (s.d + d, s.d_count + 1);
            self.smoothed.0 = smooth(self.smoothed.0, d);
        }
        if g.is_finite() {
            (s.g, s.g_count) = (s.g + g, s.g_count + 1);
            self.smoothed.1 = smooth(self.smoothed.1, g);
        }
    }

    /// Counts a unit and, every [`RECORD_EVERY`], records losses, distances and diagnosis.
    fn end_unit(&mut self) {
        self.units += 1;
        if self.units % RECORD_EVERY != 0 {
            return;
        }
        let mean = |sum: f64, n: u32| if n > 0 { sum / n as f64 } else { f64::NAN };
        let s = core::mem::take(&mut self.sums);
        let x = self.units as f64;
        self.losses
            .push(x, mean(s.d, s.d_count), mean(s.g, s.g_count));
        self.metrics = self.gan.metrics();
        self.push_distances();
        let found = diagnose(
            self.units,
            &self.metrics,
            self.smoothed,
            self.recent_js.make_contiguous(),
        );
        self.update_diagnosis(found);
    }

    /// Shows what the records find once it has been found, record after record, for
    /// [`DIAGNOSIS_PERSISTS`] units (nothing found included: a diagnosis then goes). While the
    /// kind shown is the kind found, its mode counts follow the latest record.
    pub(super) fn update_diagnosis(&mut self, found: Option<Diagnosis>) {
        if !same_kind(found, self.candidate.0) {
            self.candidate.1 = self.units;
        }
        self.candidate.0 = found;
        if same_kind(found, self.diagnosis) || self.units - self.candidate.1 >= DIAGNOSIS_PERSISTS {
            self.diagnosis = found;
        }
    }

    fn push_distances(&mut self) {
        let m = self.metrics;
        self.distances.push(self.units as f64, m.kl, m.js);
        if self.recent_js.len() == JS_WINDOW {
            self.recent_js.pop_front();
        }
        self.recent_js.push_back(m.js);
    }

    /// Training units done (iterations, single D or G steps, completed explained steps).
    pub fn units(&self) -> u64 {
        self.units
    }

    /// Discriminator updates applied.
    pub fn d_steps(&self) -> u64 {
        self.d_steps
    }

    /// Generator updates applied.
    pub fn g_steps(&self) -> u64 {
        self.g_steps
    }

    /// Mean D and G losses between records.
    pub fn losses(&self) -> &History {
        &self.losses
    }

    /// KL and JS distances at each record.
    pub fn distances(&self) -> &History {
        &self.distances
    }

    /// The smoothed latest (D, G) losses (NaN before the first step of each).
    pub fn smoothed_losses(&self) -> (f64, f64) {
        self.smoothed
    }

    /// The metrics at the latest record.
    pub fn metrics(&self) -> GanMetrics {
        self.metrics
    }

    /// What the latest record recognised, if anything.
    pub fn diagnosis(&self) -> Option<Diagnosis> {
        self.diagnosis
    }

    /// Mean distance from each of the first generated display samples to the nearest real
    /// display sample: falls as the generator reaches the target.
    pub fn nearest_distance(&mut self) -> f64 {
        let fake: Vec<f64> = self.gan.display_fake().iter().map(|v| v.to_f64()).collect();
        let n = NEAREST_SAMPLES.min(fake.len() / 2);
        metrics::mean_nearest_distance(&fake[..2 * n], self.gan.display_real())
    }
}

fn smooth(old: f64, new: f64) -> f64 {
    if old.is_finite() {
        old + LOSS_SMOOTHING * (new - old)
    } else {
        new
    }
}
