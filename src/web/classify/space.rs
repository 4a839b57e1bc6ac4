//! The hidden-space view: the input grid and the points as two neurons of a hidden layer see
//! them, redrawn whenever the weights change while it is open.

use crate::drawing::colour::{CATEGORICAL, CLASSIC, Rgba};
use crate::drawing::raster::Raster;
use crate::engine::nn::Activation;
use crate::modes::classify::data::{Point, Task, label_class};
use crate::modes::classify::render::space::{SpacePicture, draw_space, range};
use crate::modes::classify::session::Session;
use crate::web::canvas::put_raster;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// Grid lines per direction, and samples along each.
const LINES: usize = 13;
const SAMPLES: usize = 48;

/// A hidden layer (from 0) and two of its neurons.
type Pick = (usize, usize, usize);

/// The chosen layer and neurons, and what was last drawn.
#[derive(Default)]
pub struct SpaceView {
    /// (hidden layer from 0, neuron a, neuron b), or none while the view is closed.
    pub pick: Option<Pick>,
    raster: Raster,
    colours: Vec<Rgba>,
    drawn: Option<(u64, Pick, u32, u32)>,
}

impl SpaceView {
    /// Draws the view if it is open and something changed (the last finite picture stays
    /// after a divergence).
    pub fn draw(
        &mut self,
        s: &mut Session<f32>,
        canvas: &HtmlCanvasElement,
        version: u64,
    ) -> Result<(), JsError> {
        let Some(pick) = self.pick else { return Ok(()) };
        let (w, h) = (canvas.width(), canvas.height());
        let key = (version, pick, w, h);
        if w < 20 || h < 20 || self.drawn == Some(key) || s.divergence().is_some() {
            return Ok(());
        }
        let Some(space) = s.hidden_space(pick.0, pick.1, pick.2, LINES, SAMPLES) else {
            return Ok(());
        };
        self.colours.clear();
        let task = s.config().task();
        let points = s.train_set().points.iter().chain(&s.test_set().points);
        self.colours.extend(points.map(|p| colour(p, task)));
        let fixed = match s.network().hidden_activation() {
            Activation::Tanh => Some((-1.0, 1.0)),
            Activation::Sigmoid => Some((0.0, 1.0)),
            _ => None,
        };
        let picture = SpacePicture {
            points: &space.points,
            colours: &self.colours,
            train_count: space.train_count,
            show_test: s.config().show_test,
            grid: &space.grid,
            samples: space.samples,
            range: range(fixed, &[&space.points, &space.grid]),
        };
        self.raster.resize(w as usize, h as usize);
        draw_space(&mut self.raster, &picture);
        put_raster(canvas, &self.raster)?;
        self.drawn = Some(key);
        Ok(())
    }
}

/// A point's colour: its class's, or its value's for regression.
fn colour(p: &Point, task: Task) -> Rgba {
    match task {
        Task::Classify(k) => CATEGORICAL[label_class(p.label, k) % CATEGORICAL.len()],
        Task::Regress => CLASSIC.colour(p.label),
    }
}
