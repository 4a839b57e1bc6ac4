//! The dataset picker's pictures: a dataset's points as small dots on white, drawn as they
//! would be with the current seed and classes (the user's own points included).

use super::Playground;
use crate::config::Config;
use crate::drawing::colour::Rgba;
use crate::drawing::palettes::Scheme;
use crate::drawing::raster::Raster;
use crate::modes::classify::data::{DatasetKind, Point, Task};
use crate::modes::classify::session::Session;
use crate::web::canvas::put_raster;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

#[wasm_bindgen]
impl Playground {
    /// Draws a small picture of the dataset `name` (a query-string name, "custom" included)
    /// as it would be drawn with the current seed and classes, on `canvas`.
    pub fn dataset_thumbnail(&self, canvas: &HtmlCanvasElement, name: &str) -> Result<(), JsError> {
        let kind = DatasetKind::from_name(name).ok_or_else(|| JsError::new("unknown dataset"))?;
        let config = Config {
            dataset: kind,
            ..self.session.config().clone()
        };
        let task = config.task();
        let session = Session::<f32>::new(config);
        let points: Vec<Point> = session.user_points();
        draw_thumbnail(canvas, &points, task, self.style.scheme)
    }

    /// Draws a small picture of a dataset with the default settings and `seed` (kept for
    /// pages that draw a picker without a playground).
    pub fn thumbnail(canvas: &HtmlCanvasElement, name: &str, seed: u64) -> Result<(), JsError> {
        let kind = DatasetKind::from_name(name).ok_or_else(|| JsError::new("unknown dataset"))?;
        let config = Config {
            dataset: kind,
            seed,
            ..Config::default()
        };
        let task = config.task();
        let points = Session::<f32>::new(config).user_points();
        draw_thumbnail(canvas, &points, task, Scheme::Classic)
    }
}

/// Points with user labels on white, as small solid dots in the colours of `scheme` (on white
/// the points' white rings vanish, as in TF Playground's thumbnails).
fn draw_thumbnail(
    canvas: &HtmlCanvasElement,
    points: &[Point],
    task: Task,
    scheme: Scheme,
) -> Result<(), JsError> {
    let classes = scheme.classes();
    let (w, h) = (canvas.width() as usize, canvas.height() as usize);
    let mut r = Raster::new(w, h);
    r.clear([0xff; 4]);
    let radius = (w.min(h) as f64 / 48.0).max(1.8);
    for p in points {
        let colour: Rgba = match task {
            Task::Classify(_) => classes[p.label as usize % classes.len()],
            Task::Regress => scheme.diverging().colour(p.label),
        };
        let at = ((p.x + 6.0) / 12.0 * w as f64, (6.0 - p.y) / 12.0 * h as f64);
        r.disc(at, radius, colour, colour);
    }
    put_raster(canvas, &r)
}
