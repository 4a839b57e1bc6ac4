//! Browser tests of the wasm handle (wasm-bindgen-test in headless Chromium): a playground
//! built on real canvases trains, draws pixels and reports bad input without failing.
#![cfg(target_arch = "wasm32")]

use nnplay::web::{BenchMlp, Playground};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

fn canvas(w: u32, h: u32) -> HtmlCanvasElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let c: HtmlCanvasElement = doc.create_element("canvas").unwrap().dyn_into().unwrap();
    c.set_width(w);
    c.set_height(h);
    doc.body().unwrap().append_child(&c).unwrap();
    c
}

fn pixel(c: &HtmlCanvasElement, x: f64, y: f64) -> Vec<u8> {
    let ctx: CanvasRenderingContext2d = c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    ctx.get_image_data(x, y, 1.0, 1.0).unwrap().data().to_vec()
}

/// Calls `advance` until `steps` updates are done or training stops (one call trains for at
/// most a frame's budget). Returns the updates applied.
fn train(pg: &mut Playground, steps: u32) -> u32 {
    let mut done = 0;
    while done < steps {
        let applied = pg.advance(steps - done, 1_000.0);
        if applied == 0 {
            break;
        }
        done += applied;
    }
    done
}

fn number(o: &js_sys::Object, key: &str) -> f64 {
    js_sys::Reflect::get(o, &key.into())
        .unwrap()
        .as_f64()
        .unwrap()
}

#[wasm_bindgen_test]
fn a_playground_trains_and_its_loss_falls() {
    let mut pg = Playground::new(
        canvas(100, 100),
        canvas(300, 300),
        canvas(300, 150),
        "data=circle",
    )
    .expect("default playground");
    let before = number(&pg.stats().unwrap(), "trainLoss");
    let steps = train(&mut pg, 25 * 300);
    assert_eq!(steps, 25 * 300);
    let stats = pg.stats().unwrap();
    assert!(
        number(&stats, "trainLoss") < before / 2.0,
        "loss did not fall"
    );
    assert_eq!(number(&stats, "epoch"), 300.0);
}

#[wasm_bindgen_test]
fn drawing_puts_the_boundary_points_and_chart_on_the_canvases() {
    let (b, p, c) = (canvas(10, 10), canvas(240, 240), canvas(300, 150));
    let mut pg = Playground::new(b.clone(), p.clone(), c.clone(), "").unwrap();
    train(&mut pg, 2_000);
    pg.draw().unwrap();
    assert_eq!(b.width(), 100, "the boundary canvas is resized to the grid");
    // Circle: the centre is class +1 (blue), a corner class −1 (orange).
    let centre = pixel(&b, 50.0, 50.0);
    let corner = pixel(&b, 1.0, 1.0);
    assert!(centre[2] > centre[0], "centre should be blue: {centre:?}");
    assert!(corner[0] > corner[2], "corner should be orange: {corner:?}");
    // The points layer is transparent except where points are.
    let painted = (0..240)
        .step_by(3)
        .flat_map(|y| (0..240).step_by(3).map(move |x| (x, y)));
    let opaque = painted
        .filter(|&(x, y)| pixel(&p, x as f64, y as f64)[3] > 0)
        .count();
    assert!(opaque > 100, "points drawn: {opaque}");
    // The chart has axes, tick labels and curves: many non-white pixels.
    let ctx: CanvasRenderingContext2d = c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let chart = ctx
        .get_image_data(0.0, 0.0, 300.0, 150.0)
        .unwrap()
        .data()
        .to_vec();
    let inked = chart
        .chunks_exact(4)
        .filter(|p| p[0] < 200 && p[3] > 0)
        .count();
    assert!(inked > 500, "chart pixels drawn: {inked}");
}

#[wasm_bindgen_test]
fn a_bad_config_is_reported_and_the_defaults_run() {
    let pg = Playground::new(
        canvas(10, 10),
        canvas(10, 10),
        canvas(10, 10),
        "lr=abc&zzz=1",
    )
    .unwrap();
    let issues = pg.issues();
    assert_eq!(issues.length(), 2);
    assert!(pg.config().contains("lr=0.03"));
    // Each issue is data for the page to word in its language, with the English sentence.
    let get = |o: &JsValue, key: &str| js_sys::Reflect::get(o, &key.into()).unwrap();
    let lr = issues.get(0);
    assert_eq!(get(&lr, "kind").as_string().as_deref(), Some("badValue"));
    assert_eq!(get(&lr, "kept").as_string().as_deref(), Some("0.03"));
    let expected = get(&lr, "expected");
    assert_eq!(
        get(&expected, "kind").as_string().as_deref(),
        Some("number")
    );
    assert_eq!(get(&expected, "min").as_f64(), Some(0.00001));
    assert_eq!(get(&expected, "max").as_f64(), Some(10.0));
    assert_eq!(
        get(&lr, "text").as_string().as_deref(),
        Some("lr=abc is not a number between 0.00001 and 10; kept 0.03")
    );
    assert_eq!(
        get(&issues.get(1), "kind").as_string().as_deref(),
        Some("unknownKey")
    );
}

#[wasm_bindgen_test]
fn a_live_change_keeps_the_run_and_a_rebuild_restarts_it() {
    let mut pg = Playground::new(canvas(10, 10), canvas(10, 10), canvas(10, 10), "").unwrap();
    train(&mut pg, 100);
    assert_eq!(pg.set_config("lr=0.1"), "live");
    assert_eq!(number(&pg.stats().unwrap(), "steps"), 100.0);
    assert_eq!(pg.set_config("hidden=3"), "rebuild");
    assert_eq!(number(&pg.stats().unwrap(), "steps"), 0.0);
    assert!(pg.config().contains("hidden=3&"));
}

#[wasm_bindgen_test]
fn changing_the_input_features_keeps_training_working() {
    let mut pg = Playground::new(canvas(10, 10), canvas(10, 10), canvas(10, 10), "").unwrap();
    train(&mut pg, 50);
    assert_eq!(pg.set_config("features=x1,x2,x1sq,sinx2"), "rebuild");
    assert_eq!(train(&mut pg, 50), 50);
    assert!(number(&pg.stats().unwrap(), "trainLoss").is_finite());
    pg.draw().unwrap();
}

#[wasm_bindgen_test]
fn divergence_stops_training_and_is_reported() {
    let query = "data=plane&act=relu&lr=10&hidden=8,8";
    let mut pg = Playground::new(canvas(10, 10), canvas(10, 10), canvas(10, 10), query).unwrap();
    let steps = train(&mut pg, 10_000);
    assert!(steps < 10_000);
    let stats = pg.stats().unwrap();
    let diverged = js_sys::Reflect::get(&stats, &"diverged".into()).unwrap();
    assert!(diverged.as_string().is_some());
    assert_eq!(train(&mut pg, 10), 0);
}

#[wasm_bindgen_test]
fn the_bench_handle_rejects_weights_that_do_not_fit() {
    let r = BenchMlp::new(vec![2, 1], vec![0.0; 2], vec![], vec![], 10, 0.03, vec![]);
    assert!(r.is_err());
}

#[wasm_bindgen_test]
fn this_build_trains_bit_for_bit_like_the_native_one() {
    // The same run and fingerprint as the native test
    // `training_matches_the_fingerprint_shared_with_the_wasm_builds` (src/modes/classify/session/tests/mod.rs).
    let (config, _) = nnplay::config::parse("data=spiral&hidden=8,8&features=x1,x2,x1sq,sinx1");
    let mut s = nnplay::modes::classify::session::Session::<f32>::new(config);
    s.train_steps(2_000);
    assert_eq!(
        s.network().fingerprint(),
        0x2e9e_4452_98ed_5c2c,
        "simd: {}",
        nnplay::web::simd_build()
    );
}
