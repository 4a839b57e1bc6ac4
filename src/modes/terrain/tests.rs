//! The terrain generator learns without copying: samples of the prior decoded after a pinned
//! number of training steps are as far from every training terrain as a quarter of the
//! typical distance between two training terrains, and their heights are distributed like the
//! training heights.

use super::*;
use crate::engine::rng::Rng;

/// Training steps of the pinned run.
const STEPS: usize = 3000;
/// Bins of the height histograms.
const BINS: usize = 10;

fn rms(a: &[f32], b: &[f32]) -> f64 {
    let s: f64 = a.iter().zip(b).map(|(x, y)| ((x - y) as f64).powi(2)).sum();
    (s / a.len() as f64).sqrt()
}

fn histogram(heights: &[f32]) -> Vec<f64> {
    let mut h = vec![0.0; BINS];
    for &v in heights {
        h[((v as f64 * BINS as f64) as usize).min(BINS - 1)] += 1.0;
    }
    h.iter().map(|c| c / heights.len() as f64).collect()
}

#[test]
fn samples_are_new_terrains_with_the_training_heights() {
    let start = std::time::Instant::now();
    let mut s = TerrainSession::<f32>::new(1);
    s.train(STEPS);
    let train_ms = start.elapsed().as_secs_f64() * 1000.0;
    let data: Vec<f32> = s.data().to_vec();
    let patches: Vec<&[f32]> = data.chunks(PIXELS).collect();
    let mut pairs: Vec<f64> = Vec::new();
    for i in 0..patches.len() {
        for j in (i + 1)..patches.len() {
            pairs.push(rms(patches[i], patches[j]));
        }
    }
    pairs.sort_by(f64::total_cmp);
    let median = pairs[pairs.len() / 2];
    let mut rng = Rng::new(2024);
    let mut samples = Vec::new();
    let mut nearest_min = f64::INFINITY;
    for _ in 0..20 {
        let t = s.terrain_at(rng.gaussian(), rng.gaussian());
        let nearest = patches.iter().map(|p| rms(&t, p)).fold(f64::INFINITY, f64::min);
        nearest_min = nearest_min.min(nearest);
        samples.extend(t);
    }
    let (a, b) = (histogram(&samples), histogram(&data));
    let tv = 0.5 * a.iter().zip(&b).map(|(x, y)| (x - y).abs()).sum::<f64>();
    let (recon, kl) = s.last_losses();
    eprintln!(
        "terrain VAE: {STEPS} steps in {train_ms:.0} ms; recon {recon:.1} kl {kl:.2}; median pair RMS {median:.4}, \
         nearest sample RMS {nearest_min:.4} (needs ≥ {:.4}); height TV {tv:.4}",
        median / 4.0
    );
    let tv20 = {
        let bins = |v: &[f32]| {
            let mut h = vec![0.0; 20];
            v.iter().for_each(|&x| h[((x * 20.0) as usize).min(19)] += 1.0 / v.len() as f64);
            h
        };
        let (a, b) = (bins(&samples), bins(&data));
        0.5 * a.iter().zip(&b).map(|(x, y)| (x - y).abs()).sum::<f64>()
    };
    eprintln!("tv20 {tv20}\nsamples {a:.3?}\ntraining {b:.3?}");
    assert!(nearest_min >= median / 4.0, "a sample copies a training terrain");
    assert!(tv <= 0.1, "heights distributed unlike the training set: TV {tv}");
}

#[test]
fn training_lowers_the_loss_and_orders_the_latent_space() {
    let mut s = TerrainSession::<f32>::new(3);
    s.train(5);
    let early = s.last_losses().0;
    s.train(400);
    let late = s.last_losses().0;
    assert!(late < 0.9 * early, "reconstruction {early} → {late}");
}

#[test]
fn a_saved_state_reads_back_bit_for_bit() {
    let mut s = TerrainSession::<f32>::new(5);
    s.train(3);
    let (config, _) = crate::config::parse("mode=terrain&seed=5&lx=1.5&water=0.4");
    let text = state::save_terrain(&config, &s);
    let loaded = state::load_terrain::<f32>(&text).expect("loads");
    assert_eq!(loaded.config, config);
    assert_eq!(loaded.session.steps(), 3);
    assert_eq!(loaded.session.vae().decoder.params(), s.vae().decoder.params());
    assert_eq!(loaded.session.vae().encoder.params(), s.vae().encoder.params());
    let cut = text.replacen("\"decoder\":[", "\"decoder\":[1,", 1);
    assert!(state::load_terrain::<f32>(&cut).is_err(), "a wrong weight count is refused");
}

#[test]
fn the_link_carries_the_latent_point_water_and_snow() {
    let (c, issues) = crate::config::parse("mode=terrain&lx=-1.25&ly=2&water=0.3&snow=0.9&turn=90");
    assert!(issues.is_empty());
    assert_eq!((c.terrain.latent, c.terrain.water, c.terrain.snow), ([-1.25, 2.0], 0.3, 0.9));
    assert_eq!(crate::config::parse(&c.to_query()).0, c);
    let (bad, issues) = crate::config::parse("mode=terrain&lx=7&water=deep");
    assert_eq!(bad.terrain.latent[0], 0.0);
    assert_eq!(issues.len(), 2);
}
