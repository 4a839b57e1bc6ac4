//! Pixels of the rasteriser: lines thick and thin, flat- and round-ended, blending, discs
//! drawn and stamped, rings, arrows, blitted cells, clipping.

use crate::drawing::colour::Rgba;
use crate::drawing::raster::{Raster, Stamp};

const WHITE: Rgba = [255, 255, 255, 255];
const BLACK: Rgba = [0, 0, 0, 255];
const RED: Rgba = [255, 0, 0, 255];

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

fn pixel(px: &[u8], w: usize, x: usize, y: usize) -> Rgba {
    let i = (y * w + x) * 4;
    [px[i], px[i + 1], px[i + 2], px[i + 3]]
}

#[test]
fn a_disc_is_opaque_inside_and_untouched_far_outside() {
    let mut r = Raster::new(20, 20);
    r.disc((10.0, 10.0), 4.0, RED, RED);
    let px = &r.rgba;
    assert_eq!(pixel(px, 20, 10, 10), RED);
    assert_eq!(pixel(px, 20, 12, 9), RED);
    assert_eq!(pixel(px, 20, 1, 1), [0, 0, 0, 0]);
    assert_eq!(pixel(px, 20, 10, 16), [0, 0, 0, 0]);
}

#[test]
fn a_stamped_disc_matches_a_drawn_one_on_a_pixel_centre() {
    let (mut a, mut b) = (Raster::new(16, 16), Raster::new(16, 16));
    a.disc((8.5, 8.5), 3.0, RED, RED);
    let stamp = Stamp::disc(3.0);
    b.stamp(&stamp, (8.7, 8.2), RED);
    b.stamp(&stamp, (-100.0, 3.0), RED);
    assert_eq!(a, b);
}

#[test]
fn half_transparent_colour_over_opaque_white_mixes_evenly() {
    let mut r = Raster::new(1, 1);
    r.clear([255; 4]);
    r.blend(0, 0, [0, 0, 0, 255], 0.5);
    assert_eq!(r.rgba, [128, 128, 128, 255]);
}

#[test]
fn a_line_covers_its_middle_and_shapes_off_the_buffer_are_clipped() {
    let mut r = Raster::new(30, 10);
    r.round_line((2.0, 5.0), (27.0, 5.0), 2.0, RED);
    r.disc((-50.0, 500.0), 3.0, RED, RED);
    r.disc((f64::NAN, 5.0), 3.0, RED, RED);
    r.disc((f64::INFINITY, 5.0), 3.0, RED, RED);
    r.ring((3.0, f64::INFINITY), 3.0, 1.0, RED);
    r.round_line((0.0, 0.0), (f64::NAN, 3.0), 1.0, RED);
    let px = &r.rgba;
    assert_eq!(pixel(px, 30, 15, 5), RED);
    assert_eq!(pixel(px, 30, 15, 1), [0, 0, 0, 0]);
}

#[test]
fn steep_and_diagonal_lines_are_covered_along_their_whole_length() {
    let mut r = Raster::new(40, 40);
    r.round_line((5.0, 2.0), (8.0, 37.0), 2.0, RED);
    r.round_line((2.0, 2.0), (37.0, 37.0), 2.0, RED);
    let px = &r.rgba;
    for k in 0..35 {
        let y = 2.5 + k as f64;
        let x = 5.0 + 3.0 * (y - 2.0) / 35.0;
        assert_eq!(
            pixel(px, 40, x as usize, y as usize)[3],
            255,
            "steep at y {y}"
        );
        assert_eq!(pixel(px, 40, 2 + k, 2 + k)[3], 255, "diagonal at {k}");
    }
    // Nothing far off the diagonal.
    assert_eq!(pixel(px, 40, 30, 10), [0, 0, 0, 0]);
}

#[test]
fn a_thin_diagonal_line_shades_the_pixels_it_crosses() {
    let mut r = Raster::new(20, 20);
    r.round_line((0.5, 0.5), (19.5, 19.5), 1.0, RED);
    r.round_line((10.0, -5.0), (10.0, 40.0), 1.0, RED);
    let px = &r.rgba;
    for k in 0..20 {
        assert_eq!(pixel(px, 20, k, k)[3], 255, "diagonal at {k}");
    }
    // The vertical line at x = 10 falls between pixel centres 9.5 and 10.5: both half.
    assert!(
        (120..=135).contains(&pixel(px, 20, 10, 3)[3]),
        "{:?}",
        pixel(px, 20, 10, 3)
    );
    assert_eq!(pixel(px, 20, 14, 3), [0, 0, 0, 0]);
}

#[test]
fn an_arrow_draws_its_tip_and_barbs_behind_it() {
    let mut r = Raster::new(40, 40);
    r.arrow((5.0, 20.0), (30.0, 20.0), 2.0, 8.0, RED);
    let px = &r.rgba;
    assert_eq!(pixel(px, 40, 29, 20)[3], 255);
    // A barb runs back from the tip, up and down: pixels above and below the shaft.
    assert!(pixel(px, 40, 25, 17)[3] > 100);
    assert!(pixel(px, 40, 25, 23)[3] > 100);
    assert_eq!(pixel(px, 40, 10, 12), [0, 0, 0, 0]);
}
