// The two fitting modes' widgets, loaded together on demand by modes.js: the curve
// (curve.js) and the picture (image.js), both built on base.js.

export { CurveWidget } from './curve.js';
export { ImageWidget } from './image.js';
