//! The GAN widget's numbers for its readouts and tests, as one plain JS object per frame.

use crate::modes::gan::{Diagnosis, GanSession, StepMode};
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

/// The numbers of `session` (trained in `mode`) as one object: `iterations`, `dSteps`,
/// `gSteps`, `dLoss`, `gLoss` (smoothed), `kl`, `js`, `modesCovered`, `modesTotal`, `spread`,
/// `nearest` (mean distance of generated samples to the nearest real one), `gFingerprint`,
/// `dFingerprint` (hex), `phase` (null or the explained step's phase), `stepMode`, `target`,
/// and `diagnosis` (null or `{kind, covered, total}`, kind one of "modeCollapse",
/// "pointCollapse", "discriminatorWins", "oscillation").
pub fn stats(session: &mut GanSession<f32>, mode: StepMode) -> Result<Object, JsError> {
    let nearest = session.nearest_distance();
    let s = &*session;
    let m = s.metrics();
    let (d_loss, g_loss) = s.smoothed_losses();
    let hex = |f: u64| JsValue::from_str(&format!("{f:016x}"));
    let phase = s
        .explained()
        .map_or(JsValue::NULL, |e| e.phase.name().into());
    let fields: [(&str, JsValue); 17] = [
        ("iterations", (s.units() as f64).into()),
        ("dSteps", (s.d_steps() as f64).into()),
        ("gSteps", (s.g_steps() as f64).into()),
        ("dLoss", d_loss.into()),
        ("gLoss", g_loss.into()),
        ("kl", m.kl.into()),
        ("js", m.js.into()),
        ("modesCovered", (m.modes_covered as f64).into()),
        ("modesTotal", (m.modes_total as f64).into()),
        ("spread", m.spread_ratio.into()),
        ("nearest", nearest.into()),
        ("gFingerprint", hex(s.gan().generator().fingerprint())),
        ("dFingerprint", hex(s.gan().discriminator().fingerprint())),
        ("phase", phase),
        ("stepMode", mode.name().into()),
        ("target", s.config().target.name().into()),
        ("diagnosis", diagnosis_object(s.diagnosis())?),
    ];
    object(&fields)
}

fn object(fields: &[(&str, JsValue)]) -> Result<Object, JsError> {
    let o = Object::new();
    for (key, value) in fields {
        Reflect::set(&o, &JsValue::from_str(key), value)
            .map_err(|_| JsError::new("cannot build the stats object"))?;
    }
    Ok(o)
}

fn diagnosis_object(d: Option<Diagnosis>) -> Result<JsValue, JsError> {
    let Some(d) = d else {
        return Ok(JsValue::NULL);
    };
    let (kind, covered, total) = match d {
        Diagnosis::ModeCollapse { covered, total } => ("modeCollapse", covered, total),
        Diagnosis::PointCollapse => ("pointCollapse", 0, 0),
        Diagnosis::DiscriminatorWins => ("discriminatorWins", 0, 0),
        Diagnosis::Oscillation => ("oscillation", 0, 0),
    };
    let fields = [
        ("kind", JsValue::from_str(kind)),
        ("covered", (covered as f64).into()),
        ("total", (total as f64).into()),
    ];
    Ok(object(&fields)?.into())
}
