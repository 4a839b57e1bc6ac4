//! Canvas plumbing shared by the views: putting an RGBA buffer on a canvas in one call,
//! sizing a canvas, the clock, and building the plain objects handed to the shell.

use crate::drawing::raster::Raster;
use crate::formats::decimal::parse_f64;
use js_sys::{Object, Reflect};
use wasm_bindgen::{Clamped, prelude::*};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

/// Milliseconds from the page's clock (0 where there is none).
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Pixels of `canvas`'s buffer per CSS pixel of its box, as the shell's sizing wrote it in
/// `data-scale` when it sized the canvas (read without a layout), else the screen's ratio.
pub fn pixel_ratio(canvas: &HtmlCanvasElement) -> f64 {
    (canvas.get_attribute("data-scale"))
        .and_then(|s| parse_f64(&s))
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or_else(|| web_sys::window().map_or(1.0, |w| w.device_pixel_ratio()))
}

/// The 2-D context of `canvas`.
pub fn context(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, JsError> {
    canvas
        .get_context("2d")
        .map_err(js_err)?
        .ok_or_else(|| JsError::new("no 2d canvas context"))?
        .dyn_into()
        .map_err(|_| JsError::new("not a 2d context"))
}

/// Puts `rgba` (`w` × `h` pixels) at the canvas's top-left corner.
pub fn put(canvas: &HtmlCanvasElement, rgba: &[u8], w: u32, h: u32) -> Result<(), JsError> {
    let img = ImageData::new_with_u8_clamped_array_and_sh(Clamped(rgba), w, h).map_err(js_err)?;
    context(canvas)?
        .put_image_data(&img, 0.0, 0.0)
        .map_err(js_err)
}

/// Puts a whole raster on the canvas.
pub fn put_raster(canvas: &HtmlCanvasElement, r: &Raster) -> Result<(), JsError> {
    put(canvas, &r.rgba, r.width as u32, r.height as u32)
}

/// Makes the canvas's drawing buffer `w` × `h` (which clears it) if it is not already.
pub fn fit(canvas: &HtmlCanvasElement, w: u32, h: u32) {
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
}

/// A JS exception's text as a `JsError`.
pub fn js_err(e: JsValue) -> JsError {
    JsError::new(&e.as_string().unwrap_or_else(|| format!("{e:?}")))
}

/// A plain object with these fields.
pub fn object(fields: &[(&str, JsValue)]) -> Result<Object, JsError> {
    let o = Object::new();
    for (key, value) in fields {
        Reflect::set(&o, &JsValue::from_str(key), value).map_err(js_err)?;
    }
    Ok(o)
}

/// A number for the shell, or `null` when it is not finite (the page never shows "NaN").
pub fn finite(v: f64) -> JsValue {
    if v.is_finite() {
        v.into()
    } else {
        JsValue::NULL
    }
}

/// An optional number for the shell (`null` when absent or not finite).
pub fn maybe(v: Option<f64>) -> JsValue {
    v.map_or(JsValue::NULL, finite)
}
