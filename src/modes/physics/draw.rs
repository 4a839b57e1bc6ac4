//! The phase-space picture as RGBA pixels: θ across (−π to π), ω up, the separatrix (the
//! swing that just reaches the top), the true and the learned paths up to the shown step with
//! a dot at that step, the start, and a small scene of both pendulums at that step.

use super::session::Rollout;
use super::sim::{OMEGA_MAX, State, wrap};
use crate::drawing::colour::Rgba;
use crate::drawing::raster::Raster;
use core::f64::consts::PI;

/// The true simulator's colour (Okabe–Ito blue, readable in both palettes).
pub const TRUTH: Rgba = [0x00, 0x72, 0xb2, 0xff];
/// The network's colour (Okabe–Ito vermilion).
pub const NETWORK: Rgba = [0xd5, 0x5e, 0x00, 0xff];
const BACKGROUND: Rgba = [0xff, 0xff, 0xff, 0xff];
const AXIS: Rgba = [0xd0, 0xd7, 0xde, 0xff];
const SEPARATRIX: Rgba = [0x8c, 0x95, 0x9f, 0xff];
const INK: Rgba = [0x1f, 0x23, 0x28, 0xff];
/// ω at the picture's top edge (and −ω at its bottom).
pub const OMEGA_EDGE: f64 = OMEGA_MAX + 0.3;

/// Where the phase plane lies on a picture of `width` × `height` pixels.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PhaseArea {
    pub width: f64,
    pub height: f64,
    pub margin: f64,
}

impl PhaseArea {
    /// The phase plane on a picture of this size, with a margin of 2 % of its smaller side.
    pub fn new(width: usize, height: usize) -> Self {
        let margin = (width.min(height) as f64 * 0.02).max(2.0);
        PhaseArea {
            width: width as f64,
            height: height as f64,
            margin,
        }
    }

    /// The pixel of state `s` (θ wrapped when outside [−π, π]: −π stays on the left edge).
    pub fn pixel(&self, [theta, omega]: State) -> (f64, f64) {
        let (w, h) = (
            self.width - 2.0 * self.margin,
            self.height - 2.0 * self.margin,
        );
        let theta = if theta.abs() <= PI {
            theta
        } else {
            wrap(theta)
        };
        let x = self.margin + (theta + PI) / (2.0 * PI) * w;
        let y = self.margin + (OMEGA_EDGE - omega) / (2.0 * OMEGA_EDGE) * h;
        (x, y)
    }

    /// The state under pixel (x, y), held in the start's limits (|θ| ≤ 3, |ω| ≤ 3); `None`
    /// when the picture has no size.
    pub fn state_at(&self, x: f64, y: f64) -> Option<State> {
        let (w, h) = (
            self.width - 2.0 * self.margin,
            self.height - 2.0 * self.margin,
        );
        if w <= 0.0 || h <= 0.0 || !x.is_finite() || !y.is_finite() {
            return None;
        }
        let theta = (x - self.margin) / w * 2.0 * PI - PI;
        let omega = OMEGA_EDGE - (y - self.margin) / h * 2.0 * OMEGA_EDGE;
        Some([
            theta.clamp(-super::START_LIMIT, super::START_LIMIT),
            omega.clamp(-super::START_LIMIT, super::START_LIMIT),
        ])
    }
}

/// What the picture shows.
pub struct Scene<'a> {
    pub rollout: &'a Rollout,
    /// Steps shown (the paths are drawn from the start to this step).
    pub shown: usize,
    /// Line width scale (2 on a projector).
    pub scale: f64,
}

/// Draws `scene` on `r` (already sized); returns the phase area.
pub fn draw_phase(r: &mut Raster, scene: &Scene) -> PhaseArea {
    let area = PhaseArea::new(r.width, r.height);
    r.clear(BACKGROUND);
    let s = scene.scale;
    let (x0, _) = area.pixel([0.0, 0.0]);
    r.line((x0, 0.0), (x0, area.height), 1.0, AXIS);
    let (_, y0) = area.pixel([0.0, 0.0]);
    r.line((0.0, y0), (area.width, y0), 1.0, AXIS);
    for sign in [1.0, -1.0] {
        let points: Vec<(f64, f64)> = (0..=120)
            .map(|i| {
                let theta = -PI + 2.0 * PI * i as f64 / 120.0;
                area.pixel([theta, sign * (2.0 * (1.0 + theta.cos())).sqrt()])
            })
            .collect();
        r.polyline(&points, 1.0, SEPARATRIX);
    }
    let ro = scene.rollout;
    let shown = scene.shown.min(ro.truth.len().saturating_sub(1));
    let faint = |c: Rgba| [c[0], c[1], c[2], 0x40];
    path(r, &area, &ro.truth, ro.truth.len(), 1.5 * s, faint(TRUTH));
    path(
        r,
        &area,
        &ro.network,
        ro.network.len(),
        1.5 * s,
        faint(NETWORK),
    );
    path(r, &area, &ro.truth, shown + 1, 2.5 * s, TRUTH);
    path(r, &area, &ro.network, shown + 1, 2.5 * s, NETWORK);
    if let Some(&start) = ro.truth.first() {
        r.disc(area.pixel(start), 6.0 * s, BACKGROUND, INK);
    }
    if let (Some(&t), Some(&n)) = (ro.truth.get(shown), ro.network.get(shown)) {
        r.disc(area.pixel(t), 5.0 * s, TRUTH, BACKGROUND);
        r.disc(area.pixel(n), 5.0 * s, NETWORK, BACKGROUND);
        pendulums(r, t, n, s);
    }
    area
}

/// The first `count` states of `states` as a line, broken where θ wraps around.
fn path(r: &mut Raster, area: &PhaseArea, states: &[State], count: usize, width: f64, c: Rgba) {
    let mut run: Vec<(f64, f64)> = Vec::new();
    let mut last: Option<f64> = None;
    for &s in states.iter().take(count) {
        if !s[0].is_finite() || !s[1].is_finite() {
            break;
        }
        let theta = wrap(s[0]);
        if last.is_some_and(|l| (theta - l).abs() > PI) {
            r.polyline(&run, width, c);
            run.clear();
        }
        last = Some(theta);
        run.push(area.pixel([theta, s[1].clamp(-2.0 * OMEGA_EDGE, 2.0 * OMEGA_EDGE)]));
    }
    r.polyline(&run, width, c);
}

/// Both pendulums at their angles in a disc at the top right corner.
fn pendulums(r: &mut Raster, truth: State, network: State, s: f64) {
    let radius = (r.width.min(r.height) as f64 * 0.16).max(16.0);
    let centre = (r.width as f64 - radius - 6.0, radius + 6.0);
    r.disc(centre, radius, [0xf6, 0xf8, 0xfa, 0xf0], AXIS);
    let arm = radius * 0.78;
    for (state, colour) in [(truth, TRUTH), (network, NETWORK)] {
        if !state[0].is_finite() {
            continue;
        }
        let bob = (
            centre.0 + arm * state[0].sin(),
            centre.1 + arm * state[0].cos(),
        );
        r.line(centre, bob, 2.0 * s, colour);
        r.disc(bob, (radius * 0.12).max(4.0), colour, BACKGROUND);
    }
    r.disc(centre, 3.0 * s, INK, INK);
}
