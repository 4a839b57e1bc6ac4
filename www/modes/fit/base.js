// What the curve and image widgets share on top of shell/mode-widget.js: the fitting modes' speed
// settings and number formats, their page (playback bar, messages, footer, styles, classroom
// tools, Save and Open), the divergence alert, and the frame itself. A widget supplies a
// `spec`: its sections of controls, its handle, and how to show its config and numbers.

import { runNames } from '../../shell/run-names.js';
import { el } from '../../shell/dom.js';
import { numberFormats, setText } from '../../shell/view.js';
import { observeCanvasSizes } from '../../shell/sizing.js';
import { fitSheet } from './styles.js';
import { sheet } from '../../shell/styles.js';
import { attachClassroom } from '../../classroom/classroom.js';
import { StateFile } from '../../shell/state-file.js';
import { playbackBar, messages } from './controls.js';
import { ModeWidget } from '../../shell/mode-widget.js';
import { frameShare } from '../../shell/loop.js';
import './strings.js';

export class FitWidget extends ModeWidget {
  #spec;
  #stateFile;

  /**
   * Builds the widget into `root` (the element's shadow root); `options` as in modes.js
   * (`query`, `speed`, `fail`, `onFrame`). `spec`: `{ className, speeds, defaultSpeed, bar
   * (playbackBar's reset and step controls, counter and speed labels), sections(widget,
   * parts) → nodes, handle(module, parts, query), sized(parts), showConfig(widget),
   * showStats(widget, stats) }` (the step counter is shown here).
   */
  constructor(host, root, t, api, options, spec) {
    super(host, t, api, options, t.fit.controls);
    this.#spec = spec;
    /** The strings of the fitting modes, and the language's number formats. */
    this.f = t.fit;
    this.formats = { ...numberFormats(t.lang), plain: new Intl.NumberFormat(t.lang, { maximumFractionDigits: 6 }) };
    this.speed = options.speed in spec.speeds ? options.speed : spec.defaultSpeed;
    const parts = (this.parts = {});
    const nodes = [
      playbackBar(this, parts, { ...spec.bar, speeds: Object.keys(spec.speeds) }),
      messages(parts),
      el('div', { class: 'main fit-main' }, spec.sections(this, parts)),
      (parts.footer = el('div', { class: 'footer' })),
      parts.helps,
    ];
    parts.speed.value = this.speed;
    this.pg = spec.handle(api.module, parts, options.query);
    this.pg.set_decimal_comma(this.formats.plain.format(0.5).includes(','));
    const v = { ...t.values, ...t.fit.values };
    this.pg.set_run_names(runNames(t, t.fit.controls, {
      cact: v.act, copt: v.opt, iact: v.act, iopt: v.opt, ctarget: v.ctarget, itarget: v.itarget,
    }));
    root.adoptedStyleSheets = [sheet, fitSheet];
    root.replaceChildren(el('div', { class: `pg fit ${spec.className}` }, nodes));
    const image = Boolean(parts.output);
    this.classroom = attachClassroom(host, root, t, {
      mode: image ? 'image' : 'curve', parts, handle: () => this.pg, redraw: () => this.request(),
      pictures: image ? [parts.output] : [parts.plot], charts: image ? [parts.target, parts.lossChart] : [parts.lossChart],
    });
    this.setUpPerf();
    observeCanvasSizes(spec.sized(parts), () => this.request());
    this.#stateFile = new StateFile(t, parts, root, {
      mode: image ? 'image' : 'curve', module: api.module, host, call: (fn) => this.result(fn),
      loaded: () => this.afterChange(),
    });
    this.afterChange(true);
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

  /** `value` in the fixed notation, or a dash while the run diverged or if it is no number. */
  fixed(value) {
    const sound = this.stats.diverged == null && Number.isFinite(value);
    return sound ? this.formats.fixed.format(value) : this.t.readouts.none;
  }

  /** A number in the language's notation (for option labels). */
  number(value) {
    return this.formats.plain.format(Number(value));
  }

  // ---- hooks of ModeWidget ----

  /** A diverged run stays paused until a reset or a change; a curve without points does not
   * start. */
  nextPlaying(on) {
    return on && this.stats?.diverged == null && this.stats?.points !== 0;
  }

  /** Until the next frame: a change or reset ends a divergence. */
  changed() {
    this.stats = null;
  }

  /** Trains while playing and draws; the stats are the handles' `stats` (src/web/curve.rs,
   * image.rs). */
  computeFrame() {
    if (this.playing) {
      const [most, budget] = this.#spec.speeds[this.speed];
      this.pg.advance(most, frameShare(budget));
    }
    this.pg.draw(!this.playing);
    return this.pg.stats();
  }

  showFrame(start) {
    const wasmMs = performance.now() - start;
    setText(this.parts.epoch, this.formats.whole.format(this.stats.epoch));
    this.#spec.showStats(this, this.stats);
    this.showDivergence(() => [this.stats.diverged === 'dead' ? this.f.dead : this.f.diverged]);
    this.showEmpty(this.stats.points === 0 ? this.f.notes.noPoints : null);
    if (this.playing) {
      this.request();
      this.perf?.record(wasmMs);
    }
  }

  showConfig() {
    this.#spec.showConfig(this);
  }
}

export { setText };
