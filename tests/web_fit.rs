//! Browser tests of the curve and image handles (wasm-bindgen-test in headless Chromium):
//! clicks become points where the plot shows them, uploads are checked and a refused one
//! keeps the picture, and the pictures reach their canvases.
#![cfg(target_arch = "wasm32")]

use nnplay::web::{CurvePlayground, ImagePlayground};
use wasm_bindgen::JsCast;
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

fn pixels(c: &HtmlCanvasElement) -> Vec<u8> {
    let ctx: CanvasRenderingContext2d = c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let (w, h) = (c.width() as f64, c.height() as f64);
    ctx.get_image_data(0.0, 0.0, w, h).unwrap().data().to_vec()
}

fn field(o: &wasm_bindgen::JsValue, key: &str) -> wasm_bindgen::JsValue {
    js_sys::Reflect::get(o, &key.into()).unwrap()
}

#[wasm_bindgen_test]
fn clicks_on_the_drawn_plot_add_and_erase_points() {
    let plot = canvas(400, 300);
    let mut pg = CurvePlayground::new(plot.clone(), canvas(200, 100), "mode=curve");
    assert_eq!(pg.add_point(200.0, 150.0), "outside", "nothing drawn yet");
    pg.draw(true).unwrap();
    assert_eq!(
        pg.add_point(1.0, 1.0),
        "outside",
        "the corner is outside the axes"
    );
    assert_eq!(pg.add_point(220.0, 140.0), "added");
    assert_eq!(pg.add_point(300.0, 60.0), "added");
    let config = pg.config();
    assert!(config.contains("ctarget=drawn"), "{config}");
    assert_eq!(field(&pg.stats().unwrap(), "points").as_f64(), Some(2.0));
    assert!(!pg.erase_point(100.0, 250.0), "no point near there");
    assert!(pg.erase_point(301.0, 61.0));
    assert_eq!(field(&pg.stats().unwrap(), "points").as_f64(), Some(1.0));
    pg.clear_points();
    assert!(pg.config().contains("cpoints=&") || pg.config().ends_with("cpoints="));
}

#[wasm_bindgen_test]
fn a_refused_upload_keeps_the_picture_and_a_good_one_replaces_it() {
    let target = canvas(1, 1);
    let mut pg = ImagePlayground::new(target.clone(), canvas(1, 1), canvas(200, 100), "isize=16");
    pg.draw(true).unwrap();
    let face = pixels(&target);
    assert_eq!(face.len(), 16 * 16 * 4);
    // Refusals come back as data for the page to word: a kind and its numbers.
    let error = pg.set_picture_rgba(4, 4, vec![0; 10]);
    assert_eq!(
        field(&error, "kind").as_string().as_deref(),
        Some("lengthMismatch")
    );
    assert_eq!(field(&error, "expected").as_f64(), Some(64.0));
    assert_eq!(field(&error, "got").as_f64(), Some(10.0));
    let empty = pg.set_picture_rgba(0, 5, Vec::new());
    assert_eq!(field(&empty, "kind").as_string().as_deref(), Some("empty"));
    assert!(!pg.has_upload());
    pg.draw(true).unwrap();
    assert_eq!(pixels(&target), face);
    let red: Vec<u8> = [255, 0, 0, 255].repeat(8 * 6);
    assert!(pg.set_picture_rgba(8, 6, red).is_null());
    assert!(pg.has_upload());
    pg.draw(true).unwrap();
    assert_eq!(&pixels(&target)[..4], &[255, 0, 0, 255]);
    assert!(
        !pg.config().contains("upload"),
        "the picture is not in the link"
    );
    pg.set_config("ilr=0.01");
    assert!(pg.has_upload(), "a live change keeps it");
    pg.set_config("isize=32");
    assert!(pg.has_upload(), "a new size resamples it");
    assert_eq!(field(&pg.stats().unwrap(), "size").as_f64(), Some(32.0));
    pg.reset();
    assert!(pg.has_upload(), "a reset keeps it");
    pg.draw(true).unwrap();
    assert_eq!(&pixels(&target)[..4], &[255, 0, 0, 255], "and its pixels");
    pg.set_config("itarget=checker");
    assert!(!pg.has_upload(), "a new target drops it");
}

#[wasm_bindgen_test]
fn image_training_lowers_the_loss_one_pass_at_a_time() {
    let mut pg = ImagePlayground::new(canvas(1, 1), canvas(1, 1), canvas(200, 100), "isize=16");
    let before = field(&pg.stats().unwrap(), "loss").as_f64().unwrap();
    assert_eq!(pg.advance(3, f64::INFINITY), 3);
    let stats = pg.stats().unwrap();
    assert_eq!(field(&stats, "epoch").as_f64(), Some(3.0));
    assert!(field(&stats, "loss").as_f64().unwrap() < before);
    assert!(field(&stats, "diverged").is_null());
}
