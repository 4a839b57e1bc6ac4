// The base class of the <nn-playground> mode widgets (widget.js in modes/classify/, modes/gan/ and
// modes/race/, and modes/fit/base.js for curve and image): the part of the modes.js contract
// every mode fulfils the same way. It owns the animation loop and the error plumbing of the
// wasm calls, the config round trip (wasm config → controls, issues, URL hash), the play
// button, and the frame-time readout. A subclass builds its controls (`parts`) and wasm handle
// (`pg`), then calls `afterChange(true)`; it supplies the hooks `computeFrame`, `showFrame`
// and `showConfig`, and, if its mode needs them, `nextPlaying` and `changed`.

import { el, relabel } from './dom.js';
import { showIssues, showAlert } from './view.js';
import { FrameLoop, PerfReadout } from './loop.js';

export class ModeWidget {
  #controls;
  #playing = false;
  #stopped = false;
  #divergenceShown = false;
  /** Frames drawn so far: `stats.frame`, which tests wait on. */
  #frames = 0;
  /** The line saying there is nothing to train on (made on first use). */
  #emptyNote = null;
  #loop = new FrameLoop(() => this.#frame());

  /**
   * `host` (the element), `t` (the language's strings), `api` (the loaded wasm `{ module,
   * build }`) and `options` (`query`, `speed`, `fail(error)`, `onFrame(stats)`) as modes.js
   * hands them over; `controls` the strings of the play button (`play` and `pause`, each a
   * `{ label, help }`).
   */
  constructor(host, t, api, options, controls) {
    this.host = host;
    this.t = t;
    this.api = api;
    this.options = options;
    this.#controls = controls;
    /** The wasm handle, made by the subclass's constructor. */
    this.pg = null;
    /** The controls the subclass built (at least `play`, `footer`, `issues` and `alert`). */
    this.parts = null;
    /** The settings last shown (the handle's config, parsed). */
    this.params = new URLSearchParams();
    /** The numbers of the last frame (the contract's `stats`), or null before it. */
    this.stats = null;
    /** The frame-time readout (`setUpPerf`), or null when nobody asked for one. */
    this.perf = null;
    /** The classroom tools (classroom.js), once the subclass attached them. */
    this.classroom = null;
  }

  /** The current settings as a query string (every key). */
  get config() {
    return this.pg.config();
  }

  /** Whether training (or the race) is running. */
  get playing() {
    return this.#playing;
  }

  /** Whether the widget stopped for good (`stop()`, or a wasm call failed): no more calls. */
  get stopped() {
    return this.#stopped;
  }

  /** Starts or stops, as far as `nextPlaying(on)` lets, and relabels the play button. */
  setPlaying(on) {
    if (this.#stopped) return;
    this.#playing = this.nextPlaying(on);
    const { play } = this.parts;
    play.setAttribute('aria-pressed', String(this.#playing));
    relabel(play, this.#playing ? this.#controls.pause : this.#controls.play);
    this.request();
  }

  /** Replaces every setting by `query` (missing keys take defaults); the same config is left
   * alone. */
  replaceConfig(query) {
    if (query !== this.pg.config()) this.change((pg) => pg.replace_config(query));
  }

  /** Changes only the keys in `query`, as a control does (the config applies its rules, e.g.
   * more classes than the dataset can draw switch the dataset). */
  setConfig(query) {
    this.change((pg) => pg.set_config(query));
  }

  /** One step in the mode's unit (pauses first). */
  step() {
    this.setPlaying(false);
    this.change((pg) => pg.step(), false);
  }

  /** Stops for good and frees the handle (the element is switching to another mode). */
  stop() {
    this.#loop.cancel();
    this.#stopped = true;
    this.pg.free();
  }

  /** Cancels the pending frame (the element left the page). */
  suspend() {
    this.#loop.cancel();
  }

  /** Keeps the loop going after the element is back on the page. */
  resume() {
    if (!this.#stopped) this.#loop.request();
  }

  // ---- for the subclasses ----

  /** Asks for a frame (at most one per animation frame). */
  request() {
    this.#loop.request();
  }

  /** Changes the settings named in `pairs` (`{ key: value }`). */
  setPairs(pairs) {
    this.change((pg) => pg.set_config(query(pairs)));
  }

  /** Runs `fn(pg)`, then refreshes what a change affects (the view; with `config`, the
   * controls, the issues and the URL hash). Returns `fn`'s result (undefined if it threw). */
  change(fn, config = true) {
    let result;
    if (this.#stopped || !this.call(() => (result = fn(this.pg)))) return undefined;
    this.changed();
    if (config) this.afterChange();
    else this.request();
    return result;
  }

  /** Shows the config in the controls (`showConfig`) and what it ignored, writes the URL hash
   * if the config changed (or `first`), and asks for a frame. */
  afterChange(first = false) {
    const previous = this.params;
    this.params = new URLSearchParams(this.pg.config());
    // The palette first: what showConfig draws (the dataset pictures) uses its colours.
    this.classroom?.configChanged();
    this.showConfig(previous, first);
    showIssues(this.parts, Array.from(this.pg.issues()), this.t);
    if (first || previous.toString() !== this.params.toString()) this.#writeHash();
    this.request();
  }

  /** Runs `fn`; on an exception (a Rust panic is a RuntimeError) stops for good, cancels the
   * loop and reports it through `options.fail`. Returns whether `fn` went through. */
  call(fn) {
    try {
      fn();
      return true;
    } catch (error) {
      this.#stopped = true;
      this.#playing = false;
      this.#loop.cancel();
      this.options.fail(error);
      return false;
    }
  }

  /** `fn(pg)`'s result, or undefined if it threw (then reported as by `call`). */
  result(fn) {
    let result;
    return this.call(() => (result = fn(this.pg))) ? result : undefined;
  }

  /** Pauses a run that diverged and shows `lines()` in the alert while it stays diverged. */
  showDivergence(lines) {
    const diverged = this.stats.diverged != null;
    if (diverged && this.#playing) this.setPlaying(false);
    if (diverged !== this.#divergenceShown) showAlert(this.parts, diverged ? lines() : []);
    this.#divergenceShown = diverged;
  }

  /** Says `text` (why there is nothing to train on, e.g. no points) on a status line after the
   * issues, or clears it (null); it pauses a running widget. A subclass's `nextPlaying`
   * refuses to start while there is nothing. */
  showEmpty(text) {
    if (!text && !this.#emptyNote) return;
    if (!this.#emptyNote) {
      this.#emptyNote = el('p', { class: 'notice empty-note', role: 'status', id: 'empty-note' });
      this.parts.issues.after(this.#emptyNote);
    }
    if (this.#emptyNote.textContent !== (text ?? '')) this.#emptyNote.textContent = text ?? '';
    this.#emptyNote.hidden = !text;
    if (text && this.#playing) this.setPlaying(false);
  }

  /** Adds the frame-time readout to the footer if one was asked for (`debug="perf"` on the
   * element, or `?debug=perf` in the page URL); `withMap` adds the output map's rates. */
  setUpPerf(withMap = false) {
    const page = new URLSearchParams(location.search).get('debug');
    if (this.host.getAttribute('debug') !== 'perf' && page !== 'perf') return;
    this.perf = new PerfReadout(this.t, this.api.build);
    const { node, mapNode, buildNode } = this.perf;
    this.parts.footer.append(...(withMap ? [node, mapNode, buildNode] : [node, buildNode]));
  }

  // ---- hooks ----

  /** The playing state `setPlaying(on)` takes, after any preparation: `on` here. */
  nextPlaying(on) {
    return on;
  }

  /** Called after each change that went through `change`, before it is shown: nothing here. */
  changed() {}

  /** Shows `params` in the controls (`previous`: the settings shown before; `first`: the
   * first time): nothing here. */
  showConfig(previous, first) {}

  /** The wasm part of a frame that started at `start` (`performance.now()`): train while
   * playing, draw; runs inside `call` and returns the frame's stats. */
  computeFrame(start) {
    return this.pg.stats();
  }

  /** The page part of the frame that started at `start`, once `stats` holds its numbers:
   * readouts, the next frame's request, the frame time. */
  showFrame(start) {}

  // ---- inside ----

  #frame() {
    if (this.#stopped) return;
    const start = performance.now();
    if (!this.call(() => (this.stats = this.computeFrame(start)))) return;
    this.stats.frame = ++this.#frames;
    this.showFrame(start);
    this.options.onFrame?.(this.stats);
  }

  /** Writes the config into the page's hash if the element keeps its state there. */
  #writeHash() {
    if (!this.host.hasAttribute('sync-hash')) return;
    const hash = `#${this.pg.config()}`;
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  }
}

/** `pairs` as a query string (values percent-encoded; the Rust parser decodes them). */
export function query(pairs) {
  return Object.entries(pairs).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}
