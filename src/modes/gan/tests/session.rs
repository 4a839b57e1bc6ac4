//! The run around a GAN as the page drives it: step modes, the explained step, records and
//! their bounds, live and rebuilding changes, diagnosis of a generator too weak for its target,
//! drawn targets.

use super::super::*;

/// Units after which the default run from far away must have come clearly closer.
const LEARNING_UNITS: u64 = 1_500;
/// How much closer (nearest-real distance, as a share of the start's).
const CLOSER: f64 = 0.5;

fn fingerprints(s: &GanSession<f32>) -> (u64, u64) {
    (
        s.gan().generator().fingerprint(),
        s.gan().discriminator().fingerprint(),
    )
}

#[test]
fn discriminator_only_steps_leave_the_generator_alone_and_vice_versa() {
    let mut s = GanSession::<f32>::new(GanConfig::default());
    let (g0, d0) = fingerprints(&s);
    s.train(StepMode::DiscriminatorOnly, 5);
    let (g1, d1) = fingerprints(&s);
    assert_eq!(g1, g0);
    assert_ne!(d1, d0);
    assert_eq!((s.d_steps(), s.g_steps()), (5, 0));
    s.train(StepMode::GeneratorOnly, 3);
    let (g2, d2) = fingerprints(&s);
    assert_ne!(g2, g1);
    assert_eq!(d2, d1);
    assert_eq!((s.d_steps(), s.g_steps(), s.units()), (5, 3, 8));
}

#[test]
fn both_counts_k_d_and_k_g_steps_per_iteration() {
    let config = GanConfig {
        k_d: 3,
        k_g: 2,
        ..GanConfig::default()
    };
    let mut s = GanSession::<f32>::new(config);
    s.train(StepMode::Both, 4);
    assert_eq!((s.d_steps(), s.g_steps(), s.units()), (12, 8, 4));
}

#[test]
fn the_explained_step_goes_through_its_four_phases_then_counts_one_iteration() {
    let mut s = GanSession::<f32>::new(GanConfig::default());
    let (g0, d0) = fingerprints(&s);
    assert_eq!(s.explain(), Some(Phase::Generate));
    assert_eq!(fingerprints(&s), (g0, d0), "generating changes no weight");
    assert_eq!(s.explain(), Some(Phase::Judge));
    let step = s.explained().expect("in progress");
    assert_eq!(step.fake_p.len(), step.fake.len() / 2);
    assert!(step.fake_p.iter().all(|p| (0.0..=1.0).contains(p)));
    assert_eq!(fingerprints(&s), (g0, d0), "judging changes no weight");
    assert_eq!(s.explain(), Some(Phase::UpdateD));
    let (g1, d1) = fingerprints(&s);
    assert_eq!(g1, g0);
    assert_ne!(d1, d0);
    assert_eq!(s.explain(), Some(Phase::UpdateG));
    let (g2, d2) = fingerprints(&s);
    assert_ne!(g2, g1);
    assert_eq!(d2, d1);
    assert_eq!(s.explained().map(|e| e.moved.len()), Some(2 * 64));
    assert_eq!(s.explain(), None);
    assert_eq!((s.units(), s.d_steps(), s.g_steps()), (1, 1, 1));
}

#[test]
fn training_abandons_an_explained_step_in_progress() {
    let mut s = GanSession::<f32>::new(GanConfig::default());
    s.explain();
    s.train(StepMode::Both, 1);
    assert!(s.explained().is_none());
    assert_eq!(s.explain(), Some(Phase::Generate));
}

#[test]
fn records_come_every_few_units_and_stay_bounded() {
    let mut s = GanSession::<f32>::new(GanConfig {
        g_hidden: vec![4],
        d_hidden: vec![4],
        batch: 4,
        ..GanConfig::default()
    });
    assert_eq!(s.distances().len(), 1, "the start is recorded");
    s.train(StepMode::Both, 3 * RECORD_EVERY);
    assert_eq!(s.losses().len(), 3);
    assert_eq!(s.distances().len(), 4);
    let last = s.losses().last().expect("a record");
    assert_eq!(last.epoch, (3 * RECORD_EVERY) as f64);
    assert!(last.train.is_finite() && last.test.is_finite());
    s.train(StepMode::Both, 20_000);
    assert!(s.losses().len() <= s.losses().capacity());
    assert!(s.distances().len() <= s.distances().capacity());
}

#[test]
fn a_rate_change_is_live_and_a_layer_change_rebuilds() {
    let mut s = GanSession::<f32>::new(GanConfig::default());
    s.train(StepMode::Both, 20);
    let live = GanConfig {
        g_learning_rate: 0.01,
        k_d: 2,
        arrows: true,
        ..s.config().clone()
    };
    assert_eq!(s.set_config(live), GanChange::Live);
    assert_eq!(s.units(), 20);
    let rebuilt = GanConfig {
        g_hidden: vec![8],
        ..s.config().clone()
    };
    assert_eq!(s.set_config(rebuilt), GanChange::Rebuild);
    assert_eq!(s.units(), 0);
    assert_eq!(s.gan().generator().sizes(), &[2, 8, 2]);
}

#[test]
fn the_default_run_from_far_away_brings_its_samples_near_the_real_ones() {
    let mut s = GanSession::<f32>::new(GanConfig::default());
    let start = s.nearest_distance();
    s.train(StepMode::Both, LEARNING_UNITS);
    let end = s.nearest_distance();
    assert!(end < CLOSER * start, "{start} -> {end}");
}

#[test]
fn a_linear_generator_of_one_dimensional_noise_is_diagnosed_on_the_ring() {
    // G(z) = a·z + b can only draw a segment: at best it crosses two of the eight modes.
    let mut s = GanSession::<f32>::new(GanConfig {
        noise_dim: 1,
        g_hidden: vec![],
        ..GanConfig::default()
    });
    let mut seen = None;
    for _ in 0..300 {
        s.train(StepMode::Both, RECORD_EVERY);
        if let Some(d) = s.diagnosis() {
            seen = Some(d);
            break;
        }
    }
    assert!(
        matches!(
            seen,
            Some(Diagnosis::ModeCollapse { .. } | Diagnosis::PointCollapse)
        ),
        "{seen:?} after {} units",
        s.units()
    );
}

#[test]
fn a_drawn_target_is_sampled_along_the_drawing() {
    let stroke: Vec<f64> = (0..200)
        .flat_map(|k| [-3.0 + k as f64 * 0.03, 1.0])
        .collect();
    let config = GanConfig {
        target: Target::Drawn,
        drawn: drawn::thin(&stroke),
        ..GanConfig::default()
    };
    let s = GanSession::<f32>::new(config);
    for p in s.gan().display_real().chunks_exact(2) {
        assert!((-3.5..=3.5).contains(&p[0]), "{p:?}");
        assert!((p[1] - 1.0).abs() < 6.0 * drawn::DRAWN_JITTER, "{p:?}");
    }
}
