// The race mode of <nn-playground> (attribute demo="race", or mode=race in the config):
// optimisers flowing down a 2-D loss surface. Its own wasm `RacePlayground` handle, controls
// and animation loop, inside the element's shadow root; the element forwards its public API
// to it (the contract is in modes.js).

import { el, relabel } from './dom.js';
import { showIssues } from './view.js';
import { FrameLoop } from './loop.js';
import { observeCanvasSizes } from './sizing.js';
import { buildRaceControls, RACE_SPEEDS } from './race-controls.js';
import { showRaceConfig, showRaceStats, raceFormats } from './race-view.js';
import { raceSheet } from './race-styles.js';
import { attachClassroom } from './classroom.js';
import { StateFile } from './state-file.js';
import { writeHash, perfReadout } from './widget-shell.js';

/** How much one frame may race, by speed: [most steps, time budget in ms, ms between two
 * frames that step (slow motion)]. */
const SPEEDS = { slow: [1, 4, 100], step: [1, 4, 0], fast: [5, 4, 0], max: [1e6, 6, 0] };

export class RaceWidget {
  #host;
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
  #speed = 'step';
  #lastStep = -Infinity;
  #failed = false;
  #dragging = null;
  #settled = false;
  #perf = null;
  #stateFile;
  #loop = new FrameLoop(() => this.#frame());

  /**
   * Builds the race widget into `root` (the element's shadow root). `options`: `query` (the
   * initial config), `speed`, `fail(error)` (shows a fatal error in the element), `onFrame`.
   */
  constructor(host, root, t, api, { query, speed, fail, onFrame }) {
    this.#host = host;
    this.#t = t;
    this.#api = api;
    this.#fail = fail;
    this.#onFrame = onFrame;
    this.#formats = raceFormats(t.lang);
    if (RACE_SPEEDS.includes(speed)) this.#speed = speed;
    const { parts, nodes } = buildRaceControls(t, t.race, this.#handlers());
    this.#parts = parts;
    parts.speed.value = this.#speed;
    const { RacePlayground } = api.module;
    this.#pg = new RacePlayground(parts.map, parts.chart, query);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== raceSheet), raceSheet];
    root.replaceChildren(el('div', { class: 'pg race' }, nodes));
    attachClassroom(host, root, t, {
      mode: 'race', parts, handle: () => this.#pg, redraw: () => this.#loop.request(),
      pictures: [parts.map], charts: [parts.chart],
    });
    this.#listenToMap(parts.map);
    this.#setUpPerf();
    observeCanvasSizes([parts.map, parts.chart], () => this.#loop.request());
    this.#stateFile = new StateFile(t, parts, root, {
      mode: 'race', module: api.module, host, call: (fn) => this.#result(fn), loaded: () => this.#afterChange(),
    });
    this.#afterChange(true);
  }

  /** The current settings as a query string. */
  get config() {
    return this.#pg.config();
  }

  /** Whether the race is running. */
  get playing() {
    return this.#playing;
  }

  /** The numbers of the last frame (see RacePlayground.stats in src/web/race_stats.rs). */
  get stats() {
    return this.#stats;
  }

  /** Starts or stops the race (a finished race starts again from the start point). */
  setPlaying(on) {
    if (this.#failed) return;
    if (on && this.#pg.finished()) this.#call(() => this.#pg.restart());
    this.#playing = on;
    this.#lastStep = -Infinity;
    const { play } = this.#parts;
    play.setAttribute('aria-pressed', String(on));
    relabel(play, on ? this.#t.race.controls.pause : this.#t.race.controls.play);
    this.#loop.request();
  }

  /** Replaces every setting by `query` (missing keys take defaults). */
  replaceConfig(query) {
    if (query !== this.#pg.config()) this.#change((pg) => pg.replace_config(query));
  }

  /** One step of every racer (pauses first). */
  step() {
    this.setPlaying(false);
    this.#change((pg) => pg.step(), false);
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

  #handlers() {
    return {
      set: (pairs) => this.#change((pg) => pg.set_config(query(pairs))),
      toggle: (kind, on) => {
        const racing = (this.#params.get('racers') ?? '').split(',').filter((k) => k && k !== kind);
        if (on) racing.push(kind);
        this.#change((pg) => pg.set_config(`racers=${racing.join(',')}`));
      },
      togglePlay: () => this.setPlaying(!this.#playing),
      step: () => this.step(),
      reset: () => {
        this.setPlaying(false);
        this.#change((pg) => pg.restart(), false);
      },
      speed: (name) => {
        if (RACE_SPEEDS.includes(name)) this.#speed = name;
      },
    };
  }

  // ---- dropping the start on the map ----

  #listenToMap(canvas) {
    const drop = (event) => {
      const box = canvas.getBoundingClientRect();
      if (box.width <= 0 || box.height <= 0) return;
      const px = ((event.clientX - box.left) / box.width) * canvas.width;
      const py = ((event.clientY - box.top) / box.height) * canvas.height;
      this.#call(() => this.#pg.set_start(px, py));
      this.#loop.request();
    };
    canvas.addEventListener('pointerdown', (event) => {
      if (this.#failed || event.button !== 0) return;
      event.preventDefault();
      canvas.setPointerCapture?.(event.pointerId);
      this.#dragging = event.pointerId;
      drop(event);
    });
    canvas.addEventListener('pointermove', (event) => {
      if (this.#dragging === event.pointerId && !this.#failed) drop(event);
    });
    const end = (event) => {
      if (this.#dragging !== event.pointerId) return;
      this.#dragging = null;
      if (!this.#failed) this.#afterChange();
    };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
  }

  // ---- the frame ----

  #frame() {
    if (this.#failed) return;
    const start = performance.now();
    const ok = this.#call(() => {
      if (this.#playing) this.#advance(start);
      this.#pg.draw(!this.#playing);
      this.#stats = this.#pg.stats();
    });
    if (!ok) return;
    showRaceStats(this.#parts, this.#stats, this.#t, this.#formats);
    const wasSettled = this.#settled;
    this.#settled = settled(this.#stats);
    if (this.#playing) {
      this.#perf?.record(performance.now() - start);
      // When everyone has stopped, or keeps swinging without getting anywhere, pause (which
      // draws the settled chart once more) rather than run up millions of steps. Play again
      // and the swinging goes on.
      if (this.#settled && !wasSettled) this.setPlaying(false);
      else this.#loop.request();
    }
    this.#onFrame?.(this.#stats);
  }

  #advance(now) {
    const [steps, budget, interval] = SPEEDS[this.#speed];
    if (now - this.#lastStep < interval) return;
    this.#lastStep = now;
    this.#pg.advance(steps, budget);
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
    showRaceConfig(this.#parts, this.#params, this.#t);
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

/** Whether no racer is still on its way: each has stopped for good or is oscillating. */
function settled(stats) {
  return stats.finished || stats.racers.every((r) => r.status !== 'running');
}

/** `pairs` as a query string (values percent-encoded; the Rust parser decodes them). */
function query(pairs) {
  return Object.entries(pairs).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}
