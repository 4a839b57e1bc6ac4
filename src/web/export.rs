//! What a saved picture asks of a handle: its charts drawn again on canvases of the picture's
//! size (not the page's canvases scaled up). [`export_methods`] adds `draw_chart_on` to a
//! handle that has a `draw_chart_copy(&self, index, canvas)`.

/// `draw_chart_on` for each handle type.
macro_rules! export_methods {
    ($($handle:ty),*) => {$(
        #[wasm_bindgen]
        impl $handle {
            /// Draws the page's chart number `index` (in the page's order) on `canvas`, at the
            /// canvas' size, as the page shows it; false when there is no such chart.
            pub fn draw_chart_on(
                &self,
                index: usize,
                canvas: &web_sys::HtmlCanvasElement,
            ) -> Result<bool, JsError> {
                self.draw_chart_copy(index, canvas)
            }
        }
    )*};
}

pub(crate) use export_methods;
