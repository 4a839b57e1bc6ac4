//! The learned simulator: a network trained on (state, next state) pairs of the slow motion cut
//! from trajectories of the [`Pendulum`] on its stiff rod, then rolled out on its own from a
//! start, beside the true simulator and the linear-extrapolation baseline.

use super::config::PhysicsConfig;
use super::sim::{
    DT, Full, OMEGA_MAX, Pendulum, SUBSTEP_FLOPS, SUBSTEPS, State, distance, project, rk4_stable,
    wrap,
};
use crate::engine::float::Float;
use crate::engine::history::History;
use crate::engine::nn::{Activation, Init, Mlp, Workspace};
use crate::engine::optim::{Hyper, Optimizer};
use crate::engine::rng::Rng;
use core::f64::consts::PI;

/// Trajectories the training pairs are cut from.
pub const TRAJECTORIES: usize = 64;
/// Steps of [`DT`] in each training trajectory (about one small swing; the rod's stretch and
/// its rate carry over from step to step, as in a rollout).
pub const TRAJECTORY_STEPS: usize = 32;
/// States the one-step errors are averaged over (drawn like the training starts).
const PROBES: usize = 256;
/// The network's outputs are the change of the state over one step divided by [`DT`] and by
/// these (so both are about ±1).
const OUT_SCALE: [f64; 2] = [OMEGA_MAX, 1.0];
const STREAM_DATA: u64 = 61;
const STREAM_WEIGHTS: u64 = 62;
const STREAM_ORDER: u64 = 63;
const STREAM_PROBES: u64 = 64;
/// A loss sample is recorded every this many steps.
const RECORD_EVERY: u64 = 10;

/// The network's inputs for state `s`: θ/π and ω/[`OMEGA_MAX`].
fn features<F: Float>([theta, omega]: State) -> [F; 2] {
    [
        F::from_f64(wrap(theta) / PI),
        F::from_f64(omega / OMEGA_MAX),
    ]
}

/// Three paths from one start, one state per step (the start first), and their errors.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rollout {
    /// The reference simulator.
    pub truth: Vec<State>,
    /// The network stepping on its own predictions, from the start.
    pub network: Vec<State>,
    /// Linear extrapolation s_{t+1} = 2·s_t − s_{t−1} from the two first true states.
    pub baseline: Vec<State>,
    /// Phase-space distance of the network to the truth at each step.
    pub network_error: Vec<f64>,
    /// Same for the baseline.
    pub baseline_error: Vec<f64>,
}

impl Rollout {
    /// Mean of the network's error over the steps after the start.
    pub fn mean_network_error(&self) -> f64 {
        mean(&self.network_error[1..])
    }

    /// Mean of the baseline's error over the steps after the start.
    pub fn mean_baseline_error(&self) -> f64 {
        mean(&self.baseline_error[1..])
    }
}

fn mean(v: &[f64]) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.iter().sum::<f64>() / v.len() as f64
}

/// A random state of the training box: θ anywhere on the circle, |ω| ≤ [`OMEGA_MAX`].
fn random_state(rng: &mut Rng) -> State {
    [rng.range(-PI, PI), rng.range(-OMEGA_MAX, OMEGA_MAX)]
}

/// A network learning the pendulum's step, with its training pairs and history.
#[derive(Clone, Debug)]
pub struct Learner<F: Float> {
    config: PhysicsConfig,
    pendulum: Pendulum,
    /// Inputs, n × 2, and scaled targets, n × 2.
    xs: Vec<F>,
    ys: Vec<F>,
    mlp: Mlp<F>,
    optimizer: Optimizer<F>,
    grads: Vec<F>,
    ws: Workspace<F>,
    batch_xs: Vec<F>,
    batch_ys: Vec<F>,
    order: Vec<usize>,
    cursor: usize,
    rng: Rng,
    steps: u64,
    history: History,
    probes: Vec<State>,
    /// The reference simulator's step from each probe.
    probe_steps: Vec<State>,
    /// The probes' inputs, n × 2.
    probe_xs: Vec<F>,
    /// The true path last rolled out: its start, its steps and its states (the true
    /// simulator does not change while the network trains).
    truth: Option<(State, usize, Vec<State>)>,
}

impl<F: Float> Learner<F> {
    /// A fresh network and the training pairs of `config` (damping and seed).
    pub fn new(config: PhysicsConfig) -> Self {
        let pendulum = Pendulum {
            damping: config.damping,
        };
        let (xs, ys) = training_pairs(pendulum, config.seed);
        let mut probe_rng = Rng::derived(config.seed, STREAM_PROBES);
        let probes: Vec<State> = (0..PROBES).map(|_| random_state(&mut probe_rng)).collect();
        let probe_steps = probes.iter().map(|&s| pendulum.step(s)).collect();
        let probe_xs = probes.iter().flat_map(|&s| features::<F>(s)).collect();
        let n = xs.len() / 2;
        let mut learner = Learner {
            mlp: network(&config),
            optimizer: Optimizer::new(config.optimizer, hyper(&config)),
            grads: Vec::new(),
            ws: Workspace::new(),
            batch_xs: Vec::new(),
            batch_ys: Vec::new(),
            order: (0..n).collect(),
            cursor: n,
            rng: Rng::derived(config.seed, STREAM_ORDER),
            steps: 0,
            history: History::new(History::DEFAULT_CAPACITY),
            pendulum,
            xs,
            ys,
            probes,
            probe_steps,
            probe_xs,
            truth: None,
            config,
        };
        learner.reset();
        learner
    }

    /// Back to the seed's initial weights, fresh moments, no history.
    pub fn reset(&mut self) {
        self.mlp = network(&self.config);
        let mut rng = Rng::derived(self.config.seed, STREAM_WEIGHTS);
        self.mlp.init(Init::Glorot, &mut rng);
        self.grads = vec![F::ZERO; self.mlp.params().len()];
        self.optimizer = Optimizer::new(self.config.optimizer, hyper(&self.config));
        self.rng = Rng::derived(self.config.seed, STREAM_ORDER);
        self.cursor = self.order.len();
        self.steps = 0;
        self.history.clear();
    }

    /// Switches to `config`: a new damping or seed means new pairs and a new network, new
    /// layers or activation a new network (both return true); the optimiser, rate, batch,
    /// start and rollout length apply in place (false).
    pub fn set_config(&mut self, config: PhysicsConfig) -> bool {
        let old = core::mem::replace(&mut self.config, config.clone());
        if old.damping != config.damping || old.seed != config.seed {
            *self = Learner::new(config);
            return true;
        }
        if old.hidden != config.hidden || old.activation != config.activation {
            self.reset();
            return true;
        }
        if old.optimizer != config.optimizer {
            self.optimizer = Optimizer::new(config.optimizer, hyper(&config));
        } else {
            self.optimizer.hyper = hyper(&config);
        }
        false
    }

    /// The settings.
    pub fn config(&self) -> &PhysicsConfig {
        &self.config
    }

    /// The true simulator.
    pub fn pendulum(&self) -> Pendulum {
        self.pendulum
    }

    /// The network.
    pub fn network(&self) -> &Mlp<F> {
        &self.mlp
    }

    /// Replaces the weights by `params` (a saved state); false, changing nothing, when their
    /// count does not fit.
    pub fn load_weights(&mut self, params: &[F]) -> bool {
        let own = self.mlp.params_mut();
        let fits = own.len() == params.len();
        if fits {
            own.copy_from_slice(params);
        }
        fits
    }

    /// Mini-batch steps taken.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// The training loss (mean ½(a − y)² of the scaled targets) along the run.
    pub fn loss_history(&self) -> &History {
        &self.history
    }

    /// Training pairs.
    pub fn pairs(&self) -> usize {
        self.order.len()
    }

    /// `n` mini-batch steps.
    pub fn train(&mut self, n: usize) {
        for _ in 0..n {
            self.step();
        }
    }

    /// One mini-batch step of the optimiser; returns the batch loss before it.
    pub fn step(&mut self) -> f64 {
        let b = self.config.batch.min(self.order.len()).max(1);
        self.batch_xs.clear();
        self.batch_ys.clear();
        for _ in 0..b {
            if self.cursor >= self.order.len() {
                self.rng.shuffle(&mut self.order);
                self.cursor = 0;
            }
            let r = self.order[self.cursor];
            self.cursor += 1;
            self.batch_xs.extend_from_slice(&self.xs[2 * r..2 * r + 2]);
            self.batch_ys.extend_from_slice(&self.ys[2 * r..2 * r + 2]);
        }
        self.mlp.forward(&mut self.ws, &self.batch_xs, b);
        let scale = F::ONE / F::from_f64((2 * b) as f64);
        let half = F::from_f64(0.5);
        let ys = &self.batch_ys;
        let mut total = F::ZERO;
        self.mlp.backward_with(
            &mut self.ws,
            Some(&mut self.grads[..]),
            false,
            |a, d_z, stride| {
                for o in 0..2 {
                    for r in 0..b {
                        let e = a[o * stride + r] - ys[r * 2 + o];
                        total += half * e * e;
                        d_z[o * stride + r] = e * scale;
                    }
                }
            },
        );
        self.optimizer.step(self.mlp.params_mut(), &self.grads);
        let loss = total.to_f64() / (2 * b) as f64;
        self.steps += 1;
        if self.steps % RECORD_EVERY == 0 || self.steps == 1 {
            self.history.push(self.steps as f64, loss, f64::NAN);
        }
        loss
    }

    /// The network's step from `s` (θ left unwrapped, so a path stays continuous).
    pub fn network_step(&mut self, s: State) -> State {
        let x = features::<F>(s);
        self.mlp.forward(&mut self.ws, &x, 1);
        let d0 = self.ws.output(0, 0).to_f64() * OUT_SCALE[0] * DT;
        let d1 = self.ws.output(1, 0).to_f64() * OUT_SCALE[1] * DT;
        [s[0] + d0, s[1] + d1]
    }

    /// The three paths of `steps` steps from `start`, and their errors. The true path starts
    /// on the slow manifold and carries the rod's whole state from step to step.
    pub fn rollout(&mut self, start: State, steps: usize) -> Rollout {
        let truth = self.truth_path(start, steps);
        let mut out = Rollout {
            truth,
            ..Rollout::default()
        };
        let mut n = start;
        for k in 0..=steps {
            let t = out.truth[k];
            out.network.push(n);
            let b = match k {
                0 => start,
                1 => t,
                _ => {
                    let (b1, b0) = (out.baseline[k - 1], out.baseline[k - 2]);
                    [2.0 * b1[0] - b0[0], 2.0 * b1[1] - b0[1]]
                }
            };
            out.baseline.push(b);
            out.network_error.push(distance(n, t));
            out.baseline_error.push(distance(b, t));
            n = self.network_step(n);
        }
        out
    }

    /// The reference simulator's path of `steps` steps from `start` (θ unwrapped), kept for
    /// the next call with the same start and length.
    fn truth_path(&mut self, start: State, steps: usize) -> Vec<State> {
        if let Some((s, n, path)) = &self.truth
            && *s == start
            && *n == steps
        {
            return path.clone();
        }
        let p = self.pendulum;
        let mut full: Full = Pendulum::lift(start);
        let mut path = Vec::with_capacity(steps + 1);
        for _ in 0..=steps {
            path.push(project(full));
            full = p.advance(full, SUBSTEPS);
        }
        self.truth = Some((start, steps, path.clone()));
        path
    }

    /// Mean phase-space error of one network step over fixed probe states (one batched
    /// forward pass).
    pub fn one_step_error(&mut self) -> f64 {
        let n = self.probes.len();
        self.mlp.forward(&mut self.ws, &self.probe_xs, n);
        let mut total = 0.0;
        for (r, (&s, &t)) in self.probes.iter().zip(&self.probe_steps).enumerate() {
            let d0 = self.ws.output(0, r).to_f64() * OUT_SCALE[0] * DT;
            let d1 = self.ws.output(1, r).to_f64() * OUT_SCALE[1] * DT;
            total += distance([s[0] + d0, s[1] + d1], t);
        }
        total / n as f64
    }

    /// Mean one-step error of the simulator run with `substeps` RK4 sub-steps, against the
    /// reference, over the same probes (each lifted onto the slow manifold); infinite when a
    /// path blows up.
    pub fn simulator_error(&self, substeps: usize) -> f64 {
        let p = self.pendulum;
        let total: f64 = (self.probes.iter().zip(&self.probe_steps))
            .map(|(&s, &t)| distance(project(p.advance(Pendulum::lift(s), substeps)), t))
            .sum();
        let mean = total / self.probes.len() as f64;
        if mean.is_finite() {
            mean
        } else {
            f64::INFINITY
        }
    }

    /// The simulator at equal accuracy: the fewest RK4 sub-steps per step that are stable for
    /// the rod's vibration ([`rk4_stable`]) and whose one-step error is no larger than the
    /// network's (at most the reference's [`SUBSTEPS`]).
    pub fn equal_accuracy_substeps(&mut self) -> usize {
        let target = self.one_step_error();
        (1..SUBSTEPS)
            .filter(|&n| rk4_stable(DT / n as f64))
            .find(|&n| self.simulator_error(n) <= target)
            .unwrap_or(SUBSTEPS)
    }

    /// Floating-point operations of one network step, counting each activation as one: the
    /// multiply-adds (two each) and biases of every layer and the hidden activations.
    pub fn network_flops(&self) -> usize {
        let mut sizes = vec![2];
        sizes.extend_from_slice(&self.config.hidden);
        sizes.push(2);
        let layers: usize = sizes.windows(2).map(|w| 2 * w[0] * w[1] + w[1]).sum();
        let hidden: usize = self.config.hidden.iter().sum();
        layers + hidden
    }

    /// The simulator's sub-steps per step that cost as many floating-point operations as one
    /// network step ([`SUBSTEP_FLOPS`] each; at least one).
    pub fn substeps_in_network_budget(&self) -> usize {
        (self.network_flops() / SUBSTEP_FLOPS).max(1)
    }

    /// Runs `count` network steps from `start` (what the page times); returns the last state
    /// so the work cannot be skipped.
    pub fn time_network(&mut self, start: State, count: usize) -> State {
        (0..count).fold(start, |s, _| {
            let [theta, omega] = self.network_step(s);
            [wrap(theta), omega.clamp(-10.0, 10.0)]
        })
    }

    /// Runs `count` simulator steps of `substeps` sub-steps from `start`, lifted onto the slow
    /// manifold, carrying the rod's state.
    pub fn time_simulator(&self, start: State, count: usize, substeps: usize) -> State {
        let p = self.pendulum;
        let end = (0..count).fold(Pendulum::lift(start), |s, _| {
            let [theta, omega, e, v] = p.advance(s, substeps);
            [wrap(theta), omega, e, v]
        });
        project(end)
    }
}

fn network<F: Float>(config: &PhysicsConfig) -> Mlp<F> {
    let mut sizes = vec![2];
    sizes.extend_from_slice(&config.hidden);
    sizes.push(2);
    Mlp::new(&sizes, config.activation, Activation::Linear)
}

fn hyper(config: &PhysicsConfig) -> Hyper {
    Hyper {
        learning_rate: config.learning_rate,
        ..Hyper::default()
    }
}

/// The training pairs: [`TRAJECTORIES`] trajectories of [`TRAJECTORY_STEPS`] reference steps
/// from random starts on the slow manifold, each step giving the inputs of its slow state and,
/// as target, the change of (θ, ω) over the step divided by [`DT`] and [`OUT_SCALE`].
fn training_pairs<F: Float>(pendulum: Pendulum, seed: u64) -> (Vec<F>, Vec<F>) {
    let mut rng = Rng::derived(seed, STREAM_DATA);
    let n = TRAJECTORIES * TRAJECTORY_STEPS;
    let (mut xs, mut ys) = (Vec::with_capacity(2 * n), Vec::with_capacity(2 * n));
    for _ in 0..TRAJECTORIES {
        let mut s = Pendulum::lift(random_state(&mut rng));
        for _ in 0..TRAJECTORY_STEPS {
            let next = pendulum.advance(s, SUBSTEPS);
            xs.extend(features::<F>(project(s)));
            ys.push(F::from_f64((next[0] - s[0]) / DT / OUT_SCALE[0]));
            ys.push(F::from_f64((next[1] - s[1]) / DT / OUT_SCALE[1]));
            s = [wrap(next[0]), next[1], next[2], next[3]];
        }
    }
    (xs, ys)
}
