//! Small anti-aliased drawing into an RGBA buffer (non-premultiplied, as `ImageData` wants):
//! discs, rings, lines and arrows blended "source over" what is there. Enough for the GAN
//! view's points, manifold and arrows without one canvas call per shape. Pure Rust.

use super::colour::Rgba;

/// Lines this thin (in pixels) or thinner are drawn one pixel wide by the faster
/// [`Raster::thin_line`].
pub const THIN: f64 = 1.5;

/// A `width` × `height` RGBA buffer to draw on, row-major from the top-left pixel.
pub struct Raster<'a> {
    px: &'a mut [u8],
    width: usize,
    height: usize,
}

/// A disc's pixel coverage, computed once and stamped many times ([`Raster::stamp`]).
#[derive(Clone, Debug)]
pub struct Stamp {
    half: i64,
    cells: Vec<(i64, i64, f32)>,
}

impl Stamp {
    /// An anti-aliased disc of radius `r` pixels centred on a pixel's centre.
    pub fn disc(r: f64) -> Self {
        let half = r.ceil() as i64 + 1;
        let mut cells = Vec::new();
        for dy in 0..=2 * half {
            for dx in 0..=2 * half {
                let d = ((dx - half) as f64).hypot((dy - half) as f64);
                let cover = (r + 0.5 - d).clamp(0.0, 1.0);
                if cover > 0.0 {
                    cells.push((dx, dy, cover as f32));
                }
            }
        }
        Stamp { half, cells }
    }
}

impl<'a> Raster<'a> {
    /// Draws on `px`, which must hold `width · height · 4` bytes.
    pub fn new(px: &'a mut [u8], width: usize, height: usize) -> Self {
        assert_eq!(px.len(), width * height * 4, "buffer size");
        Raster { px, width, height }
    }

    /// Makes every pixel transparent.
    pub fn clear(&mut self) {
        self.px.fill(0);
    }

    /// Blends `colour` at pixel (x, y) with extra opacity `coverage` ∈ [0, 1]
    /// (non-premultiplied "source over").
    pub(crate) fn blend(&mut self, x: usize, y: usize, colour: Rgba, coverage: f32) {
        let sa = colour[3] as f32 / 255.0 * coverage.clamp(0.0, 1.0);
        if sa <= 0.0 {
            return;
        }
        let i = (y * self.width + x) * 4;
        let p = &mut self.px[i..i + 4];
        // Fast paths: onto a transparent pixel the colour is copied; onto an opaque one no
        // division is needed. Both give what the general formula gives.
        match p[3] {
            0 => {
                p[..3].copy_from_slice(&colour[..3]);
                p[3] = (sa * 255.0).round() as u8;
            }
            255 => {
                for c in 0..3 {
                    p[c] = (colour[c] as f32 * sa + p[c] as f32 * (1.0 - sa)).round() as u8;
                }
            }
            a => {
                let da = a as f32 / 255.0;
                let out_a = sa + da * (1.0 - sa);
                for c in 0..3 {
                    let v = (colour[c] as f32 * sa + p[c] as f32 * da * (1.0 - sa)) / out_a;
                    p[c] = v.round() as u8;
                }
                p[3] = (out_a * 255.0).round() as u8;
            }
        }
    }

    /// Calls `cover(px, py)` (the coverage of the pixel centred at (px, py)) over the pixels
    /// of the box [x0, x1] × [y0, y1] that lie on the buffer, and blends `colour` by it.
    fn fill_box(
        &mut self,
        (x0, y0, x1, y1): (f64, f64, f64, f64),
        colour: Rgba,
        cover: impl Fn(f64, f64) -> f64,
    ) {
        // A shape at NaN or infinity (a diverged generator) draws nothing; clamping such a
        // box would make it cover the whole buffer.
        if ![x0, y0, x1, y1].iter().all(|v| v.is_finite()) {
            return;
        }
        let (w, h) = (self.width as f64, self.height as f64);
        let xa = x0.floor().max(0.0);
        let xb = x1.ceil().min(w - 1.0);
        let ya = y0.floor().max(0.0);
        let yb = y1.ceil().min(h - 1.0);
        if xa > xb || ya > yb {
            return;
        }
        for y in ya as usize..=yb as usize {
            for x in xa as usize..=xb as usize {
                let c = cover(x as f64 + 0.5, y as f64 + 0.5);
                if c > 0.0 {
                    self.blend(x, y, colour, c as f32);
                }
            }
        }
    }

    /// A filled disc of radius `r` pixels centred at (cx, cy), its edge anti-aliased.
    pub fn disc(&mut self, cx: f64, cy: f64, r: f64, colour: Rgba) {
        let bbox = (cx - r - 1.0, cy - r - 1.0, cx + r + 1.0, cy + r + 1.0);
        self.fill_box(bbox, colour, |x, y| {
            let d = ((x - cx).powi(2) + (y - cy).powi(2)).sqrt();
            (r + 0.5 - d).clamp(0.0, 1.0)
        });
    }

    /// `stamp` centred on the pixel nearest to (cx, cy) (no sub-pixel placement: much
    /// cheaper than [`Raster::disc`] for hundreds of equal dots).
    pub fn stamp(&mut self, stamp: &Stamp, cx: f64, cy: f64, colour: Rgba) {
        if !(cx.is_finite() && cy.is_finite()) {
            return;
        }
        let (ox, oy) = (
            cx.floor() as i64 - stamp.half,
            cy.floor() as i64 - stamp.half,
        );
        let (w, h) = (self.width as i64, self.height as i64);
        for &(dx, dy, cover) in &stamp.cells {
            let (x, y) = (ox + dx, oy + dy);
            if x >= 0 && y >= 0 && x < w && y < h {
                self.blend(x as usize, y as usize, colour, cover);
            }
        }
    }

    /// A circle of radius `r` and stroke `width` centred at (cx, cy).
    pub fn ring(&mut self, cx: f64, cy: f64, r: f64, width: f64, colour: Rgba) {
        let out = r + width / 2.0 + 1.0;
        let bbox = (cx - out, cy - out, cx + out, cy + out);
        self.fill_box(bbox, colour, |x, y| {
            let d = ((x - cx).powi(2) + (y - cy).powi(2)).sqrt();
            (width / 2.0 + 0.5 - (d - r).abs()).clamp(0.0, 1.0)
        });
    }

    /// A segment from (x0, y0) to (x1, y1) of stroke `width`, with round ends. Walks the
    /// segment's longer axis and covers, at each step, only the band of pixels the stroke can
    /// reach across it (a diagonal's bounding box is mostly empty).
    pub fn line(&mut self, (x0, y0): (f64, f64), (x1, y1): (f64, f64), width: f64, colour: Rgba) {
        if ![x0, y0, x1, y1].iter().all(|v| v.is_finite()) {
            return;
        }
        if width <= THIN {
            return self.thin_line((x0, y0), (x1, y1), colour);
        }
        let half = width / 2.0;
        let (dx, dy) = (x1 - x0, y1 - y0);
        let len2 = (dx * dx + dy * dy).max(1e-12);
        let cover = |x: f64, y: f64| {
            let t = (((x - x0) * dx + (y - y0) * dy) / len2).clamp(0.0, 1.0);
            let d = ((x - x0 - t * dx).powi(2) + (y - y0 - t * dy).powi(2)).sqrt();
            (half + 0.5 - d).clamp(0.0, 1.0)
        };
        // Major axis a, minor axis b: swap for steep lines.
        let steep = dy.abs() > dx.abs();
        let (a0, b0, a1, b1) = if steep {
            (y0, x0, y1, x1)
        } else {
            (x0, y0, x1, y1)
        };
        let slope = if a1 != a0 { (b1 - b0) / (a1 - a0) } else { 0.0 };
        let reach = (half + 1.0) * (1.0 + slope * slope).sqrt();
        let (amin, amax) = (a0.min(a1) - half - 1.0, a0.max(a1) + half + 1.0);
        let limit = if steep { self.height } else { self.width } as f64;
        let mut a = amin.floor().max(0.0);
        while a <= amax.ceil().min(limit - 1.0) {
            let at = (a + 0.5).clamp(a0.min(a1), a0.max(a1));
            let b = b0 + slope * (at - a0);
            let band = if steep {
                (b - reach, a, b + reach, a)
            } else {
                (a, b - reach, a, b + reach)
            };
            self.fill_box(band, colour, cover);
            a += 1.0;
        }
    }

    /// A one-pixel anti-aliased segment (Xiaolin Wu's algorithm): two pixels per step along
    /// the longer axis, shared by the line's distance to each; no square roots.
    fn thin_line(&mut self, (x0, y0): (f64, f64), (x1, y1): (f64, f64), colour: Rgba) {
        let steep = (y1 - y0).abs() > (x1 - x0).abs();
        // Pixel (i, j) is centred at (i + ½, j + ½): shift so that centres are whole numbers.
        let (a0, b0, a1, b1) = if steep {
            (y0 - 0.5, x0 - 0.5, y1 - 0.5, x1 - 0.5)
        } else {
            (x0 - 0.5, y0 - 0.5, x1 - 0.5, y1 - 0.5)
        };
        let ((a0, b0), (a1, b1)) = if a0 <= a1 {
            ((a0, b0), (a1, b1))
        } else {
            ((a1, b1), (a0, b0))
        };
        let slope = if a1 > a0 { (b1 - b0) / (a1 - a0) } else { 0.0 };
        let (limit_a, limit_b) = if steep {
            (self.height, self.width)
        } else {
            (self.width, self.height)
        };
        let first = a0.round().max(0.0);
        let last = a1.round().min(limit_a as f64 - 1.0);
        let mut a = first;
        while a <= last {
            let b = b0 + slope * (a - a0);
            let (bf, frac) = (b.floor(), b - b.floor());
            for (bb, cover) in [(bf, 1.0 - frac), (bf + 1.0, frac)] {
                if bb >= 0.0 && bb < limit_b as f64 {
                    let (x, y) = if steep { (bb, a) } else { (a, bb) };
                    self.blend(x as usize, y as usize, colour, cover as f32);
                }
            }
            a += 1.0;
        }
    }

    /// An arrow from (x0, y0) to its tip (x1, y1): a shaft and two barbs of length `head`.
    pub fn arrow(
        &mut self,
        from: (f64, f64),
        tip: (f64, f64),
        width: f64,
        head: f64,
        colour: Rgba,
    ) {
        let (dx, dy) = (tip.0 - from.0, tip.1 - from.1);
        let len = (dx * dx + dy * dy).sqrt();
        if len.is_nan() || len <= 0.5 {
            return;
        }
        self.line(from, tip, width, colour);
        let (ux, uy) = (dx / len, dy / len);
        let head = head.min(len * 0.6);
        // Barbs at ±30° from the reversed shaft.
        let (c, s) = (0.866, 0.5);
        for sign in [1.0, -1.0] {
            let bx = -ux * c - sign * -uy * s;
            let by = -uy * c - sign * ux * s;
            self.line(tip, (tip.0 + head * bx, tip.1 + head * by), width, colour);
        }
    }
}
