use crate::modes::digits::frame::{BOX, PEN, PIXELS, SIDE, bounds, centre_of_mass, frame};
use crate::modes::digits::glyphs::{template, typed};
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
    // The digits typed from the keyboard (smooth strokes on the pad) are read as the digits
    // they are: every digit in most of its variants.
    let mut framed = vec![0.0; PIXELS];
    let mut right = [0; 10];
    for (digit, read) in right.iter_mut().enumerate() {
        for variant in 1..=TYPED_VARIANTS {
            assert!(frame(&typed(digit, variant), &mut framed));
            let p = d.classify(&framed);
            *read += usize::from(crate::engine::nn::softmax::argmax(&p) == digit);
        }
    }
    eprintln!("typed digits read right, by digit, of {TYPED_VARIANTS}: {right:?}");
    assert!(
        right.iter().all(|&n| n * 4 >= TYPED_VARIANTS as usize * 3),
        "{right:?}"
    );
}

/// Variants of each typed digit the tests draw.
const TYPED_VARIANTS: u64 = 8;

/// Changes of the turning direction along `stroke`, counting turns of at least 2°: a smooth
/// curve bends one way for long stretches; a jagged one zigzags at every point.
fn zigzags(stroke: &[(f64, f64)]) -> usize {
    let mut last = 0.0f64;
    let mut changes = 0;
    for w in stroke.windows(3) {
        let (u, v) = (
            (w[1].0 - w[0].0, w[1].1 - w[0].1),
            (w[2].0 - w[1].0, w[2].1 - w[1].1),
        );
        let signed = (u.0 * v.1 - u.1 * v.0)
            .atan2(u.0 * v.0 + u.1 * v.1)
            .to_degrees();
        if signed.abs() < 2.0 {
            continue;
        }
        if signed * last < 0.0 {
            changes += 1;
        }
        last = signed;
    }
    changes
}

#[test]
fn a_typed_digit_is_a_smooth_line_at_the_pads_resolution() {
    use crate::engine::rng::Rng;
    use crate::modes::digits::glyphs::{Style, TYPED_SPACING, handwritten};
    for digit in 0..10 {
        for variant in 1..=TYPED_VARIANTS {
            let strokes = typed(digit, variant);
            let (x0, y0, x1, y1) = bounds(&strokes).unwrap();
            let side = (x1 - x0).max(y1 - y0);
            assert!((side - 0.7).abs() < 0.02, "{digit}/{variant}: side {side}");
            assert!((0.0..=1.0).contains(&x0) && x1 <= 1.0 && y0 >= 0.0 && y1 <= 1.0);
            for s in &strokes {
                for w in s.windows(2) {
                    let len = (w[1].0 - w[0].0).hypot(w[1].1 - w[0].1);
                    assert!(
                        len <= TYPED_SPACING + 1e-9,
                        "{digit}/{variant}: a segment of {len}"
                    );
                }
                // A handful of bends at most (a 2's arc, its elbow and its base; a 5's bar
                // and belly), never the dozens of a line jittered point by point.
                let z = zigzags(s);
                assert!(
                    z <= 4,
                    "{digit}/{variant}: {z} zigzags in {} points",
                    s.len()
                );
            }
        }
    }
    // The measure sees the jagged line: the same shapes with the generated sets' jitter.
    let mut rng = Rng::derived(1, 0xD165);
    let jagged = handwritten(8, &Style::DEFAULT, 1.0, &mut rng);
    let z: usize = jagged.iter().map(|s| zigzags(s)).sum();
    assert!(z > 20, "the jittered 8 zigzags {z} times");
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
