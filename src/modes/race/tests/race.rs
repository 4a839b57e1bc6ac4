//! The race against hand-computed first steps and the known behaviour of gradient descent on
//! a quadratic: convergence below 2/λ_max, oscillation then divergence above it, momentum's
//! overshoot; statuses at saddles and local minima; memory bounded over long runs.

use super::super::*;
use crate::engine::optim::{Hyper, OptimizerKind};

/// Hand-computed steps are exact up to rounding and ε (whose effect is below 3e-9 here).
const STEP_TOLERANCE: f64 = 1e-8;
/// How close to the minimum a converged racer must be.
const AT_MINIMUM: f64 = 1e-3;

/// A racer of `kind` with learning rate 0.01, μ = 0.9, β = (0.9, 0.999), RMSprop α = 0.99.
fn racer(kind: OptimizerKind, learning_rate: f64) -> Racer {
    let mut spec = RacerSpec::default_for(Surface::Bowl, kind);
    spec.hyper.learning_rate = learning_rate;
    spec.hyper.momentum = 0.9;
    Racer::new(spec, Surface::Bowl, Surface::Bowl.default_start())
}

fn first_two(kind: OptimizerKind) -> [(f64, f64); 2] {
    let mut r = racer(kind, 0.01);
    r.step(Surface::Bowl);
    let one = r.position();
    r.step(Surface::Bowl);
    [one, r.position()]
}

fn assert_close(got: [(f64, f64); 2], want: [(f64, f64); 2], kind: OptimizerKind) {
    for (g, w) in got.iter().zip(&want) {
        let err = (g.0 - w.0).abs().max((g.1 - w.1).abs());
        assert!(err < STEP_TOLERANCE, "{kind:?}: {got:?} vs {want:?}");
    }
}

// On the bowl f = ½(x² + 10y²) the gradient is (x, 10y). From the start (−3.5, 1.5):
// g0 = (−3.5, 15). Learning rate 0.01 throughout.

#[test]
fn sgd_takes_its_first_two_steps_as_computed_by_hand() {
    // p1 = p0 − 0.01·g0 = (−3.5 + 0.035, 1.5 − 0.15) = (−3.465, 1.35); g1 = (−3.465, 13.5);
    // p2 = (−3.465 + 0.03465, 1.35 − 0.135) = (−3.43035, 1.215).
    let want = [(-3.465, 1.35), (-3.43035, 1.215)];
    assert_close(first_two(OptimizerKind::Sgd), want, OptimizerKind::Sgd);
}

#[test]
fn momentum_takes_its_first_two_steps_as_computed_by_hand() {
    // v1 = g0, p1 = (−3.465, 1.35) as SGD; g1 = (−3.465, 13.5);
    // v2 = 0.9·v1 + g1 = (−3.15 − 3.465, 13.5 + 13.5) = (−6.615, 27);
    // p2 = p1 − 0.01·v2 = (−3.465 + 0.06615, 1.35 − 0.27) = (−3.39885, 1.08).
    let want = [(-3.465, 1.35), (-3.39885, 1.08)];
    assert_close(
        first_two(OptimizerKind::Momentum),
        want,
        OptimizerKind::Momentum,
    );
}

#[test]
fn nesterov_takes_its_first_two_steps_as_computed_by_hand() {
    // v1 = g0; p1 = p0 − 0.01·(g0 + 0.9·v1) = p0 − 0.019·g0 = (−3.4335, 1.215);
    // g1 = (−3.4335, 12.15); v2 = 0.9·v1 + g1 = (−6.5835, 25.65);
    // g1 + 0.9·v2 = (−3.4335 − 5.92515, 12.15 + 23.085) = (−9.35865, 35.235);
    // p2 = p1 − 0.01·that = (−3.4335 + 0.0935865, 1.215 − 0.35235) = (−3.3399135, 0.86265).
    let want = [(-3.4335, 1.215), (-3.3399135, 0.86265)];
    assert_close(
        first_two(OptimizerKind::Nesterov),
        want,
        OptimizerKind::Nesterov,
    );
}

#[test]
fn rmsprop_takes_its_first_two_steps_as_computed_by_hand() {
    // s1 = 0.01·g0² = (0.1225, 2.25), √s1 = (0.35, 1.5): p1 = p0 − 0.01·(−10, 10) = (−3.4, 1.4).
    // g1 = (−3.4, 14); s2 = 0.99·s1 + 0.01·g1² = (0.121275 + 0.1156, 2.2275 + 1.96)
    // = (0.236875, 4.1875); p2 = p1 − 0.01·g1/√s2.
    let p2 = (
        -3.4 + 0.01 * 3.4 / 0.236875f64.sqrt(),
        1.4 - 0.01 * 14.0 / 4.1875f64.sqrt(),
    );
    let want = [(-3.4, 1.4), p2];
    assert_close(
        first_two(OptimizerKind::RmsProp),
        want,
        OptimizerKind::RmsProp,
    );
}

#[test]
fn adam_takes_its_first_two_steps_as_computed_by_hand() {
    // Step 1: m̂ = g0 and v̂ = g0², so the step is 0.01·sign(g0): p1 = (−3.49, 1.49).
    // g1 = (−3.49, 14.9); m2 = 0.09·g0 + 0.1·g1 = (−0.315 − 0.349, 1.35 + 1.49) = (−0.664, 2.84);
    // v2 = 0.000999·g0² + 0.001·g1² = (0.01223775 + 0.0121801, 0.224775 + 0.22201)
    // = (0.02441785, 0.446785); bias corrections 1 − 0.9² = 0.19 and 1 − 0.999² = 0.001999.
    let step = |m: f64, v: f64| 0.01 * (m / 0.19) / (v / 0.001999f64).sqrt();
    let p2 = (
        -3.49 - step(-0.664, 0.02441785),
        1.49 - step(2.84, 0.446785),
    );
    let want = [(-3.49, 1.49), p2];
    assert_close(first_two(OptimizerKind::Adam), want, OptimizerKind::Adam);
}

#[test]
fn every_optimiser_converges_on_the_bowl_with_its_default_rate() {
    let mut race = Race::new(Surface::Bowl);
    race.run(1_000);
    assert!(race.finished());
    for r in race.racers() {
        let (x, y) = r.position();
        assert_eq!(r.status(), Status::Converged, "{:?}", r.spec().kind);
        assert!(x.hypot(y) < AT_MINIMUM, "{:?} at ({x}, {y})", r.spec().kind);
        assert!(
            r.explanation(Surface::Bowl)
                .starts_with("Reached the minimum")
        );
    }
}

/// Statuses of SGD with `learning_rate` on the bowl, step by step, until it stops or 500 steps.
fn sgd_statuses(learning_rate: f64) -> Vec<Status> {
    let mut r = racer(OptimizerKind::Sgd, learning_rate);
    let mut seen = Vec::new();
    while !r.status().is_final() && r.steps() < 500 {
        r.step(Surface::Bowl);
        seen.push(r.status());
    }
    seen
}

#[test]
fn sgd_above_two_over_the_largest_curvature_oscillates_then_diverges() {
    // λ_max = 10, so SGD multiplies y by 1 − 10·lr each step: −1.1 at lr = 0.21 (a growing
    // zigzag), −0.9 at lr = 0.19 (a shrinking one).
    let above = sgd_statuses(0.21);
    let first_swing = above.iter().position(|s| *s == Status::Oscillating);
    assert!(
        first_swing.is_some(),
        "never reported oscillating: {above:?}"
    );
    assert_eq!(above.last(), Some(&Status::Diverged));
    assert!(first_swing.unwrap() < above.len() - 1);
    let below = sgd_statuses(0.19);
    assert_eq!(below.last(), Some(&Status::Converged));
    assert!(!below.contains(&Status::Oscillating), "{below:?}");
}

#[test]
fn a_diverged_racer_says_so_and_stops_moving() {
    let mut r = racer(OptimizerKind::Sgd, 0.5);
    for _ in 0..100 {
        r.step(Surface::Bowl);
    }
    assert_eq!(r.status(), Status::Diverged);
    let (stopped, at) = (r.finished_at(), r.position());
    r.step(Surface::Bowl);
    assert_eq!((r.finished_at(), r.position()), (stopped, at));
    let text = r.explanation(Surface::Bowl);
    assert!(
        text.starts_with("Diverged at step") && text.contains("0.5"),
        "{text}"
    );
}

#[test]
fn momentum_overshoots_the_minimum_where_sgd_with_the_same_rate_does_not() {
    // With lr·λ_max = 0.3 < 1, plain SGD approaches y = 0 from one side; momentum's velocity
    // carries it across, visibly (more than 2 % of the map).
    let lowest_y = |kind| {
        let mut r = racer(kind, 0.03);
        for _ in 0..300 {
            r.step(Surface::Bowl);
        }
        r.trail()
            .points()
            .map(|p| p.1)
            .fold(f64::INFINITY, f64::min)
    };
    let visible = 0.02 * Surface::Bowl.domain().side();
    assert!(lowest_y(OptimizerKind::Sgd) >= 0.0);
    assert!(lowest_y(OptimizerKind::Momentum) < -visible);
}

#[test]
fn gradient_descent_started_on_the_ridge_stops_at_the_saddle() {
    let spec = RacerSpec::default_for(Surface::Saddle, OptimizerKind::Sgd);
    let mut race = Race::with_racers(Surface::Saddle, &[spec]);
    race.set_start(-2.0, 0.0);
    race.run(2_000);
    assert_eq!(race.racers()[0].status(), Status::Saddle);
    // Just off the ridge it escapes to a minimum.
    race.set_start(-2.0, 0.05);
    race.run(2_000);
    assert_eq!(race.racers()[0].status(), Status::Converged);
}

#[test]
fn on_the_bumpy_surface_momentum_rolls_through_where_sgd_stops() {
    let mut race = Race::new(Surface::Bumpy);
    race.run(3_000);
    let status = |kind| {
        let r = race.racers().iter().find(|r| r.spec().kind == kind);
        r.unwrap().status()
    };
    assert_eq!(status(OptimizerKind::Sgd), Status::LocalMinimum);
    assert_eq!(status(OptimizerKind::Momentum), Status::Converged);
    let sgd = &race.racers()[0];
    assert!(sgd.explanation(Surface::Bumpy).contains("local minimum"));
}

#[test]
fn trails_and_histories_stay_bounded_over_an_endless_oscillation() {
    // lr = 2/λ_max exactly: y flips sign with constant size forever, never diverging.
    let mut r = racer(OptimizerKind::Sgd, 0.2);
    for _ in 0..50_000 {
        r.step(Surface::Bowl);
    }
    assert_eq!(r.status(), Status::Oscillating);
    assert_eq!(r.trail().len(), TRAIL_CAPACITY);
    assert!(r.loss_history().len() <= RACER_HISTORY);
}

#[test]
fn a_new_start_restarts_every_racer_from_it() {
    let mut race = Race::new(Surface::Himmelblau);
    race.run(50);
    race.set_start(1.0, 1.0);
    assert_eq!(race.steps(), 0);
    for r in race.racers() {
        assert_eq!(r.position(), (1.0, 1.0));
        assert_eq!(r.trail().len(), 1);
        assert_eq!(r.loss_history().len(), 1);
        assert_eq!(r.status(), Status::Running);
    }
    race.set_start(99.0, f64::NAN);
    assert_eq!(race.start(), (1.0, 1.0), "non-finite input is ignored");
    race.set_start(99.0, -99.0);
    assert_eq!(race.start(), (5.0, -5.0), "clamped onto the map");
}

#[test]
fn changing_a_racers_rate_restarts_the_race_with_the_new_rate() {
    let mut race = Race::new(Surface::Bowl);
    race.run(10);
    let mut spec = *race.racers()[0].spec();
    spec.hyper = Hyper {
        learning_rate: 0.05,
        ..spec.hyper
    };
    assert!(race.set_racer(0, spec));
    assert!(!race.set_racer(9, spec));
    assert_eq!(race.steps(), 0);
    assert_eq!(race.racers()[0].spec().hyper.learning_rate, 0.05);
    assert_eq!(race.racers()[0].optimizer().steps(), 0);
}

/// The default race is the lesson "water flows down a valley faster than a cautious walker":
/// on the default surface with the default rates, momentum reaches the bottom first, in the 28
/// steps of its optimal tuning, Nesterov next, and plain descent only after both (its optimal
/// 64 steps); every racer converges.
#[test]
fn in_the_default_race_momentum_reaches_the_bottom_first_and_plain_descent_after_it() {
    let config = RaceConfig::default();
    let mut race = config.race();
    race.run(3_000);
    let finish = |kind| {
        let racer = race
            .racers()
            .iter()
            .find(|r| r.spec().kind == kind)
            .expect("racer");
        assert_eq!(racer.status(), Status::Converged, "{kind:?}");
        racer.finished_at().expect("finished")
    };
    let [sgd, momentum, nesterov, rmsprop, adam] = OptimizerKind::ALL.map(finish);
    assert_eq!(
        (momentum, sgd),
        (28, 64),
        "Distill's optimal steps on the bowl"
    );
    assert!(
        momentum < nesterov && nesterov < sgd,
        "momentum {momentum}, nesterov {nesterov}, sgd {sgd}"
    );
    assert!(
        momentum < rmsprop.min(adam),
        "rmsprop {rmsprop}, adam {adam}"
    );
}

/// A preview is the race run ahead on a copy: the same paths, positions and finishing steps as
/// the race itself after as many steps, with the race left untouched.
#[test]
fn a_preview_runs_the_race_ahead_on_a_copy_and_stops_once_everyone_has() {
    let mut race = RaceConfig::default().race();
    race.run(3);
    let preview = race.preview(PREVIEW_STEPS);
    assert_eq!(race.steps(), 3, "the race itself is not moved");
    // On the bowl every default racer has finished by Adam's step 212.
    assert!(preview.finished());
    assert_eq!(preview.steps(), 212);
    let mut full = race.clone();
    full.restart();
    full.run(212);
    for (p, f) in preview.racers().iter().zip(full.racers()) {
        assert_eq!(p.position(), f.position(), "{:?}", p.spec().kind);
        assert_eq!(p.finished_at(), f.finished_at());
        assert!(p.trail().points().eq(f.trail().points()));
    }
    let at = |kind| {
        preview
            .racers()
            .iter()
            .find(|r| r.spec().kind == kind)
            .and_then(|r| r.finished_at())
    };
    assert_eq!(
        [
            OptimizerKind::Momentum,
            OptimizerKind::Nesterov,
            OptimizerKind::Sgd
        ]
        .map(at),
        [Some(28), Some(33), Some(64)]
    );
    // A short preview stops at its step count with the racers still on their way.
    let short = race.preview(10);
    assert_eq!(short.steps(), 10);
    assert!(short.racers().iter().all(|r| r.steps() == 10));
}

/// The page's warning banner names a racer that flies off, or oscillates more than
/// `HOVER_GAP` above the lowest value (an adaptive optimiser swinging closer than that is
/// hovering at the bottom, which its legend line tells: `HOVER_GAP` in www/modes/race/view.js).
const HOVER_GAP: f64 = 0.01;

/// Steps by which every default racer but the banana valley's plain descent and RMSprop has
/// finished on every surface (the slowest, Himmelblau's RMSprop, at 2,110).
const OPENING: u64 = 2_200;

/// No surface opens with a warning: at its defaults, no racer flies off or oscillates across a
/// valley at any step of the opening. (On the banana valley RMSprop, at every rate from 0.0002
/// to 0.001, starts zigzagging across the floor later, from step 2,477 at its 0.001.)
#[test]
fn no_surface_at_its_defaults_raises_a_warning_at_any_step() {
    for s in Surface::ALL {
        let mut race = Race::new(s);
        while race.steps() < OPENING && !race.finished() {
            race.step();
            for r in race.racers() {
                let warned = r.status() == Status::Diverged
                    || (r.status() == Status::Oscillating && r.loss() - s.min_value() >= HOVER_GAP);
                assert!(
                    !warned,
                    "{s:?} {:?}: {:?} at step {}, loss {}",
                    r.spec().kind,
                    r.status(),
                    race.steps(),
                    r.loss()
                );
            }
        }
    }
}

/// Choosing a surface (a preset button, or `surface=` in a link) gives every racer the rate and
/// momentum that suit it, whichever surface came before.
#[test]
fn choosing_a_surface_gives_the_settings_of_its_own_defaults() {
    for from in Surface::ALL {
        for to in Surface::ALL {
            let mut config = RaceConfig::for_surface(from);
            config.set_surface(to);
            assert_eq!(config, RaceConfig::for_surface(to), "{from:?} → {to:?}");
        }
    }
}

/// The long bowl's optimal settings are Distill's closed forms at κ = 10: 2/11, 4/(1 + √10)²
/// and ((√10 − 1)/(√10 + 1))²; they satisfy Goh's identity √β = 1 − √(α·λ_min) and scale as
/// 1/λ with the curvatures (β not at all); and at them momentum reaches the bottom in less
/// than half plain descent's steps.
#[test]
fn the_bowls_best_steps_are_distills_closed_forms() {
    let t = Tuning::for_surface(Surface::Bowl).expect("the bowl is a quadratic");
    let r10 = 10f64.sqrt();
    assert!((t.sgd_rate - 2.0 / 11.0).abs() < 1e-15);
    assert!((t.momentum_rate - 4.0 / (1.0 + r10).powi(2)).abs() < 1e-15);
    assert!((t.momentum - ((r10 - 1.0) / (r10 + 1.0)).powi(2)).abs() < 1e-15);
    assert!((t.momentum.sqrt() - (1.0 - (t.momentum_rate * t.lambda_min).sqrt())).abs() < 1e-12);
    let scaled = Tuning::for_curvatures(3.0, 30.0).expect("positive curvatures");
    assert!((scaled.sgd_rate * 3.0 - t.sgd_rate).abs() < 1e-15);
    assert!((scaled.momentum_rate * 3.0 - t.momentum_rate).abs() < 1e-15);
    assert!((scaled.momentum - t.momentum).abs() < 1e-15);
    assert_eq!(t.query(), "sgdlr=0.1818&momlr=0.2309&mommu=0.2699");
    assert_eq!(Tuning::for_surface(Surface::Rosenbrock), None);
    assert_eq!(Tuning::for_curvatures(0.0, 1.0), None);
    assert_eq!(Tuning::for_curvatures(2.0, 1.0), None);
    // The defaults are these, rounded.
    let d = RaceConfig::default();
    assert_eq!(d[OptimizerKind::Sgd].spec.hyper.learning_rate, 0.18);
    assert_eq!(d[OptimizerKind::Momentum].spec.hyper.learning_rate, 0.23);
    assert_eq!(d[OptimizerKind::Momentum].spec.hyper.momentum, 0.27);
    let (mut best, _) = crate::config::parse(&format!("mode=race&{}", t.query()));
    best.race
        .racers
        .iter_mut()
        .for_each(|c| c.on = matches!(c.spec.kind, OptimizerKind::Sgd | OptimizerKind::Momentum));
    let preview = best.race.race().preview(PREVIEW_STEPS);
    let steps: Vec<_> = preview.racers().iter().map(|r| r.finished_at()).collect();
    // Measured: plain descent in 69 steps, momentum in 30 (the rounded defaults: 64 and 28;
    // the optimum is the best worst-case rate, not the best for this one start).
    assert_eq!(steps, [Some(69), Some(30)]);
}

/// What the long bowl's text says of Adam at its default rate (www/modes/race/strings.js): it
/// moves each coordinate by about its learning rate whatever the slope, so it sets off at 45°
/// although the bowl is ten times steeper across; it overshoots the valley floor again and
/// again, circling in; and it arrives last of the five (measured: 212 steps, y changing sign
/// 11 times).
#[test]
fn on_the_bowl_adam_sets_off_at_45_degrees_circles_in_and_arrives_last() {
    let race = Race::new(Surface::Bowl).preview(PREVIEW_STEPS);
    let adam = &race.racers()[4];
    assert_eq!(adam.spec().kind, OptimizerKind::Adam);
    let lr = adam.spec().hyper.learning_rate;
    let path: Vec<(f64, f64)> = adam.trail().points().collect();
    let (x0, y0) = Surface::Bowl.default_start();
    let first = (path[1].0 - x0, path[1].1 - y0);
    assert!(
        (first.0 - lr).abs() < 1e-6 && (first.1 + lr).abs() < 1e-6,
        "{first:?}"
    );
    let longest = path
        .windows(2)
        .map(|w| (w[1].0 - w[0].0).hypot(w[1].1 - w[0].1))
        .fold(0.0, f64::max);
    assert!(
        longest <= lr * 2f64.sqrt() * 1.001,
        "longest step {longest}"
    );
    let crossings = path.windows(2).filter(|w| w[0].1 * w[1].1 < 0.0).count();
    assert!(crossings >= 5, "y changed sign {crossings} times");
    let last = race
        .racers()
        .iter()
        .map(|r| r.finished_at())
        .max()
        .flatten();
    assert_eq!(adam.finished_at(), last);
    assert_eq!(adam.finished_at(), Some(212));
}
