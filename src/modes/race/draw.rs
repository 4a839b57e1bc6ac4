//! Trails, water drops and markers of a race drawn over the surface map, into a [`Raster`]
//! whose pixels show the surface's domain. Coordinates convert through [`Domain::to_pixel`].

use super::Race;
use super::racer::racer_colour;
use super::surface::Domain;
use crate::drawing::colour::Rgba;
use crate::drawing::palettes::Scheme;
use crate::drawing::raster::Raster;

/// Pixel coordinates are clamped to this far off the image before drawing (a diverged
/// racer's last positions can be astronomically far away).
const FAR_PIXELS: f64 = 1e5;
/// Trail width in pixels, and the dark edge drawn under it for contrast on any colour.
const TRAIL_WIDTH: f64 = 2.0;
const TRAIL_EDGE: Rgba = [0x10, 0x18, 0x20, 0x70];
/// Radius of a drop's round body, in pixels.
const DROP_RADIUS: f64 = 6.5;
/// Light towards the viewer from the north-west, as in the hillshade (x right, y down, z up).
const LIGHT: [f64; 3] = [-0.45, -0.45, 0.77];

/// Draws every racer's trail, then every racer's drop (so no trail covers a drop), then the
/// start point, with trails and drops `scale` times their usual size (larger on a projector),
/// in the colours of `scheme`. `raster` should already hold the map of `race.surface()`.
pub fn draw_race(race: &Race, raster: &mut Raster, scale: f64, scheme: Scheme) {
    let domain = race.surface().domain();
    for r in race.racers() {
        let points: Vec<(f64, f64)> = r.trail().points().collect();
        draw_trail(
            raster,
            &domain,
            &points,
            TRAIL_WIDTH * scale,
            racer_colour(r.spec().colour, scheme),
        );
    }
    draw_start(raster, &domain, race.start());
    for r in race.racers() {
        let points: Vec<(f64, f64)> = r.trail().points().collect();
        let heading = heading(raster, &domain, &points);
        let at = pixel(raster, &domain, r.position());
        let colour = racer_colour(r.spec().colour, scheme);
        draw_drop(raster, at, heading, DROP_RADIUS * scale, colour);
    }
}

/// A preview path's colour is the racer's mixed with this much white (its segments overlap,
/// so it is drawn opaque: translucent, the overlaps would darken it unevenly).
const PREVIEW_TINT: f64 = 0.45;
/// Width of a preview path, as a fraction of a live trail's.
const PREVIEW_WIDTH: f64 = 0.75;

/// Every racer's whole path in `preview` (a [`Race::preview`]) as a thinner, paler line
/// ending in a small ring of its colour where the racer stopped (or where the preview ended), `scale` times
/// the usual size. Drawn before [`draw_race`], whose trails run along it.
pub fn draw_preview(preview: &Race, raster: &mut Raster, scale: f64) {
    let domain = preview.surface().domain();
    for r in preview.racers() {
        let tint = |c: u8| (c as f64 * (1.0 - PREVIEW_TINT) + 255.0 * PREVIEW_TINT).round() as u8;
        let [cr, cg, cb, _] = r.spec().colour;
        let colour = [tint(cr), tint(cg), tint(cb), 0xff];
        let points: Vec<(f64, f64)> = r.trail().points().collect();
        let px: Vec<(f64, f64)> = points.iter().map(|&p| pixel(raster, &domain, p)).collect();
        raster.polyline(&px, TRAIL_WIDTH * PREVIEW_WIDTH * scale, colour);
        let end = pixel(raster, &domain, r.position());
        raster.disc(end, 3.5 * scale, [cr, cg, cb, 0x00], [cr, cg, cb, 0xff]);
    }
}

/// (x, y) of the domain as a pixel position on `raster`, clamped near the image.
fn pixel(raster: &Raster, domain: &Domain, p: (f64, f64)) -> (f64, f64) {
    let (x, y) = domain.to_pixel(p, raster.width, raster.height);
    (
        x.clamp(-FAR_PIXELS, FAR_PIXELS),
        y.clamp(-FAR_PIXELS, FAR_PIXELS),
    )
}

/// Unit direction of the last visible move of a trail, in pixels, if it moved at all.
fn heading(raster: &Raster, domain: &Domain, points: &[(f64, f64)]) -> Option<(f64, f64)> {
    let n = points.len();
    let last = pixel(raster, domain, *points.last()?);
    (0..n.saturating_sub(1)).rev().find_map(|k| {
        let p = pixel(raster, domain, points[k]);
        let (dx, dy) = (last.0 - p.0, last.1 - p.1);
        let len = dx.hypot(dy);
        (len > 0.5).then(|| (dx / len, dy / len))
    })
}

/// A trail (domain coordinates, oldest first) as an anti-aliased polyline `width` pixels wide
/// in `colour` over a thin dark edge.
pub fn draw_trail(
    raster: &mut Raster,
    domain: &Domain,
    points: &[(f64, f64)],
    width: f64,
    colour: Rgba,
) {
    let px: Vec<(f64, f64)> = points.iter().map(|&p| pixel(raster, domain, p)).collect();
    raster.polyline(&px, width + 1.5, TRAIL_EDGE);
    raster.polyline(&px, width, colour);
}

/// The start point: a white ring with a dark edge.
pub fn draw_start(raster: &mut Raster, domain: &Domain, start: (f64, f64)) {
    let at = pixel(raster, domain, start);
    raster.disc(at, 5.0, [0x10, 0x18, 0x20, 0xff], [0x10, 0x18, 0x20, 0xff]);
    raster.disc(at, 3.8, [0xff, 0xff, 0xff, 0x00], [0xff, 0xff, 0xff, 0xff]);
}

/// Small white rings at the given points (a surface's minima), to show where the goal is.
pub fn draw_minima(raster: &mut Raster, domain: &Domain, minima: &[(f64, f64)]) {
    for &m in minima {
        let at = pixel(raster, domain, m);
        raster.disc(at, 4.0, [0xff, 0xff, 0xff, 0x00], [0xff, 0xff, 0xff, 0xd0]);
    }
}

/// A water drop at pixel position `at`: a shaded sphere of `radius` with a tail pointing back
/// against `heading` (the direction of motion; no tail when `None`), a specular highlight
/// towards the north-west light and a darker rim.
pub fn draw_drop(
    raster: &mut Raster,
    at: (f64, f64),
    heading: Option<(f64, f64)>,
    radius: f64,
    colour: Rgba,
) {
    let tail = heading.map(|(hx, hy)| (-hx, -hy));
    let reach = radius * 2.8;
    let x0 = (at.0 - reach).floor().max(0.0) as usize;
    let y0 = (at.1 - reach).floor().max(0.0) as usize;
    let x1 = ((at.0 + reach).ceil().max(0.0) as usize).min(raster.width);
    let y1 = ((at.1 + reach).ceil().max(0.0) as usize).min(raster.height);
    for y in y0..y1 {
        for x in x0..x1 {
            let rel = (x as f64 + 0.5 - at.0, y as f64 + 0.5 - at.1);
            if let Some((cover, normal)) = drop_shape(rel, radius, tail) {
                raster.blend(x, y, shade_drop(colour, normal, cover), cover as f32);
            }
        }
    }
}

/// Coverage and surface normal (x, y components) of the drop at offset `rel` from the
/// centre: the union of a disc and a cone of length 1.8·radius along `tail`.
fn drop_shape(rel: (f64, f64), r: f64, tail: Option<(f64, f64)>) -> Option<(f64, (f64, f64))> {
    let d = rel.0.hypot(rel.1);
    let mut best = (d - r, (rel.0 / r, rel.1 / r));
    if let Some((ax, ay)) = tail {
        let length = 1.8 * r;
        let u = rel.0 * ax + rel.1 * ay;
        let v = rel.0 * -ay + rel.1 * ax;
        if (0.0..=length).contains(&u) {
            let w = r * (1.0 - u / length);
            let edge = v.abs() - w;
            if edge < best.0 {
                let n = if w > 0.0 { v / w } else { 0.0 };
                best = (edge, (n * -ay, n * ax));
            }
        }
    }
    let cover = (0.5 - best.0).clamp(0.0, 1.0);
    (cover > 0.0).then_some((cover, best.1))
}

/// The drop's colour at a point with normal (nx, ny): Lambert plus a white specular spot,
/// darker towards the rim.
fn shade_drop(colour: Rgba, (nx, ny): (f64, f64), cover: f64) -> Rgba {
    let nz = (1.0 - nx * nx - ny * ny).max(0.0).sqrt();
    let lambert = (nx * LIGHT[0] + ny * LIGHT[1] + nz * LIGHT[2]).max(0.0);
    // Blinn half-vector between the light and the viewer (0, 0, 1).
    let h = [LIGHT[0], LIGHT[1], LIGHT[2] + 1.0];
    let hl = (h[0] * h[0] + h[1] * h[1] + h[2] * h[2]).sqrt();
    let spec = ((nx * h[0] + ny * h[1] + nz * h[2]) / hl).max(0.0).powi(24);
    let body = 0.35 + 0.75 * lambert;
    let c = |i: usize| {
        let v = colour[i] as f64 * body * (0.7 + 0.3 * cover) + 255.0 * spec;
        v.round().clamp(0.0, 255.0) as u8
    };
    [c(0), c(1), c(2), 0xf0]
}
