//! The waveform picture: the target in grey behind the network's sound in colour, each pixel
//! column spanning the lowest to the highest sample that falls in it, on a centre line.

use crate::drawing::colour::Rgba;
use crate::drawing::raster::Raster;

/// Background, centre line, target and network colours of the waveform picture.
pub const WAVE_BACKGROUND: Rgba = [255, 255, 255, 255];
const AXIS: Rgba = [208, 215, 222, 255];
/// The target's colour (grey) and the network's (blue; orange in the colour-blind palette).
pub const WAVE_TARGET: Rgba = [160, 166, 173, 255];
pub const WAVE_NETWORK: Rgba = [31, 111, 235, 255];
pub const WAVE_NETWORK_COLOUR_BLIND: Rgba = [213, 94, 0, 255];

/// Draws `target` (grey, full height for ±1) and then `network` (in `colour`; values beyond
/// ±1.2 are cut at the edge) over the whole raster.
pub fn draw_waveforms(raster: &mut Raster, target: &[f64], network: &[f64], colour: Rgba) {
    raster.clear(WAVE_BACKGROUND);
    let (w, h) = (raster.width as f64, raster.height as f64);
    if w < 1.0 || h < 1.0 {
        return;
    }
    let mid = h / 2.0;
    raster.fill_rect(0.0, mid - 0.5, w, mid + 0.5, AXIS);
    let half = h / 2.0 / 1.2;
    for (samples, c) in [(target, WAVE_TARGET), (network, colour)] {
        let n = samples.len();
        if n == 0 {
            continue;
        }
        for x in 0..raster.width {
            let a = x * n / raster.width;
            let b = ((x + 1) * n / raster.width).max(a + 1).min(n);
            let finite = samples[a..b].iter().filter(|v| v.is_finite());
            let (lo, hi) = finite.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| {
                (lo.min(v), hi.max(v))
            });
            if lo > hi {
                continue;
            }
            let y = |v: f64| (mid - v.clamp(-1.2, 1.2) * half).clamp(0.0, h);
            let (top, bottom) = (y(hi), y(lo));
            let xf = x as f64;
            raster.fill_rect(xf, top - 0.5, xf + 1.0, bottom.max(top + 1.0) + 0.5, c);
        }
    }
}
