// The classifier mode of <nn-playground> (the default page; demo="classify" or "regress"):
// its wasm `Playground` handle, controls, page tools and animation loop, inside the element's
// shadow root. It follows the mode-widget contract of modes.js, like the GAN widget.

import { el } from './dom.js';
import { sheet } from './styles.js';
import { buildControls } from './controls.js';
import { showConfig, showStats, showIssues, showAlert, divergenceLines, numberFormats } from './view.js';
import { FrameLoop } from './loop.js';
import { makeHandlers } from './handlers.js';
import { observeCanvasSizes } from './sizing.js';
import { SPEEDS, Pace, trainingBudget } from './speeds.js';
import { PageTools } from './tools.js';
import { attachClassroom } from './classroom.js';
import { writeHash, perfReadout } from './widget-shell.js';

export class ClassifyWidget {
  #host;
  #root;
  #t;
  #api;
  #pg;
  #parts;
  #formats;
  #options;
  #params = new URLSearchParams();
  #stats = null;
  #playing = false;
  #speed = 'epoch';
  #failed = false;
  #divergenceShown = false;
  #perf = null;
  #pace = new Pace();
  #tools;
  #info = null;
  #handlers = makeHandlers({
    params: () => this.#params,
    set: (query) => this.#change((pg) => pg.set_config(query)),
    run: (fn) => this.#change(fn),
    playing: () => this.#playing,
    setPlaying: (on) => this.setPlaying(on),
    setSpeed: (name) => this.#setSpeed(name),
    info: () => this.#info,
    tools: () => this.#tools,
  });
  #loop = new FrameLoop(() => this.#frame());

  /** Builds the classifier into `root`; `options` as in modes.js (`query`, `speed`, `fail`,
   * `onFrame`). */
  constructor(host, root, t, api, options) {
    this.#host = host;
    this.#root = root;
    this.#t = t;
    this.#api = api;
    this.#options = options;
    this.#formats = numberFormats(t.lang);
    const { parts, nodes } = buildControls(t, this.#handlers);
    this.#parts = parts;
    this.#setSpeed(options.speed);
    parts.speed.value = this.#speed;
    this.#pg = new api.module.Playground(parts.boundary, parts.points, parts.chart, options.query);
    const container = el('div', { class: 'pg' }, nodes);
    this.#tools = new PageTools(t, parts, this.#toolOps(), this.#formats);
    this.#tools.start(this.#pg, options.query, root, container, t);
    root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets.filter((s) => s !== sheet)];
    root.replaceChildren(container);
    attachClassroom(host, root, t, { mode: 'classify', parts, handle: () => this.#pg, redraw: () => this.#loop.request() });
    this.#setUpPerf();
    observeCanvasSizes([parts.points, parts.chart, ...this.#tools.sizedCanvases], () => this.#loop.request());
    this.#afterChange(true);
  }

  /** The current settings as a query string (every key). */
  get config() {
    return this.#pg.config();
  }

  /** Whether training is running. */
  get playing() {
    return this.#playing;
  }

  /** The numbers of the last frame (see Playground.stats in src/web/stats.rs), or null. */
  get stats() {
    return this.#stats;
  }

  /** Starts or stops training (a diverged run does not start). */
  setPlaying(on) {
    if (this.#failed) return;
    this.#playing = on && this.#stats?.diverged == null;
    if (this.#playing) this.#pace.restart();
    const { play } = this.#parts;
    play.setAttribute('aria-pressed', String(this.#playing));
    const label = this.#playing ? this.#t.controls.pause : this.#t.controls.play;
    play.querySelector('.label').textContent = label.label;
    play.title = label.help;
    this.#loop.request();
  }

  /** One mini-batch step (pauses first). */
  step() {
    this.#handlers.step();
  }

  /** Back to the starting weights (pauses first). */
  reset() {
    this.#handlers.reset();
  }

  /** Replaces all settings by `query` (missing keys take their defaults). */
  replaceConfig(query) {
    this.#change((pg) => pg.replace_config(query));
  }

  /** Stops for good and frees the handle (the element is switching to another mode). */
  stop() {
    this.#loop.cancel();
    this.#failed = true;
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

  // ---- operations lent to the page tools (tools.js) ----

  #toolOps() {
    return {
      call: (fn) => this.#peek(fn),
      run: (fn) => this.#change(fn),
      setPlaying: (on) => this.setPlaying(on),
      toggleFeature: (name) => this.#handlers.toggleFeature(name),
    };
  }

  /** Runs `fn(pg)` (a view option or an edit that leaves the settings alone) and asks for a
   * frame; returns its result (undefined if it failed). */
  #peek(fn) {
    let result;
    if (!this.#failed && this.#call(() => (result = fn(this.#pg)))) this.#loop.request();
    return result;
  }

  /** Runs `fn(pg)` (wasm calls) and, if it did not fail, refreshes what a change affects. */
  #change(fn) {
    if (!this.#failed && this.#call(() => fn(this.#pg))) this.#afterChange();
  }

  #setSpeed(speed) {
    if (speed in SPEEDS) this.#speed = speed;
  }

  // ---- the frame ----

  #frame() {
    if (this.#failed) return;
    const start = performance.now();
    let behind = false;
    const ok = this.#call(() => {
      if (this.#playing) this.#advance();
      behind = this.#pg.draw();
      this.#stats = this.#pg.stats();
    });
    if (!ok) return;
    showStats(this.#parts, this.#stats, this.#t, this.#formats);
    this.#tools.afterFrame(this.#stats);
    this.#showDivergence();
    if (this.#playing) {
      this.#loop.request();
      this.#perf?.record(performance.now() - start, this.#stats);
    } else if (behind) {
      this.#loop.request(); // A view ran out of its share of the frame: finish it next frame.
    }
    this.#options.onFrame?.(this.#stats);
  }

  #advance() {
    const perEpoch = this.#stats?.stepsPerEpoch ?? 1;
    if (!this.#pace.due(this.#speed, performance.now())) return;
    const [steps, budget] = SPEEDS[this.#speed](perEpoch);
    this.#pg.advance(steps, trainingBudget(budget, this.#stats));
  }

  #showDivergence() {
    const diverged = this.#stats.diverged != null;
    if (diverged && this.#playing) this.setPlaying(false);
    if (diverged !== this.#divergenceShown) {
      showAlert(this.#parts, diverged ? divergenceLines(this.#stats, this.#t) : []);
    }
    this.#divergenceShown = diverged;
  }

  /** After any settings change: show the config and what was ignored, update the hash. */
  #afterChange(first = false) {
    const pictureKey = (p) => ['seed', 'classes', 'problem', 'points'].map((k) => p.get(k)).join('&');
    const previousPictures = pictureKey(this.#params);
    const previous = this.#params.toString();
    this.#params = new URLSearchParams(this.#pg.config());
    this.#info = this.#pg.info();
    this.#stats = null; // Until the next frame: a rebuild or reset ends a divergence.
    showConfig(this.#parts, this.#params, this.#t, this.#handlers, this.#info);
    showIssues(this.#parts, Array.from(this.#pg.issues()), this.#t);
    this.#tools.afterChange(this.#info, this.#params);
    if (first || previousPictures !== pictureKey(this.#params)) this.#drawThumbnails();
    if (first || previous !== this.#params.toString()) this.#writeHash();
    this.#loop.request();
  }

  #drawThumbnails() {
    for (const [name, { canvas }] of this.#parts.datasets) {
      this.#call(() => this.#pg.dataset_thumbnail(canvas, name));
    }
  }

  #writeHash() {
    writeHash(this.#host, this.#pg.config());
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
      this.#options.fail(error);
      return false;
    }
  }

  #setUpPerf() {
    this.#perf = perfReadout(this.#host, this.#t, this.#api.build);
    if (this.#perf) this.#parts.footer.append(this.#perf.node, this.#perf.mapNode, this.#perf.buildNode);
  }
}
