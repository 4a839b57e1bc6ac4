//! The simulator the network learns from: a damped pendulum whose rod is a stiff, damped
//! spring (as a real rod is). A unit mass hangs on a rod of rest length 1 (g/L = 1); the rod
//! stretches by `e` under the pull of the swing. With θ the angle (0 hanging down), ω = θ',
//! r = 1 + e and v = e':
//!
//! θ'' = (−sin θ − 2·v·ω)/r − c·ω,    e'' = r·ω² + cos θ − k·e − ζ·v,
//!
//! with the friction `c` of the student's choice, the rod's stiffness k = [`STIFFNESS`] and its
//! internal damping ζ = [`ROD_DAMPING`]. The rod vibrates along itself at √k = 2000 rad/s,
//! two thousand times faster than the swing (about 1 rad/s), and the vibration dies out within
//! a hundredth of a second; what is left is the slow motion of (θ, ω), which is what is drawn
//! and what the network learns.
//!
//! Explicit RK4 stays stable only while each sub-step h is short against the rod's vibration
//! (h·|λ| below about 2.8, λ the rod's eigenvalue): [`MIN_STABLE_SUBSTEPS`] sub-steps per
//! [`DT`] at the very least, whatever accuracy is wanted for the slow swing. The reference
//! ("exact") simulator takes [`SUBSTEPS`]. Starts sit on the slow manifold: the rod at its
//! quasi-static stretch, no radial velocity ([`Pendulum::lift`]).

use core::f64::consts::PI;

/// One step of the learned simulator and of a rollout, in seconds (a thirtieth of a swing at
/// small amplitude, whose period is 2π).
pub const DT: f64 = 0.2;
/// The rod's stiffness k per unit mass (1/s²): it vibrates along itself at √k = 2000 rad/s.
pub const STIFFNESS: f64 = 4.0e6;
/// The rod's internal damping ζ (1/s): a damping ratio of 0.1, the vibration decays as
/// e^(−200·t).
pub const ROD_DAMPING: f64 = 400.0;
/// The fewest RK4 sub-steps per [`DT`] that are stable for the rod's vibration: h = DT/n must
/// keep h·λ, λ = −ζ/2 ± i·√(k − ζ²/4), inside RK4's stability region (computed by
/// [`rk4_stable`] and checked by a test).
pub const MIN_STABLE_SUBSTEPS: usize = 136;
/// RK4 sub-steps per [`DT`] of the reference ("exact") simulator: a sixth more than the
/// stability limit (h·|λ| = 2.5), its one-step error is below 10⁻⁹, far under anything drawn,
/// and a 200-step true path costs 32 000 sub-steps.
pub const SUBSTEPS: usize = 160;
/// Largest |ω| of a start (and of the training starts); θ covers the whole circle.
pub const OMEGA_MAX: f64 = 3.0;
/// Floating-point operations of one RK4 sub-step of [`Pendulum`], counting a sine or a cosine
/// as one (which favours the simulator): four derivatives of 17 (a sine, a cosine, a division
/// and 14 additions and multiplications), the three intermediate states (3 × 8) and the
/// weighted sum (4 × 6).
pub const SUBSTEP_FLOPS: usize = 4 * 17 + 3 * 8 + 4 * 6;

/// A state of the slow motion: angle θ (radians, 0 hanging down) and angular velocity ω
/// (rad/s). What is drawn and what the network sees.
pub type State = [f64; 2];
/// The simulator's whole state: θ, ω, the rod's stretch e and its rate v.
pub type Full = [f64; 4];

/// θ brought into (−π, π].
pub fn wrap(theta: f64) -> f64 {
    let t = (theta + PI).rem_euclid(2.0 * PI) - PI;
    if t == -PI { PI } else { t }
}

/// Distance between two states in phase space, the angles compared around the circle.
pub fn distance(a: State, b: State) -> f64 {
    wrap(a[0] - b[0]).hypot(a[1] - b[1])
}

/// The slow part (θ, ω) of a whole state.
pub fn project(f: Full) -> State {
    [f[0], f[1]]
}

/// Whether RK4 sub-steps of `h` seconds are stable for the rod's vibration: the magnitude of
/// RK4's amplification R(z) = 1 + z + z²/2 + z³/6 + z⁴/24 at z = h·λ is at most 1.
pub fn rk4_stable(h: f64) -> bool {
    let (re, im) = (
        -ROD_DAMPING / 2.0,
        (STIFFNESS - ROD_DAMPING * ROD_DAMPING / 4.0).sqrt(),
    );
    let z = (h * re, h * im);
    let mul = |a: (f64, f64), b: (f64, f64)| (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0);
    let z2 = mul(z, z);
    let z3 = mul(z2, z);
    let z4 = mul(z3, z);
    let r = (
        1.0 + z.0 + z2.0 / 2.0 + z3.0 / 6.0 + z4.0 / 24.0,
        z.1 + z2.1 / 2.0 + z3.1 / 6.0 + z4.1 / 24.0,
    );
    r.0.hypot(r.1) <= 1.0
}

/// The pendulum on its stiff rod, with the friction `c`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pendulum {
    /// Damping per second of the swing (the friction torque is −c·ω).
    pub damping: f64,
}

impl Pendulum {
    fn derivative(&self, [theta, omega, e, v]: Full) -> Full {
        let (sin, cos) = theta.sin_cos();
        let r = 1.0 + e;
        [
            omega,
            (-sin - 2.0 * v * omega) / r - self.damping * omega,
            v,
            r * omega * omega + cos - STIFFNESS * e - ROD_DAMPING * v,
        ]
    }

    /// One RK4 step of `h` seconds from `s` (θ not wrapped).
    fn rk4(&self, s: Full, h: f64) -> Full {
        let at = |k: Full, f: f64| core::array::from_fn(|i| s[i] + f * k[i]);
        let k1 = self.derivative(s);
        let k2 = self.derivative(at(k1, h / 2.0));
        let k3 = self.derivative(at(k2, h / 2.0));
        let k4 = self.derivative(at(k3, h));
        core::array::from_fn(|i| s[i] + h / 6.0 * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i]))
    }

    /// The whole state on the slow manifold at (θ, ω): the rod at its quasi-static stretch
    /// e = (ω² + cos θ)/(k − ω²) (its spring holds the weight and the centrifugal pull), no
    /// radial velocity.
    pub fn lift([theta, omega]: State) -> Full {
        let e = (omega * omega + theta.cos()) / (STIFFNESS - omega * omega);
        [theta, omega, e, 0.0]
    }

    /// The whole state [`DT`] seconds after `s`, integrated in `substeps` RK4 sub-steps (at
    /// least one), θ left unwrapped.
    pub fn advance(&self, s: Full, substeps: usize) -> Full {
        let n = substeps.max(1);
        let h = DT / n as f64;
        (0..n).fold(s, |s, _| self.rk4(s, h))
    }

    /// The reference step of the slow state: lifted onto the slow manifold, [`DT`] in
    /// [`SUBSTEPS`] sub-steps, θ wrapped.
    pub fn step(&self, s: State) -> State {
        let [theta, omega] = project(self.advance(Self::lift(s), SUBSTEPS));
        [wrap(theta), omega]
    }

    /// The energy per unit mass: ½(v² + r²ω²) + 1 − r·cos θ + ½·k·e² (2 at the top at rest
    /// on a rigid rod).
    pub fn energy([theta, omega, e, v]: Full) -> f64 {
        let r = 1.0 + e;
        (v * v + r * r * omega * omega) / 2.0 + 1.0 - r * theta.cos() + STIFFNESS * e * e / 2.0
    }
}
