//! Sessions on the user's own data: drawing and erasing train in place, CSV import is
//! all-or-nothing and export reads back, regression shows RMSE and R², and a change of
//! features re-expands the data.

use super::super::*;
use crate::config::parse;
use crate::modes::classify::data::custom::PointProblem;
use crate::modes::classify::data::{DatasetKind, Point, Task};

/// Agreement expected of metrics computed by hand from the same predictions.
const EXACT: f64 = 1e-9;

fn custom(query: &str) -> Session<f64> {
    let (c, issues) = parse(&format!("data=custom&{query}"));
    assert!(issues.is_empty(), "{issues:?}");
    Session::new(c)
}

#[test]
fn drawn_points_are_trained_on_in_place_with_the_same_weights() {
    let mut s = custom("batch=2");
    assert!(!s.step(), "nothing to train on yet");
    for i in 0..20 {
        let x = i as f64 * 0.5 - 5.0;
        s.add_point(x, 2.0, 1.0).expect("valid");
        s.add_point(x, -2.0, 0.0).expect("valid");
    }
    assert_eq!(s.train_set().len() + s.test_set().len(), 40);
    s.train_epoch();
    let weights = s.network().params().to_vec();
    let (steps, samples) = (s.steps(), s.history().len());
    s.add_point(0.0, 4.0, 1.0).expect("valid");
    assert_eq!(
        s.network().params(),
        &weights[..],
        "drawing keeps the weights"
    );
    assert_eq!(
        (s.steps(), s.history().len()),
        (steps, samples),
        "and the run"
    );
    assert_eq!(s.erase_points(0.0, 4.0, 0.1), 1);
    assert_eq!(s.config().custom.len(), 40);
    assert_eq!(
        s.add_point(0.0, 0.0, 2.0),
        Err(PointProblem::BadLabel),
        "two classes"
    );
    assert_eq!(s.add_point(7.0, 0.0, 1.0), Err(PointProblem::OutsidePlane));
}

#[test]
fn two_thousand_drawn_points_are_held_split_and_trained_on() {
    let mut s = custom("classes=3&train=80");
    for i in 0..2_000 {
        let (x, y) = ((i % 50) as f64 * 0.2 - 5.0, (i / 50) as f64 * 0.25 - 5.0);
        s.add_point(x, y, ((x + y).abs() as usize % 3) as f64)
            .expect("room");
    }
    let (train, test) = (s.train_set().len(), s.test_set().len());
    assert_eq!(train + test, 2_000);
    assert!((1_500..1_700).contains(&train), "about 80% train: {train}");
    assert_eq!(s.head(), crate::engine::nn::head::Head::Softmax(3));
    assert!(s.train_steps(500) == 500);
}

#[test]
fn a_bad_csv_changes_nothing_and_a_good_one_replaces_the_data() {
    let (c, _) = parse("data=spiral&classes=3&seed=4");
    let mut s = Session::<f64>::new(c);
    s.train_steps(20);
    let (config, weights, steps) = (s.config().clone(), s.network().params().to_vec(), s.steps());
    for bad in ["1,2,0\n1,2,3\n", "x,y,label\n1,2\n", "1,2,0\n9,0,1\n", ""] {
        assert!(s.import_csv(bad).is_err(), "{bad}");
        assert_eq!(s.config(), &config);
        assert_eq!((s.network().params(), s.steps()), (&weights[..], steps));
    }
    let err = s.import_csv("0,0,1\n1,1,4\n").expect_err("class 4 of 3");
    assert_eq!(err.line, 2);
    let read = s
        .import_csv("# three classes\nx,y,label\n0,0,0\n1,1,1\n2,2,2\n-1,3,1\n")
        .expect("valid");
    assert_eq!(read, 4);
    assert_eq!(s.config().dataset, DatasetKind::Custom);
    assert_eq!(s.config().task(), Task::Classify(3));
    let all: Vec<Point> = s.user_points();
    assert!(all.contains(&Point {
        x: 2.0,
        y: 2.0,
        label: 2.0
    }));
}

#[test]
fn an_exported_csv_reads_back_as_the_same_dataset() {
    let (c, _) = parse("data=moons&noise=20");
    let mut shown = Session::<f32>::new(c);
    let csv = shown.export_csv();
    assert_eq!(csv.lines().count(), 1 + 500);
    let mut copy = Session::<f32>::new(shown.config().clone());
    copy.import_csv(&csv).expect("own export reads back");
    assert_eq!(copy.config().custom.len(), 500);
    // Custom points are the shown ones snapped to the 0.005 grid, labels as class indices.
    shown.custom_from_current();
    assert_eq!(shown.config().custom, copy.config().custom);
    let again = copy.export_csv();
    let mut third = Session::<f32>::new(copy.config().clone());
    third.import_csv(&again).expect("valid");
    assert_eq!(third.train_set().points, copy.train_set().points);
    assert_eq!(third.test_set().points, copy.test_set().points);
}

#[test]
fn custom_regression_reports_rmse_and_r_squared_computed_by_hand() {
    let mut s = custom("problem=regression&train=90");
    for (x, v) in [
        (-4.0, -0.5),
        (-2.0, 0.0),
        (0.0, 0.25),
        (2.0, 0.75),
        (4.0, 1.0),
        (5.0, -1.0),
    ] {
        s.add_point(x, 0.0, v).expect("valid");
    }
    assert!(s.config().is_regression());
    // With every weight zero the network predicts 0 everywhere.
    let zeros = vec![0.0; s.network().params().len()];
    assert!(s.load_weights(&zeros));
    let ys: Vec<f64> = s.train_set().ys.clone();
    let n = ys.len() as f64;
    let mean = ys.iter().sum::<f64>() / n;
    let ss_res: f64 = ys.iter().map(|y| y * y).sum();
    let ss_tot: f64 = ys.iter().map(|y| (y - mean).powi(2)).sum();
    let m = s.train_metrics();
    assert_eq!(m.accuracy, None);
    assert!((m.rmse.expect("defined") - (ss_res / n).sqrt()).abs() < EXACT);
    assert!((m.r_squared.expect("defined") - (1.0 - ss_res / ss_tot)).abs() < EXACT);
    assert!(
        (m.loss - 0.5 * ss_res / n).abs() < EXACT,
        "half squared error"
    );
}

#[test]
fn a_change_of_features_re_expands_the_data_for_the_new_inputs() {
    let (c, _) = parse("data=circle");
    let mut s = Session::<f32>::new(c);
    s.train_steps(10);
    let mut c = s.config().clone();
    c.features = parse("features=x1,x2,x1sq,x2sq").0.features;
    assert_eq!(s.set_config(c), Change::Rebuild);
    assert_eq!(s.train_set().xs.len(), 4 * s.train_set().len());
    assert!(s.train_steps(100) == 100);
    assert_eq!(s.network().sizes()[0], 4);
}
