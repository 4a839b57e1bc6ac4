//! Tests of the view pixels: the diagram's geometry and hit testing, the
//! link style, the map colours, the hidden-space picture and the adaptive detail policy.

use super::super::detail::Detail;
use super::super::diagram::{Diagram, LINK_SEGMENTS, Target, column_shares, polyline_distance};
use super::super::maps::MapStyle;
use super::super::network::{draw_band, link_width};
use super::super::space::{SpacePicture, draw_space, range};
use crate::drawing::colour::{CATEGORICAL, CLASSIC, Rgba};
use crate::drawing::raster::Raster;
use crate::engine::nn::head::Head;
use crate::engine::nn::{Activation, Loss};
use crate::modes::classify::data::{Feature, Features};

const WHITE: Rgba = [255, 255, 255, 255];
const BLACK: Rgba = [0, 0, 0, 255];

fn px(r: &Raster, x: usize, y: usize) -> Rgba {
    let at = 4 * (y * r.width + x);
    [r.rgba[at], r.rgba[at + 1], r.rgba[at + 2], r.rgba[at + 3]]
}

fn diagram(features: Features, sizes: &[usize]) -> Diagram {
    Diagram::new(600.0, 420.0, features, sizes)
}

#[test]
fn the_input_and_output_columns_keep_room_for_their_names_however_many_layers() {
    for columns in 2..=10 {
        let shares = column_shares(columns);
        assert_eq!(shares.len(), columns);
        assert!(
            (shares.iter().sum::<f64>() - 1.0).abs() < 1e-12,
            "{shares:?}"
        );
        assert!(
            shares[0] >= 0.2 - 1e-12,
            "{columns} columns: inputs {}",
            shares[0]
        );
        assert!(shares[columns - 1] >= 0.13 - 1e-12 || columns == 2);
        if columns > 2 {
            // The hidden layers share the rest equally.
            assert!(
                shares[1..columns - 1]
                    .windows(2)
                    .all(|w| (w[0] - w[1]).abs() < 1e-12)
            );
        }
    }
    // Few columns stay equal: four columns of a quarter each.
    assert_eq!(column_shares(4), vec![0.25; 4]);
    // Ten columns (eight hidden layers): inputs 0.2, outputs 0.13, 0.08375 each between.
    let ten = column_shares(10);
    assert!((ten[1] - 0.08375).abs() < 1e-12, "{ten:?}");
    // The input nodes sit inside their wider column, left of the first hidden layer.
    let d = diagram(Features::default(), &[2, 8, 8, 8, 8, 8, 8, 8, 8, 1]);
    let first_hidden = d.layers[0][0];
    assert!(d.inputs[0].x + d.inputs[0].size / 2.0 < first_hidden.x - first_hidden.size / 2.0);
    assert!(d.inputs[0].x - d.inputs[0].size / 2.0 >= 0.2 * d.width * 0.4);
}

#[test]
fn the_diagram_has_a_column_per_layer_and_nodes_that_do_not_overlap() {
    let d = diagram(Features::default(), &[2, 4, 2, 1]);
    assert_eq!(d.inputs.len(), Feature::ALL.len());
    assert_eq!(d.active, vec![0, 1]);
    assert_eq!(
        d.layers.iter().map(Vec::len).collect::<Vec<_>>(),
        vec![4, 2, 1]
    );
    assert!(d.inputs[0].x < d.layers[0][0].x && d.layers[0][0].x < d.layers[2][0].x);
    let big = diagram(Features::default(), &[2, 32, 32, 32, 32, 32, 32, 32, 32, 1]);
    for col in &big.layers {
        for pair in col.windows(2) {
            assert!(
                pair[1].y - pair[0].y >= pair[0].size,
                "overlap in a column of {}",
                col.len()
            );
        }
    }
    assert!(big.layers[0][31].y + big.layers[0][31].size / 2.0 <= 420.0);
}

#[test]
fn a_link_runs_from_the_source_edge_to_the_target_edge() {
    let d = diagram(Features::default(), &[2, 3, 1]);
    let path = d.link_path(1, 2, 0);
    let (a, b) = (d.layers[0][2], d.layers[1][0]);
    assert_eq!(path[0], (a.x + a.size / 2.0, a.y));
    assert_eq!(path[LINK_SEGMENTS], (b.x - b.size / 2.0, b.y));
    let (x0, x1) = d.band(1);
    assert!(path.iter().all(|p| p.0 > x0 && p.0 < x1));
}

#[test]
fn the_pointer_finds_inputs_neurons_biases_and_links() {
    let features = Features::default().with(Feature::X1X2, true);
    let d = diagram(features, &[3, 4, 1]);
    let width = |_, _, _| 2.0;
    let x1x2 = d.inputs[4];
    assert_eq!(d.hit(x1x2.x, x1x2.y, width), Some(Target::Input(4)));
    let n = d.layers[0][2];
    assert_eq!(
        d.hit(n.x + 2.0, n.y - 2.0, width),
        Some(Target::Neuron { layer: 0, index: 2 })
    );
    let (bx, by) = d.bias_centre(&d.layers[1][0]);
    assert_eq!(
        d.hit(bx, by, width),
        Some(Target::Bias { layer: 1, index: 0 })
    );
    let path = d.link_path(0, 2, 3);
    let mid = path[LINK_SEGMENTS / 2];
    assert_eq!(
        d.hit(mid.0, mid.1, width),
        Some(Target::Link {
            layer: 0,
            from: 2,
            to: 3
        })
    );
    assert!(polyline_distance(&path, mid) < 1e-9);
    assert_eq!(d.hit(1.0, 1.0, width), None);
}

#[test]
fn links_grow_with_the_weight_and_take_its_sign_colour() {
    assert!(link_width(2.0, 36.0) > link_width(0.5, 36.0));
    assert!(link_width(f64::NAN, 36.0) > 0.0);
    assert!(link_width(1e9, 36.0) <= 8.0 * 1.0 + 1e-9);
    let d = diagram(Features::default(), &[2, 1]);
    let mut r = Raster::new(600, 420);
    r.clear(WHITE);
    draw_band(&mut r, (&d, &CLASSIC), 0, &|_, from, _| {
        if from == 0 { -1.0 } else { 1.0 }
    });
    let path = d.link_path(0, 0, 0);
    let (x, y) = path[LINK_SEGMENTS / 2];
    assert_eq!(px(&r, x as usize, y.round() as usize), CLASSIC.negative);
}

#[test]
fn map_styles_follow_the_activation_and_the_head() {
    let t = CLASSIC.table();
    assert_eq!(MapStyle::hidden(Activation::Sigmoid), MapStyle::Probability);
    assert_eq!(MapStyle::hidden(Activation::Relu), MapStyle::Signed);
    assert_eq!(
        MapStyle::output(Head::Single(Loss::CrossEntropy), 0, &CATEGORICAL),
        MapStyle::Probability
    );
    assert_eq!(
        MapStyle::output(Head::Softmax(3), 2, &CATEGORICAL),
        MapStyle::Class(CATEGORICAL[2])
    );
    assert_eq!(MapStyle::Signed.colour(1.0, &t), CLASSIC.positive);
    assert_eq!(MapStyle::Probability.colour(0.0, &t), CLASSIC.negative);
    assert_eq!(
        MapStyle::Class(CATEGORICAL[2]).colour(1.0, &t),
        CATEGORICAL[2]
    );
    assert_eq!(
        MapStyle::Class(CATEGORICAL[2]).colour(f64::NAN, &t),
        CLASSIC.neutral
    );
}

#[test]
fn the_hidden_space_range_is_fixed_or_fitted_and_points_land_where_they_should() {
    assert_eq!(range::<f64>(None, &[&[]]), (-1.0, 1.0));
    let (lo, hi) = range::<f64>(None, &[&[0.0, 10.0], &[f64::NAN, 5.0]]);
    assert!(lo < 0.0 && hi > 10.0 && hi < 11.0);
    let (lo, hi) = range::<f64>(Some((-1.0, 1.0)), &[&[100.0]]);
    assert!(lo < -1.0 && hi > 1.0 && hi < 1.2);
    let mut r = Raster::new(100, 100);
    let picture = SpacePicture {
        points: &[0.5f64, 0.5, -0.5, -0.5],
        colours: &[BLACK, BLACK],
        train_count: 1,
        show_test: false,
        grid: &[],
        samples: 2,
        range: (-1.0, 1.0),
    };
    draw_space(&mut r, &picture);
    assert_eq!(px(&r, 75, 25), BLACK, "train point at (0.5, 0.5)");
    assert_eq!(px(&r, 25, 75), WHITE, "the test point is hidden");
}

#[test]
fn detail_drops_to_a_coarser_map_when_refreshes_are_slow_and_recovers() {
    static LADDER: [usize; 3] = [100, 50, 25];
    let mut d = Detail::new(&LADDER, 2.5, 1e-7);
    assert_eq!(d.resolution(10.0, 1000), 100);
    d.record(80.0, 100 * 100, 10_000.0);
    assert_eq!(d.ms_per_unit(), 1e-7, "the first refreshes only warm up");
    d.record(8.0, 100 * 100, 10_000.0);
    d.record(8.0, 100 * 100, 10_000.0);
    assert_eq!(
        d.resolution(10_000.0, 1000),
        50,
        "8 ms for 100² → 2 ms for 50², within 2.5"
    );
    assert_eq!(
        d.resolution(10.0, 1000),
        100,
        "a small network goes back to full detail"
    );
    assert_eq!(d.resolution(10.0, 30), 30, "capped");
    let estimate = d.ms_per_unit();
    d.record(0.01, 1, 1.0);
    assert_eq!(d.ms_per_unit(), estimate, "timer noise is ignored");
}

#[test]
fn one_slow_refresh_does_not_coarsen_the_map_and_fast_ones_bring_the_detail_back() {
    static LADDER: [usize; 3] = [100, 50, 25];
    let mut d = Detail::new(&LADDER, 2.5, 1e-7);
    for _ in 0..3 {
        d.record(1.0, 100 * 100, 1000.0);
    }
    d.record(50.0, 100 * 100, 1000.0);
    assert_eq!(
        d.resolution(1000.0, 1000),
        100,
        "a single spike is outvoted"
    );
    for _ in 0..3 {
        d.record(40.0, 100 * 100, 1000.0);
    }
    assert_eq!(
        d.resolution(1000.0, 1000),
        25,
        "a lasting slowdown is followed"
    );
    // At 25² the work is below the timer's grain: "at most 0.3 ms" still counts.
    for _ in 0..5 {
        d.record(0.0, 25 * 25, 1000.0);
    }
    assert_eq!(d.resolution(1000.0, 1000), 50);
}
