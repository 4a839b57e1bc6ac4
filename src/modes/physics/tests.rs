//! The learned simulator: the pendulum, the default training against the linear
//! extrapolation baseline, the keys and the saved state.

use super::*;
use crate::config::{self, Config, Mode};
use crate::engine::rng::Rng;

#[test]
fn the_reference_simulator_keeps_energy_without_damping_and_loses_it_with() {
    let free = Pendulum { damping: 0.0 };
    let damped = Pendulum { damping: 0.1 };
    let start = Pendulum::lift([2.0, 0.0]);
    let (mut a, mut b) = (start, start);
    for _ in 0..200 {
        a = free.advance(a, SUBSTEPS);
        b = damped.advance(b, SUBSTEPS);
    }
    // Only the rod's internal damping takes energy from the free swing, and the slow motion
    // hardly moves the rod.
    let e0 = Pendulum::energy(start);
    assert!(
        (Pendulum::energy(a) - e0).abs() < 1e-5,
        "{} vs {e0}",
        Pendulum::energy(a)
    );
    assert!(Pendulum::energy(b) < 0.2 * e0, "{}", Pendulum::energy(b));
    // The rod stays within a few millionths of its rest length.
    assert!(a[2].abs() < 1e-5 && b[2].abs() < 1e-5, "{a:?} {b:?}");
    // Twice the reference's sub-steps change the step by less than 10⁻⁹.
    let s = [2.0, 0.0];
    let fine = project(damped.advance(Pendulum::lift(s), 2 * SUBSTEPS));
    let err = distance(damped.step(s), fine);
    assert!(err < 1e-9, "{err}");
}

/// The sub-step count is forced by the rod, not picked: the stability limit of explicit RK4
/// (h·λ inside its region, λ the rod's eigenvalue) lies at [`MIN_STABLE_SUBSTEPS`], and below
/// it the simulation blows up within a few steps although the swing itself is slow and smooth;
/// at the limit it is already far more accurate than the network's step will be.
#[test]
fn explicit_rk4_blows_up_with_fewer_sub_steps_than_the_rod_allows() {
    let limit = (1..1000).find(|&n| rk4_stable(DT / n as f64)).unwrap();
    assert_eq!(limit, MIN_STABLE_SUBSTEPS);
    // The limit is the rod's: about DT·√k / 2.8, hundreds of times shorter than the swing.
    let estimate = DT * STIFFNESS.sqrt() / 2.83;
    assert!(
        (limit as f64 - estimate).abs() < 0.1 * estimate,
        "{limit} vs {estimate}"
    );
    assert!((MIN_STABLE_SUBSTEPS..=SUBSTEPS).all(|n| rk4_stable(DT / n as f64)));
    let p = Pendulum { damping: 0.1 };
    let start = [1.0, 0.5];
    let run = |n: usize, steps: usize| {
        let mut reference = Pendulum::lift(start);
        let mut s = reference;
        let mut worst: f64 = 0.0;
        for _ in 0..steps {
            reference = p.advance(reference, SUBSTEPS);
            s = p.advance(s, n);
            let d = distance(project(s), project(reference));
            worst = if d.is_finite() {
                worst.max(d)
            } else {
                f64::INFINITY
            };
        }
        worst
    };
    for n in [1, 10, MIN_STABLE_SUBSTEPS / 2, MIN_STABLE_SUBSTEPS - 5] {
        let err = run(n, 20);
        println!("{n} sub-steps: worst error over 20 steps {err:.2e}");
        assert!(err > 1.0, "{n} sub-steps: {err}");
    }
    let err = run(MIN_STABLE_SUBSTEPS, 20);
    println!("{MIN_STABLE_SUBSTEPS} sub-steps: worst error over 20 steps {err:.2e}");
    assert!(err < 1e-6, "{err}");
}

/// Given the floating-point operations of one network step (a sine, a cosine or a tanh
/// counted as one), the simulator affords a handful of sub-steps, far too few for the rod:
/// the learned step is closer to the truth than the simulator with the same budget.
#[test]
fn with_the_networks_flop_budget_the_simulator_is_further_from_the_truth() {
    let mut learner = Learner::<f32>::new(Config::default().physics_config());
    learner.train(500);
    let budget = learner.substeps_in_network_budget();
    let (net, sim) = (learner.one_step_error(), learner.simulator_error(budget));
    println!(
        "network {} flops, error {net:.2e}; simulator in {budget} sub-steps of {SUBSTEP_FLOPS} \
         flops, error {sim:.2e}",
        learner.network_flops()
    );
    assert!(budget < MIN_STABLE_SUBSTEPS, "{budget}");
    assert!(sim > 100.0 * net, "network {net}, simulator {sim}");
    // At equal accuracy the simulator needs at least the stability limit.
    let n = learner.equal_accuracy_substeps();
    assert!((MIN_STABLE_SUBSTEPS..=SUBSTEPS).contains(&n), "{n}");
    assert!(learner.simulator_error(n) <= net);
    assert!(n * SUBSTEP_FLOPS > 3 * learner.network_flops(), "{n}");
}

#[test]
fn wrap_keeps_angles_in_the_half_open_circle() {
    assert!((wrap(3.0 * core::f64::consts::PI) - core::f64::consts::PI).abs() < 1e-12);
    assert!((wrap(-0.5) + 0.5).abs() < 1e-12);
    assert!((distance([3.1, 0.0], [-3.1, 0.0]) - (2.0 * core::f64::consts::PI - 6.2)).abs() < 1e-9);
}

/// The default training (pinned in steps) beats the linear extrapolation on 200-step
/// rollouts from each of 10 starts.
#[test]
fn the_trained_network_rolls_out_closer_than_linear_extrapolation() {
    let mut learner = Learner::<f32>::new(Config::default().physics_config());
    let before = learner.one_step_error();
    learner.train(DEFAULT_TRAINING_STEPS);
    let after = learner.one_step_error();
    println!(
        "one-step error: {before:.4} untrained, {after:.4} after {DEFAULT_TRAINING_STEPS} steps"
    );
    assert!(after < before / 5.0, "{before} → {after}");
    let mut rng = Rng::new(2024);
    let (mut net_total, mut base_total) = (0.0, 0.0);
    for k in 0..10 {
        let start = [rng.range(-2.5, 2.5), rng.range(-1.5, 1.5)];
        let r = learner.rollout(start, 200);
        assert_eq!(r.truth.len(), 201);
        let (net, base) = (r.mean_network_error(), r.mean_baseline_error());
        let (net_end, base_end) = (r.network_error[200], r.baseline_error[200]);
        println!(
            "start {k} ({:.2}, {:.2}): mean error network {net:.4}, baseline {base:.4}; \
             at step 200 network {net_end:.4}, baseline {base_end:.4}",
            start[0], start[1]
        );
        assert!(
            net < base,
            "start {start:?}: network {net} ≥ baseline {base}"
        );
        net_total += net;
        base_total += base;
    }
    println!(
        "mean over 10 starts: network {:.4}, baseline {:.4}",
        net_total / 10.0,
        base_total / 10.0
    );
    let n = learner.equal_accuracy_substeps();
    println!(
        "equal accuracy: {n} RK4 sub-step(s) (error {:.2e}) vs network {after:.2e}",
        learner.simulator_error(n)
    );
    assert!((MIN_STABLE_SUBSTEPS..=SUBSTEPS).contains(&n), "{n}");
}

#[test]
fn the_same_seed_trains_the_same_network_and_reset_goes_back() {
    let mut a = Learner::<f32>::new(Config::default().physics_config());
    let mut b = a.clone();
    let initial = a.network().fingerprint();
    a.train(50);
    b.train(50);
    assert_eq!(a.network().fingerprint(), b.network().fingerprint());
    assert_ne!(a.network().fingerprint(), initial);
    assert_eq!(a.steps(), 50);
    assert!(!a.loss_history().is_empty());
    a.reset();
    assert_eq!(a.network().fingerprint(), initial);
    assert_eq!(a.pairs(), TRAJECTORIES * TRAJECTORY_STEPS);
}

#[test]
fn a_config_change_rebuilds_only_what_it_must() {
    let base = Config::default().physics_config();
    let mut learner = Learner::<f32>::new(base.clone());
    learner.train(20);
    let trained = learner.network().fingerprint();
    let live = PhysicsConfig {
        learning_rate: 0.01,
        start: (1.0, 1.0),
        ..base.clone()
    };
    assert!(!learner.set_config(live.clone()));
    assert_eq!(learner.network().fingerprint(), trained);
    assert!(learner.set_config(PhysicsConfig {
        hidden: vec![8],
        ..live.clone()
    }));
    assert_eq!(learner.steps(), 0);
    assert!(learner.set_config(PhysicsConfig {
        damping: 0.3,
        ..live
    }));
    assert_eq!(learner.pendulum().damping, 0.3);
}

#[test]
fn the_keys_round_trip_and_refuse_bad_values_with_a_message() {
    let (c, issues) =
        config::parse("mode=physics&simstart=1.5,-2&simdamping=0.2&simhidden=16&simrollout=300");
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(c.mode, Mode::Physics);
    assert_eq!(c.physics.start, (1.5, -2.0));
    assert_eq!((c.physics.damping, c.physics.rollout), (0.2, 300));
    assert_eq!(c.physics.hidden, vec![16]);
    let q = c.to_query();
    assert!(
        q.contains("simstart=1.5,-2") && q.contains("simopt=adam"),
        "{q}"
    );
    assert_eq!(config::parse(&q), (c, vec![]));
    let (c, issues) = config::parse("mode=physics&simstart=9,0&simdamping=-1");
    assert_eq!(c.physics.start, DEFAULT_START);
    assert_eq!(c.physics.damping, 0.1);
    let text: Vec<String> = issues.iter().map(|i| i.to_string()).collect();
    assert_eq!(text.len(), 2, "{text:?}");
    assert!(
        text[0].contains("simstart") && text[0].contains("between -3 and 3"),
        "{text:?}"
    );
    // A classifier link carries no physics key.
    assert!(!Config::default().to_query().contains("simstart"));
}

#[test]
fn a_saved_state_brings_back_the_weights_and_a_bad_one_changes_nothing() {
    let (config, _) = config::parse("mode=physics&seed=3&simhidden=8");
    let mut learner = Learner::<f32>::new(config.physics_config());
    learner.train(30);
    let text = state::save_physics(&config, &learner);
    let loaded = state::load_physics::<f32>(&text).unwrap();
    assert_eq!(loaded.config, config);
    assert_eq!(
        loaded.learner.network().fingerprint(),
        learner.network().fingerprint()
    );
    assert!(crate::state::check(&text).is_ok());
    let short = text.replacen("\"weights\":[", "\"weights\":[1,", 1);
    assert!(state::load_physics::<f32>(&short).is_err());
}

#[test]
fn the_picture_shows_both_paths_in_their_colours() {
    let mut learner = Learner::<f32>::new(Config::default().physics_config());
    let rollout = learner.rollout([2.0, 0.0], 60);
    let mut r = crate::drawing::raster::Raster::new(300, 240);
    let area = draw_phase(
        &mut r,
        &Scene {
            rollout: &rollout,
            shown: 60,
            scale: 1.0,
        },
    );
    let count = |c: [u8; 4]| r.rgba.chunks(4).filter(|p| p[..3] == c[..3]).count();
    assert!(count(TRUTH) > 50, "{}", count(TRUTH));
    assert!(count(NETWORK) > 50, "{}", count(NETWORK));
    let s = area.state_at(150.0, 120.0).unwrap();
    assert!(s[0].abs() < 0.05 && s[1].abs() < 0.05, "{s:?}");
    // The separatrix starts on the left edge: −π is not wrapped to π.
    let (left, right) = (
        area.pixel([-core::f64::consts::PI, 0.0]),
        area.pixel([core::f64::consts::PI, 0.0]),
    );
    assert!(left.0 < 10.0 && right.0 > 290.0, "{left:?} {right:?}");
    let (x, y) = area.pixel([1.0, -1.0]);
    let back = area.state_at(x, y).unwrap();
    assert!((back[0] - 1.0).abs() < 1e-9 && (back[1] + 1.0).abs() < 1e-9);
}

/// The costs natively, in wall time (no threshold: a printout for the README and the page's
/// numbers). `cargo test --release --lib modes::physics::tests::costs -- --ignored --nocapture`
#[test]
#[ignore]
fn costs() {
    use std::time::Instant;
    let mut learner = Learner::<f32>::new(Config::default().physics_config());
    learner.train(DEFAULT_TRAINING_STEPS);
    let n = learner.equal_accuracy_substeps();
    let start = [2.0, 0.0];
    let time = |f: &mut dyn FnMut(usize) -> State| {
        let mut count = 64;
        loop {
            let t0 = Instant::now();
            let s = f(count);
            let ns = t0.elapsed().as_nanos() as f64;
            std::hint::black_box(s);
            if ns > 50e6 {
                return ns / count as f64;
            }
            count *= 4;
        }
    };
    let net = time(&mut |c| learner.clone().time_network(start, c));
    let sim = time(&mut |c| learner.time_simulator(start, c, n));
    let reference = time(&mut |c| learner.time_simulator(start, c, SUBSTEPS));
    let sub = time(&mut |c| learner.time_simulator(start, c, 1));
    println!(
        "network {net:.0} ns/step; simulator at equal accuracy ({n} sub-steps) {sim:.0} ns/step \
         (ratio {:.2}); reference ({SUBSTEPS}) {reference:.0} ns (ratio {:.2}); one sub-step {sub:.0} ns; \
         one-step errors network {:.2e}, simulator {:.2e}; flops network {}, sub-step {SUBSTEP_FLOPS}",
        sim / net,
        reference / net,
        learner.one_step_error(),
        learner.simulator_error(n),
        learner.network_flops()
    );
}
