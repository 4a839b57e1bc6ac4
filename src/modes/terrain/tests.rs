//! The terrain generator learns without copying: after a pinned number of training steps,
//! eight draws of 20 terrains sampled from the model (a code from the prior, heights from the
//! decoder's Gaussian) are judged. Every sample of every draw is as far from every training
//! terrain as a quarter of the median distance between two training terrains; the heights of
//! all the samples together are distributed like the training heights (total variation ≤ 0.1
//! over ten bins of 0.1); and each draw's heights are as near the training ones as those of
//! 20 training terrains picked at random are 19 times in 20. (Twenty terrains are few: 20
//! training terrains themselves are further than 0.1 from the whole set's heights about one
//! time in five, so "≤ 0.1 for every draw of 20" would fail the training set itself.)

use super::*;
use crate::engine::rng::Rng;

/// Training steps of the pinned run.
const STEPS: usize = 6000;
/// Bins of the height histograms (0.1 wide).
const BINS: usize = 10;
/// Samples judged in a draw.
const SAMPLES: usize = 20;
/// Draws judged.
const DRAWS: u64 = 8;

fn rms(a: &[f32], b: &[f32]) -> f64 {
    let s: f64 = a.iter().zip(b).map(|(x, y)| ((x - y) as f64).powi(2)).sum();
    (s / a.len() as f64).sqrt()
}

fn histogram(heights: &[f32]) -> Vec<f64> {
    let mut h = [0.0; BINS];
    for &v in heights {
        h[((v as f64 * BINS as f64) as usize).min(BINS - 1)] += 1.0;
    }
    h.iter().map(|c| c / heights.len() as f64).collect()
}

/// Total variation between the histograms of two sets of heights.
fn tv(a: &[f32], b: &[f32]) -> f64 {
    let (a, b) = (histogram(a), histogram(b));
    0.5 * a.iter().zip(&b).map(|(x, y)| (x - y).abs()).sum::<f64>()
}

/// The heights of [`SAMPLES`] samples drawn with `seed`, and the smallest distance of one of
/// them to its nearest training terrain.
fn draw(s: &mut TerrainSession<f32>, patches: &[&[f32]], seed: u64) -> (Vec<f32>, f64) {
    let mut rng = Rng::new(seed);
    let (mut all, mut nearest) = (Vec::new(), f64::INFINITY);
    for _ in 0..SAMPLES {
        let t = s.sample(&mut rng);
        nearest = nearest.min(
            patches
                .iter()
                .map(|p| rms(&t, p))
                .fold(f64::INFINITY, f64::min),
        );
        all.extend(t);
    }
    (all, nearest)
}

#[test]
fn samples_are_new_terrains_with_the_training_heights() {
    let mut s = TerrainSession::<f32>::new(1);
    s.train(STEPS);
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
    // How far 20 training terrains picked at random are from the whole set: the 95th
    // percentile of 200 picks.
    let mut rng = Rng::new(7);
    let mut real: Vec<f64> = (0..200)
        .map(|_| {
            let picked: Vec<f32> = (0..SAMPLES)
                .flat_map(|_| patches[rng.below(patches.len())].iter().copied())
                .collect();
            tv(&picked, &data)
        })
        .collect();
    real.sort_by(f64::total_cmp);
    let real_95 = real[189];
    let mut pooled = Vec::new();
    let mut report = Vec::new();
    for seed in 0..DRAWS {
        let (heights, nearest) = draw(&mut s, &patches, seed);
        let d = tv(&heights, &data);
        report.push(format!("{:.2}/{d:.3}", nearest / median));
        assert!(
            nearest >= median / 4.0,
            "draw {seed}: a sample copies a training terrain ({nearest:.4} < {:.4})",
            median / 4.0
        );
        assert!(
            d <= real_95,
            "draw {seed}: heights distributed unlike the training set: TV {d:.3} > {real_95:.3}"
        );
        pooled.extend(heights);
    }
    let all = tv(&pooled, &data);
    let (recon, kl) = s.last_losses();
    eprintln!(
        "terrain VAE after {STEPS} steps: recon {recon:.1}, KL {kl:.2}; median pair RMS {median:.4}; \
         draws (nearest / median pair, height TV): {}; TV of the {} samples {all:.3}; \
         20 training terrains: median TV {:.3}, 95th percentile {real_95:.3}",
        report.join(" "),
        pooled.len() / PIXELS,
        real[100]
    );
    assert!(
        all <= 0.1,
        "heights distributed unlike the training set: TV {all}"
    );
}

#[test]
fn training_lowers_the_loss_and_spreads_the_codes() {
    let mut s = TerrainSession::<f32>::new(3);
    s.train(5);
    let early = s.last_losses().0;
    s.train(400);
    let late = s.last_losses().0;
    assert!(late < 0.5 * early, "reconstruction {early} → {late}");
    // The three landforms' mean codes end up apart.
    let codes = s.training_codes();
    let mean = |form: usize| {
        let picked: Vec<&[f64]> = codes.chunks(LATENT).skip(form).step_by(3).collect();
        let n = picked.len() as f64;
        (
            picked.iter().map(|c| c[0]).sum::<f64>() / n,
            picked.iter().map(|c| c[1]).sum::<f64>() / n,
        )
    };
    let (a, b, c) = (mean(0), mean(1), mean(2));
    let gap = |p: (f64, f64), q: (f64, f64)| (p.0 - q.0).hypot(p.1 - q.1);
    assert!(
        gap(a, b).min(gap(b, c)).min(gap(a, c)) > 0.3,
        "landforms {a:?} {b:?} {c:?}"
    );
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
    assert_eq!(
        loaded.session.vae().decoder.params(),
        s.vae().decoder.params()
    );
    assert_eq!(
        loaded.session.vae().encoder.params(),
        s.vae().encoder.params()
    );
    let cut = text.replacen("\"decoder\":[", "\"decoder\":[1,", 1);
    assert!(
        state::load_terrain::<f32>(&cut).is_err(),
        "a wrong weight count is refused"
    );
}

#[test]
fn the_link_carries_the_latent_point_water_and_snow() {
    let (c, issues) = crate::config::parse("mode=terrain&lx=-1.25&ly=2&water=0.3&snow=0.9&turn=90");
    assert!(issues.is_empty());
    assert_eq!(
        (c.terrain.latent, c.terrain.water, c.terrain.snow),
        ([-1.25, 2.0], 0.3, 0.9)
    );
    assert_eq!(crate::config::parse(&c.to_query()).0, c);
    let (bad, issues) = crate::config::parse("mode=terrain&lx=7&water=deep");
    assert_eq!(bad.terrain.latent[0], 0.0);
    assert_eq!(issues.len(), 2);
}

#[test]
fn the_relief_is_drawn_in_perspective_and_changes_with_the_water() {
    use crate::drawing::raster::Raster;
    use crate::drawing::relief3d::{ReliefView, SKY, draw_relief};
    let (data, _) = training_set(7);
    let island = &data[..PIXELS];
    let mut dry = Raster::new(160, 120);
    let mut wet = Raster::new(160, 120);
    draw_relief(
        island,
        PATCH,
        32,
        &ReliefView {
            water: 0.05,
            ..ReliefView::default()
        },
        &mut dry,
    );
    draw_relief(
        island,
        PATCH,
        32,
        &ReliefView {
            water: 0.6,
            ..ReliefView::default()
        },
        &mut wet,
    );
    let ground = |r: &Raster| r.rgba.chunks(4).filter(|p| p[..3] != SKY[..3]).count();
    let bluish = |r: &Raster| {
        r.rgba
            .chunks(4)
            .filter(|p| p[2] as i32 > p[1] as i32 + 30 && p[..3] != SKY[..3])
            .count()
    };
    // The terrain covers a good part of the picture, narrower at the back than at the front.
    assert!(
        ground(&dry) > 160 * 120 / 4,
        "terrain covers {} pixels",
        ground(&dry)
    );
    let row_width = |r: &Raster, y: usize| {
        r.rgba[y * 640..(y + 1) * 640]
            .chunks(4)
            .filter(|p| p[..3] != SKY[..3])
            .count()
    };
    let rows: Vec<usize> = (0..120).filter(|&y| row_width(&dry, y) > 0).collect();
    let (top, bottom) = (rows[0], rows[rows.len() - 1]);
    assert!(
        top > 5 && bottom < 115,
        "the relief sits inside the picture: rows {top}..{bottom}"
    );
    assert!(
        bluish(&wet) > 3 * bluish(&dry).max(1),
        "raising the water floods the island"
    );
}
