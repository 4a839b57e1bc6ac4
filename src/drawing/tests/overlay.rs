//! Pixels of the small rasteriser: discs, stamps, lines thick and thin, arrows, clipping.

use crate::drawing::colour::Rgba;
use crate::drawing::overlay::*;

const RED: Rgba = [255, 0, 0, 255];

fn pixel(px: &[u8], w: usize, x: usize, y: usize) -> Rgba {
    let i = (y * w + x) * 4;
    [px[i], px[i + 1], px[i + 2], px[i + 3]]
}

#[test]
fn a_disc_is_opaque_inside_and_untouched_far_outside() {
    let mut px = vec![0u8; 20 * 20 * 4];
    Raster::new(&mut px, 20, 20).disc(10.0, 10.0, 4.0, RED);
    assert_eq!(pixel(&px, 20, 10, 10), RED);
    assert_eq!(pixel(&px, 20, 12, 9), RED);
    assert_eq!(pixel(&px, 20, 1, 1), [0, 0, 0, 0]);
    assert_eq!(pixel(&px, 20, 10, 16), [0, 0, 0, 0]);
}

#[test]
fn a_stamped_disc_matches_a_drawn_one_on_a_pixel_centre() {
    let (mut a, mut b) = (vec![0u8; 16 * 16 * 4], vec![0u8; 16 * 16 * 4]);
    Raster::new(&mut a, 16, 16).disc(8.5, 8.5, 3.0, RED);
    let stamp = Stamp::disc(3.0);
    let mut r = Raster::new(&mut b, 16, 16);
    r.stamp(&stamp, 8.7, 8.2, RED);
    r.stamp(&stamp, -100.0, 3.0, RED);
    assert_eq!(a, b);
}

#[test]
fn half_transparent_colour_over_opaque_white_mixes_evenly() {
    let mut px = [255u8; 4];
    Raster::new(&mut px, 1, 1).blend(0, 0, [0, 0, 0, 255], 0.5);
    assert_eq!(px, [128, 128, 128, 255]);
}

#[test]
fn a_line_covers_its_middle_and_shapes_off_the_buffer_are_clipped() {
    let mut px = vec![0u8; 30 * 10 * 4];
    let mut r = Raster::new(&mut px, 30, 10);
    r.line((2.0, 5.0), (27.0, 5.0), 2.0, RED);
    r.disc(-50.0, 500.0, 3.0, RED);
    r.disc(f64::NAN, 5.0, 3.0, RED);
    r.ring(3.0, f64::INFINITY, 3.0, 1.0, RED);
    r.line((0.0, 0.0), (f64::NAN, 3.0), 1.0, RED);
    assert_eq!(pixel(&px, 30, 15, 5), RED);
    assert_eq!(pixel(&px, 30, 15, 1), [0, 0, 0, 0]);
}

#[test]
fn steep_and_diagonal_lines_are_covered_along_their_whole_length() {
    let mut px = vec![0u8; 40 * 40 * 4];
    let mut r = Raster::new(&mut px, 40, 40);
    r.line((5.0, 2.0), (8.0, 37.0), 2.0, RED);
    r.line((2.0, 2.0), (37.0, 37.0), 2.0, RED);
    for k in 0..35 {
        let y = 2.5 + k as f64;
        let x = 5.0 + 3.0 * (y - 2.0) / 35.0;
        assert_eq!(
            pixel(&px, 40, x as usize, y as usize)[3],
            255,
            "steep at y {y}"
        );
        assert_eq!(pixel(&px, 40, 2 + k, 2 + k)[3], 255, "diagonal at {k}");
    }
    // Nothing far off the diagonal.
    assert_eq!(pixel(&px, 40, 30, 10), [0, 0, 0, 0]);
}

#[test]
fn a_thin_diagonal_line_shades_the_pixels_it_crosses() {
    let mut px = vec![0u8; 20 * 20 * 4];
    let mut r = Raster::new(&mut px, 20, 20);
    r.line((0.5, 0.5), (19.5, 19.5), 1.0, RED);
    r.line((10.0, -5.0), (10.0, 40.0), 1.0, RED);
    for k in 0..20 {
        assert_eq!(pixel(&px, 20, k, k)[3], 255, "diagonal at {k}");
    }
    // The vertical line at x = 10 falls between pixel centres 9.5 and 10.5: both half.
    assert!(
        (120..=135).contains(&pixel(&px, 20, 10, 3)[3]),
        "{:?}",
        pixel(&px, 20, 10, 3)
    );
    assert_eq!(pixel(&px, 20, 14, 3), [0, 0, 0, 0]);
}

#[test]
fn an_arrow_draws_its_tip_and_barbs_behind_it() {
    let mut px = vec![0u8; 40 * 40 * 4];
    Raster::new(&mut px, 40, 40).arrow((5.0, 20.0), (30.0, 20.0), 2.0, 8.0, RED);
    assert_eq!(pixel(&px, 40, 29, 20)[3], 255);
    // A barb runs back from the tip, up and down: pixels above and below the shaft.
    assert!(pixel(&px, 40, 25, 17)[3] > 100);
    assert!(pixel(&px, 40, 25, 23)[3] > 100);
    assert_eq!(pixel(&px, 40, 10, 12), [0, 0, 0, 0]);
}
