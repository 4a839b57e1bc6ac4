//! The segmentation's saved state: the envelope (config with `mode=segment`; short strokes are
//! in it), then `"strokes"` (every stroke, however many), `"pixels"` (an uploaded picture's
//! [`SIZE`]² × 3 values from 0 to 1; absent for a built-in scene) and the network's flat
//! weights, `"weights":[…]`, bit-exact, left out when one is not finite.

use super::{SIZE, Segmenter, Strokes};
use crate::config::{Config, ConfigIssue, Mode};
use crate::formats::json::write_string;
use crate::state::envelope::{read_config, read_document, read_floats, write_floats, write_head};
use crate::state::{FieldShape, StateError};

/// A segmentation read from a saved state.
#[derive(Debug)]
pub struct LoadedSegment {
    /// The whole saved config (`mode` is segment), its strokes those of the file.
    pub config: Config,
    /// The uploaded picture's values, if it was one.
    pub pixels: Option<Vec<f32>>,
    /// The saved weights, if any (the caller checks their count against the network).
    pub weights: Option<Vec<f32>>,
    /// Keys of the saved config that were not used.
    pub issues: Vec<ConfigIssue>,
}

/// The saved state of `segmenter` run with `config`; `pixels` the uploaded picture, if any.
pub fn save_segment(config: &Config, segmenter: &Segmenter, pixels: Option<&[f32]>) -> String {
    let mut out = String::with_capacity(4096);
    write_head(&mut out, config);
    out.push_str(",\"strokes\":");
    write_string(&mut out, &segmenter.config().strokes.encode_full());
    if let Some(p) = pixels {
        write_floats(&mut out, "pixels", p);
    }
    let params = segmenter.network().params();
    if params.iter().all(|p| p.is_finite()) {
        write_floats(&mut out, "weights", params);
    }
    out.push('}');
    out
}

/// Reads a segmentation state, all or nothing.
pub fn load_segment(text: &str) -> Result<LoadedSegment, StateError> {
    let root = read_document(text)?;
    let strokes = match root.get("strokes") {
        None => None,
        Some(v) => {
            let bad = StateError::BadField {
                field: "strokes",
                expected: FieldShape::Strokes,
            };
            let text = v.as_str().ok_or(bad.clone())?;
            Some(Strokes::decode(text, &Strokes::default()).ok_or(bad)?)
        }
    };
    // The config is read over the file's strokes, so that its digest of them reads.
    let mut base = Config::default();
    if let Some(s) = &strokes {
        base.segment.strokes = s.clone();
    }
    let (config, issues) = read_config(&root, &base)?;
    if config.mode != Mode::Segment {
        return Err(StateError::OtherMode {
            found: config.mode,
            expected: Mode::Segment,
        });
    }
    let pixels = read_floats::<f32>(&root, "pixels")?;
    let pixels_ok =
        |p: &Vec<f32>| p.len() == SIZE * SIZE * 3 && p.iter().all(|v| (0.0..=1.0).contains(v));
    if pixels.as_ref().is_some_and(|p| !pixels_ok(p)) {
        return Err(StateError::BadField {
            field: "pixels",
            expected: FieldShape::Pixels,
        });
    }
    let weights = read_floats::<f32>(&root, "weights")?;
    Ok(LoadedSegment {
        config,
        pixels,
        weights,
        issues,
    })
}
