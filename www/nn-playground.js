// <nn-playground>: one neural-network playground. Each element owns its wasm `Playground`
// handle, its controls (in its shadow root) and its animation loop; nothing is shared between
// elements but the loaded wasm module, so several can run side by side on one page.
//
// Attributes: config="<query>" (the settings, as in the URL hash), sync-hash (read the
// settings from location.hash and keep it up to date), autoplay, debug="perf" (frame-time
// readout; also turned on by ?debug=perf in the page URL), speed="step|epoch|epochs10|max"
// (the initial training speed), lang (else the page's).

import { loadWasm } from './wasm.js';
import { strings, format } from './strings.js';
import { sheet } from './styles.js';
import { el } from './dom.js';
import { buildControls } from './controls.js';
import { showConfig, showStats, showIssues, showAlert, divergenceLines, numberFormats } from './view.js';
import { FrameLoop, PerfReadout } from './loop.js';
import { makeHandlers } from './handlers.js';
import { observeCanvasSizes } from './sizing.js';

/** How much one frame may train, by speed: [most mini-batch steps, time budget in ms]. */
const SPEEDS = {
  step: () => [1, 8],
  epoch: (perEpoch) => [perEpoch, 12],
  epochs10: (perEpoch) => [perEpoch * 10, 12],
  max: () => [1e9, 8],
};

export class NnPlayground extends HTMLElement {
  static observedAttributes = ['config'];

  #root;
  #t = null;
  #formats = null;
  #api = null;
  #pg = null;
  #parts = null;
  #params = new URLSearchParams();
  #stats = null;
  #playing = false;
  #speed = 'epoch';
  #failed = false;
  #started = false;
  #divergenceShown = false;
  #perf = null;
  #handlers = makeHandlers({
    params: () => this.#params,
    set: (query) => this.#change((pg) => pg.set_config(query)),
    run: (fn) => this.#change(fn),
    playing: () => this.#playing,
    setPlaying: (on) => this.#setPlaying(on),
    setSpeed: (name) => this.#setSpeed(name),
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
    }
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#loop.cancel();
  }

  attributeChangedCallback(name, old, value) {
    if (name === 'config' && this.#pg && old !== value) this.#replaceConfig(value ?? '');
  }

  /** The current settings as a query string (every key). */
  get config() {
    return this.#pg && !this.#failed ? this.#pg.config() : this.getAttribute('config') ?? '';
  }

  /** Whether training is running. */
  get playing() {
    return this.#playing;
  }

  /** Starts training. */
  play() {
    this.#setPlaying(true);
  }

  /** Pauses training. */
  pause() {
    this.#setPlaying(false);
  }

  async #start() {
    const lang = this.closest('[lang]')?.lang || document.documentElement.lang || 'en';
    this.#t = { ...strings(lang), lang };
    this.#formats = numberFormats(lang);
    this.#root.replaceChildren(el('div', { class: 'loading', role: 'status', text: this.#t.loading }));
    try {
      this.#api = await loadWasm();
      this.#build();
    } catch (error) {
      this.#fail(this.#t.failedToStart, error);
    }
  }

  #build() {
    const { parts, nodes } = buildControls(this.#t, this.#handlers);
    this.#parts = parts;
    this.#setSpeed(this.getAttribute('speed'));
    parts.speed.value = this.#speed;
    const { Playground } = this.#api.module;
    this.#pg = new Playground(parts.boundary, parts.points, parts.chart, this.#initialQuery());
    this.#root.replaceChildren(el('div', { class: 'pg' }, nodes));
    this.#setUpPerf();
    observeCanvasSizes([parts.points, parts.chart], () => this.#loop.request());
    this.#afterChange(true);
    if (this.hasAttribute('autoplay')) this.#setPlaying(true);
  }

  #initialQuery() {
    if (this.hasAttribute('sync-hash') && location.hash.length > 1) return location.hash.slice(1);
    return this.getAttribute('config') ?? '';
  }

  // ---- operations lent to the handlers (handlers.js) ----

  /** Runs `fn(pg)` (wasm calls) and, if it did not fail, refreshes what a change affects. */
  #change(fn) {
    if (this.#pg && !this.#failed && this.#call(() => fn(this.#pg))) this.#afterChange();
  }

  /** Replaces all settings by `query` (missing keys take their defaults). */
  #replaceConfig(query) {
    this.#change((pg) => pg.replace_config(query));
  }

  #setPlaying(on) {
    if (this.#failed || !this.#parts) return;
    this.#playing = on && this.#stats?.diverged == null;
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
    if (this.#failed) return;
    const start = performance.now();
    const ok = this.#call(() => {
      if (this.#playing) this.#advance();
      this.#pg.draw();
      this.#stats = this.#pg.stats();
    });
    if (!ok) return;
    showStats(this.#parts, this.#stats, this.#t, this.#formats);
    this.#showDivergence();
    if (this.#playing) {
      this.#loop.request();
      this.#perf?.record(performance.now() - start);
    }
  }

  #advance() {
    const perEpoch = this.#stats?.stepsPerEpoch ?? 1;
    const [steps, budget] = SPEEDS[this.#speed](perEpoch);
    this.#pg.advance(steps, budget);
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
    const previousSeed = this.#params.get('seed');
    const previous = this.#params.toString();
    this.#params = new URLSearchParams(this.#pg.config());
    this.#stats = null; // Until the next frame: a rebuild or reset ends a divergence.
    showConfig(this.#parts, this.#params, this.#t, this.#handlers);
    showIssues(this.#parts, Array.from(this.#pg.issues()), this.#t);
    if (first || previousSeed !== this.#params.get('seed')) this.#drawThumbnails();
    if (first || previous !== this.#params.toString()) this.#writeHash();
    this.#loop.request();
  }

  #drawThumbnails() {
    const seed = BigInt(this.#params.get('seed'));
    const { Playground } = this.#api.module;
    for (const [name, { canvas }] of this.#parts.datasets) {
      this.#call(() => Playground.thumbnail(canvas, name, seed));
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
    if (this.#pg && query !== this.#pg.config()) this.#replaceConfig(query);
  }

  // ---- keyboard ----

  #onKey(event) {
    const target = event.composedPath()[0];
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
    if (event.key === ' ' && target.tagName !== 'BUTTON') {
      event.preventDefault();
      this.#setPlaying(!this.#playing);
    } else if (event.key === 'ArrowRight') {
      event.preventDefault();
      this.#handlers.step();
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
    this.#parts.footer.append(this.#perf.node, this.#perf.buildNode);
  }
}

if (!customElements.get('nn-playground')) customElements.define('nn-playground', NnPlayground);
