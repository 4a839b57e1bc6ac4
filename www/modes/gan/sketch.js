// Drawing a target on the GAN plot with a mouse, pen or finger (pointer events): collects the
// strokes' points in plane coordinates. The wasm draws them (set_sketch) and, when the
// student is done, thins them into the drawn target (commit_sketch).

import { followPointer, fractionOf } from '../../shell/drag.js';

/** Half-width of the plane the plot shows (GAN_DOMAIN in src/gan/mod.rs). */
const DOMAIN = 4;

/** Strokes drawn on `canvas` while active; `onChange()` is called after each new point. */
export class Sketch {
  #canvas;
  #onChange;
  #points = [];
  /** Removes the pointer listeners while drawing is on. */
  #stopFollowing = null;

  constructor(canvas, onChange) {
    this.#canvas = canvas;
    this.#onChange = onChange;
  }

  /** Whether drawing is on. */
  get active() {
    return this.#canvas.classList.contains('drawing');
  }

  /** The points so far, x and y interleaved (plane coordinates). */
  get points() {
    return Float64Array.from(this.#points);
  }

  /** Starts a new drawing (previous points are forgotten). */
  start() {
    this.#points = [];
    if (this.active) return;
    this.#canvas.classList.add('drawing');
    const add = (event) => this.#add(event);
    this.#stopFollowing = followPointer(this.#canvas, { press: add, move: add, coalesced: true });
  }

  /** Stops drawing; returns the points. */
  stop() {
    this.#canvas.classList.remove('drawing');
    this.#stopFollowing?.();
    this.#stopFollowing = null;
    return this.points;
  }

  #add(event) {
    const f = fractionOf(this.#canvas, event);
    if (!f) return;
    this.#points.push(f[0] * 2 * DOMAIN - DOMAIN, DOMAIN - f[1] * 2 * DOMAIN);
    this.#onChange();
  }
}
