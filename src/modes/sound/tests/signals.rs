//! The target sounds, the spectrogram and what reaches the loudspeaker.

use crate::modes::sound::spectrogram::{HOP, WINDOW};
use crate::modes::sound::*;
use core::f64::consts::PI;

fn sine(hz: f64, amplitude: f64) -> Vec<f64> {
    (0..SAMPLES)
        .map(|i| amplitude * (2.0 * PI * hz * i as f64 / SAMPLE_RATE as f64).sin())
        .collect()
}

#[test]
fn every_target_is_a_distinct_sound_of_peak_one() {
    let sounds: Vec<Vec<f64>> = SoundTarget::ALL.iter().map(|t| t.samples()).collect();
    for (t, s) in SoundTarget::ALL.iter().zip(&sounds) {
        assert_eq!(s.len(), SAMPLES, "{t:?}");
        let peak = s.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        assert!((peak - 1.0).abs() < 1e-12, "{t:?} {peak}");
        assert!(s[0].abs() < 0.05, "{t:?} starts with a click: {}", s[0]);
    }
    for i in 0..sounds.len() {
        for j in i + 1..sounds.len() {
            let a = Spectrogram::new(&sounds[i], 100.0);
            let b = Spectrogram::new(&sounds[j], 100.0);
            assert!(a.error(&b) > 50.0, "{i} and {j} sound alike");
        }
    }
}

#[test]
fn a_sine_lights_the_bin_of_its_frequency_and_nothing_far_from_it() {
    // 1000 Hz is bin 32 of a 256-sample window at 8 kHz (31.25 Hz a bin); a Hann window sums
    // to WINDOW / 2, so a sine of amplitude A peaks at A · WINDOW / 4.
    let s = sine(1000.0, 0.5);
    let spec = Spectrogram::new(&s, 0.5 * WINDOW as f64 / 4.0);
    assert_eq!(spec.frames, (SAMPLES - WINDOW) / HOP + 1);
    assert_eq!(spec.bins, WINDOW / 2 + 1);
    let frame = &spec.db[3 * spec.bins..4 * spec.bins];
    let loudest = (0..spec.bins)
        .max_by(|&a, &b| frame[a].total_cmp(&frame[b]))
        .unwrap();
    assert_eq!(loudest, 32);
    assert!(
        frame[32].abs() < 1.0,
        "the reference is the sine's peak: {}",
        frame[32]
    );
    assert!(
        frame[64] <= -RANGE_DB as f32 + 0.01,
        "an octave up is silent: {}",
        frame[64]
    );
    // Identical sounds differ by nothing; silence is as far as the range allows.
    assert_eq!(spec.error(&spec), 0.0);
    let silence = Spectrogram::new(&vec![0.0; SAMPLES], 0.5 * WINDOW as f64 / 4.0);
    assert!(spec.error(&silence) > 0.0);
    assert!(silence.db.iter().all(|&v| v == -RANGE_DB as f32));
    // The picture: low frequencies at the bottom, the sine's row bright.
    let rgba = spec.rgba();
    let px = |f: usize, b: usize| {
        let i = ((spec.bins - 1 - b) * spec.frames + f) * 4;
        [rgba[i], rgba[i + 1], rgba[i + 2]]
    };
    assert_eq!(px(3, 32), [252, 253, 191]);
    assert_eq!(px(3, 100), [0, 0, 4]);
}

#[test]
fn playback_is_peak_limited_faded_and_keeps_a_quiet_network_quiet() {
    let target = SoundTarget::Chord.samples();
    let loud = playable(&target, 1.0, 100);
    let peak = loud.iter().fold(0.0f32, |m, v| m.max(v.abs()));
    assert!(peak <= PEAK_LIMIT as f32 && peak > 0.45, "{peak}");
    assert_eq!(loud[0], 0.0);
    assert_eq!(loud[SAMPLES - 1], 0.0);
    let half = playable(&target, 1.0, 50);
    let peak_half = half.iter().fold(0.0f32, |m, v| m.max(v.abs()));
    assert!((peak_half - peak / 2.0).abs() < 1e-3, "{peak_half}");
    // A network ten times quieter than the target is played ten times quieter; one that
    // overshoots is brought down to the limit; garbage is silence.
    let quiet = playable(&sine(440.0, 0.1), 1.0, 100);
    assert!(quiet.iter().all(|v| v.abs() <= 0.051));
    let huge = playable(&sine(440.0, 40.0), 1.0, 100);
    assert!(huge.iter().all(|v| v.abs() <= PEAK_LIMIT as f32));
    let mut nan = sine(440.0, 1.0);
    nan[100] = f64::NAN;
    assert!(playable(&nan, 1.0, 100).iter().all(|v| v.is_finite()));
    assert!(playable(&target, 1.0, 0).iter().all(|&v| v == 0.0));
}

#[test]
fn the_waveform_picture_draws_the_network_over_the_target() {
    use crate::drawing::raster::Raster;
    let target = SoundTarget::Chord.samples();
    let mut r = Raster::new(200, 80);
    draw_waveforms(&mut r, &target, &vec![0.0; SAMPLES], WAVE_NETWORK);
    let colour = |x: usize, y: usize| {
        let i = (y * 200 + x) * 4;
        [r.rgba[i], r.rgba[i + 1], r.rgba[i + 2], r.rgba[i + 3]]
    };
    // A silent network is a line on the centre, over the grey target.
    assert_eq!(colour(100, 40), WAVE_NETWORK);
    assert!((0..80).any(|y| colour(100, y) == WAVE_TARGET));
    assert_eq!(colour(100, 1), [255, 255, 255, 255]);
}
