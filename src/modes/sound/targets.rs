//! The target sounds, generated in code: a chord, a bell, a vowel-like tone and a drum hit,
//! each [`SAMPLES`] samples at [`SAMPLE_RATE`] and scaled to a peak of 1. They do not depend
//! on the seed (the drum's noise has its own fixed stream), so every run hears the same target.

use crate::engine::rng::Rng;
use core::f64::consts::PI;

/// Samples per second of every sound.
pub const SAMPLE_RATE: u32 = 8_000;
/// Length of every sound, in samples (0.25 s).
pub const SAMPLES: usize = 2_000;

/// Which sound the network learns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SoundTarget {
    /// C major (C4, E4, G4), each note with two overtones, fading slowly.
    #[default]
    Chord,
    /// A struck bell: inharmonic partials on 440 Hz, the higher ones dying faster.
    Bell,
    /// A vowel "a" sung at 130 Hz: a pulse train shaped by three formants (730, 1090, 2440 Hz).
    Vowel,
    /// A kick drum: a sine gliding from 160 Hz down to 50 Hz, with a short click of noise.
    Drum,
}

impl SoundTarget {
    /// Every target, in the order the page lists them.
    pub const ALL: [SoundTarget; 4] = [
        SoundTarget::Chord,
        SoundTarget::Bell,
        SoundTarget::Vowel,
        SoundTarget::Drum,
    ];

    /// The query-string name.
    pub fn name(self) -> &'static str {
        match self {
            SoundTarget::Chord => "chord",
            SoundTarget::Bell => "bell",
            SoundTarget::Vowel => "vowel",
            SoundTarget::Drum => "drum",
        }
    }

    /// The waveform: [`SAMPLES`] values, peak |value| 1.
    pub fn samples(self) -> Vec<f64> {
        let t = |i: usize| i as f64 / SAMPLE_RATE as f64;
        let mut out: Vec<f64> = match self {
            SoundTarget::Chord => (0..SAMPLES).map(|i| chord(t(i))).collect(),
            SoundTarget::Bell => (0..SAMPLES).map(|i| bell(t(i))).collect(),
            SoundTarget::Vowel => (0..SAMPLES).map(|i| vowel(t(i))).collect(),
            SoundTarget::Drum => drum(),
        };
        let peak = out.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        if peak > 0.0 {
            out.iter_mut().for_each(|v| *v /= peak);
        }
        out
    }
}

/// A rise over `attack` seconds (no click at the start).
fn attack(t: f64, attack: f64) -> f64 {
    (t / attack).min(1.0)
}

fn chord(t: f64) -> f64 {
    let notes = [261.63, 329.63, 392.0];
    let tone: f64 = notes
        .iter()
        .map(|f| {
            (2.0 * PI * f * t).sin()
                + 0.4 * (4.0 * PI * f * t).sin()
                + 0.15 * (6.0 * PI * f * t).sin()
        })
        .sum();
    tone * attack(t, 0.01) * (-t / 0.5).exp()
}

fn bell(t: f64) -> f64 {
    // (ratio to 440 Hz, amplitude, decay time in seconds)
    let partials = [
        (0.5, 0.6, 0.6),
        (1.0, 1.0, 0.4),
        (1.19, 0.5, 0.25),
        (1.56, 0.45, 0.2),
        (2.0, 0.35, 0.15),
        (2.74, 0.25, 0.1),
        (3.76, 0.15, 0.07),
    ];
    let tone: f64 = (partials.iter())
        .map(|(r, a, d)| a * (-t / d).exp() * (2.0 * PI * 440.0 * r * t).sin())
        .sum();
    tone * attack(t, 0.002)
}

fn vowel(t: f64) -> f64 {
    let f0 = 130.0;
    // (centre, bandwidth, gain) of each formant.
    let formants = [
        (730.0, 80.0, 1.0),
        (1090.0, 90.0, 0.5),
        (2440.0, 120.0, 0.25),
    ];
    let nyquist = SAMPLE_RATE as f64 / 2.0;
    let mut tone = 0.0;
    let mut k = 1.0;
    while k * f0 < nyquist * 0.9 {
        let f: f64 = k * f0;
        let gain: f64 = (formants.iter())
            .map(|(c, b, g)| g / (1.0 + ((f - c) / b).powi(2)))
            .sum::<f64>()
            + 0.02;
        tone += gain / k.sqrt() * (2.0 * PI * f * t).sin();
        k += 1.0;
    }
    let release = ((0.25 - t) / 0.03).clamp(0.0, 1.0);
    tone * attack(t, 0.03) * release
}

fn drum() -> Vec<f64> {
    let mut noise = Rng::derived(7, 71);
    let mut phase = 0.0;
    (0..SAMPLES)
        .map(|i| {
            let t = i as f64 / SAMPLE_RATE as f64;
            let f = 50.0 + 110.0 * (-t / 0.04).exp();
            phase += 2.0 * PI * f / SAMPLE_RATE as f64;
            let body = phase.sin() * (-t / 0.12).exp();
            let click = 0.3 * noise.range(-1.0, 1.0) * (-t / 0.006).exp();
            (body + click) * attack(t, 0.001)
        })
        .collect()
}
