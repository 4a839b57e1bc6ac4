//! One optimiser flowing down a surface: its position (the 2-element parameter vector that
//! [`crate::engine::optim::Optimizer`] updates from the surface gradient), its trail, loss history and
//! status. Knows nothing of pixels.

use super::status::{Motion, Status};
use super::surface::{Surface, smallest_eigenvalue};
use super::trail::Trail;
use crate::drawing::colour::Rgba;
use crate::drawing::palettes::Scheme;
use crate::engine::history::History;
use crate::engine::optim::{Hyper, Optimizer, OptimizerKind};

/// Loss-history capacity of a racer (the history decimates itself beyond it).
pub const RACER_HISTORY: usize = 512;
/// Trail spacing, as a fraction of the domain's side (well under a pixel on any canvas).
const TRAIL_SPACING: f64 = 1e-3;
/// A racer is at rest when its step is below this fraction of the domain's side…
const REST_STEP: f64 = 1e-6;
/// …and its gradient's length below this, times the side, …
const REST_GRADIENT: f64 = 1e-4;
/// …for this many consecutive steps.
const REST_STEPS: u32 = 5;
/// At rest within this fraction of the side from a global minimum counts as reaching it.
const NEAR_MINIMUM: f64 = 1e-2;
/// Diverged once this many half-sides from the domain's centre (well off the map).
const FLEW_OFF: f64 = 3.0;
/// A negative Hessian eigenvalue below −this (relative to the largest) makes a rest point a
/// saddle rather than a (flat) local minimum.
const SADDLE_CURVATURE: f64 = 1e-6;

/// What the user chose for one racer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RacerSpec {
    /// The update rule.
    pub kind: OptimizerKind,
    /// Learning rate, momentum, β₁, β₂ (RMSprop's α) and ε, as the networks use them.
    pub hyper: Hyper,
    /// Colour of its trail, drop and loss curve.
    pub colour: Rgba,
}

/// One colour per optimiser kind, in [`OptimizerKind::ALL`] order (ColorBrewer Set1, which
/// stays apart from the map's blue-green-sand ramp).
pub const KIND_COLOURS: [Rgba; 5] = [
    [0xe4, 0x1a, 0x1c, 0xff],
    [0xff, 0x7f, 0x00, 0xff],
    [0x98, 0x4e, 0xa3, 0xff],
    [0xf7, 0x81, 0xbf, 0xff],
    [0x37, 0x7e, 0xb8, 0xff],
];

/// The kinds' colours in the colour-blind scheme, in [`KIND_COLOURS`] order: Okabe–Ito's
/// vermillion, orange, reddish purple, yellow and blue.
pub const COLOUR_BLIND_KINDS: [Rgba; 5] = [
    [0xd5, 0x5e, 0x00, 0xff],
    [0xe6, 0x9f, 0x00, 0xff],
    [0xcc, 0x79, 0xa7, 0xff],
    [0xf0, 0xe4, 0x42, 0xff],
    [0x00, 0x72, 0xb2, 0xff],
];

/// A racer's `colour` as the scheme `scheme` shows it (a kind's colour becomes that kind's
/// colour-blind one).
pub fn racer_colour(colour: Rgba, scheme: Scheme) -> Rgba {
    match (scheme, KIND_COLOURS.iter().position(|c| *c == colour)) {
        (Scheme::ColourBlind, Some(k)) => COLOUR_BLIND_KINDS[k],
        _ => colour,
    }
}

impl RacerSpec {
    /// The racer of `kind` with the learning rate and momentum that suit `surface`,
    /// Adam's β = (0.9, 0.999) and RMSprop's α = 0.99 (PyTorch's defaults).
    pub fn default_for(surface: Surface, kind: OptimizerKind) -> Self {
        let beta2 = if kind == OptimizerKind::RmsProp {
            0.99
        } else {
            0.999
        };
        let at = OptimizerKind::ALL.iter().position(|k| *k == kind);
        RacerSpec {
            kind,
            hyper: Hyper {
                learning_rate: default_learning_rate(surface, kind),
                momentum: default_momentum(surface, kind),
                beta1: 0.9,
                beta2,
                epsilon: 1e-8,
            },
            colour: KIND_COLOURS[at.unwrap_or(0)],
        }
    }
}

/// A learning rate that makes `kind` reach a minimum of `surface` from its default start in a
/// few hundred steps without oscillating (found by trying; SGD's respect 2/λ_max). On the bowl,
/// whose curvatures are 1 and κ = 10, plain descent and momentum take the optimal steps of
/// Goh's "Why Momentum Really Works" (Distill, 2017): α = 2/(1 + κ) ≈ 0.18 for plain descent,
/// α = (2/(1 + √κ))² ≈ 0.23 with β = ((√κ − 1)/(√κ + 1))² ≈ 0.27 for momentum (see
/// [`default_momentum`]), so the race shows what the lesson says: momentum, best tuned, reaches
/// the bottom in 28 steps, plain descent in 64.
pub fn default_learning_rate(surface: Surface, kind: OptimizerKind) -> f64 {
    use OptimizerKind::*;
    let rates: [f64; 5] = match surface {
        Surface::Bowl => [0.18, 0.23, 0.12, 0.05, 0.1],
        Surface::Rosenbrock => [0.0015, 0.001, 0.001, 0.001, 0.05],
        // RMSprop at 0.002: from 0.003 to 0.05 it zigzags across the valley it reaches.
        Surface::Himmelblau => [0.01, 0.002, 0.002, 0.002, 0.1],
        Surface::Saddle => [0.05, 0.01, 0.01, 0.02, 0.05],
        // Momentum and Nesterov roll over the bumps to the global minimum; the others stop
        // in the first local minimum (the lesson of this surface).
        Surface::Bumpy => [0.02, 0.01, 0.01, 0.02, 0.05],
    };
    let k = [Sgd, Momentum, Nesterov, RmsProp, Adam];
    rates[k.iter().position(|x| *x == kind).unwrap_or(0)]
}

/// The momentum μ of `kind` on `surface`: PyTorch's 0.9, but on the bowl the optimal β for
/// momentum (≈ 0.27, see [`default_learning_rate`]) and, for Nesterov, the μ = 0.5 that brings it
/// down in 33 steps at α = 0.12 (found by trying: at momentum's optimum Nesterov flies off).
pub fn default_momentum(surface: Surface, kind: OptimizerKind) -> f64 {
    match (surface, kind) {
        (Surface::Bowl, OptimizerKind::Momentum) => 0.27,
        (Surface::Bowl, OptimizerKind::Nesterov) => 0.5,
        _ => 0.9,
    }
}

/// An optimiser on its way down a surface.
#[derive(Clone, Debug)]
pub struct Racer {
    spec: RacerSpec,
    optimizer: Optimizer<f64>,
    position: [f64; 2],
    loss: f64,
    steps: u64,
    trail: Trail,
    history: History,
    motion: Motion,
    status: Status,
    at_rest: u32,
    finished_at: Option<u64>,
}

impl Racer {
    /// A racer with `spec` standing at `start` on `surface`.
    pub fn new(spec: RacerSpec, surface: Surface, start: (f64, f64)) -> Self {
        let mut r = Racer {
            spec,
            optimizer: Optimizer::new(spec.kind, spec.hyper),
            position: [start.0, start.1],
            loss: 0.0,
            steps: 0,
            trail: Trail::new(TRAIL_SPACING * surface.domain().side()),
            history: History::new(RACER_HISTORY),
            motion: Motion::default(),
            status: Status::Running,
            at_rest: 0,
            finished_at: None,
        };
        r.restart(surface, start);
        r
    }

    /// Back to `start` with fresh optimiser moments and an empty trail and history.
    pub fn restart(&mut self, surface: Surface, start: (f64, f64)) {
        self.optimizer = Optimizer::new(self.spec.kind, self.spec.hyper);
        self.position = [start.0, start.1];
        self.loss = surface.value(start.0, start.1);
        self.steps = 0;
        self.trail = Trail::new(TRAIL_SPACING * surface.domain().side());
        self.trail.push(start);
        self.history.clear();
        self.history.push(0.0, self.loss, f64::NAN);
        self.motion.clear();
        self.motion.push(self.position, self.loss);
        self.status = Status::Running;
        self.at_rest = 0;
        self.finished_at = None;
    }

    /// One optimiser step from the surface gradient at the current position (nothing once
    /// the status is final). Updates the trail, the history and the status.
    pub fn step(&mut self, surface: Surface) {
        if self.status.is_final() {
            return;
        }
        let before = self.position;
        let gradient = surface.gradient(before[0], before[1]);
        self.optimizer.step(&mut self.position, &gradient);
        let [x, y] = self.position;
        self.loss = surface.value(x, y);
        self.steps += 1;
        self.trail.push((x, y));
        self.history.push(self.steps as f64, self.loss, f64::NAN);
        self.motion.push(self.position, self.loss);
        let moved = (x - before[0]).hypot(y - before[1]);
        self.status = self.judge(surface, moved, gradient[0].hypot(gradient[1]));
        if self.status.is_final() {
            self.finished_at = Some(self.steps);
        }
    }

    /// The status after a step of length `moved` taken from a gradient of length `slope`.
    fn judge(&mut self, surface: Surface, moved: f64, slope: f64) -> Status {
        let domain = surface.domain();
        let [x, y] = self.position;
        let (cx, cy) = domain.centre();
        let far = FLEW_OFF * 0.5 * domain.side();
        if !(self.loss.is_finite() && x.is_finite() && y.is_finite())
            || (x - cx).abs() > far
            || (y - cy).abs() > far
        {
            return Status::Diverged;
        }
        let side = domain.side();
        if moved < REST_STEP * side && slope < REST_GRADIENT * side {
            self.at_rest += 1;
        } else {
            self.at_rest = 0;
        }
        if self.at_rest >= REST_STEPS {
            return rest_status(surface, x, y);
        }
        // A loss change smaller than an at-rest step along an at-rest slope is noise.
        let loss_floor = REST_STEP * side * REST_GRADIENT * side;
        if self.motion.oscillating(REST_STEP * side, loss_floor) {
            Status::Oscillating
        } else {
            Status::Running
        }
    }

    /// Its settings.
    pub fn spec(&self) -> &RacerSpec {
        &self.spec
    }

    /// Current position (x, y).
    pub fn position(&self) -> (f64, f64) {
        (self.position[0], self.position[1])
    }

    /// The surface's value at the current position.
    pub fn loss(&self) -> f64 {
        self.loss
    }

    /// Steps taken since the start (it stops counting once finished).
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// What it is doing now.
    pub fn status(&self) -> Status {
        self.status
    }

    /// The step at which it stopped for good (converged, stuck or diverged), if it has.
    pub fn finished_at(&self) -> Option<u64> {
        self.finished_at
    }

    /// Where it has been (bounded; see [`Trail`]).
    pub fn trail(&self) -> &Trail {
        &self.trail
    }

    /// Its loss after each step (`epoch` = step, `train` = f(x, y), `test` unused: NaN),
    /// bounded and decimated as the classifier's loss chart.
    pub fn loss_history(&self) -> &History {
        &self.history
    }

    /// Its optimiser: the update rule, hyper-parameters and step count.
    pub fn optimizer(&self) -> &Optimizer<f64> {
        &self.optimizer
    }
}

/// Where a racer came to rest: a global minimum, a saddle, or another local minimum.
fn rest_status(surface: Surface, x: f64, y: f64) -> Status {
    let near = NEAR_MINIMUM * surface.domain().side();
    if surface
        .minima()
        .iter()
        .any(|m| (m.0 - x).hypot(m.1 - y) < near)
    {
        return Status::Converged;
    }
    let h = surface.hessian(x, y);
    let scale = h[0].abs().max(h[2].abs()).max(h[1].abs()).max(1.0);
    if smallest_eigenvalue(h) < -SADDLE_CURVATURE * scale {
        Status::Saddle
    } else {
        Status::LocalMinimum
    }
}
