//! The student's strokes: each a label (or the eraser), a brush radius and the pixels its
//! path goes through. Later strokes paint over earlier ones. In a link each stroke is its
//! label digit (`1`–`4`, `0` for the eraser), its radius digit (`1`–`8`) and its points, four
//! base64url characters each ([`crate::formats::points`]), strokes joined by `.`; past
//! [`MAX_LINK_CHARS`] characters the link carries a digest `~strokes.hash` instead and the
//! strokes travel in the saved state.

use super::{MAX_LABELS, SIZE};
use crate::formats::hash::fnv1a;
use crate::formats::points;

/// Most strokes held.
pub const MAX_STROKES: usize = 200;
/// Most points in one stroke.
pub const MAX_STROKE_POINTS: usize = 400;
/// Longest `strokes` value a link carries; longer strokes are written as a digest.
pub const MAX_LINK_CHARS: usize = 1500;
/// Largest brush radius, in pixels.
pub const MAX_RADIUS: u8 = 8;

/// One stroke.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stroke {
    /// The label painted (0-based), or `None` for the eraser.
    pub label: Option<u8>,
    /// Brush radius in pixels, 1 to [`MAX_RADIUS`].
    pub radius: u8,
    /// The pixels the path goes through, in order, each within the picture.
    pub points: Vec<(u8, u8)>,
}

/// Every stroke, in the order painted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Strokes(pub Vec<Stroke>);

impl Strokes {
    /// Whether there is no stroke.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The full text of every stroke (see the module's description).
    pub fn encode_full(&self) -> String {
        let each = self.0.iter().map(|s| {
            let label = s.label.map_or('0', |l| char::from(b'1' + l));
            let radius = char::from(b'0' + s.radius);
            let pts = points::encode(s.points.iter().map(|&(x, y)| [x as u32, y as u32]));
            format!("{label}{radius}{pts}")
        });
        each.collect::<Vec<_>>().join(".")
    }

    /// The `strokes` value of a link: the full text up to [`MAX_LINK_CHARS`], else a digest.
    pub fn encode(&self) -> String {
        let full = self.encode_full();
        if full.len() <= MAX_LINK_CHARS {
            return full;
        }
        format!("~{}.{:016x}", self.0.len(), fnv1a(full.as_bytes()))
    }

    /// Reads a `strokes` value written by [`Strokes::encode`]; a digest is accepted only when
    /// it names `base` (the strokes already held), which it keeps. `None` for anything else.
    pub fn decode(text: &str, base: &Strokes) -> Option<Strokes> {
        let text = text.trim();
        if text.starts_with('~') {
            return (text == base.encode()).then(|| base.clone());
        }
        if text.is_empty() {
            return Some(Strokes::default());
        }
        let strokes: Option<Vec<Stroke>> = text.split('.').map(stroke).collect();
        strokes.filter(|s| s.len() <= MAX_STROKES).map(Strokes)
    }

    /// Adds a stroke if there is room and it is well formed; whether it was added.
    pub fn push(&mut self, stroke: Stroke) -> bool {
        let fits = self.0.len() < MAX_STROKES && valid(&stroke);
        if fits {
            self.0.push(stroke);
        }
        fits
    }

    /// The label painted on each pixel ([`SIZE`]², row-major), `None` where nothing is (or
    /// the eraser went last). A pixel is painted when its centre lies within the radius of
    /// the path (strictly closer than the radius, in pixels).
    pub fn paint(&self) -> Vec<Option<u8>> {
        let mut out = vec![None; SIZE * SIZE];
        for s in &self.0 {
            let r = s.radius as f64;
            let path: Vec<(f64, f64)> = s
                .points
                .iter()
                .map(|&(x, y)| (x as f64, y as f64))
                .collect();
            let segments: Vec<((f64, f64), (f64, f64))> = match path.len() {
                0 => continue,
                1 => vec![(path[0], path[0])],
                _ => path.windows(2).map(|w| (w[0], w[1])).collect(),
            };
            for (a, b) in segments {
                let (x0, x1) = (a.0.min(b.0) - r, a.0.max(b.0) + r);
                let (y0, y1) = (a.1.min(b.1) - r, a.1.max(b.1) + r);
                let clampi = |v: f64| v.clamp(0.0, (SIZE - 1) as f64) as usize;
                for y in clampi(y0.floor())..=clampi(y1.ceil()) {
                    for x in clampi(x0.floor())..=clampi(x1.ceil()) {
                        if distance((x as f64, y as f64), a, b) < r {
                            out[y * SIZE + x] = s.label;
                        }
                    }
                }
            }
        }
        out
    }
}

/// Distance from `p` to the segment a–b.
fn distance(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0)
    };
    (p.0 - a.0 - t * dx).hypot(p.1 - a.1 - t * dy)
}

/// Whether a stroke can be held: a label below [`MAX_LABELS`], a radius in range, 1 to
/// [`MAX_STROKE_POINTS`] points within the picture.
fn valid(s: &Stroke) -> bool {
    let label_ok = s.label.is_none_or(|l| (l as usize) < MAX_LABELS);
    let inside = s
        .points
        .iter()
        .all(|&(x, y)| (x as usize) < SIZE && (y as usize) < SIZE);
    let count = (1..=MAX_STROKE_POINTS).contains(&s.points.len());
    label_ok && (1..=MAX_RADIUS).contains(&s.radius) && inside && count
}

/// One stroke's text, if well formed.
fn stroke(text: &str) -> Option<Stroke> {
    let bytes = text.as_bytes();
    let (&l, rest) = bytes.split_first()?;
    let (&r, rest) = rest.split_first()?;
    let label = match l {
        b'0' => None,
        b'1'..=b'4' => Some(l - b'1'),
        _ => return None,
    };
    let radius = r.checked_sub(b'0')?;
    let codes = points::decode::<2>(core::str::from_utf8(rest).ok()?, MAX_STROKE_POINTS)?;
    let pts = codes
        .iter()
        .map(|&[x, y]| Some((u8::try_from(x).ok()?, u8::try_from(y).ok()?)));
    let s = Stroke {
        label,
        radius,
        points: pts.collect::<Option<Vec<_>>>()?,
    };
    valid(&s).then_some(s)
}
