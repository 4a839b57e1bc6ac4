//! The weights seed (`wseed`): new weights on the same data, reproduced by the link; without
//! it the weights come from `seed` exactly as before.

use super::super::*;
use crate::config::parse;

fn session(query: &str) -> Session<f32> {
    let (c, issues) = parse(query);
    assert!(issues.is_empty(), "{query}: {issues:?}");
    Session::new(c)
}

#[test]
fn a_weights_seed_changes_the_weights_and_keeps_the_data() {
    let plain = session("seed=1");
    let other = session("seed=1&wseed=3141592653");
    assert_eq!(other.train_set().points, plain.train_set().points);
    assert_eq!(other.test_set().points, plain.test_set().points);
    assert_ne!(other.network().fingerprint(), plain.network().fingerprint());
    // The weights of wseed w are those seed w would draw: one generator, one stream.
    let by_seed = session("seed=3141592653");
    assert_eq!(other.network().params(), by_seed.network().params());
    assert_ne!(by_seed.train_set().points, plain.train_set().points);
}

#[test]
fn the_link_with_a_weights_seed_reproduces_the_weights_and_the_run() {
    let mut s = session("data=spiral&wseed=12345");
    let again = session(&s.config().to_query());
    assert_eq!(again.network().fingerprint(), s.network().fingerprint());
    let mut again = again;
    s.train_steps(300);
    again.train_steps(300);
    assert_eq!(again.network().fingerprint(), s.network().fingerprint());
}

#[test]
fn without_a_weights_seed_the_link_and_its_weights_are_unchanged() {
    let s = session("seed=7&data=xor");
    assert!(!s.config().to_query().contains("wseed"));
    assert_eq!(s.config().weights_seed, None);
    // A link naming the weights seed equal to the seed draws what the seed alone draws.
    let same = session("seed=7&data=xor&wseed=7");
    assert_eq!(same.network().params(), s.network().params());
    assert!(same.config().to_query().contains("&wseed=7&points="));
}

#[test]
fn a_new_weights_seed_is_a_rebuild_labelled_other_weights() {
    let mut s = session("seed=1");
    s.train_epoch();
    let points = s.train_set().points.clone();
    let mut c = s.config().clone();
    c.weights_seed = Some(99);
    assert_eq!(s.set_config(c), crate::config::Change::Rebuild);
    assert_eq!(s.train_set().points, points);
    let labels: Vec<String> = s.ghost_labels().iter().map(ToString::to_string).collect();
    assert_eq!(labels, ["other weights"]);
}

#[test]
fn a_bad_weights_seed_is_reported_and_ignored() {
    let (c, issues) = parse("wseed=-4&seed=2");
    assert_eq!((c.weights_seed, c.seed), (None, 2));
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].key, "wseed");
}
