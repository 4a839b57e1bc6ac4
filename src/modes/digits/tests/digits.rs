use crate::modes::digits::frame::{BOX, PEN, PIXELS, SIDE, bounds, centre_of_mass, frame};
use crate::modes::digits::glyphs::template;
use crate::modes::digits::{Digits, DigitsConfig};
use std::time::Instant;

/// Steps the default speed runs in about 20 s in the browser (see the widget's speeds).
pub const TWENTY_SECONDS_OF_STEPS: usize = 1200;

#[test]
fn the_default_network_reaches_ninety_percent_on_the_test_digits() {
    let mut d = Digits::new(DigitsConfig::default());
    let before = d.evaluation().accuracy;
    assert!(before < 0.3, "untrained accuracy {before}");
    let start = Instant::now();
    let mut ninety = None;
    for _ in 0..TWENTY_SECONDS_OF_STEPS / 100 {
        d.run(100);
        if ninety.is_none() && d.evaluation().accuracy >= 0.9 {
            ninety = Some(d.steps());
        }
    }
    let per_step = start.elapsed().as_secs_f64() * 1e3 / TWENTY_SECONDS_OF_STEPS as f64;
    d.evaluate_now();
    let e = d.evaluation();
    eprintln!(
        "accuracy {} after {} steps (90 % after {ninety:?}), {per_step:.3} ms a step",
        e.accuracy,
        d.steps()
    );
    assert!(e.accuracy >= 0.9, "test accuracy {}", e.accuracy);
    let total: u32 = e.confusion.iter().flatten().sum();
    assert_eq!(total as usize, d.test_set().len());
}

/// Sum of |a − b| over two pictures.
fn gap(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(a, b)| (a - b).abs()).sum()
}

#[test]
fn a_small_drawing_off_centre_is_framed_like_a_training_digit() {
    for digit in [1, 4, 7] {
        let big: Vec<Vec<(f64, f64)>> = (template(digit).into_iter())
            .map(|s| {
                s.into_iter()
                    .map(|(x, y)| (100.0 + 200.0 * x, 50.0 + 200.0 * y))
                    .collect()
            })
            .collect();
        // A quarter of the size, in the pad's top-left corner.
        let small: Vec<Vec<(f64, f64)>> = (template(digit).into_iter())
            .map(|s| {
                s.into_iter()
                    .map(|(x, y)| (10.0 + 50.0 * x, 12.0 + 50.0 * y))
                    .collect()
            })
            .collect();
        let (mut a, mut b) = (vec![0.0; PIXELS], vec![0.0; PIXELS]);
        assert!(frame(&big, &mut a) && frame(&small, &mut b));
        assert!(gap(&a, &b) < 1e-3, "digit {digit}: {}", gap(&a, &b));
        let (cx, cy) = centre_of_mass(&b).unwrap();
        let mid = SIDE as f64 / 2.0;
        assert!(
            (cx - mid).abs() < 0.3 && (cy - mid).abs() < 0.3,
            "{digit}: ({cx}, {cy})"
        );
        // The ink's height is the framing box plus the pen.
        let rows: Vec<usize> = (0..SIDE)
            .filter(|&y| b[y * SIDE..(y + 1) * SIDE].iter().any(|&v| v > 0.5))
            .collect();
        let height = rows.last().unwrap() - rows[0] + 1;
        assert!(
            (height as f64 - BOX - PEN).abs() <= 1.0,
            "{digit}: {height} rows of ink"
        );
        // The small drawing lies in the top-left quarter of a 300-pixel pad.
        let (_, _, x1, y1) = bounds(&small).unwrap();
        assert!(x1 < 75.0 && y1 < 75.0, "{digit}: ({x1}, {y1})");
    }
}
