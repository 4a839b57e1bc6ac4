// The animation loop of one widget (a frame is requested only while playing or after a
// change) and the frame-time meter and readout behind ?debug=perf.

import { el } from './dom.js';
import { format } from '../i18n/format.js';

/** Training time (ms) all the demos of a page may take together in one animation frame: they
 * share it, so that fifteen demos on one screen leave time to draw and to answer the reader. */
const PAGE_TRAINING_MS = 10;
/** The least a demo's share may be, so that every playing demo still advances. */
const MIN_SHARE_MS = 0.5;
/** Once this much of an animation frame (ms) has gone on demos, the demos still due wait for
 * the next one, where they go first: every demo advances, and the page keeps answering. */
const PAGE_FRAME_MS = 14;

/** The loops due in the next animation frame, in the order they run (those that waited
 * longest first), and the one animation frame the page asks for. */
let due = new Set();
let pending = 0;
/** How many loops share the animation frame being run. */
let sharers = 1;

/**
 * The training time a demo may take in the animation frame being run, out of its own
 * `budget` (ms): no more than its share of the page's PAGE_TRAINING_MS among the demos that
 * run in this frame, nor less than MIN_SHARE_MS.
 */
export function frameShare(budget) {
  return Math.min(budget, Math.max(MIN_SHARE_MS, PAGE_TRAINING_MS / sharers));
}

/** Runs the due loops in one animation frame, as many as PAGE_FRAME_MS allows (one at least). */
function runFrame(time) {
  pending = 0;
  const loops = [...due];
  due = new Set();
  const start = performance.now();
  const fit = Math.max(1, Math.min(loops.length, Math.round(PAGE_FRAME_MS / estimatedMs)));
  sharers = fit;
  let ran = 0;
  for (; ran < loops.length; ran++) {
    if (ran > 0 && performance.now() - start > PAGE_FRAME_MS) break;
    loops[ran].run(time);
  }
  if (ran > 0) estimatedMs += ((performance.now() - start) / ran - estimatedMs) * 0.2;
  // The loops left over go first next time, before those that asked again while running.
  const waiting = loops.slice(ran);
  if (waiting.length) due = new Set([...waiting, ...due]);
  if (due.size) schedule();
}

/** A running estimate of one loop's time in a frame (ms), to split the training time. */
let estimatedMs = 2;

function schedule() {
  if (!pending) pending = requestAnimationFrame(runFrame);
}

/** Calls `frame` on the next animation frame the page gives it, at most once per frame however
 * often asked. The page's loops share each animation frame (see PAGE_FRAME_MS). */
export class FrameLoop {
  #frame;

  constructor(frame) {
    this.#frame = frame;
  }

  /** Asks for one more frame (no-op if one is already pending). */
  request() {
    due.add(this);
    schedule();
  }

  /** Runs the frame (the page's scheduler calls it). */
  run(time) {
    this.#frame(time);
  }

  /** Drops the pending frame, if any. */
  cancel() {
    due.delete(this);
  }
}

/** The durations of the last `capacity` frames, and their median. */
export class FrameTimer {
  #times;
  #next = 0;
  #count = 0;
  #total = 0;

  constructor(capacity = 300) {
    this.#times = new Float64Array(capacity);
  }

  /** Adds one frame's main-thread time in milliseconds. */
  record(ms) {
    this.#times[this.#next] = ms;
    this.#next = (this.#next + 1) % this.#times.length;
    this.#count = Math.min(this.#count + 1, this.#times.length);
    this.#total += 1;
  }

  /** How many frames were ever recorded. */
  get total() {
    return this.#total;
  }

  /** How many frames the median is taken over. */
  get count() {
    return this.#count;
  }

  /** Median of the recorded frames, in milliseconds (NaN before the first). */
  median() {
    if (this.#count === 0) return NaN;
    const sorted = this.#times.slice(0, this.#count).sort();
    const mid = this.#count >> 1;
    return this.#count % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}

/** Frames between two updates of the readout (sorting on every frame would cost time). */
const READOUT_EVERY = 10;
/** Frames the frames-per-second figure is measured over (about a second at 60 Hz). */
const RATE_FRAMES = 60;

/**
 * The frame-time readout: a span whose `data-median-ms` (and `data-frames`) a test can read,
 * and whose text a person can; beside it how the output map adapts: its resolution
 * (`data-map-res`), its refreshes per second while measured (`data-map-hz`) and the
 * thumbnails' resolution (`data-thumb-res`).
 */
export class PerfReadout {
  #timer = new FrameTimer(300);
  #t;
  #since = null;
  /** When the last frames were recorded (ms), for the frames drawn per second: the
   * main-thread time alone says nothing of a browser that paints slowly. */
  #stamps = [];

  constructor(t, build) {
    this.#t = t;
    this.node = el('span', { id: 'perf', class: 'perf', 'data-median-ms': '', text: t.readouts.frameWaiting });
    this.mapNode = el('span', { id: 'map-rate', class: 'perf' });
    this.buildNode = el('span', { id: 'build', text: format(t.readouts.build, { build }) });
  }

  /** Adds one frame's main-thread time in milliseconds (and the frame's `stats`), updating
   * the readout now and then. */
  record(ms, stats) {
    this.#timer.record(ms);
    this.#stamps.push(performance.now());
    if (this.#stamps.length > RATE_FRAMES) this.#stamps.shift();
    if (this.#timer.total % READOUT_EVERY !== 1) return;
    const median = this.#timer.median();
    const n = this.#timer.count;
    const fps = this.#framesPerSecond();
    this.node.dataset.medianMs = median.toFixed(3);
    this.node.dataset.frames = String(n);
    this.node.dataset.fps = Number.isFinite(fps) ? fps.toFixed(1) : '';
    const rate = Number.isFinite(fps) ? fps.toFixed(0) : '—';
    this.node.textContent = format(this.#t.readouts.frame, { ms: median.toFixed(2), n, fps: rate });
    if (stats) this.#recordMap(stats);
  }

  /** Frames recorded per second over the last RATE_FRAMES (NaN with fewer than two). */
  #framesPerSecond() {
    const s = this.#stamps;
    const seconds = (s[s.length - 1] - s[0]) / 1000;
    return s.length > 1 && seconds > 0 ? (s.length - 1) / seconds : NaN;
  }

  /** The map's refresh rate since the first measured frame. */
  #recordMap(stats) {
    const now = performance.now();
    this.#since ??= { time: now, refreshes: stats.mapRefreshes };
    const seconds = (now - this.#since.time) / 1000;
    if (seconds <= 0) return;
    const hz = (stats.mapRefreshes - this.#since.refreshes) / seconds;
    const d = this.mapNode.dataset;
    [d.mapRes, d.mapHz, d.thumbRes] = [stats.mapResolution, hz.toFixed(1), stats.thumbResolution].map(String);
    this.mapNode.textContent = format(this.#t.readouts.mapRate, {
      res: stats.mapResolution, hz: hz.toFixed(0), thumb: stats.thumbResolution,
    });
  }
}
