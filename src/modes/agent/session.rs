//! The agent's session: the learner, the length of every attempt, and the scene the student
//! watches (the current policy balancing in real time, which the student can push).

use super::cartpole::{CartPole, DT, Ending};
use super::config::AgentConfig;
use super::policy::{MAX_STEPS, Policy};
use super::reinforce::{Attempt, Reinforce};
use crate::engine::rng::Rng;

/// The force of the student's push (N): twice the policy's, so a push is felt.
pub const PUSH_FORCE: f64 = 20.0;
/// Steps a push lasts (0.1 s).
pub const PUSH_STEPS: u32 = 5;
/// Steps the scene stays still on a fall before the policy tries again (0.6 s).
const REST_STEPS: u32 = 30;
/// The policy's tests in a row that must last [`MAX_STEPS`] steps for it to count as
/// balancing (one could be a lucky start).
pub const STEADY_TESTS: usize = 3;
/// Random streams of a seed: the initial weights, the learner, the watched scene.
const WEIGHTS: u64 = 1;
const LEARNER: u64 = 2;
const SCENE: u64 = 3;

/// The episode the student watches: the current policy (its likelier push, no randomness)
/// balancing, plus the student's pushes.
#[derive(Clone, Debug)]
pub struct Scene {
    /// The cart and pole now.
    pub state: CartPole,
    /// Steps since this episode started.
    pub steps: u32,
    /// How the episode stands.
    pub ending: Ending,
    /// The policy's last push (N, signed).
    pub force: f64,
    /// The student's push now (N, signed; 0 when none).
    pub push: f64,
    /// Episodes watched, this one included.
    pub episodes: u64,
    /// Length of the last episode that ended, if one has.
    pub last_length: Option<u32>,
    push_left: u32,
    rest: u32,
    rng: Rng,
}

impl Scene {
    fn new(seed: u64) -> Self {
        let mut rng = Rng::derived(seed, SCENE);
        Scene {
            state: CartPole::start(&mut rng),
            steps: 0,
            ending: Ending::Running,
            force: 0.0,
            push: 0.0,
            episodes: 1,
            last_length: None,
            push_left: 0,
            rest: 0,
            rng,
        }
    }

    /// A new episode from a fresh start state.
    pub fn restart(&mut self) {
        self.state = CartPole::start(&mut self.rng);
        (self.steps, self.ending, self.force) = (0, Ending::Running, 0.0);
        (self.push, self.push_left, self.rest) = (0.0, 0, 0);
        self.episodes += 1;
    }

    /// One 20 ms step under `policy` and the push; after a fall, a pause of [`REST_STEPS`]
    /// and then a new episode.
    fn step(&mut self, policy: &mut Policy) {
        if self.ending != Ending::Running {
            self.rest += 1;
            if self.rest > REST_STEPS {
                self.restart();
            }
            return;
        }
        self.force = policy.force(&self.state);
        self.state.step(self.force + self.push);
        self.steps += 1;
        if self.push_left > 0 {
            self.push_left -= 1;
            if self.push_left == 0 {
                self.push = 0.0;
            }
        }
        self.ending = self.state.ending();
        if self.ending != Ending::Running {
            self.last_length = Some(self.steps);
        }
    }
}

/// An agent learning to balance: the learner, its attempts, and the watched scene.
#[derive(Clone, Debug)]
pub struct Agent {
    config: AgentConfig,
    learner: Reinforce,
    attempts: Vec<(Attempt, u32)>,
    first_balanced: Option<usize>,
    /// The policy's latest tests in a row that lasted [`MAX_STEPS`] steps.
    streak: usize,
    scene: Scene,
}

impl Agent {
    /// A fresh agent of `config`: an untrained policy from the seed's weights.
    ///
    /// ```
    /// use nnplay::modes::agent::{Agent, AgentConfig};
    ///
    /// let mut agent = Agent::new(AgentConfig::default());
    /// agent.train(300);
    /// assert_eq!(agent.attempts().len(), 300);
    /// assert!(agent.first_balanced().is_some());
    /// ```
    pub fn new(config: AgentConfig) -> Self {
        let policy = Policy::new(&config.hidden, &mut Rng::derived(config.seed, WEIGHTS));
        let learner = Reinforce::new(
            policy,
            config.batch,
            config.learning_rate,
            Rng::derived(config.seed, LEARNER),
        );
        Agent {
            scene: Scene::new(config.seed),
            config,
            learner,
            attempts: Vec::new(),
            first_balanced: None,
            streak: 0,
        }
    }

    /// The settings.
    pub fn config(&self) -> &AgentConfig {
        &self.config
    }

    /// Takes new training settings in place (rate, attempts per update); a change of the
    /// network needs a new agent.
    pub fn set_training(&mut self, config: &AgentConfig) {
        self.config.learning_rate = config.learning_rate;
        self.config.batch = config.batch;
        self.learner
            .set_training(config.batch, config.learning_rate);
    }

    /// `n` attempts (training ones, and the policy's test after each update).
    pub fn train(&mut self, n: usize) {
        for _ in 0..n {
            self.attempt();
        }
    }

    /// One attempt; who made it and how long it lasted.
    pub fn attempt(&mut self) -> (Attempt, u32) {
        let (who, steps) = self.learner.attempt();
        self.attempts.push((who, steps));
        if who == Attempt::Policy {
            self.streak = if steps >= MAX_STEPS {
                self.streak + 1
            } else {
                0
            };
            if self.streak >= STEADY_TESTS && self.first_balanced.is_none() {
                self.first_balanced = Some(self.attempts.len());
            }
        }
        (who, steps)
    }

    /// Every attempt so far, in order: who made it and its length in steps.
    pub fn attempts(&self) -> &[(Attempt, u32)] {
        &self.attempts
    }

    /// The number of attempts (counting this one) when the policy's own tests had first lasted
    /// [`MAX_STEPS`] steps [`STEADY_TESTS`] times in a row.
    pub fn first_balanced(&self) -> Option<usize> {
        self.first_balanced
    }

    /// Updates of the policy so far.
    pub fn updates(&self) -> u64 {
        self.learner.updates()
    }

    /// The current policy.
    pub fn policy(&self) -> &Policy {
        self.learner.policy()
    }

    /// Puts saved weights in the policy (`params` has its length) and forgets the attempts.
    pub fn load_params(&mut self, params: &[f64]) {
        self.learner.set_params(params);
        self.attempts.clear();
        self.first_balanced = None;
        self.streak = 0;
        self.scene.restart();
    }

    /// The watched scene.
    pub fn scene(&self) -> &Scene {
        &self.scene
    }

    /// `n` steps of the watched scene (50 a second in real time).
    pub fn watch(&mut self, n: usize) {
        for _ in 0..n {
            self.scene.step(self.learner.policy_mut());
        }
    }

    /// The student pushes the cart: `direction` > 0 right, < 0 left, for [`PUSH_STEPS`]
    /// steps with [`PUSH_FORCE`]. A fallen scene starts again instead.
    pub fn push(&mut self, direction: f64) {
        if self.scene.ending != Ending::Running {
            self.scene.restart();
            return;
        }
        if direction != 0.0 && direction.is_finite() {
            self.scene.push = PUSH_FORCE * direction.signum();
            self.scene.push_left = PUSH_STEPS;
        }
    }

    /// A new watched episode from a fresh start.
    pub fn restart_scene(&mut self) {
        self.scene.restart();
    }

    /// Seconds of watched time per scene step.
    pub fn step_seconds() -> f64 {
        DT
    }
}
