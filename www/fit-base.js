// What the curve and image widgets share: the mode-widget contract of modes.js (config,
// playing, stats, setPlaying, step, replaceConfig, stop, suspend, resume), the animation loop
// with its speed settings, the config round trip (controls ← wasm config → URL hash), the
// divergence alert, the frame-time readout and error handling. A widget supplies a `spec`:
// how to build its controls and handle and how to show its config and numbers.

import { el, relabel } from './dom.js';
import { showIssues, showAlert, numberFormats, setText } from './view.js';
import { FrameLoop } from './loop.js';
import { observeCanvasSizes } from './sizing.js';
import { fitSheet } from './fit-styles.js';
import { sheet } from './styles.js';
import { attachClassroom } from './classroom.js';
import { StateFile } from './state-file.js';
import { writeHash, perfReadout } from './widget-shell.js';

export class FitWidget {
  #host;
  #t;
  #api;
  #fail;
  #onFrame;
  #spec;
  #stats = null;
  #playing = false;
  #failed = false;
  #divergenceShown = false;
  #perf = null;
  #stateFile;
  #loop = new FrameLoop(() => this.#frame());

  /**
   * Builds the widget into `root` (the element's shadow root). `options`: `query` (the initial
   * config), `speed`, `fail(error)` (shows a fatal error in the element), `onFrame(stats)`.
   * `spec`: `{ className, speeds, defaultSpeed, build(widget) → {parts, nodes},
   * handle(module, parts, query), sized(parts), showConfig(widget), showStats(widget) }`.
   */
  constructor(host, root, t, api, { query, speed, fail, onFrame }, spec) {
    this.#host = host;
    this.#t = t;
    this.#api = api;
    this.#fail = fail;
    this.#onFrame = onFrame;
    this.#spec = spec;
    /** The strings of the fitting modes, and the language's number formats. */
    this.f = t.fit;
    this.t = t;
    this.formats = { ...numberFormats(t.lang), plain: new Intl.NumberFormat(t.lang, { maximumFractionDigits: 6 }) };
    this.speed = speed in spec.speeds ? speed : spec.defaultSpeed;
    this.params = new URLSearchParams();
    const { parts, nodes } = spec.build(this);
    this.parts = parts;
    parts.speed.value = this.speed;
    this.pg = spec.handle(api.module, parts, query);
    this.pg.set_decimal_comma(this.formats.plain.format(0.5).includes(','));
    root.adoptedStyleSheets = [sheet, fitSheet];
    root.replaceChildren(el('div', { class: `pg fit ${spec.className}` }, nodes));
    const image = Boolean(parts.output);
    attachClassroom(host, root, t, {
      mode: image ? 'image' : 'curve', parts, handle: () => this.pg, redraw: () => this.#loop.request(),
      pictures: image ? [parts.output] : [parts.plot], charts: image ? [parts.target, parts.lossChart] : [parts.lossChart],
    });
    this.#setUpPerf();
    observeCanvasSizes(spec.sized(parts), () => this.#loop.request());
    this.#stateFile = new StateFile(t, parts, root, {
      mode: image ? 'image' : 'curve', module: api.module, host, call: (fn) => this.#result(fn),
      loaded: () => this.afterChange(),
    });
    this.afterChange(true);
  }

  /** The current settings as a query string. */
  get config() {
    return this.pg.config();
  }

  /** Whether the widget still runs (false once stopped or failed). */
  get active() {
    return !this.#failed;
  }

  /** Whether training is running. */
  get playing() {
    return this.#playing;
  }

  /** The numbers of the last frame (see the handles' `stats` in src/web/curve.rs, image.rs). */
  get stats() {
    return this.#stats;
  }

  /** Starts or stops training (a diverged run stays paused until a reset or a change). */
  setPlaying(on) {
    if (this.#failed) return;
    this.#playing = on && this.#stats?.diverged == null;
    const { play } = this.parts;
    play.setAttribute('aria-pressed', String(this.#playing));
    relabel(play, this.#playing ? this.f.controls.pause : this.f.controls.play);
    this.#loop.request();
  }

  /** Replaces every setting by `query` (missing keys take defaults). */
  replaceConfig(query) {
    if (query !== this.pg.config()) this.change((pg) => pg.replace_config(query));
  }

  /** One step (pauses first). */
  step() {
    this.setPlaying(false);
    this.change((pg) => pg.step(), false);
  }

  /** Back to the starting weights (pauses first). */
  reset() {
    this.setPlaying(false);
    this.change((pg) => pg.reset(), false);
  }

  /** Sets the training speed by name. */
  setSpeed(name) {
    if (name in this.#spec.speeds) this.speed = name;
  }

  /** Stops for good and frees the handle (the element is switching to another mode). */
  stop() {
    this.#loop.cancel();
    this.#failed = true;
    this.pg.free();
  }

  /** Cancels the pending frame (the element left the page). */
  suspend() {
    this.#loop.cancel();
  }

  /** Keeps the loop going after the element is back on the page. */
  resume() {
    if (!this.#failed) this.#loop.request();
  }

  /** Asks for a frame. */
  request() {
    this.#loop.request();
  }

  /** Runs `fn(pg)`, then refreshes what a change affects (the view; with `config`, the
   * controls, the issues and the URL hash). Returns `fn`'s result (undefined if it threw). */
  change(fn, config = true) {
    let result;
    if (this.#failed || !this.call(() => (result = fn(this.pg)))) return undefined;
    this.#stats = null; // Until the next frame: a change or reset ends a divergence.
    if (config) this.afterChange();
    else this.#loop.request();
    return result;
  }

  /** Shows the config in the controls, the issues, and updates the hash. */
  afterChange(first = false) {
    const previous = this.params.toString();
    this.params = new URLSearchParams(this.pg.config());
    this.#spec.showConfig(this);
    showIssues(this.parts, Array.from(this.pg.issues()), this.t);
    if (first || previous !== this.params.toString()) this.#writeHash();
    this.#loop.request();
  }

  /** Runs `fn`; on an exception (a Rust panic is a RuntimeError) stops and reports it. */
  call(fn) {
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

  /** `fn(pg)`'s result, or undefined if it threw (then reported as by `call`). */
  #result(fn) {
    let result;
    return this.call(() => (result = fn(this.pg))) ? result : undefined;
  }

  /** A number in the language's notation (for option labels). */
  number(value) {
    return this.formats.plain.format(Number(value));
  }

  #frame() {
    if (this.#failed) return;
    const start = performance.now();
    const ok = this.call(() => {
      if (this.#playing) this.pg.advance(...this.#spec.speeds[this.speed]);
      this.pg.draw(!this.#playing);
      this.#stats = this.pg.stats();
    });
    if (!ok) return;
    const wasmMs = performance.now() - start;
    this.#spec.showStats(this, this.#stats);
    this.#showDivergence();
    if (this.#playing) {
      this.#loop.request();
      this.#perf?.record(wasmMs);
    }
    this.#onFrame?.(this.#stats);
  }

  #showDivergence() {
    const diverged = this.#stats.diverged != null;
    if (diverged && this.#playing) this.setPlaying(false);
    if (diverged !== this.#divergenceShown) showAlert(this.parts, diverged ? [this.f.diverged] : []);
    this.#divergenceShown = diverged;
  }

  #writeHash() {
    writeHash(this.#host, this.pg.config());
  }

  #setUpPerf() {
    this.#perf = perfReadout(this.#host, this.t, this.#api.build);
    if (this.#perf) this.parts.footer.append(this.#perf.node, this.#perf.buildNode);
  }
}

export { setText };

/** `pairs` as a query string (values percent-encoded; the Rust parser decodes them). */
export function query(pairs) {
  return Object.entries(pairs).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}
