//! The frame budget: one full pass over a 64 × 64 picture with a 3 × 32 network must fit in a
//! 60 fps frame (16 ms). Timing depends on the machine, so this runs on request, in release:
//! `cargo test --release --lib fit::tests_speed -- --ignored --nocapture`.

use super::super::*;
use std::time::Instant;

/// One frame at 60 fps, in milliseconds.
const FRAME_MS: f64 = 1000.0 / 60.0;
/// Passes timed (after two for warm-up).
const TIMED_PASSES: usize = 50;

/// Milliseconds per pass of the default (3 × 32, 64 × 64, RGB) fit with `encoding`.
fn ms_per_pass(encoding: Encoding) -> f64 {
    let config = ImageConfig::default().with_encoding(encoding);
    let mut fit = ImageFit::<f32>::new(config);
    fit.pass();
    fit.pass();
    let start = Instant::now();
    for _ in 0..TIMED_PASSES {
        fit.pass();
    }
    start.elapsed().as_secs_f64() * 1000.0 / TIMED_PASSES as f64
}

#[test]
#[ignore = "timing: run in release on request"]
fn a_pass_over_a_64_pixel_picture_fits_in_a_frame() {
    let wide = Encoding::Fourier {
        features: 64,
        scale: 3.0,
    };
    for (name, encoding) in [
        ("plain (2 inputs)", Encoding::Plain),
        ("fourier 32 (64 inputs)", DEFAULT_FOURIER),
        ("fourier 64 (128 inputs)", wide),
    ] {
        let ms = ms_per_pass(encoding);
        println!("64 × 64 RGB, 3 × 32 relu, batch 256, {name}: {ms:.2} ms a pass");
        assert!(ms < FRAME_MS, "{name}: {ms:.2} ms");
    }
}
