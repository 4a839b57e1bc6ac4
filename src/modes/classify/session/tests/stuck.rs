//! Networks that can no longer learn pause like diverged ones, with advice that names only
//! the settings that are on; the default runs never pause.

use super::super::*;
use crate::config::parse;
use crate::modes::classify::data::DatasetKind;

fn session(query: &str) -> Session<f32> {
    let (c, issues) = parse(query);
    assert!(issues.is_empty(), "{query}: {issues:?}");
    Session::new(c)
}

/// Trains up to `steps` updates; returns the divergence's (step, key, advice) if any.
fn run(query: &str, steps: u64) -> Option<(u64, &'static str, &'static str)> {
    let mut s = session(query);
    s.train_steps(steps);
    s.divergence()
        .map(|d| (d.step, d.message_key(), d.what_to_try()))
}

#[test]
fn a_relu_network_silenced_by_a_huge_step_pauses_as_dead() {
    // Within a few updates at lr 10 every ReLU of the first layer is negative at every point:
    // the map is one solid colour at loss 1.08 and, before, training went on forever.
    for query in [
        "lr=10&act=relu",
        "lr=10&act=relu&loss=xent",
        "lr=10&act=relu&data=xor",
        "lr=3&act=relu",
    ] {
        let mut s = session(query);
        s.train_steps(2_000);
        let d = s
            .divergence()
            .unwrap_or_else(|| panic!("{query} never paused"));
        assert_eq!(d.message_key(), "network-dead", "{query}");
        assert_eq!(d.name(), "dead");
        // Caught at the first epoch's end after 200 updates (25 updates an epoch).
        assert_eq!(d.step, 200, "{query}");
        assert!(!d.blew_up());
        assert!(s.network().params().iter().all(|p| p.is_finite()));
    }
    // Adam leaves the ReLUs alive but equal at every point: the same answer everywhere.
    let (step, key, _) = run("lr=10&act=relu&opt=adam", 2_000).expect("paused");
    assert_eq!((step, key), (200, "network-flat"));
    let mut s = session("lr=10&act=relu");
    s.train_steps(300);
    assert!((s.train_loss() - 1.08).abs() < 0.01, "{}", s.train_loss());
}

#[test]
fn a_loss_frozen_above_its_start_pauses_as_stuck() {
    // Saturated tanh units give ±1 whatever the step: the loss stays exactly where it is,
    // worse than the starting weights' 0.489 (tanh) or 0.526 (linear).
    for (query, loss) in [
        ("lr=10", 0.752),
        ("lr=10&act=linear", 1.416),
        ("lr=10&opt=adam", 0.608),
        ("lr=10&loss=xent", 1.498),
    ] {
        let mut s = session(query);
        s.train_steps(2_000);
        let d = s
            .divergence()
            .unwrap_or_else(|| panic!("{query} never paused"));
        assert_eq!(
            (d.message_key(), d.name()),
            ("loss-stuck", "stuck"),
            "{query}"
        );
        assert!(
            d.step >= STUCK_AFTER_STEPS && d.step < 1_000,
            "{query}: {}",
            d.step
        );
        let last = s.history().samples().last().unwrap().train;
        assert!((last - loss).abs() < 0.01, "{query}: {last}");
    }
}

#[test]
fn sigmoid_units_saturated_everywhere_pause_as_flat() {
    let (step, key, _) = run("lr=10&act=sigmoid", 2_000).expect("paused");
    assert_eq!((step, key), (250, "network-flat"));
}

#[test]
fn the_advice_names_the_regularisation_only_when_it_is_on() {
    for (query, names_it) in [
        ("lr=10&act=relu", false),
        ("lr=10&act=relu&reg=l2&regrate=0", false),
        ("lr=10&act=relu&reg=l2&regrate=0.001", true),
        ("lr=10&act=relu&reg=l1&regrate=0.003", true),
    ] {
        let (_, _, advice) = run(query, 1_000).expect(query);
        assert!(advice.contains("learning rate"), "{query}");
        assert_eq!(
            advice.contains("regularisation"),
            names_it,
            "{query}: {advice}"
        );
    }
    let mut s = session("lr=10&act=relu&reg=l2&regrate=0.001");
    s.train_steps(1_000);
    assert_eq!(s.divergence().unwrap().advice_key(), "advice-lr-reg");
    let mut s = session("lr=10&act=relu");
    s.train_steps(1_000);
    assert_eq!(s.divergence().unwrap().advice_key(), "advice-lr");
}

#[test]
fn the_default_run_of_every_dataset_never_pauses() {
    let mut queries: Vec<String> = DatasetKind::ALL
        .iter()
        .map(|d| format!("data={}", d.name()))
        .collect();
    queries.extend(["data=spiral&classes=3", "data=gauss&classes=5"].map(String::from));
    // The smallest step on the whole set at once: the loss creeps down, never frozen above
    // its start.
    queries.push("lr=0.00001&batch=500".into());
    queries.push("lr=0.00001&batch=500&data=plane".into());
    for q in &queries {
        let mut s = session(q);
        let done = s.train_steps(2_000);
        assert_eq!(done, 2_000, "{q}: {:?}", s.divergence());
    }
}

#[test]
fn reset_clears_a_dead_network_and_the_same_run_dies_the_same_way() {
    let mut s = session("lr=10&act=relu");
    s.train_steps(1_000);
    let first = s.divergence().cloned().expect("dead");
    s.reset();
    assert!(s.divergence().is_none());
    s.train_steps(1_000);
    assert_eq!(s.divergence(), Some(&first));
}
