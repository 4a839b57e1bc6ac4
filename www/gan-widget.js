// The GAN mode of <nn-playground> (attribute demo="gan", or mode=gan in the config): its own
// wasm `GanPlayground` handle, controls, animation loop and explained-step timer, inside the
// element's shadow root. The element creates one and forwards its public API to it.

import { el, relabel } from './dom.js';
import { showIssues, numberFormats } from './view.js';
import { FrameLoop } from './loop.js';
import { observeCanvasSizes } from './sizing.js';
import { buildGanControls, GAN_MAX_LAYERS, GAN_MAX_NEURONS } from './gan-controls.js';
import { showGanConfig, showGanStats, showPhase, ganLayerSizes } from './gan-view.js';
import { ganSheet } from './gan-styles.js';
import { Sketch } from './gan-sketch.js';
import { attachClassroom } from './classroom.js';
import { StateFile } from './state-file.js';
import { writeHash, perfReadout } from './widget-shell.js';

/** How much one frame may train, by speed: [most units, time budget in ms]. */
const SPEEDS = { step: [1, 8], ten: [10, 10], max: [1e9, 8] };
/** How long each phase of the explained step stays on screen, in ms. */
export const PHASE_MS = 2200;
/** Neurons in a newly added hidden layer. */
const NEW_LAYER_WIDTH = 8;

export class GanWidget {
  #host;
  #root;
  #t;
  #api;
  #pg;
  #parts;
  #formats;
  #fail;
  #onFrame;
  #params = new URLSearchParams();
  #stats = null;
  #playing = false;
  #speed = 'ten';
  #failed = false;
  #phase = null;
  #phaseStart = 0;
  #sketch;
  #sketchDirty = false;
  #perf = null;
  #stateFile;
  #loop = new FrameLoop(() => this.#frame());

  /**
   * Builds the GAN widget into `root` (the element's shadow root). `options`: `query` (the
   * initial config), `speed`, `fail(error)` (shows a fatal error in the element), `onFrame`
   * (called with the stats after each frame).
   */
  constructor(host, root, t, api, { query, speed, fail, onFrame }) {
    this.#host = host;
    this.#root = root;
    this.#t = t;
    this.#api = api;
    this.#fail = fail;
    this.#onFrame = onFrame;
    this.#formats = numberFormats(t.lang);
    if (speed in SPEEDS) this.#speed = speed;
    const { parts, nodes } = buildGanControls(t, t.gan, this.#handlers());
    this.#parts = parts;
    parts.speed.value = this.#speed;
    const { GanPlayground } = api.module;
    this.#pg = new GanPlayground(parts.map, parts.points, parts.lossChart, parts.distanceChart, query);
    this.#sketch = new Sketch(parts.points, () => {
      this.#sketchDirty = true;
      this.#loop.request();
    });
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== ganSheet), ganSheet];
    root.replaceChildren(el('div', { class: 'pg gan' }, nodes));
    attachClassroom(host, root, t, { mode: 'gan', parts, handle: () => this.#pg, redraw: () => this.#loop.request() });
    this.#setUpPerf();
    observeCanvasSizes([parts.points, parts.lossChart, parts.distanceChart], () => this.#loop.request());
    this.#stateFile = new StateFile(t, parts, root, {
      mode: 'gan', module: api.module, host, call: (fn) => this.#result(fn), loaded: () => {
        // The loaded run replaces a drawing in progress and an explained step.
        if (parts.draw.hidden) this.#drawing(false);
        this.#endPhase();
        this.#afterChange();
      },
    });
    this.#afterChange(true);
  }

  /** The current settings as a query string. */
  get config() {
    return this.#pg.config();
  }

  /** Whether training is running. */
  get playing() {
    return this.#playing;
  }

  /** The numbers of the last frame (see GanPlayground.stats in src/web/gan.rs), with the
   * contract's `epoch` (the iterations) and `diverged` (see withContract). */
  get stats() {
    return this.#stats;
  }

  /** Starts or stops training. */
  setPlaying(on) {
    if (this.#failed) return;
    if (on) this.#endPhase();
    this.#playing = on;
    const { play } = this.#parts;
    play.setAttribute('aria-pressed', String(on));
    relabel(play, on ? this.#t.gan.controls.pause : this.#t.gan.controls.play);
    this.#loop.request();
  }

  /** Replaces every setting by `query` (missing keys take defaults). */
  replaceConfig(query) {
    if (query !== this.#pg.config()) this.#change((pg) => pg.replace_config(query));
  }

  /** One unit in the current step mode (pauses first). */
  step() {
    this.setPlaying(false);
    this.#change((pg) => pg.step(), false);
  }

  /** Stops for good and frees the handle (the element is switching to the other mode). */
  stop() {
    this.#loop.cancel();
    this.#failed = true;
    this.#sketch.stop();
    this.#pg.free();
  }

  /** Cancels the pending frame (the element left the page). */
  suspend() {
    this.#loop.cancel();
  }

  /** Keeps the loop going after the element is back on the page. */
  resume() {
    if (!this.#failed) this.#loop.request();
  }

  #handlers() {
    return {
      set: (pairs) => this.#change((pg) => pg.set_config(query(pairs))),
      togglePlay: () => this.setPlaying(!this.#playing),
      step: () => this.step(),
      explain: () => this.#explain(),
      reset: () => {
        this.setPlaying(false);
        this.#endPhase();
        this.#change((pg) => pg.reset(), false);
      },
      stepMode: (name) => this.#call(() => this.#pg.set_step_mode(name)),
      speed: (name) => {
        if (name in SPEEDS) this.#speed = name;
      },
      addLayer: (net) => this.#setLayers(net, (s) => (s.length < GAN_MAX_LAYERS ? [...s, NEW_LAYER_WIDTH] : s)),
      removeLayer: (net) => this.#setLayers(net, (s) => s.slice(0, -1)),
      resizeLayer: (net, index, delta) => this.#setLayers(net, (s) => {
        s[index] = Math.min(GAN_MAX_NEURONS, Math.max(1, s[index] + delta));
        return s;
      }),
      startDrawing: () => this.#drawing(true),
      finishDrawing: () => this.#drawing(false, true),
      cancelDrawing: () => this.#drawing(false, false),
    };
  }

  #setLayers(net, edit) {
    const sizes = edit(ganLayerSizes(this.#params, net));
    this.#change((pg) => pg.set_config(`${net}hidden=${sizes.join(',')}`));
  }

  #drawing(on, keep = false) {
    const p = this.#parts;
    if (on) {
      this.setPlaying(false);
      this.#sketch.start();
    } else {
      this.#sketch.stop();
      this.#change((pg) => (keep ? pg.commit_sketch() : pg.set_sketch(new Float64Array())));
    }
    p.draw.hidden = on;
    p.drawDone.hidden = !on;
    p.drawCancel.hidden = !on;
    p.drawHint.hidden = !on;
    this.#loop.request();
  }

  // ---- the explained step ----

  #explain() {
    this.setPlaying(false);
    this.#call(() => this.#showPhase(this.#pg.explain() ?? null));
    this.#loop.request();
  }

  #showPhase(phase) {
    this.#phase = phase;
    this.#phaseStart = performance.now();
    showPhase(this.#parts, phase, this.#t.gan);
  }

  /** Forgets the phase on screen (training abandons the explained step in Rust). */
  #endPhase() {
    if (this.#phase) this.#showPhase(null);
  }

  // ---- the frame ----

  #frame() {
    if (this.#failed) return;
    const start = performance.now();
    const ok = this.#call(() => {
      if (this.#sketchDirty) this.#pg.set_sketch(this.#sketch.points);
      this.#sketchDirty = false;
      if (this.#phase && start - this.#phaseStart >= PHASE_MS) this.#showPhase(this.#pg.explain() ?? null);
      if (this.#playing) this.#pg.advance(...SPEEDS[this.#speed]);
      this.#pg.draw(!this.#playing);
      this.#stats = withContract(this.#pg.stats());
    });
    if (!ok) return;
    showGanStats(this.#parts, this.#stats, this.#t, this.#formats);
    if (this.#playing || this.#phase) this.#loop.request();
    if (this.#playing) this.#perf?.record(performance.now() - start);
    this.#onFrame?.(this.#stats);
  }

  /** Runs `fn(pg)`, then refreshes what a change affects (the view; with `config`, the
   * controls, the issues and the URL hash). */
  #change(fn, config = true) {
    if (this.#failed || !this.#call(() => fn(this.#pg))) return;
    if (config) this.#afterChange();
    else this.#loop.request();
  }

  #afterChange(first = false) {
    const previous = this.#params.toString();
    this.#params = new URLSearchParams(this.#pg.config());
    showGanConfig(this.#parts, this.#params, this.#t, this.#handlers());
    showIssues(this.#parts, Array.from(this.#pg.issues()), this.#t);
    if (first || previous !== this.#params.toString()) this.#writeHash();
    this.#loop.request();
  }

  #writeHash() {
    writeHash(this.#host, this.#pg.config());
  }

  /** `fn(pg)`'s result, or undefined if it threw (then reported as by #call). */
  #result(fn) {
    let result;
    return this.#call(() => (result = fn(this.#pg))) ? result : undefined;
  }

  /** Runs `fn`; on an exception (a Rust panic is a RuntimeError) stops and reports it. */
  #call(fn) {
    try {
      fn();
      return true;
    } catch (error) {
      this.#failed = true;
      this.#playing = false;
      this.#loop.cancel();
      this.#fail(error);
      return false;
    }
  }

  #setUpPerf() {
    this.#perf = perfReadout(this.#host, this.#t, this.#api.build);
    if (this.#perf) this.#parts.footer.append(this.#perf.node, this.#perf.buildNode);
  }
}

/** `stats` with the fields every mode's stats carry (modes.js): `epoch` and `diverged`
 * ("samples" once the generated samples are no longer finite numbers; the losses cannot tell,
 * as a network that a step mode leaves untrained has no loss yet). */
function withContract(stats) {
  const broken = stats.iterations > 0 && !Number.isFinite(stats.nearest);
  return Object.assign(stats, { epoch: stats.iterations, diverged: broken ? 'samples' : null });
}

/** `pairs` as a query string (values percent-encoded; the Rust parser decodes them). */
function query(pairs) {
  return Object.entries(pairs).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}
