//! What the user chooses on the terrain page: where in the latent space to look, the water
//! level, the snow line and the turn of the relief. None of them retrains the model: the
//! seed (the page's `seed`) draws the training landscapes and the initial weights.

use crate::drawing::relief3d::ReliefView;

/// Largest |coordinate| of a latent point (the prior is a standard normal: ±3 holds 99.7 %
/// of it per axis).
pub const LATENT_LIMIT: f64 = 3.0;

/// The terrain page's settings (keys `lx`, `ly`, `water`, `snow`, `turn`).
#[derive(Clone, Debug, PartialEq)]
pub struct TerrainConfig {
    /// `lx`, `ly`: the point of the latent space decoded and shown, each within
    /// ±[`LATENT_LIMIT`]. Default (0, 0).
    pub latent: [f64; 2],
    /// `water`: heights (0…1) below this are water. 0…1, default 0.35.
    pub water: f64,
    /// `snow`: heights above this are snow. 0…1, default 0.8.
    pub snow: f64,
    /// `turn`: the relief's turn about the vertical, in degrees, 0…359. Default 30.
    pub turn: f64,
}

impl Default for TerrainConfig {
    fn default() -> Self {
        TerrainConfig {
            latent: [0.0, 0.0],
            water: 0.35,
            snow: 0.8,
            turn: 30.0,
        }
    }
}

impl TerrainConfig {
    /// How the relief is drawn under these settings.
    pub fn view(&self) -> ReliefView {
        ReliefView {
            water: self.water,
            snow: self.snow,
            turn: self.turn,
            ..ReliefView::default()
        }
    }
}
