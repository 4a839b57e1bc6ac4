//! The race widget's numbers for its readouts, messages and tests, as one plain JS object per
//! frame: the step count, and per racer its loss, position, status and explanation.

use super::canvas::{finite, object};
use crate::modes::race::{Race, Racer, Status, Surface};
use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;

/// The numbers of `race` as one object: `epoch` (steps since the start), `finished` (every
/// racer has stopped for good), `diverged` (null, or the names of the optimisers that flew
/// off, comma-separated), `surface`, `minValue` (the surface's lowest value), `start` (`{x,
/// y}`), `domain` (`{xMin, xMax, yMin, yMax}`), `drawMs` and `mapMs` (mean time of a draw
/// and time of the last map computation), and `racers`, one object per racer (see
/// [`racer`]).
pub fn stats(race: &Race, (draw_ms, map_ms): (f64, f64)) -> Result<Object, JsError> {
    let surface = race.surface();
    let racers: Array = race
        .racers()
        .iter()
        .map(|r| racer(r, surface).map(JsValue::from))
        .collect::<Result<_, _>>()?;
    let flew: Vec<&str> = (race.racers().iter())
        .filter(|r| r.status() == Status::Diverged)
        .map(|r| r.spec().kind.name())
        .collect();
    let diverged = if flew.is_empty() {
        JsValue::NULL
    } else {
        flew.join(",").into()
    };
    let d = surface.domain();
    let (sx, sy) = race.start();
    let fields: [(&str, JsValue); 10] = [
        ("epoch", (race.steps() as f64).into()),
        ("finished", race.finished().into()),
        ("diverged", diverged),
        ("surface", surface.name().into()),
        ("minValue", surface.min_value().into()),
        (
            "start",
            object(&[("x", sx.into()), ("y", sy.into())])?.into(),
        ),
        (
            "domain",
            object(&[
                ("xMin", d.x_min.into()),
                ("xMax", d.x_max.into()),
                ("yMin", d.y_min.into()),
                ("yMax", d.y_max.into()),
            ])?
            .into(),
        ),
        ("drawMs", draw_ms.into()),
        ("mapMs", map_ms.into()),
        ("racers", racers.into()),
    ];
    object(&fields)
}

/// One racer: `kind` (the optimiser's query-string name), `colour` (`#rrggbb`), `loss`
/// (null once not finite), `x`, `y` (null once not finite), `status` (the key the page
/// translates: running, converged, local, saddle, oscillating, diverged), `steps` (taken,
/// or the step it stopped at), `learningRate`, and `explanation` (an English sentence; the
/// page shows its own translation of `status` instead).
fn racer(r: &Racer, surface: Surface) -> Result<Object, JsError> {
    let [cr, cg, cb, _] = r.spec().colour;
    let (x, y) = r.position();
    let steps = r.finished_at().unwrap_or(r.steps());
    let fields: [(&str, JsValue); 9] = [
        ("kind", r.spec().kind.name().into()),
        ("colour", format!("#{cr:02x}{cg:02x}{cb:02x}").into()),
        ("loss", finite(r.loss())),
        ("x", finite(x)),
        ("y", finite(y)),
        ("status", r.status().name().into()),
        ("steps", (steps as f64).into()),
        ("learningRate", r.spec().hyper.learning_rate.into()),
        ("explanation", r.explanation(surface).into()),
    ];
    object(&fields)
}
