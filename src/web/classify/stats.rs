//! The numbers the shell shows: [`Playground::stats`] once a frame (metrics computed once per
//! change of the weights or data), and [`Playground::info`] after a settings change (what the
//! controls must offer: the task, the head, the layers, the past runs' labels).

use super::Playground;
use crate::engine::nn::head::Head;
use crate::modes::classify::data::{DatasetKind, MAX_CLASSES};
use crate::modes::classify::render::diagram::column_shares;
use crate::modes::classify::session::{Divergence, Metrics};
use crate::web::canvas::{finite, maybe, object};
use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
impl Playground {
    /// Numbers for the readouts, as one object: `epoch`, `steps`, `stepsPerEpoch`,
    /// `trainLoss`, `testLoss`, `trainAccuracy`, `testAccuracy` (null for regression),
    /// `trainRmse`, `testRmse`, `trainR2`, `testR2` (null for classification), `regression`,
    /// `classes`, `points`, `trainPoints`, `outputBias`, `diverged` (null, "loss" or "weights" when
    /// they blew up, "stuck" when the loss froze above its start, "dead" when the answer is the
    /// same everywhere), `divergedAt`, `divergedKey`, `adviceKey`, `whatHappened`,
    /// `whatToTry`, and for the frame-time
    /// readout `mapResolution`, `mapRefreshes`, `thumbResolution`, `linkBands`, `viewMs`.
    /// Numbers that are not finite, and the losses of an empty set, are null.
    pub fn stats(&mut self) -> Result<Object, JsError> {
        let (train, test) = self.metrics();
        let s = &self.session;
        let net = s.network();
        let bias = net.bias(net.layer_count() - 1, 0) as f64;
        let per_epoch = s
            .train_set()
            .len()
            .div_ceil(s.config().batch_size.max(1))
            .max(1);
        let d = s.divergence();
        let text = |f: fn(&Divergence) -> &'static str| d.map_or(JsValue::NULL, |d| f(d).into());
        object(&[
            ("epoch", s.epoch().into()),
            ("steps", (s.steps() as f64).into()),
            ("stepsPerEpoch", (per_epoch as f64).into()),
            ("trainLoss", finite(train.loss)),
            ("testLoss", finite(test.loss)),
            ("trainAccuracy", maybe(train.accuracy)),
            ("testAccuracy", maybe(test.accuracy)),
            ("trainRmse", maybe(train.rmse)),
            ("testRmse", maybe(test.rmse)),
            ("trainR2", maybe(train.r_squared)),
            ("testR2", maybe(test.r_squared)),
            ("regression", s.config().is_regression().into()),
            ("classes", (s.config().task().classes() as f64).into()),
            (
                "points",
                ((s.train_set().len() + s.test_set().len()) as f64).into(),
            ),
            ("trainPoints", (s.train_set().len() as f64).into()),
            ("outputBias", finite(bias)),
            ("diverged", d.map_or(JsValue::NULL, |d| d.name().into())),
            (
                "divergedAt",
                d.map_or(JsValue::NULL, |d| (d.step as f64).into()),
            ),
            ("divergedKey", text(Divergence::message_key)),
            ("adviceKey", text(Divergence::advice_key)),
            ("whatHappened", text(Divergence::what_happened)),
            ("whatToTry", text(Divergence::what_to_try)),
            ("mapResolution", (self.output.resolution as f64).into()),
            ("mapRefreshes", (self.output.refreshes as f64).into()),
            (
                "thumbResolution",
                (self.network.thumbnail_resolution() as f64).into(),
            ),
            ("linkBands", (self.network.band_refreshes as f64).into()),
            ("viewMs", finite(self.view_ms)),
        ])
    }

    /// What the controls must show after a settings change: `task` ("classification" or
    /// "regression"), `classes`, `maxClasses` (of the dataset shown), `head` ("mse", "xent",
    /// "linear" or "softmax"), `hidden` (the layer widths), `customPoints` (how many the user
    /// has drawn or imported), `ghosts` (the past runs' labels, oldest first).
    pub fn info(&self) -> Result<Object, JsError> {
        let c = self.session.config();
        let head = match self.session.head() {
            Head::Softmax(_) => "softmax",
            Head::Single(loss) => loss.name(),
        };
        let max_classes = match c.dataset {
            DatasetKind::Custom => MAX_CLASSES,
            kind => kind.max_classes(),
        };
        let hidden: Array = c.hidden.iter().map(|&n| JsValue::from(n as f64)).collect();
        let columns: Array = (column_shares(c.hidden.len() + 2).into_iter())
            .map(JsValue::from)
            .collect();
        let ghosts: Array = (self.session.ghost_labels().iter())
            .map(|l| JsValue::from(l.words(&self.names, self.style.decimal_comma)))
            .collect();
        let task = if c.is_regression() {
            "regression"
        } else {
            "classification"
        };
        object(&[
            ("task", task.into()),
            ("classes", (c.task().classes() as f64).into()),
            ("maxClasses", (max_classes as f64).into()),
            ("head", head.into()),
            ("hidden", hidden.into()),
            ("diagramColumns", columns.into()),
            ("customPoints", (c.custom.len() as f64).into()),
            ("ghosts", ghosts.into()),
        ])
    }
}

impl Playground {
    /// The training and test metrics of the current weights, computed once per version.
    fn metrics(&mut self) -> (Metrics, Metrics) {
        match self.metrics {
            Some((v, train, test)) if v == self.version => (train, test),
            _ => {
                let (train, test) = (self.session.train_metrics(), self.session.test_metrics());
                self.metrics = Some((self.version, train, test));
                (train, test)
            }
        }
    }
}
