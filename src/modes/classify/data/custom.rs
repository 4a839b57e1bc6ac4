//! The user's own points (drawn or imported): kept snapped to a fine grid and sorted, so that
//! equal sets compare equal and a link can carry them losslessly; their compact link encoding;
//! and their train/test split. Pure data; labels are class indices or regression values.

use super::{Point, Task, class_label};
use crate::formats::hash::fnv1a;
use crate::formats::points;
use core::cmp::Ordering;

/// Most custom points a dataset holds (drawn or imported).
pub const MAX_CUSTOM_POINTS: usize = 10_000;
/// Most points a link carries; a larger set is written as a digest ([`CustomPoints::encode`])
/// and travels in the saved state file instead.
pub const MAX_LINK_POINTS: usize = 300;
/// Positions are multiples of 1 / this (0.005: finer than a pixel of a 500-px plot).
const POSITION_SCALE: f64 = 200.0;
/// Regression values are multiples of 1 / this.
const LABEL_SCALE: f64 = 1000.0;
/// Half-width of the plane points must lie in.
const PLANE: f64 = 6.0;
/// Label codes: 0…2000 are values −1…1 in steps of 0.001; 2001… are classes 2, 3, 4.
const FIRST_CLASS_CODE: u32 = 2001;

/// Why a point was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PointProblem {
    /// x or y is not a finite number within [−6, 6].
    OutsidePlane,
    /// The label is neither a value in [−1, 1] nor a class 0…4.
    BadLabel,
    /// The set already holds [`MAX_CUSTOM_POINTS`].
    TooMany,
}

/// A set of custom points: snapped (positions to multiples of 0.005, regression values to
/// 0.001) and sorted by (x, y, label), at most [`MAX_CUSTOM_POINTS`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CustomPoints {
    points: Vec<Point>,
}

/// `p` snapped to the grid, if it is a valid custom point.
pub fn snap(p: Point) -> Result<Point, PointProblem> {
    let on_plane = |v: f64| v.is_finite() && v.abs() <= PLANE;
    if !on_plane(p.x) || !on_plane(p.y) {
        return Err(PointProblem::OutsidePlane);
    }
    // Adding 0.0 turns −0.0 into +0.0, so that equal points have equal bits.
    let label = if (-1.0..=1.0).contains(&p.label) {
        (p.label * LABEL_SCALE).round() / LABEL_SCALE + 0.0
    } else if Task::Classify(super::MAX_CLASSES).accepts(p.label) {
        p.label
    } else {
        return Err(PointProblem::BadLabel);
    };
    let grid = |v: f64| (v * POSITION_SCALE).round() / POSITION_SCALE + 0.0;
    Ok(Point {
        x: grid(p.x),
        y: grid(p.y),
        label,
    })
}

/// The order the set is kept in: by x, then y, then label.
fn order(a: &Point, b: &Point) -> Ordering {
    (a.x.total_cmp(&b.x))
        .then(a.y.total_cmp(&b.y))
        .then(a.label.total_cmp(&b.label))
}

impl CustomPoints {
    /// A set of `points`, snapped and sorted; on the first invalid point (or too many), its
    /// index and the problem.
    pub fn new(points: &[Point]) -> Result<Self, (usize, PointProblem)> {
        if points.len() > MAX_CUSTOM_POINTS {
            return Err((MAX_CUSTOM_POINTS, PointProblem::TooMany));
        }
        let mut snapped = Vec::with_capacity(points.len());
        for (i, p) in points.iter().enumerate() {
            snapped.push(snap(*p).map_err(|e| (i, e))?);
        }
        snapped.sort_by(order);
        Ok(CustomPoints { points: snapped })
    }

    /// The points, sorted.
    pub fn points(&self) -> &[Point] {
        &self.points
    }

    /// Number of points.
    pub fn len(&self) -> usize {
        self.points.len()
    }

    /// `true` when there are none.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// Adds the point (x, y) with `label` (a class index or a value), snapped.
    pub fn add(&mut self, x: f64, y: f64, label: f64) -> Result<(), PointProblem> {
        let p = snap(Point { x, y, label })?;
        if self.points.len() >= MAX_CUSTOM_POINTS {
            return Err(PointProblem::TooMany);
        }
        let at = self
            .points
            .partition_point(|q| order(q, &p) == Ordering::Less);
        self.points.insert(at, p);
        Ok(())
    }

    /// Removes every point within `radius` of (x, y); returns how many.
    pub fn erase(&mut self, x: f64, y: f64, radius: f64) -> usize {
        let before = self.points.len();
        self.points.retain(|p| (p.x - x).hypot(p.y - y) > radius);
        before - self.points.len()
    }

    /// The `points` value of a link: six base64url characters per point (x, y and label,
    /// 12 bits each) for up to [`MAX_LINK_POINTS`] points, exact for snapped points; for a
    /// larger set a digest `~count.hash` that names the set without carrying it.
    pub fn encode(&self) -> String {
        let full = points::encode(self.points.iter().map(codes));
        if self.points.len() <= MAX_LINK_POINTS {
            return full;
        }
        format!("~{}.{:016x}", self.points.len(), fnv1a(full.as_bytes()))
    }

    /// Reads a `points` value written by [`CustomPoints::encode`]. A digest is accepted only
    /// when it names `base` (the set already held), which it then keeps; `None` otherwise.
    pub fn decode(text: &str, base: &CustomPoints) -> Option<CustomPoints> {
        if text.starts_with('~') {
            return (text == base.encode()).then(|| base.clone());
        }
        let codes = points::decode::<3>(text, MAX_CUSTOM_POINTS)?;
        let points: Vec<Point> = codes.iter().map(point_of).collect();
        CustomPoints::new(&points).ok()
    }

    /// The (train, test) split for `task`, with dataset labels (±1 for two classes). A point
    /// goes to test when a hash of it and the seed falls above `train_percent` (so adding or
    /// erasing a point never moves the others), and the training order follows the same hash
    /// (a shuffle that depends only on the set). Points `task` cannot use are left out.
    pub fn split(&self, seed: u64, train_percent: u32, task: Task) -> (Vec<Point>, Vec<Point>) {
        let mut keyed: Vec<(u64, Point)> = (self.points.iter())
            .filter(|p| task.accepts(p.label))
            .map(|p| (point_hash(p, seed), *p))
            .collect();
        keyed.sort_by_key(|(h, _)| *h);
        let cut = train_percent.clamp(10, 90) as f64 / 100.0;
        let (mut train, mut test) = (Vec::new(), Vec::new());
        for (h, mut p) in keyed {
            if let Task::Classify(k) = task {
                p.label = class_label(p.label as usize, k);
            }
            let u = (h >> 11) as f64 / (1u64 << 53) as f64;
            if u < cut { &mut train } else { &mut test }.push(p);
        }
        (train, test)
    }
}

/// The three 12-bit link codes ([`points`]) of a snapped point.
fn codes(p: &Point) -> [u32; 3] {
    let offset = (PLANE * POSITION_SCALE) as i64;
    let position = |v: f64| ((v * POSITION_SCALE).round() as i64 + offset) as u32;
    let label = if (-1.0..=1.0).contains(&p.label) {
        ((p.label * LABEL_SCALE).round() as i64 + LABEL_SCALE as i64) as u32
    } else {
        FIRST_CLASS_CODE + p.label as u32 - 2
    };
    [position(p.x), position(p.y), label]
}

/// The point of three link codes (validated again by [`CustomPoints::new`]).
fn point_of(&[x, y, label]: &[u32; 3]) -> Point {
    // Subtract the offsets as integers, then divide once: exactly the snapped values.
    let offset = (PLANE * POSITION_SCALE) as i64;
    let position = |c: u32| (c as i64 - offset) as f64 / POSITION_SCALE;
    let label = match label {
        c if c < FIRST_CLASS_CODE => (c as i64 - LABEL_SCALE as i64) as f64 / LABEL_SCALE,
        c => (c - FIRST_CLASS_CODE + 2) as f64,
    };
    Point {
        x: position(x),
        y: position(y),
        label,
    }
}

/// A well-mixed 64-bit hash of a point's bits and the seed (SplitMix64's finaliser).
fn point_hash(p: &Point, seed: u64) -> u64 {
    let mut z = seed
        ^ p.x.to_bits().wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ p.y
            .to_bits()
            .rotate_left(21)
            .wrapping_mul(0xBF58_476D_1CE4_E5B9)
        ^ p.label.to_bits().rotate_left(42);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}
