//! The one software rasteriser, over one RGBA buffer (not premultiplied, as `ImageData`
//! wants): rectangles, anti-aliased line segments (flat ends, or round ends with a faster
//! one-pixel path), polylines, arrows, discs (drawn or stamped), rings, and smooth blits of
//! cell-colour maps, all blended "source over" what is there. Pure Rust: the web layer puts
//! the finished buffer on a canvas in one call. Coordinates are pixels, y down.

use super::colour::Rgba;

/// Round-ended lines this thin (in pixels) or thinner are drawn one pixel wide by the faster
/// Xiaolin Wu walk (see [`Raster::round_line`]).
pub const THIN: f64 = 1.5;

/// An RGBA image, row-major, 4 bytes a pixel (not premultiplied).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Raster {
    /// Width in pixels.
    pub width: usize,
    /// Height in pixels.
    pub height: usize,
    /// The pixels, `width × height × 4` bytes.
    pub rgba: Vec<u8>,
}

impl Raster {
    /// A transparent `width` × `height` image.
    pub fn new(width: usize, height: usize) -> Self {
        Raster {
            width,
            height,
            rgba: vec![0; width * height * 4],
        }
    }

    /// Makes the image `width` × `height` (keeping the allocation); returns whether the size
    /// changed (the pixels are then undefined until drawn).
    pub fn resize(&mut self, width: usize, height: usize) -> bool {
        let changed = (width, height) != (self.width, self.height);
        (self.width, self.height) = (width, height);
        self.rgba.resize(width * height * 4, 0);
        changed
    }

    /// Fills the whole image with `colour`.
    pub fn clear(&mut self, colour: Rgba) {
        self.rgba
            .chunks_exact_mut(4)
            .for_each(|px| px.copy_from_slice(&colour));
    }

    /// Fills the pixels whose centres lie in [x0, x1) × [y0, y1) with `colour` (no blending).
    pub fn fill_rect(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, colour: Rgba) {
        let (cx0, cx1) = self.span(x0, x1, self.width);
        let (cy0, cy1) = self.span(y0, y1, self.height);
        for y in cy0..cy1 {
            let row = &mut self.rgba[4 * (y * self.width + cx0)..4 * (y * self.width + cx1)];
            row.chunks_exact_mut(4)
                .for_each(|px| px.copy_from_slice(&colour));
        }
    }

    /// A one-pixel-wide (scaled by `width`) outline just inside the rectangle.
    pub fn stroke_rect(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, width: f64, c: Rgba) {
        self.fill_rect(x0, y0, x1, y0 + width, c);
        self.fill_rect(x0, y1 - width, x1, y1, c);
        self.fill_rect(x0, y0, x0 + width, y1, c);
        self.fill_rect(x1 - width, y0, x1, y1, c);
    }

    /// Pixel indices whose centres lie in [a, b), clipped to 0..n.
    fn span(&self, a: f64, b: f64, n: usize) -> (usize, usize) {
        let lo = (a - 0.5).ceil().max(0.0) as usize;
        let hi = ((b - 0.5).ceil().max(0.0) as usize).min(n);
        (lo.min(hi), hi)
    }

    /// Blends `colour` at pixel (x, y) with extra opacity `coverage` ∈ [0, 1]
    /// (non-premultiplied "source over"); a pixel off the image is left alone.
    #[inline]
    pub fn blend(&mut self, x: usize, y: usize, colour: Rgba, coverage: f32) {
        if x >= self.width || y >= self.height {
            return;
        }
        let sa = colour[3] as f32 / 255.0 * coverage.clamp(0.0, 1.0);
        if sa.is_nan() || sa <= 0.0 {
            return;
        }
        let i = (y * self.width + x) * 4;
        let p = &mut self.rgba[i..i + 4];
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

    /// An anti-aliased segment from `a` to `b` with flat ends, `width` pixels thick (thinner
    /// than a pixel draws fainter). Walks the longer axis, so the cost is length × thickness.
    pub fn line(&mut self, a: (f64, f64), b: (f64, f64), width: f64, colour: Rgba) {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        if dx.abs() >= dy.abs() {
            self.walk(a, b, width, colour, false);
        } else {
            self.walk((a.1, a.0), (b.1, b.0), width, colour, true);
        }
    }

    /// [`Raster::line`] along the u axis (x, or y when `transposed`), with |dv/du| ≤ 1.
    fn walk(&mut self, a: (f64, f64), b: (f64, f64), width: f64, c: Rgba, transposed: bool) {
        let (a, b) = if a.0 <= b.0 { (a, b) } else { (b, a) };
        let slope = if b.0 > a.0 {
            (b.1 - a.1) / (b.0 - a.0)
        } else {
            0.0
        };
        // Half the thickness measured along the minor axis.
        let half = (width.max(0.0) / 2.0) * (1.0 + slope * slope).sqrt();
        let (limit_u, limit_v) = if transposed {
            (self.height, self.width)
        } else {
            (self.width, self.height)
        };
        let (u0, u1) = self.span(a.0, b.0 + 1e-9, limit_u);
        for u in u0..u1 {
            let centre = a.1 + (u as f64 + 0.5 - a.0) * slope;
            let v0 = (centre - half - 0.5).floor().max(0.0) as usize;
            let v1 = ((centre + half + 0.5).ceil().max(0.0) as usize).min(limit_v);
            for v in v0..v1 {
                let cover = (half + 0.5 - (v as f64 + 0.5 - centre).abs()).clamp(0.0, 1.0);
                let (x, y) = if transposed { (v, u) } else { (u, v) };
                self.blend(x, y, c, cover as f32);
            }
        }
    }

    /// Consecutive segments through `points` (see [`Raster::line`]).
    pub fn polyline(&mut self, points: &[(f64, f64)], width: f64, colour: Rgba) {
        for pair in points.windows(2) {
            self.line(pair[0], pair[1], width, colour);
        }
    }

    /// A filled disc of radius `r` centred at (cx, y), with a ring of `ring` colour 1.2 px
    /// wide at its edge (pass the fill colour for none); edges anti-aliased.
    pub fn disc(&mut self, (cx, cy): (f64, f64), r: f64, fill: Rgba, ring: Rgba) {
        let inner = (r - 1.2).max(0.5);
        let (x0, x1) = self.span(cx - r - 1.0, cx + r + 1.0, self.width);
        let (y0, y1) = self.span(cy - r - 1.0, cy + r + 1.0, self.height);
        for y in y0..y1 {
            for x in x0..x1 {
                let d = (x as f64 + 0.5 - cx).hypot(y as f64 + 0.5 - cy);
                let cover = (r + 0.5 - d).clamp(0.0, 1.0) as f32;
                let c = if d > inner { ring } else { fill };
                self.blend(x, y, c, cover);
            }
        }
    }

    /// Paints the square with top-left (x0, y0) and side `size` from a `res` × `res` grid of
    /// cell colours (row-major, top row first), interpolating bilinearly between cell centres
    /// (in 8-bit fixed point: thumbnails are many small squares redrawn every frame).
    pub fn blit_cells(&mut self, (x0, y0): (f64, f64), size: f64, cells: &[Rgba], res: usize) {
        if res == 0 || cells.len() < res * res || size <= 0.0 {
            return;
        }
        let (px0, px1) = self.span(x0, x0 + size, self.width);
        let (py0, py1) = self.span(y0, y0 + size, self.height);
        let scale = res as f64 / size;
        let last = (res - 1) as f64;
        // Where each column samples: (left cell, right cell, weight of the right one / 256).
        let sample = |p: usize, origin: f64| {
            let u = ((p as f64 + 0.5 - origin) * scale - 0.5).clamp(0.0, last);
            let c0 = u.floor() as usize;
            (c0, (c0 + 1).min(res - 1), ((u - u.floor()) * 256.0) as u32)
        };
        let columns: Vec<(usize, usize, u32)> = (px0..px1).map(|x| sample(x, x0)).collect();
        for y in py0..py1 {
            let (r0, r1, fy) = sample(y, y0);
            let (top, bottom) = (
                &cells[r0 * res..r0 * res + res],
                &cells[r1 * res..r1 * res + res],
            );
            let row = &mut self.rgba[4 * (y * self.width + px0)..4 * (y * self.width + px1)];
            for (px, &(c0, c1, fx)) in row.chunks_exact_mut(4).zip(&columns) {
                let upper = lerp(top[c0], top[c1], fx);
                let lower = lerp(bottom[c0], bottom[c1], fx);
                px.copy_from_slice(&lerp(upper, lower, fy));
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

    /// `stamp` centred on the pixel nearest to (cx, cy) (no sub-pixel placement: much
    /// cheaper than [`Raster::disc`] for hundreds of equal dots).
    pub fn stamp(&mut self, stamp: &Stamp, (cx, cy): (f64, f64), colour: Rgba) {
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
    pub fn ring(&mut self, (cx, cy): (f64, f64), r: f64, width: f64, colour: Rgba) {
        let out = r + width / 2.0 + 1.0;
        let bbox = (cx - out, cy - out, cx + out, cy + out);
        self.fill_box(bbox, colour, |x, y| {
            let d = ((x - cx).powi(2) + (y - cy).powi(2)).sqrt();
            (width / 2.0 + 0.5 - (d - r).abs()).clamp(0.0, 1.0)
        });
    }

    /// A segment from (x0, y0) to (x1, y1) of stroke `width`, with round ends (none when an end
    /// is not finite). Walks the
    /// segment's longer axis and covers, at each step, only the band of pixels the stroke can
    /// reach across it (a diagonal's bounding box is mostly empty).
    pub fn round_line(&mut self, (x0, y0): (f64, f64), (x1, y1): (f64, f64), width: f64, c: Rgba) {
        if ![x0, y0, x1, y1].iter().all(|v| v.is_finite()) {
            return;
        }
        if width <= THIN {
            return self.thin_line((x0, y0), (x1, y1), c);
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
            self.fill_box(band, c, cover);
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

    /// An arrow from `from` to its `tip`: a shaft and two barbs of length `head`, with round
    /// ends.
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
        self.round_line(from, tip, width, colour);
        let (ux, uy) = (dx / len, dy / len);
        let head = head.min(len * 0.6);
        // Barbs at ±30° from the reversed shaft.
        let (c, s) = (0.866, 0.5);
        for sign in [1.0, -1.0] {
            let bx = -ux * c - sign * -uy * s;
            let by = -uy * c - sign * ux * s;
            self.round_line(tip, (tip.0 + head * bx, tip.1 + head * by), width, colour);
        }
    }

    /// Copies `other` (same size) into this image.
    pub fn copy_from(&mut self, other: &Raster) {
        self.resize(other.width, other.height);
        self.rgba.copy_from_slice(&other.rgba);
    }
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

/// `a` moved towards `b` by `t` / 256, channel by channel.
#[inline]
fn lerp(a: Rgba, b: Rgba, t: u32) -> Rgba {
    let m = |i: usize| ((a[i] as u32 * (256 - t) + b[i] as u32 * t) >> 8) as u8;
    [m(0), m(1), m(2), m(3)]
}

/// `colour` moved towards `to` by `t` ∈ [0, 1].
pub fn fade(colour: Rgba, to: Rgba, t: f32) -> Rgba {
    lerp(colour, to, (t.clamp(0.0, 1.0) * 256.0) as u32)
}
