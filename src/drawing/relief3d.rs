//! A height grid as a 3-D relief in perspective: the grid becomes two triangles a cell, each
//! coloured by its height (water below the water level, snow above the snow line) and shaded
//! by the light from the north-west, projected by a camera that looks down on the terrain
//! from the south, turned about the vertical axis. The triangles come back to front (painter's
//! order), so a renderer needs no depth buffer: [`draw_mesh`] fills them in that order into an
//! RGBA [`Raster`] (the software path), and the page's WebGL renderer draws the same list
//! (`www/shell/relief-gl.js`), so both show the same picture.

use crate::drawing::colour::Rgba;
use crate::drawing::raster::Raster;

/// Floats per vertex of a [`Mesh`]: x, y in normalised device coordinates (−1…1, y up),
/// depth (0 near … 1 far) and r, g, b in 0…1.
pub const VERTEX_FLOATS: usize = 6;

/// The colour behind the terrain.
pub const SKY: Rgba = [0xdd, 0xe8, 0xf2, 0xff];

/// How the relief is seen and coloured.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReliefView {
    /// Heights (0…1) below this are water, drawn flat at this level.
    pub water: f64,
    /// Heights above this are snow.
    pub snow: f64,
    /// Turn of the terrain about the vertical axis, in degrees (0: north at the back).
    pub turn: f64,
    /// Camera elevation above the horizon, in degrees.
    pub elevation: f64,
    /// Height of a rise from 0 to 1, in units of the terrain's width.
    pub exaggeration: f64,
}

impl Default for ReliefView {
    fn default() -> Self {
        ReliefView {
            water: 0.35,
            snow: 0.8,
            turn: 30.0,
            elevation: 38.0,
            exaggeration: 0.3,
        }
    }
}

/// Triangles to draw in order, [`VERTEX_FLOATS`] floats a vertex, three vertices a triangle.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mesh {
    /// The vertices, back to front.
    pub vertices: Vec<f32>,
}

impl Mesh {
    /// Number of triangles.
    pub fn triangles(&self) -> usize {
        self.vertices.len() / (3 * VERTEX_FLOATS)
    }
}

/// Light direction (towards the light) in world (east, up, south) coordinates: from the
/// north-west, 50° above the horizon.
const LIGHT: [f64; 3] = [-0.455, 0.766, -0.455];
/// Camera distance from the centre of the terrain, in terrain widths.
const DISTANCE: f64 = 2.0;
/// Focal length in units of half the picture's shorter side (before the fit).
const FOCAL: f64 = 2.3;
/// Share of the picture's half-width or half-height the box of any terrain fills.
const FILL: f64 = 0.94;

/// Water: shallow and deep colours.
const SHALLOW: Rgba = [0x4a, 0x90, 0xc2, 0xff];
const DEEP: Rgba = [0x12, 0x3a, 0x6b, 0xff];
/// Land from the shore (0) to the snow line (1).
const LAND: [(f64, Rgba); 5] = [
    (0.0, [0xd9, 0xc9, 0x8e, 0xff]),
    (0.1, [0x7d, 0xb0, 0x4c, 0xff]),
    (0.45, [0x3b, 0x7a, 0x3a, 0xff]),
    (0.8, [0x8a, 0x7a, 0x6a, 0xff]),
    (1.0, [0xa8, 0x9c, 0x90, 0xff]),
];
const SNOW: Rgba = [0xfa, 0xfa, 0xfa, 0xff];

/// The colour of ground at height `h` (0…1) under `view`'s water level and snow line,
/// before shading.
pub fn height_colour(h: f64, view: &ReliefView) -> Rgba {
    let (water, snow) = (view.water, view.snow.max(view.water + 1e-6));
    if h < water {
        let depth = ((water - h) / water.max(0.05)).clamp(0.0, 1.0);
        return mix(SHALLOW, DEEP, depth);
    }
    if h >= snow {
        return SNOW;
    }
    // Rock turns to snow over the last 0.03 below the line (no hard edge along the slopes).
    let thaw = ((snow - h) / 0.03).min(1.0);
    let t = (h - water) / (snow - water);
    if thaw < 1.0 {
        return mix(SNOW, LAND[LAND.len() - 1].1, thaw);
    }
    let upper = LAND.iter().position(|s| s.0 >= t).unwrap_or(LAND.len() - 1);
    if upper == 0 {
        return LAND[0].1;
    }
    let ((t0, c0), (t1, c1)) = (LAND[upper - 1], LAND[upper]);
    mix(c0, c1, (t - t0) / (t1 - t0))
}

/// The legend of the colours: (name, height where it starts, colour) for water, beach,
/// grass, forest, rock and snow under `view`.
pub fn legend(view: &ReliefView) -> Vec<(&'static str, f64, Rgba)> {
    let (water, snow) = (view.water, view.snow.max(view.water));
    let land = |t: f64| water + t * (snow - water);
    vec![
        ("water", 0.0, height_colour(water * 0.5, view)),
        ("beach", water, LAND[0].1),
        ("grass", land(0.1), LAND[1].1),
        ("forest", land(0.45), LAND[2].1),
        ("rock", land(0.8), LAND[3].1),
        ("snow", snow, SNOW),
    ]
}

fn mix(a: Rgba, b: Rgba, t: f64) -> Rgba {
    let t = t.clamp(0.0, 1.0);
    let c = |i: usize| (a[i] as f64 + (b[i] as f64 - a[i] as f64) * t).round() as u8;
    [c(0), c(1), c(2), 0xff]
}

/// `heights` (`n` × `n`, row-major, the top row north) resampled to `m` × `m` by bilinear
/// interpolation (corners kept).
pub fn resample(heights: &[f32], n: usize, m: usize) -> Vec<f32> {
    if n < 2 || m < 2 {
        return vec![heights.first().copied().unwrap_or(0.0); m * m];
    }
    let scale = (n - 1) as f64 / (m - 1) as f64;
    let mut out = Vec::with_capacity(m * m);
    for j in 0..m {
        let v = j as f64 * scale;
        let j0 = (v.floor() as usize).min(n - 2);
        let fv = v - j0 as f64;
        for i in 0..m {
            let u = i as f64 * scale;
            let i0 = (u.floor() as usize).min(n - 2);
            let fu = u - i0 as f64;
            let at = |a: usize, b: usize| heights[b * n + a] as f64;
            let top = at(i0, j0) + (at(i0 + 1, j0) - at(i0, j0)) * fu;
            let bottom = at(i0, j0 + 1) + (at(i0 + 1, j0 + 1) - at(i0, j0 + 1)) * fu;
            out.push((top + (bottom - top) * fv) as f32);
        }
    }
    out
}

/// The relief of `heights` (`n` × `n`, 0…1, row-major, the top row north) seen by `view` in
/// a picture `aspect` (width / height) wide: its triangles back to front.
pub fn relief_mesh(heights: &[f32], n: usize, aspect: f64, view: &ReliefView) -> Mesh {
    if n < 2 || heights.len() < n * n {
        return Mesh::default();
    }
    let (turn, lift) = (view.turn.to_radians(), view.elevation.to_radians());
    let (st, ct) = turn.sin_cos();
    let (sl, cl) = lift.sin_cos();
    let (fx, fy) = if aspect >= 1.0 {
        (FOCAL / aspect, FOCAL)
    } else {
        (FOCAL, FOCAL * aspect)
    };
    // World position of grid point (i, j): x east, y up, z south, terrain centred on 0.
    let world = |i: usize, j: usize| {
        let h = (heights[j * n + i] as f64).max(view.water);
        let x = i as f64 / (n - 1) as f64 - 0.5;
        let z = j as f64 / (n - 1) as f64 - 0.5;
        [x, (h - 0.4) * view.exaggeration, z]
    };
    // Camera coordinates: turned about the vertical, then seen from above the south.
    let project = |p: [f64; 3]| {
        let (x, z) = (p[0] * ct - p[2] * st, p[0] * st + p[2] * ct);
        let right = x;
        let up = p[1] * cl - z * sl;
        let depth = DISTANCE - (p[1] * sl + z * cl);
        let d = depth.max(0.05);
        [
            right / d * fx,
            up / d * fy,
            (depth / (2.0 * DISTANCE)).clamp(0.0, 1.0),
        ]
    };
    // The box holding any terrain (heights 0 to 1) is fitted to the picture, so the relief
    // keeps its place and size whatever the heights (it does not breathe while walked).
    let (mut lo, mut hi) = ([f64::INFINITY; 2], [f64::NEG_INFINITY; 2]);
    for corner in 0..8 {
        let x = if corner & 1 == 0 { -0.5 } else { 0.5 };
        let z = if corner & 2 == 0 { -0.5 } else { 0.5 };
        let h = if corner & 4 == 0 { 0.0 } else { 1.0 };
        let p = project([x, (h - 0.4) * view.exaggeration, z]);
        for a in 0..2 {
            lo[a] = lo[a].min(p[a]);
            hi[a] = hi[a].max(p[a]);
        }
    }
    let scale = (2.0 * FILL / (hi[0] - lo[0])).min(2.0 * FILL / (hi[1] - lo[1]));
    let centre = [(lo[0] + hi[0]) / 2.0, (lo[1] + hi[1]) / 2.0];
    let place = |p: [f64; 3]| [(p[0] - centre[0]) * scale, (p[1] - centre[1]) * scale, p[2]];
    let points: Vec<[f64; 3]> = (0..n * n).map(|k| world(k % n, k / n)).collect();
    let screen: Vec<[f64; 3]> = points.iter().map(|&p| place(project(p))).collect();
    let mut cells: Vec<(f64, usize)> = (0..(n - 1) * (n - 1))
        .map(|c| {
            let (i, j) = (c % (n - 1), c / (n - 1));
            let k = j * n + i;
            let depth = screen[k][2] + screen[k + 1][2] + screen[k + n][2] + screen[k + n + 1][2];
            (depth, k)
        })
        .collect();
    cells.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut vertices = Vec::with_capacity(cells.len() * 6 * VERTEX_FLOATS);
    for &(_, k) in &cells {
        for tri in [[k, k + n, k + 1], [k + 1, k + n, k + n + 1]] {
            let [a, b, c] = tri.map(|v| points[v]);
            let mean = tri.iter().map(|&v| heights[v] as f64).sum::<f64>() / 3.0;
            let base = height_colour(mean, view);
            let shade = if mean < view.water {
                0.85
            } else {
                let e1 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
                let e2 = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
                let nrm = [
                    e1[1] * e2[2] - e1[2] * e2[1],
                    e1[2] * e2[0] - e1[0] * e2[2],
                    e1[0] * e2[1] - e1[1] * e2[0],
                ];
                let len = (nrm[0] * nrm[0] + nrm[1] * nrm[1] + nrm[2] * nrm[2]).sqrt();
                let up = if nrm[1] < 0.0 { -1.0 } else { 1.0 };
                let lit = (nrm[0] * LIGHT[0] + nrm[1] * LIGHT[1] + nrm[2] * LIGHT[2]) * up / len;
                if lit.is_finite() {
                    0.4 + 0.75 * lit.max(0.0)
                } else {
                    1.0
                }
            };
            for v in tri {
                let s = screen[v];
                vertices.extend_from_slice(&[s[0] as f32, s[1] as f32, s[2] as f32]);
                for ch in &base[..3] {
                    vertices.push(((*ch as f64 / 255.0) * shade).min(1.0) as f32);
                }
            }
        }
    }
    Mesh { vertices }
}

/// Fills `raster` with the sky and `mesh`'s triangles in order (the software renderer).
pub fn draw_mesh(mesh: &Mesh, raster: &mut Raster) {
    raster.clear(SKY);
    let (w, h) = (raster.width as f64, raster.height as f64);
    for tri in mesh.vertices.chunks_exact(3 * VERTEX_FLOATS) {
        let p = |v: usize| {
            let o = v * VERTEX_FLOATS;
            (
                (tri[o] as f64 + 1.0) * 0.5 * w,
                (1.0 - tri[o + 1] as f64) * 0.5 * h,
            )
        };
        let c = &tri[3..6];
        let colour = [
            (c[0] * 255.0).round() as u8,
            (c[1] * 255.0).round() as u8,
            (c[2] * 255.0).round() as u8,
            0xff,
        ];
        fill_triangle(raster, [p(0), p(1), p(2)], colour);
    }
}

/// Fills the pixels whose centres lie inside the triangle (either winding; edges shared by
/// two triangles are filled by both, so no cracks show).
fn fill_triangle(raster: &mut Raster, [a, b, c]: [(f64, f64); 3], colour: Rgba) {
    let area = (b.0 - a.0) * (c.1 - a.1) - (b.1 - a.1) * (c.0 - a.0);
    if area.abs() < 1e-12 || !area.is_finite() {
        return;
    }
    let sign = area.signum();
    let (w, h) = (raster.width, raster.height);
    let x0 = a.0.min(b.0).min(c.0).floor().max(0.0) as usize;
    let x1 = (a.0.max(b.0).max(c.0).ceil().max(0.0) as usize).min(w);
    let y0 = a.1.min(b.1).min(c.1).floor().max(0.0) as usize;
    let y1 = (a.1.max(b.1).max(c.1).ceil().max(0.0) as usize).min(h);
    let edge = |p: (f64, f64), q: (f64, f64), x: f64, y: f64| {
        ((q.0 - p.0) * (y - p.1) - (q.1 - p.1) * (x - p.0)) * sign
    };
    const SLACK: f64 = -1e-9;
    for y in y0..y1 {
        let py = y as f64 + 0.5;
        let row = y * w;
        for x in x0..x1 {
            let px = x as f64 + 0.5;
            if edge(a, b, px, py) >= SLACK
                && edge(b, c, px, py) >= SLACK
                && edge(c, a, px, py) >= SLACK
            {
                let o = (row + x) * 4;
                raster.rgba[o..o + 4].copy_from_slice(&colour);
            }
        }
    }
}

/// `heights` (`n` × `n`) as a relief drawn into `raster` at its size (the software path in
/// one call): resampled to `grid` × `grid` points first when `grid` > `n`.
pub fn draw_relief(heights: &[f32], n: usize, grid: usize, view: &ReliefView, raster: &mut Raster) {
    let aspect = raster.width as f64 / raster.height.max(1) as f64;
    let mesh = if grid > n {
        relief_mesh(&resample(heights, n, grid), grid, aspect, view)
    } else {
        relief_mesh(heights, n, aspect, view)
    };
    draw_mesh(&mesh, raster);
}
