//! The saved state: strokes of any length, an uploaded picture and the weights read back
//! exactly; a bad file changes nothing.

use super::learning::five_strokes;
use crate::config::{Config, Mode};
use crate::modes::segment::state::{load_segment, save_segment};
use crate::modes::segment::{SIZE, ScenePicture, Segmenter, Stroke, Strokes, UPLOAD_LABELS};
use crate::state::{FieldShape, StateError};

fn config_with(strokes: Strokes) -> Config {
    let mut c = Config {
        mode: Mode::Segment,
        ..Config::default()
    };
    c.segment.strokes = strokes;
    c
}

#[test]
fn a_trained_segmentation_reads_back_with_its_strokes_picture_and_weights() {
    let config = config_with(five_strokes());
    let mut s = Segmenter::new(config.segment_config(), config.segment.scene.picture(1));
    s.run(50);
    let text = save_segment(&config, &s, None);
    let loaded = load_segment(&text).unwrap();
    assert_eq!(loaded.config, config);
    assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
    assert_eq!(loaded.weights.as_deref(), Some(s.network().params()));
    assert_eq!(loaded.pixels, None);
    // An upload and strokes too long for a link: the link has a digest, the file the rest.
    let mut long = Strokes::default();
    for i in 0..60u8 {
        let points = (0..20).map(|j| (j * 3, i)).collect();
        long.push(Stroke {
            label: Some(i % 4),
            radius: 1,
            points,
        });
    }
    let config = config_with(long.clone());
    assert!(config.to_query().contains("strokes=~60."));
    let pixels: Vec<f32> = (0..SIZE * SIZE * 3).map(|i| (i % 7) as f32 / 7.0).collect();
    let picture = ScenePicture {
        rgb: pixels.clone(),
        truth: None,
        labels: UPLOAD_LABELS,
    };
    let s = Segmenter::new(config.segment_config(), picture);
    let loaded = load_segment(&save_segment(&config, &s, Some(&pixels))).unwrap();
    assert_eq!(loaded.config.segment.strokes, long);
    assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
    assert_eq!(loaded.pixels, Some(pixels));
}

#[test]
fn a_bad_segmentation_file_is_refused_with_its_reason() {
    let config = config_with(five_strokes());
    let s = Segmenter::new(config.segment_config(), config.segment.scene.picture(1));
    let good = save_segment(&config, &s, None);
    let bad_strokes = good.replacen("\"strokes\":\"1", "\"strokes\":\"9", 1);
    assert_eq!(
        load_segment(&bad_strokes).unwrap_err(),
        StateError::BadField {
            field: "strokes",
            expected: FieldShape::Strokes
        }
    );
    let bad_pixels = good.replacen("\"weights\"", "\"pixels\":[0.5,2],\"weights\"", 1);
    assert_eq!(
        load_segment(&bad_pixels).unwrap_err(),
        StateError::BadField {
            field: "pixels",
            expected: FieldShape::Pixels
        }
    );
    let race = good.replacen("mode=segment", "mode=race", 1);
    assert!(matches!(
        load_segment(&race),
        Err(StateError::OtherMode { .. })
    ));
}
