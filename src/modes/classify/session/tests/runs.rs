//! Whole runs over time: ghosts of past runs and their labels, explosions caught before any
//! NaN, and a million steps with every buffer staying the same size.

use super::super::*;
use crate::config::parse;
use crate::engine::optim::OptimizerKind;
use crate::modes::classify::data::{CustomPoints, DatasetKind, Point};

/// Steps of the long run (a fast-forwarded hour of training at full speed is about this).
const LONG_RUN_STEPS: u64 = 1_000_000;

fn session(query: &str) -> Session<f32> {
    let (c, issues) = parse(query);
    assert!(issues.is_empty(), "{issues:?}");
    Session::new(c)
}

fn labels(s: &Session<f32>) -> Vec<String> {
    s.ghost_labels().iter().map(ToString::to_string).collect()
}

fn set(s: &mut Session<f32>, f: impl FnOnce(&mut Config)) -> Change {
    let mut c = s.config().clone();
    f(&mut c);
    s.set_config(c)
}

#[test]
fn a_finished_run_becomes_a_ghost_labelled_by_what_differed() {
    let mut s = session("lr=0.3");
    s.train_epoch();
    set(&mut s, |c| c.learning_rate = 0.03);
    s.reset();
    assert_eq!(labels(&s), ["lr 0.3"]);
    assert_eq!(
        s.ghosts()[0].history.len(),
        2,
        "the starting point and one epoch"
    );
    s.train_epoch();
    assert_eq!(set(&mut s, |c| c.hidden = vec![8]), Change::Rebuild);
    assert_eq!(labels(&s), ["hidden 4,2, lr 0.3", "hidden 4,2"]);
    // A change before the first step belongs to the new run.
    set(&mut s, |c| c.optimizer = OptimizerKind::Adam);
    s.train_epoch();
    set(&mut s, |c| c.optimizer = OptimizerKind::Sgd);
    s.reset();
    assert_eq!(labels(&s), ["hidden 4,2, lr 0.3", "hidden 4,2", "opt adam"]);
    s.reset();
    assert_eq!(s.ghosts().len(), 3, "a run with no epoch leaves no ghost");
    s.train_epoch();
    s.new_weights();
    // Labels compare with the current run, which now uses the second draw of the weights.
    let want = [
        "hidden 4,2, other weights",
        "opt adam, other weights",
        "other weights",
    ];
    assert_eq!(labels(&s), want);
    s.train_epoch();
    s.reset();
    assert_eq!(labels(&s)[2], "same settings");
    assert_eq!(s.ghosts().len(), MAX_GHOSTS);
}

#[test]
fn a_loss_explosion_pauses_training_before_anything_becomes_nan() {
    // Full-batch gradient descent on a linear model at lr 3: each step multiplies the error by
    // about 1 − 3·12 (12 is E[x²] on [−6, 6]), so the second epoch's loss is over 1000 times
    // the first's while every number is still far from f32's range.
    let mut s = session("data=plane&hidden=&act=linear&lr=3&batch=300");
    let done = s.train_steps(1_000);
    let d = s.divergence().expect("the loss explodes").clone();
    assert_eq!(
        (d.kind, d.cause),
        (DivergenceKind::Loss, DivergenceCause::Explosion)
    );
    assert_eq!((done, d.step), (3, 4), "caught at the end of epoch 2");
    assert!(s.network().params().iter().all(|p| p.is_finite()));
    assert!(s.history().samples().iter().all(|h| h.train.is_finite()));
    assert_eq!(d.message_key(), "loss-exploded");
    assert!(!s.step(), "paused");
}

#[test]
fn a_weight_explosion_pauses_training_before_anything_becomes_nan() {
    let mut s = session("data=plane&hidden=&act=linear&lr=0.5");
    s.train_steps(1_000);
    let d = s.divergence().expect("the weights explode").clone();
    assert_eq!(
        (d.kind, d.cause),
        (DivergenceKind::Weights, DivergenceCause::Explosion)
    );
    let largest = s
        .network()
        .params()
        .iter()
        .fold(0.0f32, |m, p| m.max(p.abs()));
    assert!(
        largest.is_finite() && largest as f64 > MAX_WEIGHT,
        "{largest}"
    );
    assert!(d.step < 60, "within the first epoch: {}", d.step);
    let text = d.to_string();
    assert!(text.starts_with(&format!("At step {}: A weight grew past a million", d.step)));
    assert!(!text.contains("NaN") && text.contains("learning rate"));
    s.reset();
    assert!(s.divergence().is_none() && s.ghosts().is_empty());
}

#[test]
fn every_divergence_has_its_own_key_and_words() {
    use DivergenceCause::*;
    use DivergenceKind::*;
    let pairs = [
        (Loss, NotFinite),
        (Loss, Explosion),
        (Loss, Stuck),
        (Weights, NotFinite),
        (Weights, Explosion),
        (Network, Dead),
        (Network, Flat),
    ];
    let mut keys = Vec::new();
    let mut words = Vec::new();
    for (kind, cause) in pairs {
        let d = Divergence {
            step: 7,
            kind,
            cause,
            regularised: false,
        };
        assert!(!d.what_happened().contains("NaN") && !d.what_to_try().is_empty());
        keys.push(d.message_key());
        words.push(d.what_happened());
    }
    keys.sort();
    keys.dedup();
    words.sort();
    words.dedup();
    assert_eq!((keys.len(), words.len()), (7, 7));
}

/// A small custom set (200 points, two classes split by the line x = y) on a network without
/// hidden layers, trained one example per step: the cheapest run that still ends an epoch,
/// records history and checks the weights every 100 steps.
fn tiny_run() -> Session<f32> {
    let points: Vec<Point> = (0..200)
        .map(|i| {
            let (x, y) = ((i % 20) as f64 * 0.5 - 5.0, (i / 20) as f64 - 5.0);
            Point {
                x,
                y,
                label: if x > y { 1.0 } else { 0.0 },
            }
        })
        .collect();
    let (mut c, _) = parse("data=custom&hidden=&batch=1&lr=0.01");
    c.custom = CustomPoints::new(&points).expect("valid");
    assert_eq!(c.dataset, DatasetKind::Custom);
    Session::new(c)
}

#[test]
fn a_million_steps_keep_the_history_and_every_buffer_bounded() {
    let mut s = tiny_run();
    // New weights each time: a reset with the same settings and weights would replace its
    // past run rather than add one.
    for _ in 0..MAX_GHOSTS + 2 {
        s.train_steps(1_000);
        s.new_weights();
    }
    s.train_steps(10_000);
    let early = s.footprint();
    let done = s.train_steps(LONG_RUN_STEPS);
    assert_eq!(done, LONG_RUN_STEPS, "{:?}", s.divergence());
    assert_eq!(s.footprint(), early, "memory stayed flat");
    let h = s.history();
    assert!(
        h.len() <= HISTORY_CAPACITY && h.len() >= HISTORY_CAPACITY / 2,
        "{}",
        h.len()
    );
    assert!(s.ghosts().len() == MAX_GHOSTS);
    let epochs = s.epoch();
    assert_eq!(h.last().map(|l| l.epoch), Some(epochs.floor()));
    assert!(epochs > 5_000.0, "{epochs} epochs");
    assert!(
        s.train_accuracy() > 0.95,
        "and it learned the line: {}",
        s.train_accuracy()
    );
}
