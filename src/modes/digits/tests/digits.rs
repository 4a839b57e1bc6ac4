use crate::modes::digits::frame::{BOX, PEN, PIXELS, SIDE, bounds, centre_of_mass, frame};
use crate::modes::digits::glyphs::template;
use crate::modes::digits::{Digits, DigitsConfig};
use std::time::Instant;

/// Steps the default speed runs in about 20 s in the browser: 2 steps a frame
/// (`www/modes/digits/widget.js`, speed "normal") at 60 frames a second.
pub const TWENTY_SECONDS_OF_STEPS: usize = 2 * 60 * 20;

#[test]
fn the_default_network_reaches_ninety_percent_on_the_test_digits() {
    let mut d = Digits::new(DigitsConfig::default());
    let before = d.evaluation().accuracy;
    assert!(before < 0.3, "untrained accuracy {before}");
    let start = Instant::now();
    // A pass over the test set ends every 100 steps (`EVAL_EVERY` × 10 blocks).
    while d.steps() < TWENTY_SECONDS_OF_STEPS as u64 && d.evaluation().accuracy < 0.9 {
        d.run(100);
    }
    let per_step = start.elapsed().as_secs_f64() * 1e3 / d.steps() as f64;
    d.evaluate_now();
    let e = d.evaluation();
    eprintln!(
        "accuracy {} after {} steps, {per_step:.3} ms a step",
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

#[test]
fn a_saved_state_brings_back_the_weights_and_their_answers() {
    use crate::config::{Config, Mode};
    use crate::modes::digits::state::{load_digits, save_digits};
    let config = Config {
        mode: Mode::Digits,
        seed: 3,
        ..Config::default()
    };
    let mut d = Digits::new(config.digits_config());
    d.run(150);
    d.evaluate_now();
    let text = save_digits(&config, &d);
    let mut loaded = load_digits(&text).expect("loads").session;
    assert_eq!(loaded.network().fingerprint(), d.network().fingerprint());
    assert_eq!(loaded.evaluation().predicted, d.evaluation().predicted);
    let picture = d.test_set().picture(7).to_vec();
    assert_eq!(loaded.classify(&picture), d.classify(&picture));
    // A file whose weights do not fit the network is refused whole.
    let short = text.replacen("\"weights\":[", "\"weights\":[1,", 1);
    assert!(load_digits(&short).is_err());
    assert!(crate::modes::digits::state::check_digits(&short).is_err());
    assert_eq!(
        crate::modes::digits::state::parameter_count(&config.digits_config()),
        d.network().params().len()
    );
}

#[test]
fn the_training_and_test_digits_differ_and_come_back_with_the_seed() {
    use crate::modes::digits::DigitSet;
    let (a, b) = (DigitSet::training(5, 20), DigitSet::training(5, 20));
    assert_eq!(a, b);
    let test = DigitSet::test(5);
    for i in 0..test.len() {
        for j in 0..a.len() {
            assert!(
                gap(test.picture(i), a.picture(j)) > 1.0,
                "test {i} is training {j}"
            );
        }
    }
    let counts = (0..10).map(|k| a.labels.iter().filter(|&&l| l == k).count());
    assert!(counts.into_iter().all(|n| n == 20));
}
