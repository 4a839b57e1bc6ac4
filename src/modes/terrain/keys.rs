//! The terrain page's keys: the latent point, the water level, the snow line and the turn.
//! They change what is shown, never the training, so all are `Live`.

use super::config::LATENT_LIMIT;
use crate::config::keys::{Key, key};

pub(crate) const KEYS: &[Key] = &[
    key!("lx", Terrain, Live, Hidden, terrain.latent[0] => number(-LATENT_LIMIT, LATENT_LIMIT)),
    key!("ly", Terrain, Live, Hidden, terrain.latent[1] => number(-LATENT_LIMIT, LATENT_LIMIT)),
    key!("water", Terrain, Live, Hidden, terrain.water => number(0.0, 1.0)),
    key!("snow", Terrain, Live, Hidden, terrain.snow => number(0.0, 1.0)),
    key!("turn", Terrain, Live, Hidden, terrain.turn => number(0.0, 359.0)),
];
