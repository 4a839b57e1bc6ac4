//! Multi-class sessions: k outputs with a softmax head learn the k-arm spiral and the k blobs;
//! the grids for drawing (outputs, every neuron, hidden space) agree with plain forward passes.

use super::super::*;
use crate::config::parse;
use crate::engine::nn::head::Head;
use crate::modes::classify::data::Task;

/// Test accuracy the three-arm spiral must reach.
const SPIRAL_ACCURACY: f64 = 0.9;
/// Test accuracy the five blobs must reach.
const BLOBS_ACCURACY: f64 = 0.95;
/// How far a cell's class probabilities may sum from 1.
const PROBABILITY_SUM_TOLERANCE: f64 = 1e-12;

fn session<F: Float>(query: &str) -> Session<F> {
    let (c, issues) = parse(query);
    assert!(issues.is_empty(), "{issues:?}");
    Session::new(c)
}

fn epochs_to_learn(s: &mut Session<f32>, bound: f64, max_epochs: u64) -> Option<u64> {
    (1..=max_epochs).find(|_| {
        s.train_epoch();
        s.test_accuracy() > bound
    })
}

#[test]
fn a_three_arm_spiral_is_learned_with_a_softmax_head_within_200_epochs() {
    let mut s =
        session::<f32>("data=spiral&classes=3&hidden=8,8&features=x1,x2,sinx1,sinx2&lr=0.1");
    assert_eq!(s.head(), Head::Softmax(3));
    assert_eq!(s.network().sizes(), &[4, 8, 8, 3]);
    let labels: Vec<f32> = s.train_set().ys.clone();
    assert!(
        (0..3).all(|c| labels.contains(&(c as f32))),
        "labels are class indices"
    );
    let epochs = epochs_to_learn(&mut s, SPIRAL_ACCURACY, 200);
    assert!(epochs.is_some(), "test accuracy {}", s.test_accuracy());
}

#[test]
fn five_gaussian_blobs_are_learned_within_50_epochs() {
    let mut s = session::<f32>("data=gauss&classes=5&noise=10");
    assert_eq!(s.config().task(), Task::Classify(5));
    let epochs = epochs_to_learn(&mut s, BLOBS_ACCURACY, 50);
    assert!(epochs.is_some(), "test accuracy {}", s.test_accuracy());
    let last = s.history().last().expect("a sample per epoch");
    assert_eq!(
        last.train_score,
        s.train_accuracy(),
        "the epoch's accuracy is recorded"
    );
    assert_eq!(last.test_score, s.test_accuracy());
}

#[test]
fn the_output_grid_holds_class_probabilities_that_sum_to_one() {
    let mut s = session::<f64>("data=gauss&classes=4&hidden=3");
    s.train_steps(50);
    let mut grid = Vec::new();
    s.output_grid(7, &mut grid);
    assert_eq!(grid.len(), 7 * 7 * 4);
    for cell in grid.chunks(4) {
        let sum: f64 = cell.iter().sum();
        assert!((sum - 1.0).abs() < PROBABILITY_SUM_TOLERANCE && cell.iter().all(|p| *p >= 0.0));
    }
    // The top-left cell is (−6, 6): its probabilities are the softmax of one forward pass.
    let mut ws = Workspace::new();
    s.network().forward(&mut ws, &[-6.0, 6.0], 1);
    let z: Vec<f64> = (0..4).map(|o| ws.output(o, 0)).collect();
    let sum: f64 = z.iter().map(|z| z.exp()).sum();
    for (o, p) in grid[..4].iter().enumerate() {
        assert!((p - z[o].exp() / sum).abs() < PROBABILITY_SUM_TOLERANCE);
    }
}

#[test]
fn neuron_grids_hold_every_neurons_map_as_single_forward_passes_give_it() {
    for query in ["data=spiral&classes=3&hidden=5,3", "hidden=4,2&loss=xent"] {
        let mut s = session::<f64>(query);
        s.train_steps(30);
        let res = 17; // 289 cells: more than one block of 256
        let maps = s.neuron_grids(res);
        let sizes = s.network().sizes().to_vec();
        let neurons: usize = sizes[1..].iter().sum();
        assert_eq!(maps.len(), neurons * res * res);
        let inputs = dataset::grid_inputs::<f64>(&s.config().features, res);
        let mut ws = Workspace::new();
        for cell in [0, 100, 288] {
            s.network()
                .forward(&mut ws, &inputs[2 * cell..2 * cell + 2], 1);
            let mut first = 0;
            for (l, &n) in sizes.iter().enumerate().skip(1) {
                for o in 0..n {
                    let mut want = ws.activation(l, o, 0);
                    if l == sizes.len() - 1 && n > 1 {
                        let sum: f64 = (0..n).map(|q| ws.activation(l, q, 0).exp()).sum();
                        want = want.exp() / sum;
                    }
                    let got = maps[(first + o) * res * res + cell];
                    assert!(
                        (got - want).abs() < PROBABILITY_SUM_TOLERANCE,
                        "{query} layer {l} neuron {o}"
                    );
                }
                first += n;
            }
        }
    }
}

#[test]
fn hidden_space_places_points_and_grid_lines_where_the_layer_maps_them() {
    let mut s = session::<f64>("hidden=3,2&data=xor");
    s.train_steps(100);
    let space = s
        .hidden_space(1, 0, 1, 5, 9)
        .expect("layer 1 has neurons 0 and 1");
    assert_eq!(space.train_count, s.train_set().len());
    assert_eq!(
        space.points.len(),
        2 * (s.train_set().len() + s.test_set().len())
    );
    assert_eq!(space.grid.len(), 2 * 5 * 9 * 2);
    let mut ws = Workspace::new();
    let check = |ws: &mut Workspace<f64>, x: f64, y: f64, pair: &[f64]| {
        s.network().forward(ws, &[x, y], 1);
        assert_eq!(
            [ws.activation(2, 0, 0), ws.activation(2, 1, 0)],
            [pair[0], pair[1]]
        );
    };
    let p = s.test_set().points[3];
    let at = 2 * (space.train_count + 3);
    check(&mut ws, p.x, p.y, &space.points[at..at + 2]);
    // Horizontal line 1 of 5 is y = 3; its sample 2 of 9 is x = −3.
    check(&mut ws, -3.0, 3.0, &space.grid[2 * (9 + 2)..]);
    // Vertical line 4 (the last) is x = 6; its last sample is y = −6.
    check(&mut ws, 6.0, -6.0, &space.grid[2 * (5 * 9 + 4 * 9 + 8)..]);
    assert!(
        s.hidden_space(2, 0, 0, 5, 9).is_none(),
        "no third hidden layer"
    );
    assert!(
        s.hidden_space(1, 0, 2, 5, 9).is_none(),
        "layer 1 has two neurons"
    );
}
