//! Tests of the keys for classes, problem and custom points: the task they resolve to, their
//! change kinds, large point sets in links, and the run-comparison differences.

use super::super::*;
use super::{every_field_changed, random_points, some_points};
use crate::engine::rng::Rng;
use crate::modes::classify::data::Point;
use crate::modes::classify::data::custom::MAX_LINK_POINTS;

fn with(f: impl FnOnce(&mut Config)) -> Config {
    let mut c = Config::default();
    f(&mut c);
    c
}

#[test]
fn the_task_follows_the_dataset_then_problem_and_classes() {
    assert_eq!(Config::default().task(), Task::Classify(2));
    assert_eq!(
        with(|c| c.classes = 4).task(),
        Task::Classify(2),
        "circle is two-class"
    );
    let spiral = with(|c| (c.dataset, c.classes) = (DatasetKind::Spiral, 3));
    assert_eq!(spiral.task(), Task::Classify(3));
    assert_eq!(spiral.layer_sizes(), vec![2, 4, 2, 3]);
    let plane = with(|c| (c.dataset, c.problem) = (DatasetKind::Plane, Problem::Classification));
    assert_eq!(
        plane.task(),
        Task::Regress,
        "a generated set brings its own problem"
    );
    let custom = with(|c| (c.dataset, c.problem) = (DatasetKind::Custom, Problem::Regression));
    assert!(custom.is_regression());
    assert_eq!(custom.layer_sizes(), vec![2, 4, 2, 1]);
    let five = with(|c| (c.dataset, c.classes) = (DatasetKind::Custom, 5));
    assert_eq!(five.task(), Task::Classify(5));
}

#[test]
fn classes_and_problem_regenerate_and_points_apply_live() {
    let base = Config::default();
    assert_eq!(
        change_between(&base, &with(|c| c.classes = 3)),
        Change::Regenerate
    );
    assert_eq!(
        change_between(&base, &with(|c| c.problem = Problem::Regression)),
        Change::Regenerate
    );
    let drawn = with(|c| c.custom = random_points(&mut Rng::new(1), 20));
    assert_eq!(change_between(&base, &drawn), Change::Live);
}

#[test]
fn a_large_point_set_is_kept_by_its_digest_and_reported_when_missing() {
    let points: Vec<Point> = (0..MAX_LINK_POINTS * 3)
        .map(|i| Point {
            x: (i % 40) as f64 * 0.25 - 5.0,
            y: (i / 40) as f64 * 0.25 - 5.0,
            label: (i % 2) as f64,
        })
        .collect();
    let config = with(|c| {
        c.dataset = DatasetKind::Custom;
        c.custom = CustomPoints::new(&points).expect("valid");
    });
    let query = config.to_query();
    assert!(
        query.len() < 1_000,
        "the link stays short: {} bytes",
        query.len()
    );
    assert_eq!(parse_onto(&config, &query), (config.clone(), vec![]));
    let (fresh, issues) = parse(&query);
    assert!(fresh.custom.is_empty());
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].key, "points");
    assert!(
        issues[0]
            .to_string()
            .contains("travels only in a saved state file")
    );
}

#[test]
fn differences_name_the_training_settings_of_the_old_config() {
    let old = with(|c| {
        c.learning_rate = 0.3;
        c.hidden = vec![4, 2];
        c.optimizer = crate::engine::optim::OptimizerKind::Adam;
        c.show_test = true;
        c.custom = some_points();
    });
    let new = with(|c| c.hidden = vec![8]);
    let names: Vec<(&str, String)> = differences(&old, &new);
    let want = [
        ("hidden", "4,2"),
        ("opt", "adam"),
        ("lr", "0.3"),
        ("points", ""),
    ];
    let want: Vec<(&str, String)> = want.iter().map(|(k, v)| (*k, v.to_string())).collect();
    assert_eq!(names, want);
    assert!(differences(&new, &new).is_empty());
    let shown = with(|c| (c.discretize, c.show_test) = (true, true));
    assert!(
        differences(&shown, &Config::default()).is_empty(),
        "display keys are no setting"
    );
}

#[test]
fn every_changed_field_still_reads_back_with_the_new_keys() {
    let config = every_field_changed();
    let query = config.to_query();
    assert!(query.contains("&problem=regression&classes=4&"), "{query}");
    assert!(query.ends_with(&format!("&points={}", config.custom.encode())));
    assert_eq!(parse(&query), (config, vec![]));
}
