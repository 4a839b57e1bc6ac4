//! The simulator the network learns from: a damped pendulum, θ'' = −sin θ − c·θ' (g/L = 1),
//! integrated by classic fourth-order Runge–Kutta in small sub-steps. Its state is (θ, ω)
//! with θ kept in (−π, π]; one "step" is [`DT`] seconds, which the reference simulator covers
//! in [`SUBSTEPS`] sub-steps.

use core::f64::consts::PI;

/// One step of the learned simulator and of a rollout, in seconds (a tenth of a swing at
/// small amplitude, whose period is 2π).
pub const DT: f64 = 0.2;
/// RK4 sub-steps per [`DT`] of the reference ("exact") simulator: its one-step error is
/// below 10⁻¹⁰, far under anything drawn.
pub const SUBSTEPS: usize = 20;
/// Largest |ω| of a start (and of the training starts); θ covers the whole circle.
pub const OMEGA_MAX: f64 = 3.0;

/// A state: angle θ (radians, 0 hanging down) and angular velocity ω (rad/s).
pub type State = [f64; 2];

/// θ brought into (−π, π].
pub fn wrap(theta: f64) -> f64 {
    let t = (theta + PI).rem_euclid(2.0 * PI) - PI;
    if t == -PI { PI } else { t }
}

/// Distance between two states in phase space, the angles compared around the circle.
pub fn distance(a: State, b: State) -> f64 {
    wrap(a[0] - b[0]).hypot(a[1] - b[1])
}

/// The pendulum's equations with damping `c`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pendulum {
    /// Damping per second (the friction torque is −c·ω).
    pub damping: f64,
}

impl Pendulum {
    fn derivative(&self, [theta, omega]: State) -> State {
        [omega, -theta.sin() - self.damping * omega]
    }

    /// One RK4 step of `h` seconds from `s` (θ not wrapped).
    fn rk4(&self, s: State, h: f64) -> State {
        let at = |s: State, k: State, f: f64| [s[0] + f * k[0], s[1] + f * k[1]];
        let k1 = self.derivative(s);
        let k2 = self.derivative(at(s, k1, h / 2.0));
        let k3 = self.derivative(at(s, k2, h / 2.0));
        let k4 = self.derivative(at(s, k3, h));
        [
            s[0] + h / 6.0 * (k1[0] + 2.0 * k2[0] + 2.0 * k3[0] + k4[0]),
            s[1] + h / 6.0 * (k1[1] + 2.0 * k2[1] + 2.0 * k3[1] + k4[1]),
        ]
    }

    /// The state [`DT`] seconds after `s`, integrated in `substeps` RK4 sub-steps (at least
    /// one), θ left unwrapped.
    pub fn advance(&self, s: State, substeps: usize) -> State {
        let n = substeps.max(1);
        let h = DT / n as f64;
        (0..n).fold(s, |s, _| self.rk4(s, h))
    }

    /// The reference step: [`DT`] in [`SUBSTEPS`] sub-steps, θ wrapped.
    pub fn step(&self, s: State) -> State {
        let [theta, omega] = self.advance(s, SUBSTEPS);
        [wrap(theta), omega]
    }

    /// The energy per unit mass and length², ω²/2 + 1 − cos θ (2 at the top at rest).
    pub fn energy([theta, omega]: State) -> f64 {
        omega * omega / 2.0 + 1.0 - theta.cos()
    }
}
