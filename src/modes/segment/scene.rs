//! The built-in scenes, drawn in code at [`SIZE`] × [`SIZE`] together with the label of every
//! pixel (what the accuracy is measured against): a beach (sand, sea, trees, sky), a mountain
//! lake (mountains, lake, grass, sky) and a desert (dunes, sky, cacti); labels are in the
//! order of the class colours (orange, blue, green, magenta), so that sea and lake are blue. Each pixel's colour
//! gets a little seeded noise, so that a colour is not a label by itself.

use super::SIZE;
use crate::engine::rng::Rng;

/// A built-in scene.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Scene {
    /// Sky, sea, sand and two palm trees.
    #[default]
    Beach,
    /// Sky, snowy mountains, a lake and grass.
    Lake,
    /// Sky, dunes and two cacti.
    Desert,
}

/// A picture and, for a scene, the label of each pixel.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenePicture {
    /// RGB values in [0, 1], [`SIZE`]² × 3, row-major from the top-left pixel.
    pub rgb: Vec<f32>,
    /// The label of each pixel (0-based), for a scene; `None` for an upload.
    pub truth: Option<Vec<u8>>,
    /// The names of the labels (query-string words the page translates), one per label.
    pub labels: &'static [&'static str],
}

/// The labels of an uploaded picture.
pub const UPLOAD_LABELS: &[&str] = &["label1", "label2", "label3", "label4"];

/// Stream of the colour noise's generator.
const STREAM_NOISE: u64 = 71;
/// Largest change of a channel by the noise (of 1).
const NOISE: f64 = 0.035;

type Rgb = [f64; 3];

fn rgb(r: u8, g: u8, b: u8) -> Rgb {
    [r as f64 / 255.0, g as f64 / 255.0, b as f64 / 255.0]
}

fn mix(a: Rgb, b: Rgb, t: f64) -> Rgb {
    let t = t.clamp(0.0, 1.0);
    [0, 1, 2].map(|k| a[k] + (b[k] - a[k]) * t)
}

impl Scene {
    /// Every scene, in the order the page offers them.
    pub const ALL: [Scene; 3] = [Scene::Beach, Scene::Lake, Scene::Desert];

    /// The scene's name in a link.
    pub fn name(self) -> &'static str {
        match self {
            Scene::Beach => "beach",
            Scene::Lake => "lake",
            Scene::Desert => "desert",
        }
    }

    /// The names of its labels, in label order.
    pub fn labels(self) -> &'static [&'static str] {
        match self {
            Scene::Beach => &["sand", "sea", "trees", "sky"],
            Scene::Lake => &["mountains", "lake", "grass", "sky"],
            Scene::Desert => &["dunes", "sky", "cacti"],
        }
    }

    /// The picture and its labels (the noise drawn from `seed`).
    pub fn picture(self, seed: u64) -> ScenePicture {
        let mut rng = Rng::derived(seed, STREAM_NOISE);
        let n = SIZE * SIZE;
        let mut rgb_values = Vec::with_capacity(3 * n);
        let mut truth = Vec::with_capacity(n);
        for y in 0..SIZE {
            for x in 0..SIZE {
                let (u, v) = (
                    (x as f64 + 0.5) / SIZE as f64,
                    (y as f64 + 0.5) / SIZE as f64,
                );
                let (colour, label) = match self {
                    Scene::Beach => beach(u, v),
                    Scene::Lake => lake(u, v),
                    Scene::Desert => desert(u, v),
                };
                for c in colour {
                    let noisy = c + NOISE * (2.0 * rng.uniform() - 1.0);
                    rgb_values.push(noisy.clamp(0.0, 1.0) as f32);
                }
                truth.push(label);
            }
        }
        ScenePicture {
            rgb: rgb_values,
            truth: Some(truth),
            labels: self.labels(),
        }
    }
}

/// Distance from (u, v) to the segment a–b.
fn to_segment((u, v): (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let t = (((u - a.0) * dx + (v - a.1) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
    (u - a.0 - t * dx).hypot(v - a.1 - t * dy)
}

/// Whether (u, v) is inside the ellipse of centre c and radii (a, b).
fn in_ellipse((u, v): (f64, f64), c: (f64, f64), (a, b): (f64, f64)) -> bool {
    ((u - c.0) / a).powi(2) + ((v - c.1) / b).powi(2) <= 1.0
}

/// A palm tree: a leaning trunk from `foot` to `top` and a crown of five leaves around `top`.
fn palm(p: (f64, f64), foot: (f64, f64), top: (f64, f64), size: f64) -> Option<Rgb> {
    let leaves = [
        (-1.0, 0.25),
        (1.0, 0.3),
        (-0.6, -0.35),
        (0.6, -0.3),
        (0.0, -0.5),
    ];
    for (dx, dy) in leaves {
        let centre = (top.0 + dx * size * 0.9, top.1 + dy * size * 0.6);
        if in_ellipse(p, centre, (size * 0.75, size * 0.32)) {
            return Some(mix(
                rgb(34, 110, 48),
                rgb(70, 150, 60),
                (p.1 - top.1) / size + 0.5,
            ));
        }
    }
    (to_segment(p, foot, top) < size * 0.16).then(|| rgb(122, 86, 52))
}

/// The beach: labels 0 sand, 1 sea, 2 trees, 3 sky.
fn beach(u: f64, v: f64) -> (Rgb, u8) {
    let p = (u, v);
    let trees = [
        palm(p, (0.2, 0.9), (0.15, 0.3), 0.13),
        palm(p, (0.84, 0.78), (0.88, 0.45), 0.09),
    ];
    if let Some(colour) = trees.into_iter().flatten().next() {
        return (colour, 2);
    }
    let horizon = 0.42;
    let shore = 0.64 + 0.04 * (2.0 * core::f64::consts::PI * 1.3 * u).sin();
    if v < horizon {
        let sun = (u - 0.7).hypot(v - 0.14) < 0.06;
        let sky = mix(rgb(92, 156, 230), rgb(196, 224, 246), v / horizon);
        return (if sun { rgb(255, 236, 170) } else { sky }, 3);
    }
    if v < shore {
        let t = (v - horizon) / (shore - horizon);
        let wave = (0.5 + 0.5 * (40.0 * v + 6.0 * u).sin()).powi(8);
        let sea = mix(rgb(24, 86, 150), rgb(46, 140, 170), t);
        return (mix(sea, rgb(150, 200, 220), 0.35 * wave), 1);
    }
    let wet = ((v - shore) / 0.05).clamp(0.0, 1.0);
    (mix(rgb(196, 170, 120), rgb(236, 214, 160), wet), 0)
}

/// The mountain lake: labels 0 mountains, 1 lake, 2 grass, 3 sky.
fn lake(u: f64, v: f64) -> (Rgb, u8) {
    let ridge = 0.18 + 0.22 * (2.0 * (u * 2.5).fract() - 1.0).abs() + 0.05 * (9.0 * u).sin();
    let valley = 0.56;
    if in_ellipse((u, v), (0.5, 0.74), (0.36, 0.13)) {
        let t = (v - 0.61) / 0.26;
        return (mix(rgb(40, 92, 150), rgb(70, 128, 170), t), 1);
    }
    if v < ridge {
        return (mix(rgb(120, 170, 230), rgb(200, 222, 240), v / 0.45), 3);
    }
    if v < valley {
        let snow = v < ridge + 0.06;
        let rock = mix(rgb(112, 100, 110), rgb(86, 84, 96), (v - ridge) / 0.3);
        return (if snow { rgb(236, 238, 244) } else { rock }, 0);
    }
    (
        mix(rgb(96, 168, 72), rgb(62, 128, 50), (v - valley) / 0.44),
        2,
    )
}

/// The desert: labels 0 dunes, 1 sky, 2 cacti.
fn desert(u: f64, v: f64) -> (Rgb, u8) {
    let p = (u, v);
    for (x, top, height) in [(0.28, 0.3, 0.5), (0.74, 0.5, 0.32)] {
        let w = 0.045;
        let trunk = (u - x).abs() < w && v > top && v < top + height;
        let arm_l = (u - (x - 0.1)).abs() < w * 0.8 && v > top + 0.08 && v < top + 0.22;
        let arm_r = (u - (x + 0.1)).abs() < w * 0.8 && v > top + 0.14 && v < top + 0.26;
        let elbow_l = to_segment(p, (x - 0.1, top + 0.22), (x, top + 0.22)) < w * 0.8;
        let elbow_r = to_segment(p, (x + 0.1, top + 0.26), (x, top + 0.26)) < w * 0.8;
        let cap = (u - x).hypot(v - top) < w;
        if trunk || arm_l || arm_r || elbow_l || elbow_r || cap {
            let stripe = 0.5 + 0.5 * (60.0 * u).sin();
            return (mix(rgb(46, 120, 62), rgb(70, 150, 80), stripe), 2);
        }
    }
    let dune = 0.5 + 0.06 * (7.0 * u).sin() + 0.03 * (17.0 * u + 1.0).sin();
    if v < dune {
        return (
            mix(rgb(110, 170, 235), rgb(230, 214, 190), (v / dune).powi(3)),
            1,
        );
    }
    let shade = 0.5 + 0.5 * (12.0 * u + 30.0 * v).sin();
    (mix(rgb(222, 168, 96), rgb(200, 140, 76), shade), 0)
}
