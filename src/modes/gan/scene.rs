//! What the GAN plot looks like, in pixels: the discriminator's map as colours, and the layer
//! over it (real samples, the generator's manifold, generated samples, gradient arrows, the
//! explained step's batch, a drawing in progress). Colours follow GAN Lab: green is real,
//! purple is fake. Pure Rust; the web handle only blits the buffers.

use super::explained::position_on;
use super::{Explained, GAN_DOMAIN, GanSession, Phase};
use crate::drawing::colour::Rgba;
use crate::drawing::raster::{Raster, Stamp};
use crate::engine::float::Float;

/// Real samples (and D's "real" side of the map, lightened).
pub const REAL: Rgba = [0x1b, 0x9e, 0x77, 0xff];
/// Generated samples (and D's "fake" side, lightened).
pub const FAKE: Rgba = [0x75, 0x3b, 0xbd, 0xff];
/// The map where D is unsure (p = ½).
const UNSURE: Rgba = [0xf7, 0xf7, 0xf7, 0xff];
/// How far the map's ends go towards REAL and FAKE (pale, so the points stay legible).
const MAP_STRENGTH: f64 = 0.42;
/// The manifold's lines: FAKE, faint.
const MANIFOLD: Rgba = [0x75, 0x3b, 0xbd, 0x70];
/// Gradient arrows.
const ARROW: Rgba = [0x2d, 0x1b, 0x45, 0xd0];
/// A drawing in progress.
const SKETCH: Rgba = [0xe6, 0x55, 0x0d, 0xff];
/// Display samples while an explained step shows its batch (so the batch stands out).
const DIMMED_ALPHA: u8 = 0x50;
/// Lines across the noise space drawn for the manifold (per direction), and points per line.
pub const MANIFOLD_LINES: usize = 11;
pub const MANIFOLD_POINTS: usize = 25;
/// Generated samples that get a gradient arrow.
pub const ARROW_SAMPLES: usize = 150;
/// The longest arrow, as a share of the plot's width.
const ARROW_LENGTH: f64 = 0.07;

/// A 256-entry table from D's probability "real" (index = p · 255) to a colour.
pub fn map_table() -> [Rgba; 256] {
    let mut t = [[0; 4]; 256];
    for (k, c) in t.iter_mut().enumerate() {
        let v = 2.0 * k as f64 / 255.0 - 1.0;
        let end = if v < 0.0 { FAKE } else { REAL };
        *c = mix(UNSURE, end, v.abs() * MAP_STRENGTH);
    }
    t
}

/// `a` moved towards `b` by `t` ∈ [0, 1], opaque.
fn mix(a: Rgba, b: Rgba, t: f64) -> Rgba {
    let m = |x: u8, y: u8| (x as f64 + (y as f64 - x as f64) * t).round() as u8;
    [m(a[0], b[0]), m(a[1], b[1]), m(a[2], b[2]), 0xff]
}

/// Fills `rgba` (4 bytes per value) with the colours of D's probabilities `probs` (NaN is
/// "unsure").
pub fn heatmap<F: Float>(probs: &[F], table: &[Rgba; 256], rgba: &mut [u8]) {
    for (p, px) in probs.iter().zip(rgba.chunks_exact_mut(4)) {
        let p = p.to_f64();
        let k = if p.is_nan() {
            128
        } else {
            (p.clamp(0.0, 1.0) * 255.0).round() as usize
        };
        px.copy_from_slice(&table[k]);
    }
}

/// What to draw besides the session's own state.
#[derive(Clone, Copy, Debug, Default)]
pub struct Overlay<'a> {
    /// Points of a drawing in progress (n × 2, plane coordinates); while there are some,
    /// they replace the real samples.
    pub sketch: &'a [f64],
    /// Dots are drawn this many times their usual size (projector mode); 0 counts as 1.
    pub dot_scale: f64,
}

/// The plot's pixel geometry: plane [−GAN_DOMAIN, GAN_DOMAIN]² onto width × height.
#[derive(Clone, Copy, Debug)]
struct Frame {
    width: f64,
    height: f64,
    radius: f64,
}

impl Frame {
    /// The stamp of a sample's dot.
    fn dot(&self) -> Stamp {
        Stamp::disc(self.radius)
    }
}

impl Frame {
    fn px(&self, x: f64, y: f64) -> (f64, f64) {
        let s = 2.0 * GAN_DOMAIN;
        (
            (x + GAN_DOMAIN) / s * self.width,
            (GAN_DOMAIN - y) / s * self.height,
        )
    }
}

/// Draws the points layer of `session` on `r`, cleared to transparent first. Runs G forward
/// for the samples, the manifold and (if shown) the arrows.
pub fn draw_points<F: Float>(session: &mut GanSession<F>, overlay: Overlay<'_>, r: &mut Raster) {
    let (width, height) = (r.width, r.height);
    let frame = Frame {
        width: width as f64,
        height: height as f64,
        radius: (width.min(height) as f64 / 170.0).clamp(1.8, 6.0) * overlay.dot_scale.max(1.0),
    };
    r.clear([0; 4]);
    let config = session.config().clone();
    let dim = session.explained().is_some();
    let alpha = |c: Rgba| {
        if dim {
            [c[0], c[1], c[2], DIMMED_ALPHA]
        } else {
            c
        }
    };
    if overlay.sketch.is_empty() {
        dots(r, frame, session.gan().display_real(), alpha(REAL));
    }
    let gan = session.gan_mut();
    if config.manifold {
        let lines = gan.manifold(MANIFOLD_LINES, MANIFOLD_POINTS);
        polylines(r, frame, &wide(&lines), MANIFOLD_POINTS);
    }
    let fake = wide(&gan.display_fake());
    dots(r, frame, &fake, alpha(FAKE));
    if config.arrows && !dim {
        let pushes = wide(&gan.gradient_arrows(ARROW_SAMPLES));
        arrows(r, frame, &fake, &pushes);
    }
    if let Some(step) = session.explained() {
        batch(r, frame, step);
    }
    dots(r, frame, overlay.sketch, SKETCH);
}

fn wide<F: Float>(xs: &[F]) -> Vec<f64> {
    xs.iter().map(|v| v.to_f64()).collect()
}

fn dots(r: &mut Raster, f: Frame, xy: &[f64], colour: Rgba) {
    let dot = f.dot();
    for p in xy.chunks_exact(2) {
        let (x, y) = f.px(p[0], p[1]);
        r.stamp(&dot, (x, y), colour);
    }
}

/// The lines one after the other, `points` points each.
fn polylines(r: &mut Raster, f: Frame, xy: &[f64], points: usize) {
    let width = (f.radius * 0.45).max(1.0);
    for line in xy.chunks_exact(2 * points) {
        for seg in line.windows(4).step_by(2) {
            r.round_line(f.px(seg[0], seg[1]), f.px(seg[2], seg[3]), width, MANIFOLD);
        }
    }
}

/// An arrow on each of the first samples of `fake` along `pushes` (same layout), scaled so
/// that the 95th-percentile push is [`ARROW_LENGTH`] of the width: directions and relative
/// sizes stay readable however small the gradients get.
fn arrows(r: &mut Raster, f: Frame, fake: &[f64], pushes: &[f64]) {
    let mut norms: Vec<f64> = pushes
        .chunks_exact(2)
        .map(|g| g[0].hypot(g[1]))
        .filter(|n| n.is_finite())
        .collect();
    if norms.is_empty() {
        return;
    }
    norms.sort_by(f64::total_cmp);
    let reference = norms[(norms.len() * 95 / 100).min(norms.len() - 1)].max(1e-12);
    let scale = ARROW_LENGTH * f.width / reference;
    let width = (f.radius * 0.4).max(1.0);
    for (p, g) in fake.chunks_exact(2).zip(pushes.chunks_exact(2)) {
        let from = f.px(p[0], p[1]);
        // Screen y grows downwards.
        let (dx, dy) = (g[0] * scale, -g[1] * scale);
        let len = dx.hypot(dy);
        let cap = 1.5 * ARROW_LENGTH * f.width;
        let k = if len > cap { cap / len } else { 1.0 };
        let tip = (from.0 + dx * k, from.1 + dy * k);
        r.arrow(from, tip, width, 2.5 * f.radius, ARROW);
    }
}

/// The explained step's batch: larger samples; from the judge phase on, each ringed in the
/// colour of D's verdict on the batch's own scale (its lowest verdict purple, its highest
/// green: see `Explained::verdict_range`); in the last phase, arrows from where G's samples
/// were along their move, magnified by `Explained::arrow_scale` so that they can be seen.
fn batch<F: Float>(r: &mut Raster, f: Frame, step: &Explained<F>) {
    let big = f.radius * 1.6;
    let ring = f.radius * 0.8;
    // The batch's scale, found once for all its rings.
    let scale = step.verdict_range();
    let verdict = |p: f64| verdict_colour(position_on(scale, p));
    let show_real = step.phase != Phase::Generate;
    if show_real {
        for (k, p) in step.real.chunks_exact(2).enumerate() {
            let (x, y) = f.px(p[0], p[1]);
            r.disc((x, y), big, REAL, REAL);
            if let Some(&v) = step.real_p.get(k) {
                r.ring((x, y), big + ring, ring, verdict(v));
            }
        }
    }
    let now = if step.moved.is_empty() {
        &step.fake
    } else {
        &step.moved
    };
    for (k, p) in now.chunks_exact(2).enumerate() {
        let (x, y) = f.px(p[0], p[1]);
        r.disc((x, y), big, FAKE, FAKE);
        if let Some(&v) = step.fake_p.get(k) {
            r.ring((x, y), big + ring, ring, verdict(v));
        }
    }
    if let Some(scale) = step.arrow_scale() {
        for (a, b) in step.fake.chunks_exact(2).zip(step.moved.chunks_exact(2)) {
            let tip = (a[0] + (b[0] - a[0]) * scale, a[1] + (b[1] - a[1]) * scale);
            let (from, to) = (f.px(a[0], a[1]), f.px(tip.0, tip.1));
            r.arrow(from, to, (f.radius * 0.5).max(1.0), 2.0 * f.radius, ARROW);
        }
    }
}

/// The colour of a verdict at `position` on the batch's scale (0: its lowest, purple; ½:
/// pale; 1: its highest, green), the scale the page's verdict legend shows.
pub fn verdict_colour(position: f64) -> Rgba {
    let v = 2.0 * position.clamp(0.0, 1.0) - 1.0;
    let end = if v < 0.0 { FAKE } else { REAL };
    mix(UNSURE, end, v.abs())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::modes::gan::GanConfig;

    #[test]
    fn the_map_is_purple_for_fake_green_for_real_and_pale_in_between() {
        let t = map_table();
        assert!(t[0][2] > t[0][1], "p = 0 leans purple: {:?}", t[0]);
        assert!(
            t[255][1] > t[255][0] && t[255][1] > t[255][2],
            "{:?}",
            t[255]
        );
        assert!(t[128].iter().take(3).all(|&c| c > 0xe8), "{:?}", t[128]);
    }

    #[test]
    fn an_explained_step_spreads_its_verdicts_over_the_scale_and_magnifies_its_moves() {
        let mut session = GanSession::<f32>::new(GanConfig::default());
        let gan = session.gan_mut();
        let mut step = Explained::start(gan);
        assert_eq!(
            step.verdict_range(),
            None,
            "no verdict before the judge phase"
        );
        step = step.advance(gan).expect("judge");
        let (lo, hi) = step.verdict_range().expect("a range once judged");
        // At the start D says about ½ to everything: the scale is the batch's own.
        assert!(lo > 0.3 && hi < 0.7 && hi - lo >= 0.005, "{lo}..{hi}");
        let ends = (step.real_p.iter().chain(&step.fake_p)).map(|&p| step.verdict_position(p));
        let (min, max) = ends.fold((1.0f64, 0.0f64), |(a, b), x| (a.min(x), b.max(x)));
        assert!(
            min < 0.01 && max > 0.99,
            "the batch spans the scale: {min}..{max}"
        );
        assert_ne!(verdict_colour(min), verdict_colour(max));
        step = step.advance(gan).expect("update D");
        assert_eq!(step.arrow_scale(), None);
        step = step.advance(gan).expect("update G");
        let scale = step.arrow_scale().expect("a scale once G moved");
        let longest = (step.fake.chunks_exact(2).zip(step.moved.chunks_exact(2)))
            .map(|(a, b)| (b[0] - a[0]).hypot(b[1] - a[1]))
            .fold(0.0, f64::max);
        // One step at the default rate moves a sample by far less than a pixel's worth; the
        // longest arrow is drawn UPDATE_ARROW_LENGTH long (about 7 % of the plot).
        assert!(longest < 0.05, "a step moves {longest}");
        assert!((longest * scale - crate::modes::gan::UPDATE_ARROW_LENGTH).abs() < 1e-9);
    }

    #[test]
    fn the_points_layer_shows_generated_samples_where_g_puts_them() {
        let mut session = GanSession::<f32>::new(GanConfig::default());
        let (w, h) = (200, 200);
        let mut r = Raster::new(w, h);
        draw_points(&mut session, Overlay::default(), &mut r);
        let px = &r.rgba;
        let fake = session.gan_mut().display_fake();
        let f = Frame {
            width: w as f64,
            height: h as f64,
            radius: 2.0,
        };
        let (x, y) = f.px(fake[0] as f64, fake[1] as f64);
        let i = (y as usize * w + x as usize) * 4;
        assert_eq!(px[i + 3], 0xff, "an opaque sample at ({x}, {y})");
        let opaque = px.chunks_exact(4).filter(|p| p[3] > 0).count();
        assert!(opaque > 200 && opaque < w * h / 2, "{opaque} pixels drawn");
    }
}
