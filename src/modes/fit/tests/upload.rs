//! Uploads: refusals with their reasons, and the box filter against hand-averaged blocks.

use super::super::*;

/// Values are compared up to f32 rounding.
const CLOSE: f32 = 1e-6;

/// An opaque image whose pixel (x, y) has grey level `f(x, y)` in every channel.
fn opaque(width: usize, height: usize, f: impl Fn(usize, usize) -> u8) -> Vec<u8> {
    let mut rgba = Vec::with_capacity(width * height * 4);
    for y in 0..height {
        for x in 0..width {
            let v = f(x, y);
            rgba.extend([v, v, v, 255]);
        }
    }
    rgba
}

#[test]
fn bad_images_are_refused_with_the_reason() {
    let rgb = PictureKind::Rgb;
    assert_eq!(
        image_from_rgba(&[], 0, 10, 64, rgb),
        Err(ImageError::Empty {
            width: 0,
            height: 10
        })
    );
    let big = image_from_rgba(&[], 5000, 5000, 64, rgb).unwrap_err();
    assert_eq!(
        big,
        ImageError::TooLarge {
            width: 5000,
            height: 5000
        }
    );
    assert!(big.to_string().contains("25.0 megapixels"), "{big}");
    let short = image_from_rgba(&[0; 15], 2, 2, 64, rgb).unwrap_err();
    assert_eq!(
        short,
        ImageError::LengthMismatch {
            expected: 16,
            got: 15
        }
    );
    assert!(short.to_string().contains("15 bytes instead of 16"));
    let odd = image_from_rgba(&[0; 16], 2, 2, 1000, rgb).unwrap_err();
    assert!(odd.to_string().contains("not 1000"), "{odd}");
    // Dimensions whose product overflows are too large, not a panic.
    assert!(matches!(
        image_from_rgba(&[], usize::MAX, 3, 64, rgb),
        Err(ImageError::TooLarge { .. })
    ));
}

#[test]
fn halving_averages_each_two_by_two_block() {
    // Pixel (x, y) has level 10·(4y + x): the top-left block holds 0, 10, 40, 50 (mean 25).
    let rgba = opaque(4, 4, |x, y| (10 * (4 * y + x)) as u8);
    let p = image_from_rgba(&rgba, 4, 4, 4 / 2, PictureKind::Grey).unwrap();
    let want = [25.0, 45.0, 105.0, 125.0].map(|v: f32| v / 255.0);
    for (got, want) in p.values.iter().zip(want) {
        assert!((got - want).abs() < CLOSE, "{:?}", p.values);
    }
}

#[test]
fn a_fractional_ratio_weights_pixels_by_the_area_they_share() {
    // 3 → 2: output (0, 0) covers [0, 1.5)², i.e. pixel (0,0) fully, (1,0) and (0,1) half,
    // (1,1) a quarter: (1·a + ½·b + ½·d + ¼·e) / 2.25 with a, b, d, e the levels there.
    let rgba = opaque(3, 3, |x, y| {
        [[0, 90, 180], [30, 120, 210], [60, 150, 240]][y][x]
    });
    let p = image_from_rgba(&rgba, 3, 3, 2, PictureKind::Grey).unwrap();
    let want = (0.0 + 0.5 * 90.0 + 0.5 * 30.0 + 0.25 * 120.0) / 2.25 / 255.0;
    assert!(
        (p.values[0] as f64 - want).abs() < CLOSE as f64,
        "{:?}",
        p.values
    );
}

#[test]
fn the_longer_side_is_cropped_equally_at_both_ends() {
    // 6 × 4: columns 0 and 5 are black and cropped away, leaving a white 4 × 4 square.
    let rgba = opaque(6, 4, |x, _| if x == 0 || x == 5 { 0 } else { 255 });
    let p = image_from_rgba(&rgba, 6, 4, 4, PictureKind::Rgb).unwrap();
    assert!(
        p.values.iter().all(|&v| (v - 1.0).abs() < CLOSE),
        "{:?}",
        p.values
    );
}

#[test]
fn a_flat_colour_stays_that_colour_at_any_scale_and_transparency_shows_white() {
    let mut rgba = Vec::new();
    for _ in 0..37 * 23 {
        rgba.extend([51, 102, 153, 255]);
    }
    for target in [4, 16, 64] {
        let p = image_from_rgba(&rgba, 37, 23, target, PictureKind::Rgb).unwrap();
        assert_eq!(p.values.len(), target * target * 3);
        for c in p.values.chunks_exact(3) {
            let want = [0.2f32, 0.4, 0.6];
            assert!(
                c.iter().zip(want).all(|(g, w)| (g - w).abs() < CLOSE),
                "{c:?}"
            );
        }
        let grey = image_from_rgba(&rgba, 37, 23, target, PictureKind::Grey).unwrap();
        let luma = luma([0.2, 0.4, 0.6]) as f32;
        assert!(grey.values.iter().all(|v| (v - luma).abs() < CLOSE));
    }
    let clear = vec![0u8; 5 * 5 * 4];
    let p = image_from_rgba(&clear, 5, 5, 4, PictureKind::Rgb).unwrap();
    assert!(p.values.iter().all(|&v| (v - 1.0).abs() < CLOSE));
}
