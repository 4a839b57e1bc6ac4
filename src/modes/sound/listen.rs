//! What the loudspeaker gets: samples scaled so that the loudest stays at or under
//! [`PEAK_LIMIT`] × volume, with short fades in and out (no click), the network's sound at the
//! same gain as the target's so that a quiet network sounds quiet.

use super::targets::SAMPLE_RATE;

/// The loudest sample ever sent to the loudspeaker (full scale is 1).
pub const PEAK_LIMIT: f64 = 0.5;
/// Length of the fade in and of the fade out, in seconds.
pub const FADE_SECONDS: f64 = 0.005;

/// `samples` ready to play at `volume` percent: multiplied by the gain that puts the
/// `reference` peak (the target's) at [`PEAK_LIMIT`] × volume, or less so that their own peak
/// stays under it, then faded in and out. Non-finite samples are silence.
pub fn playable(samples: &[f64], reference: f64, volume: u32) -> Vec<f32> {
    let level = PEAK_LIMIT * volume.min(100) as f64 / 100.0;
    let clean = |v: f64| if v.is_finite() { v } else { 0.0 };
    let peak = samples.iter().fold(0.0f64, |m, v| m.max(clean(*v).abs()));
    let gain = match (reference > 0.0, peak > 0.0) {
        (_, false) => 0.0,
        (true, true) => (level / reference).min(level / peak),
        (false, true) => level / peak,
    };
    let fade = ((FADE_SECONDS * SAMPLE_RATE as f64) as usize).max(1);
    let n = samples.len();
    (0..n)
        .map(|i| {
            let edge = (i.min(n - 1 - i) as f64 / fade as f64).min(1.0);
            let v = clean(samples[i]) * gain * edge;
            v.clamp(-level, level) as f32
        })
        .collect()
}
