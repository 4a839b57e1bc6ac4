//! What the pointer and the view options change: the diagram's hover (a neuron's map shown
//! large, a link or bias highlighted), the charts' hover rule and scale, and the hidden-space
//! view's layer and neurons. Each call only records the choice; the next `draw` shows it.

use super::Playground;
use super::chart_key;
use crate::modes::classify::data::Feature;
use crate::modes::classify::render::diagram::Target;
use crate::web::canvas::{finite, object};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
impl Playground {
    /// Hovers what lies at (fx, fy) on the network canvas (fractions of its size) and
    /// describes it, or returns null (and hovers nothing). The object has `kind` ("input",
    /// "neuron", "bias" or "link"); an input its `feature` name and `active`; a neuron its
    /// `layer` (1 = the first hidden layer) and `index`; a bias or a link its weight
    /// `layer` (0 = fed by the inputs), `index` or `from`/`to`, and `value`; a link from
    /// an input its `feature`. `output` says whether the neuron (or the link's or bias's
    /// neuron) is an output.
    pub fn hover_at(&mut self, fx: f64, fy: f64) -> Result<JsValue, JsError> {
        let target = self.network.hit(&self.session, fx, fy);
        self.hover = target;
        let Some(target) = target else {
            return Ok(JsValue::NULL);
        };
        Ok(self.describe(target)?.into())
    }

    /// Hovers nothing in the diagram (the output panel shows the output again).
    pub fn hover_clear(&mut self) {
        self.hover = None;
    }

    /// Puts the charts' hover rule at the epoch under `fx` (a fraction of the width of the
    /// `chart` named "loss" or "score") and returns that epoch's sample: `epoch`, `train`,
    /// `test`, `trainScore`, `testScore` (null where not finite), or null off the plot.
    pub fn chart_hover(&mut self, chart: &str, fx: f64) -> Result<JsValue, JsError> {
        let (i, canvas) = match chart {
            "score" => (1, self.extra.score.as_ref()),
            _ => (0, Some(&self.chart)),
        };
        let x = fx * canvas.map_or(0, |c| c.width()) as f64;
        let epoch = self.charts.areas[i].epoch_at(x);
        let sample = epoch.and_then(|e| chart_key::nearest(self.session.history(), e));
        self.charts.hover = sample.map(|s| s.epoch);
        let Some(s) = sample else {
            return Ok(JsValue::NULL);
        };
        Ok(object(&[
            ("epoch", s.epoch.into()),
            ("train", finite(s.train)),
            ("test", finite(s.test)),
            ("trainScore", finite(s.train_score)),
            ("testScore", finite(s.test_score)),
        ])?
        .into())
    }

    /// Removes the charts' hover rule.
    pub fn chart_hover_clear(&mut self) {
        self.charts.hover = None;
    }

    /// Draws the loss on a log scale (or a linear one).
    pub fn set_log_scale(&mut self, on: bool) {
        self.charts.log = on;
    }

    /// Opens the hidden-space view on hidden layer `layer` (0 = the first) and its neurons
    /// `a` and `b`; `false`, changing nothing, when the network has no such neurons.
    pub fn show_space(&mut self, layer: usize, a: usize, b: usize) -> bool {
        let ok = self
            .session
            .config()
            .hidden
            .get(layer)
            .is_some_and(|&n| a < n && b < n);
        if ok {
            self.space.pick = Some((layer, a, b));
        }
        ok
    }

    /// Closes the hidden-space view (it then costs nothing).
    pub fn hide_space(&mut self) {
        self.space.pick = None;
    }
}

impl Playground {
    /// The object [`Playground::hover_at`] returns for `target`.
    fn describe(&self, target: Target) -> Result<js_sys::Object, JsError> {
        let net = self.session.network();
        let last = net.layer_count() - 1;
        let features: Vec<Feature> = self.session.config().features.iter().collect();
        match target {
            Target::Input(i) => {
                let f = Feature::ALL[i];
                let active = self.session.config().features.contains(f);
                object(&[
                    ("kind", "input".into()),
                    ("feature", f.name().into()),
                    ("active", active.into()),
                ])
            }
            Target::Neuron { layer, index } => object(&[
                ("kind", "neuron".into()),
                ("layer", ((layer + 1) as f64).into()),
                ("index", (index as f64).into()),
                ("output", (layer == last).into()),
            ]),
            Target::Bias { layer, index } => object(&[
                ("kind", "bias".into()),
                ("layer", (layer as f64).into()),
                ("index", (index as f64).into()),
                ("value", finite(net.bias(layer, index) as f64)),
                ("output", (layer == last).into()),
            ]),
            Target::Link { layer, from, to } => object(&[
                ("kind", "link".into()),
                ("layer", (layer as f64).into()),
                ("from", (from as f64).into()),
                ("to", (to as f64).into()),
                ("value", finite(net.weight(layer, from, to) as f64)),
                (
                    "feature",
                    if layer == 0 {
                        features[from].name().into()
                    } else {
                        JsValue::NULL
                    },
                ),
                ("output", (layer == last).into()),
            ]),
        }
    }
}
