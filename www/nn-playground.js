// <nn-playground>: one neural-network playground. Each element owns its wasm `Playground`
// handle, its controls (in its shadow root) and its animation loop; nothing is shared between
// elements but the loaded wasm module, so several can run side by side on one page.
//
// Attributes: config="<query>" (the settings, as in the URL hash), sync-hash (read the
// settings from location.hash and keep it up to date), autoplay, debug="perf" (frame-time
// readout; also turned on by ?debug=perf in the page URL), speed="slow|step|epoch|epochs10|max"
// (the initial training speed), lang (else the page's), demo="gan|race|curve|image" (another
// page mode, which a config with mode=… also selects; see modes.js).

import { loadWasm } from './wasm.js';
import { strings, format } from './strings.js';
import { sheet } from './styles.js';
import { el } from './dom.js';
import { buildControls } from './controls.js';
import { showConfig, showStats, showIssues, showAlert, divergenceLines, numberFormats } from './view.js';
import { FrameLoop, PerfReadout } from './loop.js';
import { makeHandlers } from './handlers.js';
import { observeCanvasSizes } from './sizing.js';
import { SPEEDS, Pace, trainingBudget } from './speeds.js';
import { PageTools } from './tools.js';
import { MODES, modeOf } from './modes.js';
import { attachClassroom, prefersReducedMotion } from './classroom.js';

export class NnPlayground extends HTMLElement {
  static observedAttributes = ['config'];

  #root;
  #t = null;
  #formats = null;
  #api = null;
  #pg = null;
  /** The widget of a mode other than the classifier (modes.js), or null. */
  #other = null;
  #parts = null;
  #params = new URLSearchParams();
  #stats = null;
  #playing = false;
  #speed = 'epoch';
  #failed = false;
  #started = false;
  #divergenceShown = false;
  #perf = null;
  #pace = new Pace();
  #tools = null;
  #info = null;
  #handlers = makeHandlers({
    params: () => this.#params,
    set: (query) => this.#change((pg) => pg.set_config(query)),
    run: (fn) => this.#change(fn),
    playing: () => this.#playing,
    setPlaying: (on) => this.#setPlaying(on),
    setSpeed: (name) => this.#setSpeed(name),
    info: () => this.#info,
    tools: () => this.#tools,
  });
  #loop = new FrameLoop(() => this.#frame());
  #onHashChange = () => this.#applyHash();

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [sheet];
    this.addEventListener('keydown', (e) => this.#onKey(e));
  }

  connectedCallback() {
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    if (this.hasAttribute('sync-hash')) window.addEventListener('hashchange', this.#onHashChange);
    if (!this.#started) {
      this.#started = true;
      this.#start();
    } else {
      this.#loop.request();
      this.#other?.resume();
    }
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#loop.cancel();
    this.#other?.suspend();
  }

  attributeChangedCallback(name, old, value) {
    if (name === 'config' && (this.#pg || this.#other) && old !== value) this.#replaceConfig(value ?? '');
  }

  /** The current settings as a query string (every key). */
  get config() {
    if (this.#failed) return this.getAttribute('config') ?? '';
    if (this.#other) return this.#other.config;
    return this.#pg ? this.#pg.config() : this.getAttribute('config') ?? '';
  }

  /** Whether training is running. */
  get playing() {
    return this.#other ? this.#other.playing : this.#playing;
  }

  /** The numbers of the last frame (for tests and embedding pages), or null. */
  get stats() {
    return this.#other ? this.#other.stats : this.#stats;
  }

  /** Starts training. */
  play() {
    if (this.#other) this.#other.setPlaying(true);
    else this.#setPlaying(true);
  }

  /** Pauses training. */
  pause() {
    if (this.#other) this.#other.setPlaying(false);
    else this.#setPlaying(false);
  }

  async #start() {
    const lang = this.closest('[lang]')?.lang || document.documentElement.lang || 'en';
    this.#t = { ...strings(lang), lang };
    this.#formats = numberFormats(lang);
    this.#root.replaceChildren(el('div', { class: 'loading', role: 'status', text: this.#t.loading }));
    try {
      this.#api = await loadWasm();
      await this.#build(this.#initialQuery());
    } catch (error) {
      this.#fail(this.#t.failedToStart, error);
    }
  }

  /** The mode `query` selects (with the `demo` attribute): `classify` or a key of MODES. */
  #modeOf(query) {
    return modeOf(this.#api.module, query, this.getAttribute('demo'));
  }

  async #build(query) {
    const mode = this.#modeOf(query);
    if (mode !== 'classify') {
      const Widget = await MODES[mode]();
      const modeQuery = this.#api.module.query_mode(query) === mode ? query : `mode=${mode}&${query}`;
      this.#other = new Widget(this, this.#root, this.#t, this.#api, {
        query: modeQuery, speed: this.getAttribute('speed'), fail: (error) => this.#fail(this.#t.crashed, error),
      });
      if (this.hasAttribute('autoplay') && !prefersReducedMotion()) this.#other.setPlaying(true);
      return;
    }
    const { parts, nodes } = buildControls(this.#t, this.#handlers);
    this.#parts = parts;
    this.#setSpeed(this.getAttribute('speed'));
    parts.speed.value = this.#speed;
    const { Playground } = this.#api.module;
    this.#pg = new Playground(parts.boundary, parts.points, parts.chart, query);
    const container = el('div', { class: 'pg' }, nodes);
    this.#tools = new PageTools(this.#t, parts, this.#toolOps(), this.#formats);
    this.#tools.start(this.#pg, query, this.#root, container, this.#t);
    this.#root.replaceChildren(container);
    attachClassroom(this, this.#root, this.#t, { mode: 'classify', parts, handle: () => this.#pg, redraw: () => this.#loop.request() });
    this.#setUpPerf();
    const sized = [parts.points, parts.chart, ...this.#tools.sizedCanvases];
    observeCanvasSizes(sized, () => this.#loop.request());
    this.#afterChange(true);
    if (this.hasAttribute('autoplay') && !prefersReducedMotion()) this.#setPlaying(true);
  }

  #initialQuery() {
    if (this.hasAttribute('sync-hash') && location.hash.length > 1) return location.hash.slice(1);
    return this.getAttribute('config') ?? '';
  }

  // ---- operations lent to the handlers (handlers.js) and the page tools (tools.js) ----

  #toolOps() {
    return {
      call: (fn) => this.#peek(fn),
      run: (fn) => this.#change(fn),
      setPlaying: (on) => this.#setPlaying(on),
      toggleFeature: (name) => this.#handlers.toggleFeature(name),
    };
  }

  /** Runs `fn(pg)` (a view option or an edit that leaves the settings alone) and asks for a
   * frame; returns its result (undefined if it failed). */
  #peek(fn) {
    let result;
    if (this.#pg && !this.#failed && this.#call(() => (result = fn(this.#pg)))) this.#loop.request();
    return result;
  }

  /** Runs `fn(pg)` (wasm calls) and, if it did not fail, refreshes what a change affects. */
  #change(fn) {
    if (this.#pg && !this.#failed && this.#call(() => fn(this.#pg))) this.#afterChange();
  }

  /** Replaces all settings by `query` (missing keys take their defaults); a query for the
   * other mode (GAN or classifier) rebuilds the widget in that mode. */
  #replaceConfig(query) {
    if (this.#failed) return;
    const current = this.#other ? this.#modeOf(this.#other.config) : 'classify';
    if (this.#modeOf(query) !== current) this.#switchMode(query);
    else if (this.#other) this.#other.replaceConfig(query);
    else this.#change((pg) => pg.replace_config(query));
  }

  #switchMode(query) {
    this.#other?.stop();
    this.#other = null;
    this.#loop.cancel();
    this.#pg?.free();
    this.#pg = null;
    this.#parts = null;
    this.#tools = null;
    this.#info = null;
    this.#playing = false;
    this.#stats = null;
    this.#params = new URLSearchParams();
    this.#root.adoptedStyleSheets = [sheet];
    this.#build(query).catch((error) => this.#fail(this.#t.failedToStart, error));
  }

  #setPlaying(on) {
    if (this.#failed || !this.#parts) return;
    this.#playing = on && this.#stats?.diverged == null;
    if (this.#playing) this.#pace.restart();
    const { play } = this.#parts;
    play.setAttribute('aria-pressed', String(this.#playing));
    const label = this.#playing ? this.#t.controls.pause : this.#t.controls.play;
    play.querySelector('.label').textContent = label.label;
    play.title = label.help;
    this.#loop.request();
  }

  #setSpeed(speed) {
    if (speed in SPEEDS) this.#speed = speed;
  }

  // ---- the frame ----

  #frame() {
    // No handle: the widget switched to another mode (a resize may still ask for a frame).
    if (this.#failed || !this.#pg) return;
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
  }

  #advance() {
    const perEpoch = this.#stats?.stepsPerEpoch ?? 1;
    if (!this.#pace.due(this.#speed, performance.now())) return;
    const [steps, budget] = SPEEDS[this.#speed](perEpoch);
    this.#pg.advance(steps, trainingBudget(budget, this.#stats));
  }

  #showDivergence() {
    const diverged = this.#stats.diverged != null;
    if (diverged && this.#playing) this.#setPlaying(false);
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

  // ---- the URL hash ----

  #writeHash() {
    if (!this.hasAttribute('sync-hash')) return;
    const hash = `#${this.#pg.config()}`;
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  }

  #applyHash() {
    const query = location.hash.slice(1);
    if ((this.#pg || this.#other) && query !== this.config) this.#replaceConfig(query);
  }

  // ---- keyboard ----

  #onKey(event) {
    const target = event.composedPath()[0];
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
    if (event.key === ' ' && target.tagName !== 'BUTTON') {
      event.preventDefault();
      if (this.#other) this.#other.setPlaying(!this.#other.playing);
      else this.#setPlaying(!this.#playing);
    } else if (event.key === 'ArrowRight') {
      event.preventDefault();
      if (this.#other) this.#other.step();
      else this.#handlers.step();
    } else if (event.key === 'r' || event.key === 'R') {
      // The same as pressing the widget's own Reset button, in either mode.
      event.preventDefault();
      this.#root.querySelector('#reset')?.click();
    }
  }

  // ---- errors and the frame-time readout ----

  /** Runs `fn`; on an exception (a Rust panic is a RuntimeError) shows it and stops. */
  #call(fn) {
    try {
      fn();
      return true;
    } catch (error) {
      this.#fail(this.#t.crashed, error);
      return false;
    }
  }

  #fail(template, error) {
    this.#failed = true;
    this.#playing = false;
    this.#loop.cancel();
    let panic = null;
    try {
      panic = this.#api?.module.last_panic?.() ?? null;
    } catch {
      // The module may be unusable after a panic; the exception's own message remains.
    }
    const message = format(template, { message: panic ?? error?.message ?? String(error) });
    const alert = this.#parts?.alert ?? el('div', { class: 'alert', role: 'alert' });
    alert.replaceChildren(el('p', { text: message }));
    for (const node of this.#root.querySelectorAll('.bar, .main')) node.inert = true;
    if (!alert.isConnected) this.#root.replaceChildren(alert);
  }

  #setUpPerf() {
    const page = new URLSearchParams(location.search).get('debug');
    if (this.getAttribute('debug') !== 'perf' && page !== 'perf') return;
    this.#perf = new PerfReadout(this.#t, this.#api.build);
    this.#parts.footer.append(this.#perf.node, this.#perf.mapNode, this.#perf.buildNode);
  }
}

if (!customElements.get('nn-playground')) customElements.define('nn-playground', NnPlayground);
