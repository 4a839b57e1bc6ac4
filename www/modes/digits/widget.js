// The digits mode of <nn-playground> (attribute demo="digits", or mode=digits in the config):
// a network learns generated handwritten digits while the student draws one on the pad. Its
// own wasm `DigitsPlayground` handle, controls and pad, inside the element's shadow root; the
// loop and the rest of the mode-widget contract (shell/modes.js) are shell/mode-widget.js.

import { el } from '../../shell/dom.js';
import { observeCanvasSizes } from '../../shell/sizing.js';
import { buildDigitsControls, DIGITS_SPEEDS } from './controls.js';
import { showDigitsConfig, showDigitsStats, digitsFormats } from './view.js';
import { digitsSheet } from './styles.js';
import { attachClassroom } from '../../classroom/classroom.js';
import { StateFile } from '../../shell/state-file.js';
import { ModeWidget } from '../../shell/mode-widget.js';
import { frameShare } from '../../shell/loop.js';
import { followPointer, fractionOf } from '../../shell/drag.js';
import { runNames } from '../../shell/run-names.js';
import './strings.js';

/** How much one frame may train, by speed: [most steps, time budget in ms, ms between two
 * frames that train (slow motion)]. A step costs about 0.1 ms in the release wasm (SIMD), so
 * the default, two steps a frame (about 120 a second), leaves the frame near 1 ms and shows
 * the accuracy climb over a few seconds; fast runs 12 (about 1.7 ms a frame). */
export const SPEEDS = { slow: [1, 4, 200], normal: [2, 6, 0], fast: [12, 7, 0] };

export class DigitsWidget extends ModeWidget {
  /** Controls behind "More settings" (shell/more.js). */
  static rare = ['speed', 'share', 'palette', 'export-png', 'dgtrain', 'dgbatch', 'dgact'];

  #formats;
  #speed = 'normal';
  #lastStep = -Infinity;

  /** Builds the digits widget into `root` (the element's shadow root); `options` as in
   * modes.js (`query`, `speed`, `fail`, `onFrame`). */
  constructor(host, root, t, api, options) {
    super(host, t, api, options, t.digits.controls);
    this.#formats = digitsFormats(t.lang);
    if (DIGITS_SPEEDS.includes(options.speed)) this.#speed = options.speed;
    const { parts, nodes } = buildDigitsControls(t, t.digits, this.#handlers());
    this.parts = parts;
    parts.speed.value = this.#speed;
    const { DigitsPlayground } = api.module;
    this.pg = new DigitsPlayground(parts.pad, parts.seen, parts.confusion, parts.samples, parts.chart, options.query);
    this.pg.set_run_names(runNames(t, t.digits.controls, { dgact: t.values.act, dgopt: t.values.opt }));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== digitsSheet), digitsSheet];
    root.replaceChildren(el('div', { class: 'pg digits' }, nodes));
    this.classroom = attachClassroom(host, root, t, {
      mode: 'digits', parts, handle: () => this.pg, redraw: () => this.request(),
      pictures: [parts.pad], charts: [parts.chart],
    });
    this.#listenToPad(parts.pad);
    this.setUpPerf();
    observeCanvasSizes([parts.pad, parts.confusion, parts.samples, parts.chart], () => this.request());
    new StateFile(t, parts, root, {
      mode: 'digits', module: api.module, host, call: (fn) => this.result(fn), loaded: () => this.afterChange(),
    });
    this.afterChange(true);
  }

  #handlers() {
    return {
      set: (pairs) => this.setPairs(pairs),
      togglePlay: () => this.setPlaying(!this.playing),
      step: () => this.step(),
      reset: () => this.change((pg) => pg.reset(), false),
      speed: (name) => {
        if (DIGITS_SPEEDS.includes(name)) this.#speed = name;
      },
      clear: () => this.#pad((pg) => pg.pad_clear()),
      undo: () => this.#pad((pg) => pg.pad_undo()),
    };
  }

  /** Runs a pad call and shows its result at the next frame. */
  #pad(fn) {
    if (this.stopped) return;
    this.call(() => fn(this.pg));
    this.request();
  }

  // ---- the pad: pointer (mouse, touch, pen) and keyboard ----

  #listenToPad(canvas) {
    followPointer(canvas, {
      ignore: () => this.stopped,
      focus: true,
      press: (event) => {
        const at = fractionOf(canvas, event);
        if (!at) return false;
        this.#pad((pg) => pg.pad_start(...at));
      },
      // All the points a fast stroke coalesced into one move, and one redraw for them.
      move: (event) => {
        const events = event.getCoalescedEvents?.() ?? [];
        const points = (events.length ? events : [event]).map((e) => fractionOf(canvas, e)).filter(Boolean);
        this.#pad((pg) => {
          for (const [x, y] of points) pg.pad_move(x, y);
        });
      },
    });
    canvas.addEventListener('keydown', (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (/^[0-9]$/.test(event.key)) this.#pad((pg) => pg.pad_digit(Number(event.key)));
      else if (event.key === 'Delete') this.#pad((pg) => pg.pad_clear());
      else if (event.key === 'Backspace') this.#pad((pg) => pg.pad_undo());
      else return;
      event.preventDefault();
      event.stopPropagation();
    });
  }

  // ---- hooks of ModeWidget ----

  nextPlaying(on) {
    this.#lastStep = -Infinity;
    return on && !this.pg.diverged();
  }

  computeFrame(start) {
    if (this.playing) this.#advance(start);
    this.pg.draw(!this.playing);
    return this.pg.stats();
  }

  showFrame(start) {
    showDigitsStats(this.parts, this.stats, this.t, this.#formats);
    this.parts.pad.parentElement.classList.toggle('inked', this.stats.strokes > 0);
    this.showDivergence(() => [this.t.digits.diverged]);
    if (this.playing) {
      this.perf?.record(performance.now() - start);
      this.request();
    }
  }

  showConfig() {
    showDigitsConfig(this.parts, this.params, this.t);
  }

  #advance(now) {
    const [steps, budget, interval] = SPEEDS[this.#speed];
    if (now - this.#lastStep < interval) return;
    this.#lastStep = now;
    this.pg.advance(steps, frameShare(budget));
  }
}
