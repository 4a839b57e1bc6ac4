//! The segmentation's tests: strokes in a link, the scenes, and the point of the demo pinned
//! in steps (five strokes on the default scene label ≥ 90 % of its pixels right within the
//! steps the default speed runs in 10 s, and a label never painted is never given).

mod learning;
mod state;
mod strokes;
