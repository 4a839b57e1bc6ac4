// Drawing a target on the GAN plot with a mouse, pen or finger (pointer events): collects the
// strokes' points in plane coordinates. The wasm draws them (set_sketch) and, when the
// student is done, thins them into the drawn target (commit_sketch).

/** Half-width of the plane the plot shows (GAN_DOMAIN in src/gan/mod.rs). */
const DOMAIN = 4;

/** Strokes drawn on `canvas` while active; `onChange()` is called after each new point. */
export class Sketch {
  #canvas;
  #onChange;
  #points = [];
  #pointer = null;
  #listeners = {
    pointerdown: (e) => this.#down(e),
    pointermove: (e) => this.#move(e),
    pointerup: (e) => this.#up(e),
    pointercancel: (e) => this.#up(e),
  };

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
    for (const [type, fn] of Object.entries(this.#listeners)) this.#canvas.addEventListener(type, fn);
  }

  /** Stops drawing; returns the points. */
  stop() {
    this.#canvas.classList.remove('drawing');
    for (const [type, fn] of Object.entries(this.#listeners)) this.#canvas.removeEventListener(type, fn);
    this.#pointer = null;
    return this.points;
  }

  #down(event) {
    if (this.#pointer !== null) return;
    event.preventDefault();
    this.#pointer = event.pointerId;
    this.#canvas.setPointerCapture?.(event.pointerId);
    this.#add(event);
  }

  #move(event) {
    if (event.pointerId !== this.#pointer) return;
    event.preventDefault();
    const events = event.getCoalescedEvents?.() ?? [];
    for (const e of events.length ? events : [event]) this.#add(e);
  }

  #up(event) {
    if (event.pointerId === this.#pointer) this.#pointer = null;
  }

  #add(event) {
    const rect = this.#canvas.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return;
    const x = ((event.clientX - rect.left) / rect.width) * 2 * DOMAIN - DOMAIN;
    const y = DOMAIN - ((event.clientY - rect.top) / rect.height) * 2 * DOMAIN;
    this.#points.push(x, y);
    this.#onChange();
  }
}
