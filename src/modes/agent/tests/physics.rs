use crate::engine::rng::Rng;
use crate::modes::agent::cartpole::*;
use crate::modes::agent::{Agent, AgentConfig, PUSH_STEPS};

/// The angular acceleration of a pole at rest on a free cart, from the equations written out
/// independently (Florian 2007, eq. 23 with μ = 0): θ̈ = g sinθ / (l (4/3 − m cos²θ / M)).
fn free_angular_acceleration(theta: f64) -> f64 {
    let (m, total, l) = (0.1, 1.1, HALF_LENGTH);
    9.8 * theta.sin() / (l * (4.0 / 3.0 - m * theta.cos().powi(2) / total))
}

#[test]
fn a_leaning_pole_on_a_free_cart_falls_with_the_textbook_acceleration() {
    let mut s = CartPole {
        theta: 0.1,
        ..CartPole::default()
    };
    s.step(0.0);
    let expected = free_angular_acceleration(0.1) * DT;
    assert!(
        (s.theta_dot - expected).abs() < 1e-12,
        "{} vs {expected}",
        s.theta_dot
    );
    // Semi-implicit: the angle moves by the new velocity; the cart recoils to the left.
    assert!((s.theta - (0.1 + DT * expected)).abs() < 1e-12);
    assert!(s.x_dot < 0.0);
    let mut steps = 0;
    while s.ending() == Ending::Running {
        s.step(0.0);
        steps += 1;
    }
    assert_eq!(s.ending(), Ending::Fell);
    assert!(
        s.theta > MAX_ANGLE && steps < 50,
        "fell right within a second"
    );
}

#[test]
fn pushing_right_sends_the_cart_right_and_tips_the_pole_left() {
    let mut s = CartPole::default();
    for _ in 0..10 {
        s.step(FORCE);
    }
    assert!(s.x > 0.0 && s.x_dot > 0.0 && s.theta < 0.0);
    let mut far = CartPole {
        x: TRACK_HALF - 0.001,
        x_dot: 1.0,
        ..CartPole::default()
    };
    far.step(0.0);
    assert_eq!(far.ending(), Ending::OffTrack);
}

#[test]
fn start_states_stay_within_the_spread_and_follow_the_seed() {
    let (mut a, mut b) = (Rng::new(3), Rng::new(3));
    for _ in 0..100 {
        let s = CartPole::start(&mut a);
        assert_eq!(s, CartPole::start(&mut b));
        for v in [s.x, s.x_dot, s.theta, s.theta_dot] {
            assert!(v.abs() <= 0.05);
        }
    }
}

#[test]
fn a_students_push_moves_the_watched_cart_its_way_for_its_duration() {
    let mut pushed = Agent::new(AgentConfig::default());
    let mut calm = pushed.clone();
    pushed.push(-1.0);
    assert_eq!(pushed.scene().push, -crate::modes::agent::PUSH_FORCE);
    pushed.watch(PUSH_STEPS as usize);
    calm.watch(PUSH_STEPS as usize);
    assert_eq!(pushed.scene().push, 0.0, "the push is over after its steps");
    let (p, c) = (pushed.scene().state, calm.scene().state);
    assert!(
        p.x_dot < c.x_dot - 0.5,
        "pushed left: {} vs {}",
        p.x_dot,
        c.x_dot
    );
    assert!(p.theta > c.theta, "the pole tips the other way");
}
