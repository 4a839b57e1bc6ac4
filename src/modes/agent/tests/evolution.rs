//! The learner this mode measured against REINFORCE and did not keep (see the module doc of
//! `agent`): an evolution strategy on the policy's flat parameter vector (antithetic
//! Gaussian perturbations, centred ranks, the update given to the shared Adam), one attempt
//! at a time so that the page can spread a generation over frames.

use super::super::cartpole::CartPole;
use super::super::policy::{MAX_STEPS, Policy};
use crate::engine::optim::{Hyper, Optimizer, OptimizerKind};
use crate::engine::rng::Rng;

/// Who made an attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attempt {
    /// A perturbed copy of the policy.
    Candidate,
    /// The policy itself, tried once after each update.
    Policy,
}

/// The settings of the strategy.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EsSettings {
    /// Pairs of mirrored candidates per generation (each pair θ ± σε).
    pub pairs: usize,
    /// σ, the size of the perturbations.
    pub sigma: f64,
    /// Adam's learning rate.
    pub learning_rate: f64,
}

/// An evolution strategy improving a [`Policy`] from the lengths of its attempts.
#[derive(Clone, Debug)]
pub struct Evolution {
    settings: EsSettings,
    policy: Policy,
    candidate: Policy,
    optimizer: Optimizer<f64>,
    rng: Rng,
    /// This generation's perturbations ε (one per pair) and the scores of θ + σε and θ − σε
    /// (pair i's at 2i and 2i + 1), filled in attempt by attempt.
    noise: Vec<Vec<f64>>,
    starts: Vec<CartPole>,
    scores: Vec<f64>,
    generations: u64,
}

impl Evolution {
    /// A strategy starting from `policy`, drawing its perturbations and start states from
    /// `rng`.
    pub fn new(policy: Policy, settings: EsSettings, rng: Rng) -> Self {
        let hyper = Hyper {
            learning_rate: settings.learning_rate,
            ..Hyper::default()
        };
        Evolution {
            settings,
            candidate: policy.clone(),
            policy,
            optimizer: Optimizer::new(OptimizerKind::Adam, hyper),
            rng,
            noise: Vec::new(),
            starts: Vec::new(),
            scores: Vec::new(),
            generations: 0,
        }
    }

    /// The current policy (the centre of the perturbations).
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// One attempt: the next candidate of the generation; once every candidate has tried,
    /// the update and then the updated policy's own attempt. Returns who tried and the steps
    /// it lasted.
    pub fn attempt(&mut self) -> (Attempt, u32) {
        if self.noise.is_empty() {
            self.draw_generation();
        }
        let i = self.scores.len();
        if i == 2 * self.settings.pairs {
            self.update();
            let start = CartPole::start(&mut self.rng);
            return (Attempt::Policy, self.policy.episode(start).0);
        }
        let sign = if i % 2 == 0 { 1.0 } else { -1.0 };
        let sigma = self.settings.sigma;
        let (noise, centre) = (&self.noise[i / 2], self.policy.params());
        let params = self.candidate.params_mut();
        for ((p, c), e) in params.iter_mut().zip(centre).zip(noise) {
            *p = c + sign * sigma * e;
        }
        let steps = self.candidate.episode(self.starts[i / 2]).0;
        self.scores.push(steps as f64);
        (Attempt::Candidate, steps)
    }

    /// Draws the generation's perturbations and a start state per pair (both members of a
    /// pair start alike, so their difference in length is the perturbation's doing).
    fn draw_generation(&mut self) {
        let n = self.policy.params().len();
        let rng = &mut self.rng;
        self.noise = (0..self.settings.pairs)
            .map(|_| (0..n).map(|_| rng.gaussian()).collect())
            .collect();
        self.starts = (0..self.settings.pairs)
            .map(|_| CartPole::start(rng))
            .collect();
        self.scores.clear();
    }

    /// Moves the policy along the estimated gradient of the attempts' centred ranks:
    /// g = Σᵢ (uᵢ⁺ − uᵢ⁻) εᵢ / (2·pairs·σ), given to Adam as −g (Adam descends).
    fn update(&mut self) {
        let ranks = centred_ranks(&self.scores);
        let scale = 1.0 / (2.0 * self.settings.pairs as f64 * self.settings.sigma);
        let mut grads = vec![0.0; self.policy.params().len()];
        for (pair, eps) in self.noise.iter().enumerate() {
            let weight = (ranks[2 * pair] - ranks[2 * pair + 1]) * scale;
            for (g, e) in grads.iter_mut().zip(eps) {
                *g -= weight * e;
            }
        }
        self.optimizer.step(self.policy.params_mut(), &grads);
        self.noise.clear();
        self.scores.clear();
        self.generations += 1;
    }
}

/// Each score's rank among `scores` mapped onto [−0.5, 0.5] (ties share their mean rank):
/// only the order of the lengths counts, so one lucky 500-step attempt does not swamp the
/// update.
pub fn centred_ranks(scores: &[f64]) -> Vec<f64> {
    let n = scores.len();
    if n < 2 {
        return vec![0.0; n];
    }
    scores
        .iter()
        .map(|&s| {
            let below = scores.iter().filter(|&&o| o < s).count() as f64;
            let equal = scores.iter().filter(|&&o| o == s).count() as f64;
            let rank = below + (equal - 1.0) / 2.0;
            rank / (n - 1) as f64 - 0.5
        })
        .collect()
}

/// Whether an attempt lasted the whole episode.
pub fn balanced(steps: u32) -> bool {
    steps >= MAX_STEPS
}
