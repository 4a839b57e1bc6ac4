//! Pixels of the rasteriser: thick and thin lines, blending, discs and blitted cells.

use crate::drawing::colour::Rgba;
use crate::drawing::raster::Raster;

const WHITE: Rgba = [255, 255, 255, 255];
const BLACK: Rgba = [0, 0, 0, 255];

fn px(r: &Raster, x: usize, y: usize) -> Rgba {
    let at = 4 * (y * r.width + x);
    [r.rgba[at], r.rgba[at + 1], r.rgba[at + 2], r.rgba[at + 3]]
}

#[test]
fn a_thick_line_covers_its_pixels_and_nothing_far_from_it() {
    let mut r = Raster::new(40, 40);
    r.clear(WHITE);
    r.line((5.0, 20.0), (35.0, 20.0), 3.0, BLACK);
    assert_eq!(px(&r, 20, 20), BLACK);
    assert_eq!(px(&r, 20, 19), BLACK);
    assert_eq!(px(&r, 20, 25), WHITE);
    assert_eq!(px(&r, 2, 20), WHITE);
    // Steep lines walk the other axis and are as thick.
    r.clear(WHITE);
    r.line((20.0, 2.0), (22.0, 38.0), 3.0, BLACK);
    assert_eq!(px(&r, 20, 10)[0], 0);
    assert_eq!(px(&r, 26, 10), WHITE);
}

#[test]
fn a_thin_line_is_drawn_faint_and_blending_keeps_alpha_over_transparency() {
    let mut r = Raster::new(10, 10);
    r.line((0.0, 5.5), (10.0, 5.5), 0.4, BLACK);
    let p = px(&r, 5, 5);
    assert_eq!(p[0], 0, "colour is the line's even at low coverage: {p:?}");
    assert!(p[3] > 60 && p[3] < 255, "coverage becomes alpha: {p:?}");
}

#[test]
fn a_disc_has_a_ring_and_a_fill() {
    let mut r = Raster::new(30, 30);
    r.disc((15.0, 15.0), 8.0, BLACK, WHITE);
    assert_eq!(px(&r, 15, 15), BLACK);
    let ring = px(&r, 22, 15);
    assert_eq!(ring[..3], WHITE[..3]);
    assert!(ring[3] > 240, "{ring:?}");
    assert_eq!(px(&r, 0, 0)[3], 0);
}

#[test]
fn cells_are_blitted_smoothly_into_their_square() {
    let mut r = Raster::new(20, 20);
    r.clear(WHITE);
    r.blit_cells((0.0, 0.0), 10.0, &[BLACK, WHITE, WHITE, BLACK], 2);
    assert_eq!(px(&r, 0, 0), BLACK);
    assert_eq!(px(&r, 9, 0), WHITE);
    let mid = px(&r, 5, 2)[0];
    assert!(mid > 0 && mid < 255, "interpolated: {mid}");
    assert_eq!(px(&r, 15, 15), WHITE, "outside the square");
}
