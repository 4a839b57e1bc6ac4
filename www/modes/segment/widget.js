// The segment mode of <nn-playground> (attribute demo="segment", or mode=segment in the
// config): the student paints a few strokes in 2–4 labels on a picture and a network on each
// pixel's position and colour labels every pixel. Its own wasm `SegmentPlayground` handle,
// controls and painting (pointer events: mouse, pen, touch; or the keyboard), inside the
// element's shadow root; the loop and the rest of the mode-widget contract (shell/modes.js)
// are shell/mode-widget.js.

import { el } from '../../shell/dom.js';
import { observeCanvasSizes } from '../../shell/sizing.js';
import { buildSegmentControls, BRUSHES } from './controls.js';
import { showSegmentConfig, showSegmentStats, showLabels, showMissing, labelName } from './view.js';
import { segmentSheet } from './styles.js';
import { attachClassroom } from '../../classroom/classroom.js';
import { StateFile } from '../../shell/state-file.js';
import { ModeWidget } from '../../shell/mode-widget.js';
import { frameShare } from '../../shell/loop.js';
import { followPointer, fractionOf } from '../../shell/drag.js';
import { readPicture, UploadError } from '../../shell/upload.js';
import { format } from '../../i18n/format.js';
import './strings.js';

/** Side of the picture, in its pixels (the wasm's SIZE). */
const SIZE = 64;
/** Largest share of a frame the training may take (ms). */
const BUDGET_MS = 6;

export class SegmentWidget extends ModeWidget {
  /** Controls behind "More settings" (shell/more.js). */
  static rare = ['speed', 'share', 'palette', 'export-png', 'shidden', 'slr', 'overlay'];

  #s;
  #speeds;
  #speed = 'normal';
  #label = 0;
  #brush = 2;
  /** The keyboard's cursor on the picture and whether its brush is down. */
  #cursor = null;
  #penDown = false;
  #names = [];
  #colours = [];
  #onHostKey = (event) => this.#hostKey(event);

  /** Builds the segment widget into `root` (the element's shadow root); `options` as in
   * modes.js (`query`, `speed`, `fail`, `onFrame`). */
  constructor(host, root, t, api, options) {
    super(host, t, api, options, t.segment.controls);
    this.#s = t.segment;
    this.#speeds = Array.from(api.module.segment_speeds());
    if (this.#speeds.some(([name]) => name === options.speed)) this.#speed = options.speed;
    const { parts, nodes } = buildSegmentControls(t, this.#s, this.#handlers(), this.#speeds);
    this.parts = parts;
    parts.speed.value = this.#speed;
    parts.brush.value = String(this.#brush);
    const { SegmentPlayground } = api.module;
    this.pg = new SegmentPlayground(parts.picture, parts.chart, options.query);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== segmentSheet), segmentSheet];
    root.replaceChildren(el('div', { class: 'pg segment' }, nodes));
    this.classroom = attachClassroom(host, root, t, {
      mode: 'segment', parts, handle: () => this.pg, redraw: () => this.#relabel(),
      pictures: [parts.picture], charts: [parts.chart],
    });
    this.#listenToPicture(parts.picture);
    host.addEventListener('keydown', this.#onHostKey);
    this.setUpPerf();
    observeCanvasSizes([parts.chart], () => this.request());
    new StateFile(t, parts, root, {
      mode: 'segment', module: api.module, host, call: (fn) => this.result(fn), loaded: () => this.afterChange(),
    });
    this.afterChange(true);
  }

  stop() {
    this.host.removeEventListener('keydown', this.#onHostKey);
    super.stop();
  }

  #handlers() {
    return {
      set: (pairs) => this.setPairs(pairs),
      togglePlay: () => this.setPlaying(!this.playing),
      step: () => this.step(),
      reset: () => this.change((pg) => pg.reset(), false),
      speed: (name) => {
        if (this.#speeds.some(([n]) => n === name)) this.#speed = name;
      },
      choose: (label) => this.#choose(label),
      brush: (r) => {
        if (BRUSHES.includes(r)) this.#brush = Number(r);
      },
      undo: () => this.change((pg) => pg.undo_stroke()),
      clear: () => this.change((pg) => pg.clear_strokes()),
      overlay: (on) => this.change((pg) => pg.set_overlay(on), false),
      upload: (file) => this.#upload(file),
    };
  }

  #choose(label) {
    if (label >= this.#names.length) return;
    this.#label = label;
    showLabels(this.parts, this.#s, this.#names, this.#colours, this.#label);
  }

  // ---- painting ----

  /** The picture pixel under the pointer event `e`: `[x, y]` in 0…64 (fractions kept). */
  #at(canvas, e) {
    const f = fractionOf(canvas, e);
    return f && [f[0] * SIZE, f[1] * SIZE];
  }

  #listenToPicture(canvas) {
    followPointer(canvas, {
      ignore: () => this.stopped,
      coalesced: true,
      press: (e) => {
        const p = this.#at(canvas, e);
        if (!p || !this.result((pg) => pg.begin_stroke(this.#label, this.#brush, p[0], p[1]))) return false;
        this.request();
      },
      move: (e) => {
        const p = this.#at(canvas, e);
        if (p) this.call(() => this.pg.extend_stroke(p[0], p[1]));
        this.request();
      },
      release: () => {
        this.#strokeDone();
      },
    });
    canvas.addEventListener('keydown', (e) => this.#pictureKey(e));
    canvas.addEventListener('blur', () => {
      if (this.#penDown) this.#strokeDone();
      this.#penDown = false;
      this.#cursor = null;
      this.call(() => this.pg.set_cursor(-1, -1));
      this.request();
    });
  }

  /** A stroke ended: the config takes it (the link is written) and, unless the reader asks
   * for reduced motion, training starts. */
  #strokeDone() {
    this.change((pg) => pg.end_stroke());
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    if (!this.playing && !reduced && this.stats?.painted > 0) this.setPlaying(true);
  }

  /** The picture's own keys: arrows move the cursor (with the brush down, they paint), Enter
   * puts the brush down or lifts it, Escape lifts it. */
  #pictureKey(e) {
    if (e.altKey || e.ctrlKey || e.metaKey || this.stopped) return;
    const moves = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    if (e.key in moves) {
      const [dx, dy] = moves[e.key];
      const n = e.shiftKey ? 4 : 1;
      const [x, y] = this.#cursor ?? [SIZE / 2, SIZE / 2];
      this.#cursor = [Math.min(SIZE - 1, Math.max(0, x + dx * n)), Math.min(SIZE - 1, Math.max(0, y + dy * n))];
      this.call(() => this.pg.set_cursor(this.#cursor[0] + 0.5, this.#cursor[1] + 0.5));
      if (this.#penDown) this.call(() => this.pg.extend_stroke(this.#cursor[0] + 0.5, this.#cursor[1] + 0.5));
    } else if (e.key === 'Enter') {
      this.#cursor ??= [SIZE / 2, SIZE / 2];
      const [x, y] = this.#cursor;
      this.call(() => this.pg.set_cursor(x + 0.5, y + 0.5));
      if (this.#penDown) {
        this.#penDown = false;
        this.#strokeDone();
      } else {
        this.#penDown = Boolean(this.result((pg) => pg.begin_stroke(this.#label, this.#brush, x + 0.5, y + 0.5)));
      }
    } else if (e.key === 'Escape' && this.#penDown) {
      this.#penDown = false;
      this.#strokeDone();
    } else {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    this.request();
  }

  /** The widget's keys wherever the focus is in it (not in a field): 1–4 label, 0 or e
   * eraser, u undo, c clear. */
  #hostKey(e) {
    if (e.altKey || e.ctrlKey || e.metaKey || this.stopped) return;
    const target = e.composedPath()[0];
    if (['INPUT', 'SELECT', 'TEXTAREA'].includes(target?.tagName)) return;
    if (/^[1-4]$/.test(e.key)) this.#choose(Number(e.key) - 1);
    else if (e.key === '0' || e.key === 'e') this.#choose(-1);
    else if (e.key === 'u') this.change((pg) => pg.undo_stroke());
    else if (e.key === 'c') this.change((pg) => pg.clear_strokes());
    else return;
    e.preventDefault();
  }

  // ---- the picture ----

  async #upload(file) {
    const p = this.parts;
    p.uploadStatus.textContent = this.#s.notes.uploadReading;
    p.uploadError.replaceChildren();
    try {
      const picture = await readPicture(file);
      const refusal = this.result((pg) => pg.set_picture_rgba(picture.width, picture.height, picture.data));
      if (refusal) throw new UploadError('refused', { message: refusal.text ?? String(refusal) });
      this.afterChange();
    } catch (error) {
      if (!(error instanceof UploadError)) throw error;
      p.uploadError.replaceChildren(el('p', { text: format(this.#s.upload[error.key], error.vars) }));
    } finally {
      p.uploadStatus.textContent = this.pg.uploaded() ? this.#s.notes.uploaded : '';
    }
  }

  /** The labels of the picture and their colours (after a change of picture or palette). */
  #relabel() {
    this.#names = Array.from(this.pg.labels());
    this.#colours = Array.from(this.pg.colours());
    if (this.#label >= this.#names.length) this.#label = 0;
    showLabels(this.parts, this.#s, this.#names, this.#colours, this.#label);
    this.request();
  }

  // ---- hooks of ModeWidget ----

  /** Training waits for strokes. */
  nextPlaying(on) {
    return on && (this.stats?.painted ?? 1) > 0;
  }

  computeFrame(start) {
    if (this.playing) {
      const steps = this.#speeds.find(([n]) => n === this.#speed)?.[1] ?? 1;
      this.pg.advance(steps, frameShare(BUDGET_MS));
    }
    this.pg.draw(!this.playing);
    return this.pg.stats();
  }

  showFrame(start) {
    showSegmentStats(this.parts, this.stats, this.#s, this.t.lang, this.#names);
    const missing = this.#names.filter((_, i) => !(this.stats.paintedCounts[i] > 0)).map((n) => labelName(this.#s, n));
    showMissing(this.parts, this.#s, this.stats.painted > 0 ? missing : []);
    this.showEmpty(this.stats.painted > 0 ? null : format(this.#s.notes.paint, { k: this.#names.length }));
    this.showDivergence(() => [this.#s.alerts.diverged]);
    if (this.playing) {
      this.perf?.record(performance.now() - start);
      this.request();
    }
  }

  showConfig() {
    showSegmentConfig(this.parts, this.params, this.#s);
    this.#relabel();
    this.parts.uploadStatus.textContent = this.pg.uploaded() ? this.#s.notes.uploaded : '';
  }
}
