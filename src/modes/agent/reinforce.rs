//! The learner: REINFORCE with a baseline on the policy network. Each training attempt draws
//! its pushes at random (right with probability sigmoid(z)); every `batch` attempts, one
//! update makes the pushes that were followed by longer survival than usual more likely
//! (advantage = discounted return − the batch's mean return at the same step, normalised),
//! through the shared backward pass and Adam. After each update the policy itself (pushing
//! right when z > 0) makes one test attempt.

use super::cartpole::{CartPole, Ending, FORCE};
use super::policy::{MAX_STEPS, Policy};
use crate::engine::nn::Workspace;
use crate::engine::optim::{Hyper, Optimizer, OptimizerKind};
use crate::engine::rng::Rng;

/// Discount of the returns: a push is credited with the survival of the next ~100 steps.
pub const GAMMA: f64 = 0.99;

/// Who made an attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attempt {
    /// A training attempt, pushes drawn at random from the policy's probabilities.
    Explore,
    /// The policy's own test attempt after an update (always the likelier push).
    Policy,
}

/// What one update learns from: per attempt of the batch, the states seen (4 numbers each,
/// row-major) and whether the push went right.
#[derive(Clone, Debug, Default)]
struct Batch {
    states: Vec<f64>,
    rights: Vec<f64>,
    /// Steps of each attempt, in order.
    lengths: Vec<usize>,
}

/// REINFORCE with a baseline improving a [`Policy`] from its own attempts.
#[derive(Clone, Debug)]
pub struct Reinforce {
    policy: Policy,
    optimizer: Optimizer<f64>,
    /// Attempts per update.
    batch_size: usize,
    rng: Rng,
    batch: Batch,
    ws: Workspace<f64>,
    updates: u64,
}

impl Reinforce {
    /// A learner starting from `policy`, updating every `batch_size` attempts with Adam at
    /// `learning_rate`, drawing start states and pushes from `rng`.
    pub fn new(policy: Policy, batch_size: usize, learning_rate: f64, rng: Rng) -> Self {
        let hyper = Hyper {
            learning_rate,
            ..Hyper::default()
        };
        Reinforce {
            policy,
            optimizer: Optimizer::new(OptimizerKind::Adam, hyper),
            batch_size: batch_size.max(1),
            rng,
            batch: Batch::default(),
            ws: Workspace::new(),
            updates: 0,
        }
    }

    /// The current policy.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The current policy, to run it (its scratch buffers change, not its parameters).
    pub fn policy_mut(&mut self) -> &mut Policy {
        &mut self.policy
    }

    /// Sets the learning rate and the attempts per update, keeping what was learnt.
    pub fn set_training(&mut self, batch_size: usize, learning_rate: f64) {
        self.batch_size = batch_size.max(1);
        self.optimizer.hyper.learning_rate = learning_rate;
    }

    /// Replaces the policy's parameters (a loaded state; `params` has the policy's length),
    /// with fresh optimiser moments and an empty batch.
    pub fn set_params(&mut self, params: &[f64]) {
        self.policy.params_mut().copy_from_slice(params);
        self.optimizer.reset();
        self.batch = Batch::default();
    }

    /// Updates made so far.
    pub fn updates(&self) -> u64 {
        self.updates
    }

    /// One attempt: a training attempt; or, once the batch is full, the update and then the
    /// policy's test attempt. Returns who tried and the steps it lasted.
    pub fn attempt(&mut self) -> (Attempt, u32) {
        if self.batch.lengths.len() >= self.batch_size {
            self.update();
            let start = CartPole::start(&mut self.rng);
            return (Attempt::Policy, self.policy.episode(start).0);
        }
        (Attempt::Explore, self.explore())
    }

    /// One training attempt into the batch; its length.
    fn explore(&mut self) -> u32 {
        let mut state = CartPole::start(&mut self.rng);
        let mut steps = 0;
        while steps < MAX_STEPS {
            let p_right = sigmoid(self.policy.score(&state));
            let right = self.rng.uniform() < p_right;
            self.batch.states.extend_from_slice(&state.observation());
            self.batch.rights.push(if right { 1.0 } else { 0.0 });
            state.step(if right { FORCE } else { -FORCE });
            steps += 1;
            if state.ending() != Ending::Running {
                break;
            }
        }
        self.batch.lengths.push(steps as usize);
        steps
    }

    /// The policy-gradient step on the batch: ∂loss/∂z = A·(p − right) / rows for each step,
    /// the gradient of −Σ A·log π(push | state), the mean over the batch's steps.
    fn update(&mut self) {
        let advantages = advantages(&self.batch.lengths);
        let rows = advantages.len();
        let batch = std::mem::take(&mut self.batch);
        let net = self.policy.net();
        net.forward(&mut self.ws, &batch.states, rows);
        let mut grads = vec![0.0; net.params().len()];
        let scale = 1.0 / rows as f64;
        net.backward_with(&mut self.ws, Some(&mut grads), false, |z, d_z, _| {
            for r in 0..rows {
                d_z[r] = advantages[r] * (sigmoid(z[r]) - batch.rights[r]) * scale;
            }
        });
        self.optimizer.step(self.policy.params_mut(), &grads);
        self.updates += 1;
    }
}

/// Per step of attempts of the given lengths (each step survived earns 1), the discounted
/// return minus the mean return of the attempts that reached the same step, normalised over
/// the batch to mean 0 and standard deviation 1 (all 0 when they are all equal).
pub fn advantages(lengths: &[usize]) -> Vec<f64> {
    let returns: Vec<Vec<f64>> = (lengths.iter())
        .map(|&n| {
            let mut g = vec![0.0; n];
            let mut running = 0.0;
            for t in (0..n).rev() {
                running = 1.0 + GAMMA * running;
                g[t] = running;
            }
            g
        })
        .collect();
    let longest = lengths.iter().copied().max().unwrap_or(0);
    let (mut sums, mut counts) = (vec![0.0; longest], vec![0.0; longest]);
    for g in &returns {
        for (t, v) in g.iter().enumerate() {
            sums[t] += v;
            counts[t] += 1.0;
        }
    }
    let mut a: Vec<f64> = (returns.iter())
        .flat_map(|g| g.iter().enumerate().map(|(t, v)| v - sums[t] / counts[t]))
        .collect();
    let n = a.len().max(1) as f64;
    let mean = a.iter().sum::<f64>() / n;
    let sd = (a.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / n).sqrt();
    for v in &mut a {
        *v = if sd > 1e-9 { (*v - mean) / sd } else { 0.0 };
    }
    a
}

/// 1 / (1 + e^(−z)).
fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}
