//! A network that learns a sound: time in (through Fourier features), the waveform out. The
//! target sounds are generated here (`targets`), compared through their spectrograms
//! (`spectrogram`: short-time Fourier transform with a Hann window, decibels, pictures), and
//! scaled for the loudspeaker (`listen`: peak limited, faded in and out). Pure Rust, no web
//! crates.

mod config;
mod draw;
mod fit;
pub(crate) mod keys;
mod listen;
pub mod spectrogram;
pub mod state;
mod targets;

pub use config::SoundConfig;
pub use draw::{WAVE_NETWORK, WAVE_NETWORK_COLOUR_BLIND, WAVE_TARGET, draw_waveforms};
pub use fit::SoundFit;
pub use listen::{FADE_SECONDS, PEAK_LIMIT, playable};
pub use spectrogram::{RANGE_DB, Spectrogram, level_colour};
pub use targets::{SAMPLE_RATE, SAMPLES, SoundTarget};

#[cfg(test)]
mod tests;
