//! The cart-pole of Barto, Sutton and Anderson (1983), with the equations and constants of
//! its usual form (a 1 kg cart, a 0.1 kg pole of half-length 0.5 m, ±10 N pushes), stepped
//! at 50 Hz by semi-implicit Euler. Pure numbers: no drawing, no learning.

use crate::engine::rng::Rng;

/// Gravity (m/s²).
const GRAVITY: f64 = 9.8;
/// Mass of the cart (kg).
const CART_MASS: f64 = 1.0;
/// Mass of the pole (kg).
const POLE_MASS: f64 = 0.1;
/// Half the pole's length (m): the distance from the hinge to its centre of mass.
pub const HALF_LENGTH: f64 = 0.5;
/// The force the policy pushes with, left or right (N).
pub const FORCE: f64 = 10.0;
/// Time step (s): 50 steps a second.
pub const DT: f64 = 0.02;
/// Steps a second.
pub const HZ: f64 = 1.0 / DT;
/// The pole has fallen beyond this angle from upright (12°, in radians).
pub const MAX_ANGLE: f64 = 12.0 * core::f64::consts::PI / 180.0;
/// The cart has left the track beyond this distance from the centre (m).
pub const TRACK_HALF: f64 = 2.4;
/// Each coordinate of a start state is drawn uniformly within ± this.
const START_SPREAD: f64 = 0.05;

/// Why an episode ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// Still going.
    Running,
    /// The pole leaned beyond ±12°.
    Fell,
    /// The cart ran off either end of the track.
    OffTrack,
}

impl Ending {
    /// The short name the page translates (`running`, `fell`, `track`).
    pub fn name(self) -> &'static str {
        match self {
            Ending::Running => "running",
            Ending::Fell => "fell",
            Ending::OffTrack => "track",
        }
    }
}

/// The state of the cart and pole: position x (m, 0 at the centre, right positive), velocity
/// (m/s), the pole's angle θ from upright (rad, positive leaning right) and angular velocity.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct CartPole {
    /// Cart position (m).
    pub x: f64,
    /// Cart velocity (m/s).
    pub x_dot: f64,
    /// Pole angle from upright (rad).
    pub theta: f64,
    /// Pole angular velocity (rad/s).
    pub theta_dot: f64,
}

impl CartPole {
    /// A start state near upright and at rest, each coordinate uniform in ±0.05.
    pub fn start(rng: &mut Rng) -> Self {
        let mut draw = || rng.range(-START_SPREAD, START_SPREAD);
        CartPole {
            x: draw(),
            x_dot: draw(),
            theta: draw(),
            theta_dot: draw(),
        }
    }

    /// One 20 ms step under the horizontal `force` (N) on the cart: the accelerations of the
    /// classic equations, then the velocities, then the positions from the new velocities.
    pub fn step(&mut self, force: f64) {
        let (sin, cos) = self.theta.sin_cos();
        let total = CART_MASS + POLE_MASS;
        let pole_moment = POLE_MASS * HALF_LENGTH;
        let temp = (force + pole_moment * self.theta_dot * self.theta_dot * sin) / total;
        let theta_acc = (GRAVITY * sin - cos * temp)
            / (HALF_LENGTH * (4.0 / 3.0 - POLE_MASS * cos * cos / total));
        let x_acc = temp - pole_moment * theta_acc * cos / total;
        self.x_dot += DT * x_acc;
        self.theta_dot += DT * theta_acc;
        self.x += DT * self.x_dot;
        self.theta += DT * self.theta_dot;
    }

    /// Whether the episode is over, and why.
    pub fn ending(&self) -> Ending {
        if !self.x.is_finite() || self.x.abs() > TRACK_HALF {
            Ending::OffTrack
        } else if !self.theta.is_finite() || self.theta.abs() > MAX_ANGLE {
            Ending::Fell
        } else {
            Ending::Running
        }
    }

    /// What the policy sees: the four coordinates scaled to about ±1 (x by the track's half
    /// length, θ by the failure angle, the velocities by typical values).
    pub fn observation(&self) -> [f64; 4] {
        [
            self.x / TRACK_HALF,
            self.x_dot / 2.0,
            self.theta / MAX_ANGLE,
            self.theta_dot / 2.0,
        ]
    }
}
