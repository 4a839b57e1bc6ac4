//! The hidden rectangle: left, top, width and height as fractions of the picture's side
//! (so that it stays in place when the size changes), and its pixels at a given size.

use crate::formats::decimal::parse_f64;

/// Smallest and largest width or height of a hole, as fractions of the side (the network
/// needs visible pixels around it to guess from).
pub const HOLE_SIDES: (f64, f64) = (0.02, 0.6);

/// A rectangle of the picture, in fractions of its side, y down from the top.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hole {
    /// Left edge, 0 to 1.
    pub x: f64,
    /// Top edge, 0 to 1.
    pub y: f64,
    /// Width, within [`HOLE_SIDES`].
    pub w: f64,
    /// Height, within [`HOLE_SIDES`].
    pub h: f64,
}

impl Default for Hole {
    /// The centre square, a quarter of the side wide.
    fn default() -> Self {
        Hole::CENTRE
    }
}

impl Hole {
    /// The centre square, a quarter of the side wide.
    pub const CENTRE: Hole = Hole {
        x: 0.375,
        y: 0.375,
        w: 0.25,
        h: 0.25,
    };

    /// Reads `x,y,w,h`; `None` unless four numbers describe a hole inside the picture with
    /// sides within [`HOLE_SIDES`].
    pub fn parse(s: &str) -> Option<Hole> {
        let v: Vec<f64> = s
            .split(',')
            .map(|p| parse_f64(p.trim()))
            .collect::<Option<_>>()?;
        let [x, y, w, h] = v[..] else { return None };
        let side = |s: f64| (HOLE_SIDES.0..=HOLE_SIDES.1).contains(&s);
        let inside = |at: f64, len: f64| at >= 0.0 && at + len <= 1.0 + 1e-9;
        (side(w) && side(h) && inside(x, w) && inside(y, h)).then_some(Hole { x, y, w, h })
    }

    /// `x,y,w,h` as [`Hole::parse`] reads it.
    pub fn write(&self) -> String {
        format!("{},{},{},{}", self.x, self.y, self.w, self.h)
    }

    /// The hole's pixels on a `size`-pixel side: columns `x0..x1`, rows `y0..y1`, at least
    /// one pixel each way and inside the picture.
    pub fn pixels(&self, size: usize) -> (usize, usize, usize, usize) {
        let s = size as f64;
        let at = |f: f64| ((f * s).round() as usize).min(size.saturating_sub(1));
        let (x0, y0) = (at(self.x), at(self.y));
        let end = |start: usize, f: f64, len: f64| {
            ((f + len) * s).round().clamp((start + 1) as f64, s) as usize
        };
        (x0, y0, end(x0, self.x, self.w), end(y0, self.y, self.h))
    }

    /// Whether pixel (px, py) is hidden on a `size`-pixel side.
    pub fn contains(&self, px: usize, py: usize, size: usize) -> bool {
        let (x0, y0, x1, y1) = self.pixels(size);
        (x0..x1).contains(&px) && (y0..y1).contains(&py)
    }

    /// The hole spanning pixels `x0..x1`, `y0..y1` of a `size`-pixel side (as a drag gives
    /// them, any corner first), brought within [`HOLE_SIDES`] and inside the picture.
    pub fn from_pixels(a: (f64, f64), b: (f64, f64), size: usize) -> Hole {
        let s = size as f64;
        let min = (HOLE_SIDES.0 * s).ceil();
        let max = (HOLE_SIDES.1 * s).floor();
        let span = |p: f64, q: f64| {
            let lo = p.min(q).floor().clamp(0.0, s - 1.0);
            let len = (p.max(q).ceil() - lo).clamp(min.max(1.0), max);
            let lo = lo.min(s - len);
            (lo / s, len / s)
        };
        let (x, w) = span(a.0, b.0);
        let (y, h) = span(a.1, b.1);
        Hole { x, y, w, h }.tidy(size)
    }

    /// This hole moved by (dx, dy) and grown by (dw, dh), in pixels of a `size`-pixel side,
    /// kept within [`HOLE_SIDES`] and inside the picture (the keyboard's way to place it).
    pub fn nudged(&self, (dx, dy, dw, dh): (i32, i32, i32, i32), size: usize) -> Hole {
        let s = size as f64;
        let (x0, y0, x1, y1) = self.pixels(size);
        let (w, h) = ((x1 - x0) as f64 + dw as f64, (y1 - y0) as f64 + dh as f64);
        let (lo, hi) = (
            (HOLE_SIDES.0 * s).ceil().max(1.0),
            (HOLE_SIDES.1 * s).floor(),
        );
        let (w, h) = (w.clamp(lo, hi), h.clamp(lo, hi));
        let x = (x0 as f64 + dx as f64).clamp(0.0, s - w);
        let y = (y0 as f64 + dy as f64).clamp(0.0, s - h);
        Hole {
            x: x / s,
            y: y / s,
            w: w / s,
            h: h / s,
        }
        .tidy(size)
    }

    /// This hole with its numbers rounded to 4 decimals (short in a link, e.g. 0.3958 for
    /// 19/48) when that keeps it valid and on the same pixels of a `size`-pixel side.
    fn tidy(self, size: usize) -> Hole {
        let round = |v: f64| (v * 1e4).round() / 1e4;
        let tidy = Hole {
            x: round(self.x),
            y: round(self.y),
            w: round(self.w),
            h: round(self.h),
        };
        let valid = Hole::parse(&tidy.write()) == Some(tidy);
        if valid && tidy.pixels(size) == self.pixels(size) {
            tidy
        } else {
            self
        }
    }
}
