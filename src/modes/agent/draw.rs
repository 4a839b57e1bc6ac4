//! The scene's pixels: the track with its ends, the cart, the pole (red once fallen), the
//! ±12° limits as faint lines from the hinge, the policy's push as a small grey arrow and the
//! student's as a large orange one. Pure Rust, into a [`Raster`].

use super::cartpole::{HALF_LENGTH, MAX_ANGLE, TRACK_HALF};
use super::session::Scene;
use crate::drawing::colour::Rgba;
use crate::drawing::raster::Raster;

/// Metres shown across the picture: the track and a margin either side.
const SPAN: f64 = 2.0 * TRACK_HALF + 0.8;
/// Metres shown from the ground to the top.
const HEIGHT: f64 = 2.0 * HALF_LENGTH + 0.75;
const CART_W: f64 = 0.5;
const CART_H: f64 = 0.25;

const SKY: Rgba = [0xf6, 0xf8, 0xfa, 0xff];
const GROUND: Rgba = [0xd0, 0xd7, 0xde, 0xff];
const RAIL: Rgba = [0x57, 0x60, 0x6a, 0xff];
const END: Rgba = [0xcf, 0x22, 0x2e, 0xff];
const CART: Rgba = [0x24, 0x29, 0x2f, 0xff];
const POLE: Rgba = [0xbf, 0x87, 0x00, 0xff];
const FALLEN: Rgba = [0xcf, 0x22, 0x2e, 0xff];
const LIMIT: Rgba = [0x8c, 0x95, 0x9f, 0x80];
const POLICY_PUSH: Rgba = [0x57, 0x60, 0x6a, 0xc0];
const STUDENT_PUSH: Rgba = [0xe3, 0x6c, 0x09, 0xff];

/// How the world maps onto the picture: pixels per metre, and where x = 0 on the ground is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    /// Pixels per metre.
    pub scale: f64,
    /// Pixel of x = 0 on the ground.
    pub origin: (f64, f64),
}

impl View {
    /// The view of a `width` × `height` picture: the whole track and the upright pole fit.
    pub fn new(width: usize, height: usize) -> Self {
        let scale = (width as f64 / SPAN).min(height as f64 / HEIGHT);
        // The band from 0.3 m under the ground to the pole's top, centred vertically.
        let ground = (height as f64 + (HEIGHT - 0.6) * scale) / 2.0;
        View {
            scale,
            origin: (width as f64 / 2.0, ground),
        }
    }

    /// The pixel of the world point (x, y) (metres, y up from the ground).
    pub fn pixel(&self, x: f64, y: f64) -> (f64, f64) {
        (
            self.origin.0 + x * self.scale,
            self.origin.1 - y * self.scale,
        )
    }

    /// The world x (m) of pixel column `px`.
    pub fn world_x(&self, px: f64) -> f64 {
        (px - self.origin.0) / self.scale
    }
}

/// Draws `scene` over the whole of `out` (its size decides the view).
pub fn draw_scene(scene: &Scene, out: &mut Raster) {
    let view = View::new(out.width, out.height);
    let s = view.scale;
    out.clear(SKY);
    let (gx, gy) = view.origin;
    out.fill_rect(0.0, gy, out.width as f64, out.height as f64, GROUND);
    let (left, right) = (view.pixel(-TRACK_HALF, 0.0), view.pixel(TRACK_HALF, 0.0));
    out.line(left, right, (0.03 * s).max(2.0), RAIL);
    for end in [left, right] {
        out.line(end, (end.0, end.1 - 0.3 * s), (0.04 * s).max(2.0), END);
    }
    out.line((gx, gy), (gx, gy + 0.08 * s), 1.5, RAIL);
    let state = &scene.state;
    let x = state.x.clamp(-SPAN / 2.0, SPAN / 2.0);
    let (c0, c1) = (
        view.pixel(x - CART_W / 2.0, CART_H),
        view.pixel(x + CART_W / 2.0, 0.0),
    );
    out.fill_rect(c0.0, c0.1, c1.0, c1.1 - 0.05 * s, CART);
    for wx in [x - CART_W / 3.0, x + CART_W / 3.0] {
        out.disc(view.pixel(wx, 0.05), 0.05 * s, RAIL, RAIL);
    }
    let hinge = view.pixel(x, CART_H);
    let length = 2.0 * HALF_LENGTH;
    for side in [-1.0, 1.0] {
        let a = side * MAX_ANGLE;
        let tip = view.pixel(x + length * a.sin(), CART_H + length * a.cos());
        out.line(hinge, tip, 1.5, LIMIT);
    }
    let fallen = scene.ending != super::cartpole::Ending::Running;
    let theta = state.theta;
    let tip = view.pixel(x + length * theta.sin(), CART_H + length * theta.cos());
    let pole = if fallen { FALLEN } else { POLE };
    out.round_line(hinge, tip, (0.06 * s).max(3.0), pole);
    out.disc(hinge, (0.035 * s).max(2.0), CART, CART);
    let mid = view.pixel(x, CART_H / 2.0);
    if scene.force != 0.0 && !fallen {
        let dir = scene.force.signum();
        let from = (mid.0 - dir * 0.45 * s, mid.1);
        let to = (mid.0 - dir * (CART_W / 2.0 + 0.03) * s, mid.1);
        out.arrow(from, to, (0.025 * s).max(2.0), 0.08 * s, POLICY_PUSH);
    }
    if scene.push != 0.0 {
        let dir = scene.push.signum();
        let y = mid.1 - 0.05 * s;
        let from = (mid.0 - dir * 1.1 * s, y);
        let to = (mid.0 - dir * (CART_W / 2.0 + 0.05) * s, y);
        out.arrow(from, to, (0.06 * s).max(4.0), 0.18 * s, STUDENT_PUSH);
    }
}
