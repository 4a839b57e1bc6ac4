// The classifier mode of <nn-playground> (the default page; demo="classify" or "regress"):
// its wasm `Playground` handle, controls, page tools and training pace, inside the element's
// shadow root. The loop and the rest of the mode-widget contract are shell/mode-widget.js.

import { runNames } from '../../shell/run-names.js';
import { el } from '../../shell/dom.js';
import { sheet } from '../../shell/styles.js';
import { buildControls } from './controls.js';
import { showConfig as showControls, showStats, divergenceLines } from './view.js';
import { numberFormats } from '../../shell/view.js';
import { makeHandlers } from './handlers.js';
import { observeCanvasSizes } from '../../shell/sizing.js';
import { SPEEDS, Pace, trainingBudget } from './speeds.js';
import { PageTools } from './tools.js';
import { attachClassroom, titleParts } from '../../classroom/classroom.js';
import { format } from '../../i18n/format.js';
import { ModeWidget } from '../../shell/mode-widget.js';
import { frameShare } from '../../shell/loop.js';
import './strings.js';

export class ClassifyWidget extends ModeWidget {
  /** Controls behind "More settings" (shell/more.js): all but the learning rate, the
   * activation, the datasets and the network. */
  static rare = [
    'step-epoch', 'new-weights', 'speed', 'share', 'palette', 'export-png', 'problem', 'classes', 'loss', 'opt',
    'momentum', 'reg', 'regrate', 'init', 'train', 'noise', 'batch', 'regenerate', 'points', 'output-bias',
    'log-scale', 'showtest', 'discrete', 'space',
  ];

  #formats;
  #speed = 'epoch';
  #pace = new Pace();
  #tools;
  #info = null;
  /** Whether a view ran out of its share of the last frame (see Playground.draw). */
  #behind = false;
  #handlers = makeHandlers({
    params: () => this.params,
    set: (query) => this.change((pg) => pg.set_config(query)),
    run: (fn) => this.change(fn),
    playing: () => this.playing,
    setPlaying: (on) => this.setPlaying(on),
    setSpeed: (name) => this.#setSpeed(name),
    info: () => this.#info,
    tools: () => this.#tools,
  });

  /** Builds the classifier into `root`; `options` as in modes.js (`query`, `speed`, `fail`,
   * `onFrame`). */
  constructor(host, root, t, api, options) {
    super(host, t, api, options, t.controls);
    this.#formats = numberFormats(t.lang);
    const { parts, nodes } = buildControls(t, this.#handlers);
    this.parts = parts;
    this.#setSpeed(options.speed);
    parts.speed.value = this.#speed;
    this.pg = new api.module.Playground(parts.boundary, parts.points, parts.chart, options.query);
    const v = t.values;
    this.pg.set_run_names(runNames(t, t.controls, { act: v.act, opt: v.opt, data: v.data, loss: v.loss, reg: v.reg, init: v.init, problem: v.problem }));
    const container = el('div', { class: 'pg' }, nodes);
    this.#tools = new PageTools(t, parts, this.#toolOps(), this.#formats);
    this.#tools.start(this.pg, options.query, root, container, t);
    root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets.filter((s) => s !== sheet)];
    root.replaceChildren(container);
    this.classroom = attachClassroom(host, root, t, {
      mode: 'classify', parts, handle: () => this.pg, redraw: () => this.request(),
      pictures: [parts.boundary, parts.points], charts: [parts.chart, parts.score],
      settings: (pg) => settingsLine(pg, t),
    });
    this.setUpPerf(true);
    observeCanvasSizes([parts.points, parts.chart, ...this.#tools.sizedCanvases], () => this.request());
    this.afterChange(true);
  }

  /** One mini-batch step (pauses first). */
  step() {
    this.#handlers.step();
  }

  /** Back to the starting weights (pauses first). */
  reset() {
    this.#handlers.reset();
  }

  /** Replaces all settings by `query` (missing keys take their defaults), even when it is the
   * config already shown (which reads it again: the issues are those of `query`). */
  replaceConfig(query) {
    this.change((pg) => pg.replace_config(query));
  }

  // ---- operations lent to the page tools (tools.js) ----

  #toolOps() {
    return {
      call: (fn) => this.#peek(fn),
      run: (fn) => this.change(fn),
      setPlaying: (on) => this.setPlaying(on),
      toggleFeature: (name) => this.#handlers.toggleFeature(name),
    };
  }

  /** Runs `fn(pg)` (a view option or an edit that leaves the settings alone) and asks for a
   * frame; returns its result (undefined if it failed). */
  #peek(fn) {
    let result;
    if (!this.stopped && this.call(() => (result = fn(this.pg)))) this.request();
    return result;
  }

  #setSpeed(speed) {
    if (speed in SPEEDS) this.#speed = speed;
  }

  // ---- hooks of ModeWidget ----

  /** A diverged run, or one without training points, does not start; a run that starts keeps
   * the pace from now. */
  nextPlaying(on) {
    const playing = on && this.stats?.diverged == null && this.stats?.trainPoints !== 0;
    if (playing) this.#pace.restart();
    return playing;
  }

  /** Trains while playing and draws; the stats are Playground.stats (src/web/stats.rs). */
  computeFrame() {
    if (this.playing) this.#advance();
    this.#behind = this.pg.draw();
    return this.pg.stats();
  }

  showFrame(start) {
    showStats(this.parts, this.stats, this.t, this.#formats);
    this.#tools.afterFrame(this.stats);
    this.showDivergence(() => divergenceLines(this.stats, this.t));
    this.showEmpty(this.stats.trainPoints === 0 ? this.t.readouts.noPoints : null);
    if (this.playing) {
      this.request();
      this.perf?.record(performance.now() - start, this.stats);
    } else if (this.#behind) {
      this.request(); // A view ran out of its share of the frame: finish it next frame.
    }
  }

  /** After any settings change: the controls, the page tools and, when the pictures' data
   * changed, the dataset thumbnails. */
  showConfig(previous, first) {
    this.#info = this.pg.info();
    this.stats = null; // Until the next frame: a rebuild or reset ends a divergence.
    showControls(this.parts, this.params, this.t, this.#handlers, this.#info);
    this.#tools.afterChange(this.#info, this.params);
    if (first || pictureKey(previous) !== pictureKey(this.params)) this.#drawThumbnails();
  }

  #advance() {
    const perEpoch = this.stats?.stepsPerEpoch ?? 1;
    if (!this.#pace.due(this.#speed, performance.now())) return;
    const [steps, budget] = SPEEDS[this.#speed](perEpoch);
    this.pg.advance(steps, frameShare(trainingBudget(budget, this.stats)));
  }

  #drawThumbnails() {
    for (const [name, { canvas }] of this.parts.datasets) {
      this.call(() => this.pg.dataset_thumbnail(canvas, name));
    }
  }
}

/** What the dataset thumbnails depend on in `params`. */
function pictureKey(params) {
  return ['seed', 'classes', 'problem', 'points', 'palette'].map((k) => params.get(k)).join('&');
}

/** The exported picture's settings line: dataset, hidden layers, activation, learning rate,
 * optimiser and epoch. */
function settingsLine(pg, t) {
  const { params, stats, number, whole, layers } = titleParts(pg, t);
  const v = t.values;
  return format(t.classroom.titleClassify, {
    data: v.data[params.get('data')] ?? params.get('data'),
    hidden: layers('hidden'),
    act: v.act[params.get('act')] ?? params.get('act'),
    lr: number.format(Number(params.get('lr'))),
    opt: v.opt[params.get('opt')] ?? params.get('opt'),
    epoch: whole.format(Math.floor(stats.epoch ?? 0)),
  });
}
