//! The sound mode's keys (prefix `au` (audio), so that no other mode's key is shadowed; the target is
//! `sound`). The optimiser and rate apply in place, like the batch; a new target, encoding or
//! network means new weights; the volume changes only what is heard.

use crate::config::keys::{Key, key};
use crate::config::network::{Network, network_key};
use crate::config::{Change, Mode};

/// Most Fourier frequencies (the network gets twice as many inputs).
pub const MAX_SOUND_FOURIER: usize = 256;
/// The range of the Fourier frequencies' standard deviation, in hertz.
pub const SOUND_SCALE_HZ: (f64, f64) = (1.0, 8000.0);

/// The limits of the network knobs (`auhidden`, `auact`, `auopt`, `aulr`, `aubatch`).
pub(crate) const NETWORK: Network = Network {
    mode: Mode::Sound,
    layers: 4,
    width: 128,
    max_rate: 1.0,
    max_batch: 2000,
    batch_change: Change::Live,
};

/// The keys of this mode, in the order they are written.
pub(crate) const KEYS: &[Key] = &[
    key!("sound", Sound, Rebuild, Value, sound.target => choice),
    key!("aufourier", Sound, Rebuild, Value, sound.fourier => flag),
    key!("aufreq", Sound, Rebuild, Value, sound.features => whole(1, MAX_SOUND_FOURIER)),
    key!("auscale", Sound, Rebuild, Value, sound.scale_hz => number(SOUND_SCALE_HZ)),
    network_key!(NETWORK, "au", hidden => sound.hidden),
    network_key!(NETWORK, "au", act => sound.activation),
    network_key!(NETWORK, "au", opt => sound.optimizer),
    network_key!(NETWORK, "au", lr => sound.learning_rate),
    network_key!(NETWORK, "au", batch => sound.batch),
    key!("auvolume", Sound, Live, Hidden, sound.volume => whole(0, 100)),
];
