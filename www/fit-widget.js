// The two fitting modes' widgets, loaded together on demand by modes.js: the curve
// (curve-widget.js) and the picture (image-widget.js), both built on fit-base.js.

export { CurveWidget } from './curve-widget.js';
export { ImageWidget } from './image-widget.js';
