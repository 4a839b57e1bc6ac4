//! Tests of the datasets, the split and the features, against the formulas they document.

mod classes;
mod csv;

use super::generators::{multi_gauss_label, plane_label};
use super::*;

/// How far outside [−6, 6]² a noisy point may land: five standard deviations of the widest
/// blob (gauss at noise 0.5 has standard deviation 2 around ±2).
const NOISY_MARGIN: f64 = 6.0;
/// Allowed distance of a two-class set's share of positives from one half.
const BALANCE_TOLERANCE: f64 = 0.1;
/// Exactness of the feature values (they are single library calls).
const FEATURE_TOLERANCE: f64 = 1e-12;

fn draw(kind: DatasetKind, noise: f64, seed: u64) -> Vec<Point> {
    generate(kind, kind.default_size(), noise, &mut Rng::new(seed))
}

fn within(points: &[Point], half_width: f64) -> bool {
    points
        .iter()
        .all(|p| p.x.abs() <= half_width && p.y.abs() <= half_width)
}

#[test]
fn each_dataset_is_deterministic_for_a_seed_and_has_the_right_size() {
    for kind in DatasetKind::ALL {
        for n in [0, 1, 7, kind.default_size()] {
            let a = generate(kind, n, 0.2, &mut Rng::new(11));
            let b = generate(kind, n, 0.2, &mut Rng::new(11));
            assert_eq!(a.len(), n, "{}", kind.name());
            assert_eq!(a, b, "{}", kind.name());
        }
        assert_ne!(draw(kind, 0.2, 1), draw(kind, 0.2, 2), "{}", kind.name());
    }
}

#[test]
fn noise_free_points_lie_in_the_domain_and_noisy_ones_near_it() {
    for kind in DatasetKind::ALL {
        assert!(within(&draw(kind, 0.0, 5), 6.0), "{}", kind.name());
        assert!(
            within(&draw(kind, 0.5, 5), 6.0 + NOISY_MARGIN),
            "{}",
            kind.name()
        );
    }
}

#[test]
fn classification_labels_are_plus_or_minus_one_and_balanced_without_noise() {
    // With noise, circle labels are taken at a moved position, so more of the inner disc
    // turns negative than of the ring turns positive: only the noise-free sets are balanced.
    for kind in DatasetKind::ALL.into_iter().filter(|k| !k.is_regression()) {
        let noisy = draw(kind, 0.5, 3);
        assert!(noisy.iter().all(|p| p.label == 1.0 || p.label == -1.0));
        let points = draw(kind, 0.0, 3);
        let positives = points.iter().filter(|p| p.label > 0.0).count();
        let share = positives as f64 / points.len() as f64;
        assert!(
            (share - 0.5).abs() < BALANCE_TOLERANCE,
            "{}: {share}",
            kind.name()
        );
    }
}

#[test]
fn circle_with_no_noise_labels_every_point_by_its_radius() {
    for p in draw(DatasetKind::Circle, 0.0, 4) {
        let r = p.x.hypot(p.y);
        assert!(r <= 5.0);
        assert!((3.5..=5.0).contains(&r) || r < 2.5, "radius {r} in the gap");
        assert_eq!(p.label, if r < 2.5 { 1.0 } else { -1.0 });
    }
}

#[test]
fn xor_with_no_noise_labels_match_the_quadrant_and_avoid_the_axes() {
    for p in draw(DatasetKind::Xor, 0.0, 6) {
        assert!(p.x.abs() >= 0.3 && p.y.abs() >= 0.3);
        assert_eq!(p.label, if p.x * p.y >= 0.0 { 1.0 } else { -1.0 });
    }
}

#[test]
fn noise_flips_some_circle_and_xor_labels_but_not_most() {
    for kind in [DatasetKind::Circle, DatasetKind::Xor] {
        let points = draw(kind, 0.5, 8);
        let clean = draw(kind, 0.0, 8);
        let flipped = points
            .iter()
            .filter(|p| p.label != clean_label(kind, p))
            .count();
        assert!(
            flipped > 0 && flipped < points.len() / 2,
            "{}: {flipped}",
            kind.name()
        );
        assert!(clean.iter().all(|p| p.label == clean_label(kind, p)));
    }
}

fn clean_label(kind: DatasetKind, p: &Point) -> f64 {
    let positive = match kind {
        DatasetKind::Circle => p.x.hypot(p.y) < 2.5,
        _ => p.x * p.y >= 0.0,
    };
    if positive { 1.0 } else { -1.0 }
}

#[test]
fn gauss_blobs_sit_at_their_centres_with_the_documented_spread() {
    for (noise, variance) in [(0.0, 0.5), (0.5, 4.0)] {
        let points = generate(DatasetKind::Gauss, 20_000, noise, &mut Rng::new(9));
        for label in [1.0, -1.0] {
            let xs: Vec<f64> = points
                .iter()
                .filter(|p| p.label == label)
                .map(|p| p.x)
                .collect();
            let mean = xs.iter().sum::<f64>() / xs.len() as f64;
            let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / xs.len() as f64;
            assert!((mean - 2.0 * label).abs() < 0.1, "mean {mean}");
            assert!(
                (var / variance - 1.0).abs() < 0.05,
                "variance {var} vs {variance}"
            );
        }
    }
}

#[test]
fn spiral_without_noise_follows_its_two_arms() {
    let points = generate(DatasetKind::Spiral, 200, 0.0, &mut Rng::new(1));
    for (i, p) in points.iter().enumerate() {
        let r = (i % 100) as f64 / 100.0 * 5.0;
        assert!((p.x.hypot(p.y) - r).abs() < FEATURE_TOLERANCE);
        assert_eq!(p.label, if i < 100 { 1.0 } else { -1.0 });
    }
    // The arms are half a turn apart: the second arm's point i mirrors the first's.
    assert!((points[37].x + points[137].x).abs() < FEATURE_TOLERANCE);
}

#[test]
fn regression_labels_lie_in_the_unit_interval_and_follow_their_formula() {
    for kind in [DatasetKind::Plane, DatasetKind::MultiGauss] {
        for noise in [0.0, 0.5] {
            assert!(
                draw(kind, noise, 2)
                    .iter()
                    .all(|p| (-1.0..=1.0).contains(&p.label))
            );
        }
    }
    for p in draw(DatasetKind::Plane, 0.0, 2) {
        // Corners of the domain have |x + y| up to 12, beyond the label's range: clamped.
        let want = ((p.x + p.y) / 10.0).clamp(-1.0, 1.0);
        assert!((p.label - want).abs() < FEATURE_TOLERANCE);
    }
    assert_eq!(plane_label(6.0, 6.0), 1.0);
    assert_eq!(multi_gauss_label(-4.0, 2.5), 1.0);
    assert_eq!(multi_gauss_label(0.0, 2.5), -1.0);
    assert!((multi_gauss_label(4.0, -1.5) + 0.5).abs() < FEATURE_TOLERANCE);
    assert_eq!(multi_gauss_label(-2.0, 0.0), 0.0);
}

#[test]
fn dataset_names_round_trip_and_only_plane_and_multigauss_regress() {
    for kind in DatasetKind::ALL {
        assert_eq!(DatasetKind::from_name(kind.name()), Some(kind));
        let regression = matches!(kind, DatasetKind::Plane | DatasetKind::MultiGauss);
        assert_eq!(kind.is_regression(), regression);
        assert_eq!(kind.default_size(), if regression { 1200 } else { 500 });
    }
    assert_eq!(DatasetKind::from_name("Circle"), None);
}

#[test]
fn split_sizes_follow_the_percentage_and_keep_every_point() {
    let points = draw(DatasetKind::Xor, 0.0, 1);
    for (percent, train_len) in [
        (50, 250),
        (10, 50),
        (90, 450),
        (33, 165),
        (0, 50),
        (100, 450),
    ] {
        let (train, test) = split(points.clone(), percent, &mut Rng::new(2));
        assert_eq!(
            (train.len(), test.len()),
            (train_len, 500 - train_len),
            "{percent}%"
        );
        let mut all: Vec<f64> = train.iter().chain(&test).map(|p| p.x).collect();
        let mut want: Vec<f64> = points.iter().map(|p| p.x).collect();
        all.sort_by(f64::total_cmp);
        want.sort_by(f64::total_cmp);
        assert_eq!(all, want);
    }
}

#[test]
fn features_expand_to_the_right_values_in_order() {
    let (x, y) = (1.5f64, -2.0f64);
    let want = [x, y, x * x, y * y, x * y, x.sin(), y.sin()];
    for (feature, value) in Feature::ALL.into_iter().zip(want) {
        assert!((feature.value(x, y) - value).abs() < FEATURE_TOLERANCE);
        assert_eq!(Feature::from_name(feature.name()), Some(feature));
    }
    let some = Features::NONE
        .with(Feature::X1X2, true)
        .with(Feature::X1, true);
    let mut out = [0.0f64; 2];
    some.expand(x, y, &mut out);
    assert_eq!(out, [x, x * y]);
    let rows: Vec<f32> = some.expand_points(&[
        Point { x, y, label: 1.0 },
        Point {
            x: 2.0,
            y: 3.0,
            label: -1.0,
        },
    ]);
    assert_eq!(rows, vec![1.5, -3.0, 2.0, 6.0]);
}

#[test]
fn the_feature_set_defaults_to_x1_and_x2_and_toggles_bits() {
    let d = Features::default();
    assert_eq!(d.iter().collect::<Vec<_>>(), vec![Feature::X1, Feature::X2]);
    assert_eq!(d.count(), 2);
    let all = Feature::ALL
        .into_iter()
        .fold(Features::NONE, |s, f| s.with(f, true));
    assert_eq!(all.count(), 7);
    assert_eq!(all.iter().collect::<Vec<_>>(), Feature::ALL.to_vec());
    let off = d.with(Feature::X1, false);
    assert!(!off.contains(Feature::X1) && off.contains(Feature::X2));
    assert!(off.with(Feature::X2, false).is_empty());
    assert!(
        Features::NONE
            .expand_points::<f64>(&draw(DatasetKind::Gauss, 0.0, 1))
            .is_empty()
    );
}
