//! What a settings change does to a running fit, said in one place: the learning rate,
//! optimiser and batch size apply in place; a curve's data (target, samples, noise, drawn
//! points) are replaced under the same weights, so the curve morphs towards them; anything
//! else (network shape, activation, seed, a picture's target, size, colour or encoding)
//! starts a new network.

use super::curve::{CurveConfig, CurveFit};
use super::image::{ImageConfig, ImageFit};
use crate::drawing::picture::Picture;
use crate::engine::float::Float;
use crate::engine::optim::OptimizerKind;

/// What applying new settings did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FitChange {
    /// Training goes on with the same weights (and, but for a new optimiser, moments).
    Live,
    /// A new network, fresh weights, empty history.
    Rebuild,
}

impl FitChange {
    /// "live" or "rebuild", as the shell is told.
    pub fn name(self) -> &'static str {
        match self {
            FitChange::Live => "live",
            FitChange::Rebuild => "rebuild",
        }
    }
}

impl<F: Float> CurveFit<F> {
    /// Applies `new` settings (see the module doc for which changes keep the weights).
    pub fn set_config(&mut self, new: CurveConfig) -> FitChange {
        let old = &self.config;
        if old.hidden != new.hidden || old.activation != new.activation || old.seed != new.seed {
            *self = CurveFit::new(new);
            return FitChange::Rebuild;
        }
        let data_changed = old.target != new.target
            || old.samples != new.samples
            || old.noise.to_bits() != new.noise.to_bits()
            || old.points != new.points;
        self.switch_optimizer(new.optimizer);
        self.set_learning_rate(new.learning_rate);
        self.config = new;
        if data_changed {
            self.draw_samples();
        }
        FitChange::Live
    }

    /// Back to the initial weights of these settings (same points, empty history).
    pub fn reset(&mut self) {
        *self = CurveFit::new(self.config.clone());
    }

    fn switch_optimizer(&mut self, kind: OptimizerKind) {
        let optimizer = self.net.optimizer_mut();
        if optimizer.kind != kind {
            optimizer.kind = kind;
            optimizer.reset();
        }
    }
}

impl<F: Float> ImageFit<F> {
    /// Applies `new` settings. A change of network, target, size, colour, encoding or seed
    /// starts again on `picture` (an uploaded picture at the new size), or on the built-in
    /// target when it is `None`; the rest applies in place and `picture` is not used.
    pub fn set_config(&mut self, new: ImageConfig, picture: Option<Picture>) -> FitChange {
        let old = &self.config;
        let in_place = ImageConfig {
            optimizer: old.optimizer,
            learning_rate: old.learning_rate,
            batch: old.batch,
            relief3d: old.relief3d,
            ..new.clone()
        };
        if in_place != *old {
            *self = match picture {
                Some(p) => ImageFit::with_picture(
                    ImageConfig {
                        size: p.size,
                        ..new
                    },
                    p,
                ),
                None => ImageFit::new(new),
            };
            return FitChange::Rebuild;
        }
        let optimizer = self.net.optimizer_mut();
        if optimizer.kind != new.optimizer {
            optimizer.kind = new.optimizer;
            optimizer.reset();
        }
        self.set_learning_rate(new.learning_rate);
        self.config = new;
        FitChange::Live
    }
}
