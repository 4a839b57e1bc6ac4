//! The short-time Fourier transform of a sound: Hann-windowed frames, their magnitudes in
//! decibels, and pictures of them (time across, frequency up) as RGBA. Two spectrograms made
//! with the same reference level can be compared: [`Spectrogram::error`] is the mean squared
//! difference of their decibels, each floored at [`RANGE_DB`] below the reference (what is
//! quieter than that is silence, to the ear and to the picture).

use core::f64::consts::PI;

/// Samples per frame (32 ms at 8 kHz: 31 Hz per bin).
pub const WINDOW: usize = 256;
/// Samples between two frames.
pub const HOP: usize = 32;
/// Decibels below the reference that are still shown (and compared).
pub const RANGE_DB: f64 = 60.0;

/// Magnitudes in decibels, `frames` × `bins`, frame-major.
#[derive(Clone, Debug, PartialEq)]
pub struct Spectrogram {
    /// Number of frames (time).
    pub frames: usize,
    /// Number of frequency bins, 0 to the Nyquist frequency.
    pub bins: usize,
    /// Decibels relative to the reference, floored at −[`RANGE_DB`].
    pub db: Vec<f32>,
}

impl Spectrogram {
    /// The spectrogram of `samples`, in decibels relative to the magnitude `reference` (use
    /// [`peak_magnitude`] of the target for both sounds compared).
    pub fn new(samples: &[f64], reference: f64) -> Self {
        let frames = if samples.len() >= WINDOW {
            (samples.len() - WINDOW) / HOP + 1
        } else {
            0
        };
        let bins = WINDOW / 2 + 1;
        let mut db = Vec::with_capacity(frames * bins);
        let reference = reference.max(1e-12);
        for frame in magnitudes(samples) {
            db.extend(frame.iter().map(|&m| {
                let level = 20.0 * (m / reference).max(1e-12).log10();
                level.max(-RANGE_DB) as f32
            }));
        }
        Spectrogram { frames, bins, db }
    }

    /// The mean squared difference of the two spectrograms' decibels (dB²; infinite if their
    /// shapes differ or a value is not finite).
    pub fn error(&self, other: &Spectrogram) -> f64 {
        if (self.frames, self.bins) != (other.frames, other.bins) || self.db.is_empty() {
            return f64::INFINITY;
        }
        let sum: f64 = (self.db.iter().zip(&other.db))
            .map(|(a, b)| {
                let d = (*a - *b) as f64;
                d * d
            })
            .sum();
        if sum.is_finite() {
            sum / self.db.len() as f64
        } else {
            f64::INFINITY
        }
    }

    /// The picture: one column per frame, one row per bin (low frequencies at the bottom),
    /// silence dark and loud bright ([`level_colour`]); `frames` × `bins` pixels, RGBA.
    pub fn rgba(&self) -> Vec<u8> {
        let (w, h) = (self.frames, self.bins);
        let mut out = vec![0u8; w * h * 4];
        for f in 0..w {
            for b in 0..h {
                let v = self.db[f * h + b] as f64;
                let c = level_colour(((v + RANGE_DB) / RANGE_DB).clamp(0.0, 1.0));
                let i = ((h - 1 - b) * w + f) * 4;
                out[i..i + 4].copy_from_slice(&c);
            }
        }
        out
    }
}

/// The largest magnitude over every frame and bin of `samples`' transform.
pub fn peak_magnitude(samples: &[f64]) -> f64 {
    magnitudes(samples)
        .iter()
        .flatten()
        .fold(0.0, |m, &v| m.max(v))
}

/// Colour of a level in [0, 1] (silence to the loudest): black, purple, orange, pale yellow
/// (a perceptually ordered ramp, readable in grey).
pub fn level_colour(v: f64) -> [u8; 4] {
    const STOPS: [[f64; 3]; 5] = [
        [0.0, 0.0, 4.0],
        [80.0, 18.0, 123.0],
        [183.0, 55.0, 121.0],
        [252.0, 137.0, 97.0],
        [252.0, 253.0, 191.0],
    ];
    let x = v.clamp(0.0, 1.0) * (STOPS.len() - 1) as f64;
    let i = (x.floor() as usize).min(STOPS.len() - 2);
    let t = x - i as f64;
    let c = |k: usize| (STOPS[i][k] + t * (STOPS[i + 1][k] - STOPS[i][k])).round() as u8;
    [c(0), c(1), c(2), 255]
}

/// Magnitudes of every Hann-windowed frame, [`WINDOW`] / 2 + 1 bins each.
fn magnitudes(samples: &[f64]) -> Vec<Vec<f64>> {
    if samples.len() < WINDOW {
        return Vec::new();
    }
    let hann: Vec<f64> = (0..WINDOW)
        .map(|i| 0.5 - 0.5 * (2.0 * PI * i as f64 / WINDOW as f64).cos())
        .collect();
    let twiddles = Twiddles::new(WINDOW);
    let mut re = vec![0.0; WINDOW];
    let mut im = vec![0.0; WINDOW];
    (0..=(samples.len() - WINDOW) / HOP)
        .map(|f| {
            let frame = &samples[f * HOP..f * HOP + WINDOW];
            for i in 0..WINDOW {
                re[i] = frame[i] * hann[i];
                im[i] = 0.0;
            }
            fft(&mut re, &mut im, &twiddles);
            (0..=WINDOW / 2)
                .map(|k| (re[k] * re[k] + im[k] * im[k]).sqrt())
                .collect()
        })
        .collect()
}

/// cos and −sin of 2πk/n for k < n/2.
struct Twiddles {
    cos: Vec<f64>,
    sin: Vec<f64>,
}

impl Twiddles {
    fn new(n: usize) -> Self {
        let angle = |k: usize| 2.0 * PI * k as f64 / n as f64;
        Twiddles {
            cos: (0..n / 2).map(|k| angle(k).cos()).collect(),
            sin: (0..n / 2).map(|k| -angle(k).sin()).collect(),
        }
    }
}

/// In-place radix-2 FFT (length a power of two): X[k] = Σ x[j]·e^(−2πijk/n).
fn fft(re: &mut [f64], im: &mut [f64], tw: &Twiddles) {
    let n = re.len();
    let mut j = 0;
    for i in 1..n {
        let mut bit = n >> 1;
        while j & bit != 0 {
            j ^= bit;
            bit >>= 1;
        }
        j |= bit;
        if i < j {
            re.swap(i, j);
            im.swap(i, j);
        }
    }
    let mut len = 2;
    while len <= n {
        let step = n / len;
        for start in (0..n).step_by(len) {
            for k in 0..len / 2 {
                let (c, s) = (tw.cos[k * step], tw.sin[k * step]);
                let (a, b) = (start + k, start + k + len / 2);
                let (xr, xi) = (re[b] * c - im[b] * s, re[b] * s + im[b] * c);
                re[b] = re[a] - xr;
                im[b] = im[a] - xi;
                re[a] += xr;
                im[a] += xi;
            }
        }
        len <<= 1;
    }
}
