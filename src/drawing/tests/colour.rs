//! Tests of the colour maps and the heatmaps against their documented formulas.

use crate::drawing::colour::*;

/// Smallest RGB distance between two class colours, or a class colour and neutral.
const MIN_COLOUR_DISTANCE: f64 = 100.0;

#[test]
fn the_palette_runs_from_negative_through_neutral_to_positive() {
    assert_eq!(CLASSIC.colour(-1.0), CLASSIC.negative);
    assert_eq!(CLASSIC.colour(0.0), CLASSIC.neutral);
    assert_eq!(CLASSIC.colour(1.0), CLASSIC.positive);
    assert_eq!(CLASSIC.colour(5.0), CLASSIC.positive);
    assert_eq!(CLASSIC.colour(f64::NAN), CLASSIC.neutral);
}

#[test]
fn heatmap_maps_probabilities_and_discretizes() {
    let t = CLASSIC.table();
    let mut px = [0u8; 12];
    heatmap(
        &[0.0f32, 1.0, 0.6],
        OutputScale::Probability,
        false,
        &t,
        &mut px,
    );
    assert_eq!(&px[0..4], &CLASSIC.negative);
    assert_eq!(&px[4..8], &CLASSIC.positive);
    heatmap(&[0.1f32, -0.1, 0.0], OutputScale::Signed, true, &t, &mut px);
    assert_eq!(&px[0..4], &CLASSIC.positive);
    assert_eq!(&px[4..8], &CLASSIC.negative);
}

#[test]
fn the_class_colours_are_far_apart_and_far_from_neutral() {
    let distance = |a: Rgba, b: Rgba| {
        (0..3)
            .map(|i| (a[i] as f64 - b[i] as f64).powi(2))
            .sum::<f64>()
            .sqrt()
    };
    for (i, &a) in CATEGORICAL.iter().enumerate() {
        assert!(
            distance(a, CLASSIC.neutral) > MIN_COLOUR_DISTANCE,
            "class {i}"
        );
        for &b in &CATEGORICAL[i + 1..] {
            assert!(distance(a, b) > MIN_COLOUR_DISTANCE, "{a:?} vs {b:?}");
        }
    }
    assert_eq!(CATEGORICAL[0], CLASSIC.negative);
    assert_eq!(CATEGORICAL[1], CLASSIC.positive);
}

#[test]
fn a_class_cell_is_its_class_colour_shaded_by_confidence() {
    let n = CLASSIC.neutral;
    let certain = class_colour(&[0.0f64, 0.0, 1.0], &CATEGORICAL, n, false);
    assert_eq!(certain, CATEGORICAL[2]);
    let unsure = class_colour(&[1.0f64 / 3.0; 3], &CATEGORICAL, n, false);
    assert_eq!(unsure, n, "equal odds are neutral");
    // p = 0.6 of 3 classes: t = (0.6 − 1/3) / (2/3) = 0.4 of the way to class 0's orange.
    let mid = class_colour(&[0.6f64, 0.3, 0.1], &CATEGORICAL, n, false);
    let want =
        |i: usize| (n[i] as f64 + (CATEGORICAL[0][i] as f64 - n[i] as f64) * 0.4).round() as u8;
    assert_eq!(mid, [want(0), want(1), want(2), 0xff]);
    let sharp = class_colour(&[0.6f64, 0.3, 0.1], &CATEGORICAL, n, true);
    assert_eq!(sharp, CATEGORICAL[0]);
    assert_eq!(
        class_colour(&[f64::NAN, 0.5, 0.5], &CATEGORICAL, n, false),
        n
    );
    let mut px = [0u8; 8];
    class_heatmap(
        &[0.0f32, 1.0, 0.0, 1.0, 0.0, 0.0],
        3,
        false,
        &CATEGORICAL,
        n,
        &mut px,
    );
    assert_eq!(
        (&px[0..4], &px[4..8]),
        (&CATEGORICAL[1][..], &CATEGORICAL[0][..])
    );
}

#[test]
fn a_washed_map_keeps_every_class_colour_apart_from_its_points() {
    // A point in class colour c lies on a cell of colour washed(c) when it is classified
    // right: the two must differ enough to see the point.
    let schemes = [CATEGORICAL, crate::drawing::palettes::COLOUR_BLIND_CLASSES];
    for c in schemes.iter().flatten() {
        let w = washed(*c);
        let d: f64 = (0..3)
            .map(|k| (w[k] as f64 - c[k] as f64).powi(2))
            .sum::<f64>()
            .sqrt();
        assert!(d >= 50.0, "{c:?} washed to {w:?}: {d:.0} apart");
        assert_eq!(w[3], 0xff, "opaque");
    }
    assert_eq!(washed([0xff; 4]), [0xff; 4], "white stays white");
    let mut px = CLASSIC.negative.to_vec();
    wash(&mut px);
    assert_eq!(px, washed(CLASSIC.negative), "wash is washed on each pixel");
}
