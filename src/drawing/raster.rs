//! A small software rasteriser over one RGBA buffer: rectangles, anti-aliased thick line
//! segments and polylines, discs, and smooth blits of cell-colour maps. Pure Rust: the web
//! layer puts the finished buffer on a canvas in one call. Coordinates are pixels, y down.

use super::colour::Rgba;

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

    /// Composites `colour` at coverage `alpha` ∈ [0, 1] over pixel (x, y) ("over" operator;
    /// integer arithmetic when the pixel below is opaque, as on a background).
    #[inline]
    pub fn blend(&mut self, x: usize, y: usize, colour: Rgba, alpha: f32) {
        if x >= self.width || y >= self.height || alpha <= 0.0 {
            return;
        }
        let at = 4 * (y * self.width + x);
        let px = &mut self.rgba[at..at + 4];
        if px[3] == 255 {
            let a = (alpha.min(1.0) * colour[3] as f32 + 0.5) as u32;
            for i in 0..3 {
                px[i] = ((px[i] as u32 * (255 - a) + colour[i] as u32 * a + 127) / 255) as u8;
            }
            return;
        }
        let a = alpha.min(1.0) * colour[3] as f32 / 255.0;
        let below = px[3] as f32 / 255.0 * (1.0 - a);
        let out = a + below;
        if out <= 0.0 {
            return;
        }
        for i in 0..3 {
            px[i] = ((colour[i] as f32 * a + px[i] as f32 * below) / out).round() as u8;
        }
        px[3] = (out * 255.0).round() as u8;
    }

    /// An anti-aliased segment from `a` to `b`, `width` pixels thick (thinner than a pixel
    /// draws fainter). Walks the longer axis, so the cost is length × thickness.
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

    /// Copies `other` (same size) into this image.
    pub fn copy_from(&mut self, other: &Raster) {
        self.resize(other.width, other.height);
        self.rgba.copy_from_slice(&other.rgba);
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
