//! Tests of the multi-class sets, the label conventions and the custom points (snapping,
//! editing, the link encoding and the split) against what their docs promise.

use super::super::custom::{MAX_CUSTOM_POINTS, MAX_LINK_POINTS, PointProblem};
use super::super::*;

/// Exactness of values computed by the same formula.
const EXACT: f64 = 1e-12;
/// Largest distance of a blob's sample mean from its documented centre.
const CENTRE_TOLERANCE: f64 = 0.1;
/// Largest distance of the share of test points from 1 − train percent.
const SPLIT_TOLERANCE: f64 = 0.03;

fn p(x: f64, y: f64, label: f64) -> Point {
    Point { x, y, label }
}

#[test]
fn two_classes_draw_exactly_the_two_class_sets_with_their_plus_minus_one_labels() {
    for kind in DatasetKind::ALL {
        let a = generate_classes(kind, 200, 0.2, 2, &mut Rng::new(4));
        let b = generate(kind, 200, 0.2, &mut Rng::new(4));
        assert_eq!(a, b, "{}", kind.name());
    }
    let circle = generate_classes(DatasetKind::Circle, 100, 0.0, 4, &mut Rng::new(1));
    assert!(
        circle.iter().all(|p| p.label.abs() == 1.0),
        "circle stays two-class"
    );
}

#[test]
fn a_k_arm_spiral_has_k_arms_labelled_by_arm() {
    for k in 3..=MAX_CLASSES {
        let points = generate_classes(DatasetKind::Spiral, 60 * k, 0.0, k, &mut Rng::new(2));
        assert_eq!(points.len(), 60 * k);
        for (i, q) in points.iter().enumerate() {
            let (arm, at) = (i / 60, i % 60);
            assert_eq!(q.label, arm as f64);
            let r = at as f64 / 60.0 * 5.0;
            let t = 1.75 * at as f64 / 60.0 * 2.0 * core::f64::consts::PI
                + 2.0 * core::f64::consts::PI * arm as f64 / k as f64;
            assert!((q.x - r * t.sin()).abs() < EXACT && (q.y - r * t.cos()).abs() < EXACT);
        }
    }
}

#[test]
fn k_blobs_sit_on_their_circle_and_share_the_points_evenly() {
    let k = 4;
    let points = generate_classes(DatasetKind::Gauss, 4003, 0.0, k, &mut Rng::new(3));
    for j in 0..k {
        let mine: Vec<&Point> = points.iter().filter(|q| q.label == j as f64).collect();
        assert!(mine.len() == 1000 || mine.len() == 1001, "{}", mine.len());
        let angle = core::f64::consts::PI / 4.0 + 2.0 * core::f64::consts::PI * j as f64 / 4.0;
        let mx = mine.iter().map(|q| q.x).sum::<f64>() / mine.len() as f64;
        let my = mine.iter().map(|q| q.y).sum::<f64>() / mine.len() as f64;
        assert!(
            (mx - 4.0 * angle.cos()).abs() < CENTRE_TOLERANCE,
            "blob {j}: {mx}"
        );
        assert!(
            (my - 4.0 * angle.sin()).abs() < CENTRE_TOLERANCE,
            "blob {j}: {my}"
        );
    }
}

#[test]
fn class_labels_convert_both_ways_for_two_and_more_classes() {
    assert_eq!((class_label(1, 2), class_label(0, 2)), (1.0, -1.0));
    assert_eq!((label_class(1.0, 2), label_class(-1.0, 2)), (1, 0));
    for k in 3..=MAX_CLASSES {
        for c in 0..k {
            assert_eq!(label_class(class_label(c, k), k), c);
        }
    }
    let task = Task::Classify(2);
    assert_eq!(
        (task.user_label(-1.0), task.dataset_label(0.0)),
        (0.0, -1.0)
    );
    assert!(Task::Classify(3).accepts(2.0) && !Task::Classify(3).accepts(3.0));
    assert!(!Task::Classify(3).accepts(0.5) && Task::Regress.accepts(0.5));
    assert!(!Task::Regress.accepts(1.5) && !Task::Regress.accepts(f64::NAN));
}

#[test]
fn custom_points_are_snapped_sorted_and_validated() {
    let set = CustomPoints::new(&[
        p(1.0012, 2.0, 1.0),
        p(-0.0, 3.0, 0.12345),
        p(-6.0, 6.0, 4.0),
    ])
    .expect("valid");
    let xs: Vec<(f64, f64, f64)> = set.points().iter().map(|q| (q.x, q.y, q.label)).collect();
    assert_eq!(
        xs,
        vec![(-6.0, 6.0, 4.0), (0.0, 3.0, 0.123), (1.0, 2.0, 1.0)]
    );
    assert!(set.points()[1].x.is_sign_positive(), "−0 is stored as +0");
    let refused = [
        p(6.01, 0.0, 0.0),
        p(0.0, f64::NAN, 0.0),
        p(0.0, 0.0, 5.0),
        p(0.0, 0.0, 2.5),
    ];
    let want = [
        PointProblem::OutsidePlane,
        PointProblem::OutsidePlane,
        PointProblem::BadLabel,
        PointProblem::BadLabel,
    ];
    for (q, problem) in refused.iter().zip(want) {
        assert_eq!(
            CustomPoints::new(&[p(0.0, 0.0, 0.0), *q]),
            Err((1, problem)),
            "{q:?}"
        );
    }
}

#[test]
fn points_are_added_in_order_and_erased_within_a_radius() {
    let mut set = CustomPoints::default();
    for i in 0..MAX_CUSTOM_POINTS {
        let (x, y) = ((i % 100) as f64 * 0.1 - 5.0, (i / 100) as f64 * 0.1 - 5.0);
        set.add(x, y, (i % 3) as f64).expect("room left");
    }
    assert_eq!(set.add(0.0, 0.0, 0.0), Err(PointProblem::TooMany));
    assert!(
        set.points()
            .windows(2)
            .all(|w| (w[0].x, w[0].y) <= (w[1].x, w[1].y))
    );
    // Points 0.1 apart: a radius of 0.12 takes a grid point and its 4 nearest neighbours
    // (the diagonal ones are 0.141 away); 0.15 also takes the 4 diagonal ones.
    assert_eq!(set.erase(0.0, 0.0, 0.12), 5);
    assert_eq!(set.erase(1.0, 1.0, 0.15), 9);
    assert_eq!(set.len(), MAX_CUSTOM_POINTS - 14);
    assert_eq!(set.erase(100.0, 100.0, 1.0), 0);
}

#[test]
fn a_link_carries_small_sets_exactly_and_names_large_ones_by_digest() {
    let small = CustomPoints::new(&[
        p(-6.0, 6.0, 0.0),
        p(6.0, -6.0, 4.0),
        p(0.005, -0.005, -1.0),
        p(1.5, 2.5, 3.0),
        p(-2.25, 0.0, 0.999),
        p(3.0, 3.0, 2.0),
    ])
    .expect("valid");
    let text = small.encode();
    assert_eq!(text.len(), 6 * 6);
    assert!(
        text.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    );
    assert_eq!(
        CustomPoints::decode(&text, &CustomPoints::default()),
        Some(small.clone())
    );
    let many: Vec<Point> = (0..=MAX_LINK_POINTS)
        .map(|i| p(i as f64 / 100.0, 0.0, 1.0))
        .collect();
    let large = CustomPoints::new(&many).expect("valid");
    let digest = large.encode();
    assert!(
        digest.starts_with(&format!("~{}.", MAX_LINK_POINTS + 1)),
        "{digest}"
    );
    assert_eq!(CustomPoints::decode(&digest, &large), Some(large.clone()));
    assert_eq!(CustomPoints::decode(&digest, &small), None);
    for bad in ["abc", "!!!!!!", "~3.0", "_____A"] {
        assert_eq!(CustomPoints::decode(bad, &small), None, "{bad}");
    }
}

#[test]
fn the_split_follows_the_percentage_and_adding_a_point_moves_no_other() {
    let mut rng = Rng::new(8);
    let pts: Vec<Point> = (0..4000)
        .map(|_| {
            p(
                rng.range(-6.0, 6.0),
                rng.range(-6.0, 6.0),
                rng.below(3) as f64,
            )
        })
        .collect();
    let mut set = CustomPoints::new(&pts).expect("valid");
    let task = Task::Classify(3);
    let (train, test) = set.split(7, 70, task);
    assert_eq!(train.len() + test.len(), 4000);
    let share = test.len() as f64 / 4000.0;
    assert!((share - 0.3).abs() < SPLIT_TOLERANCE, "{share}");
    set.add(0.5, 0.5, 1.0).expect("room");
    let (train2, test2) = set.split(7, 70, task);
    let kept = |a: &[Point], b: &[Point]| a.iter().all(|q| b.contains(q));
    assert!(kept(&train, &train2) && kept(&test, &test2));
    let (binary_train, _) = set.split(7, 70, Task::Classify(2));
    assert!(
        binary_train.iter().all(|q| q.label.abs() == 1.0),
        "two classes use ±1"
    );
    assert!(
        binary_train.len() < train2.len(),
        "class 2 is left out with two classes"
    );
}
