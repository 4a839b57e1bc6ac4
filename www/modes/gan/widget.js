// The GAN mode of <nn-playground> (attribute demo="gan", or mode=gan in the config): its own
// wasm `GanPlayground` handle, controls, sketching and explained-step timer, inside the
// element's shadow root. The loop and the rest of the mode-widget contract are shell/mode-widget.js.

import { el } from '../../shell/dom.js';
import { numberFormats } from '../../shell/view.js';
import { observeCanvasSizes } from '../../shell/sizing.js';
import { buildGanControls } from './controls.js';
import { limits } from '../../shell/vocabulary.js';
import { showGanConfig, showGanStats, showPhase, showExplained, ganLayerSizes } from './view.js';
import { ganSheet } from './styles.js';
import { Sketch } from './sketch.js';
import { attachClassroom, titleParts } from '../../classroom/classroom.js';
import { format } from '../../i18n/format.js';
import { StateFile } from '../../shell/state-file.js';
import { ModeWidget } from '../../shell/mode-widget.js';
import { frameShare } from '../../shell/loop.js';
import './strings.js';

/** How much one frame may train, by speed: [most units, time budget in ms]. */
const SPEEDS = { step: [1, 8], ten: [10, 10], max: [1e9, 8] };
/** How long each phase of the explained step stays on screen, in ms. */
export const PHASE_MS = 2200;
/** Neurons in a newly added hidden layer. */
const NEW_LAYER_WIDTH = 8;

export class GanWidget extends ModeWidget {
  /** Controls behind "More settings" (shell/more.js): all but the target and the two
   * learning rates. */
  static rare = [
    'step-mode', 'speed', 'share', 'palette', 'export-png', 'gdim', 'gnoise', 'far', 'ghidden', 'gact', 'gopt',
    'dhidden', 'dact', 'dopt', 'ganloss', 'kd', 'kg', 'garrows', 'gmanifold',
  ];

  #formats;
  #speed = 'ten';
  #phase = null;
  #phaseStart = 0;
  #sketch;
  #sketchDirty = false;
  #stateFile;
  #handlers = this.#makeHandlers();

  /** Builds the GAN widget into `root` (the element's shadow root); `options` as in modes.js
   * (`query`, `speed`, `fail`, `onFrame`). */
  constructor(host, root, t, api, options) {
    super(host, t, api, options, t.gan.controls);
    this.#formats = numberFormats(t.lang);
    if (options.speed in SPEEDS) this.#speed = options.speed;
    const { parts, nodes } = buildGanControls(t, t.gan, this.#handlers);
    this.parts = parts;
    parts.speed.value = this.#speed;
    const { GanPlayground } = api.module;
    this.pg = new GanPlayground(parts.map, parts.points, parts.lossChart, parts.distanceChart, options.query);
    this.#sketch = new Sketch(parts.points, () => {
      this.#sketchDirty = true;
      this.request();
    });
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== ganSheet), ganSheet];
    root.replaceChildren(el('div', { class: 'pg gan' }, nodes));
    this.classroom = attachClassroom(host, root, t, {
      mode: 'gan', parts, handle: () => this.pg, redraw: () => this.request(),
      pictures: [parts.map, parts.points], charts: [parts.lossChart, parts.distanceChart],
      settings: (pg) => settingsLine(pg, t),
    });
    this.setUpPerf();
    observeCanvasSizes([parts.points, parts.lossChart, parts.distanceChart], () => this.request());
    this.#stateFile = new StateFile(t, parts, root, {
      mode: 'gan', module: api.module, host, call: (fn) => this.result(fn), loaded: () => {
        // The loaded run replaces a drawing in progress and an explained step.
        if (!parts.drawBar.hidden) this.#drawing(false);
        this.#endPhase();
        this.afterChange();
      },
    });
    this.afterChange(true);
  }

  /** Stops for good and frees the handle (the element is switching to another mode). */
  stop() {
    this.#sketch.stop();
    super.stop();
  }

  #makeHandlers() {
    return {
      set: (pairs) => this.setPairs(pairs),
      togglePlay: () => this.setPlaying(!this.playing),
      step: () => this.step(),
      explain: () => this.#explain(),
      reset: () => {
        this.setPlaying(false);
        this.#endPhase();
        this.change((pg) => pg.reset(), false);
      },
      stepMode: (name) => this.call(() => this.pg.set_step_mode(name)),
      speed: (name) => {
        if (name in SPEEDS) this.#speed = name;
      },
      addLayer: (net) => this.#setLayers(net, (s) => (s.length < limits(`${net}hidden`).layers ? [...s, NEW_LAYER_WIDTH] : s)),
      removeLayer: (net) => this.#setLayers(net, (s) => s.slice(0, -1)),
      resizeLayer: (net, index, delta) => this.#setLayers(net, (s) => {
        s[index] = Math.min(limits(`${net}hidden`).width, Math.max(1, s[index] + delta));
        return s;
      }),
      startDrawing: () => this.#drawing(true),
      finishDrawing: () => this.#drawing(false, true),
      cancelDrawing: () => this.#drawing(false, false),
    };
  }

  #setLayers(net, edit) {
    const sizes = edit(ganLayerSizes(this.params, net));
    this.change((pg) => pg.set_config(`${net}hidden=${sizes.join(',')}`));
  }

  #drawing(on, keep = false) {
    const p = this.parts;
    if (on) {
      this.setPlaying(false);
      this.#sketch.start();
    } else {
      this.#sketch.stop();
      this.change((pg) => (keep ? pg.commit_sketch() : pg.set_sketch(new Float64Array())));
    }
    p.draw.disabled = on;
    p.drawBar.hidden = !on;
    this.request();
  }

  // ---- the explained step ----

  #explain() {
    this.setPlaying(false);
    this.call(() => this.#showPhase(this.pg.explain() ?? null));
    this.request();
  }

  #showPhase(phase) {
    this.#phase = phase;
    this.#phaseStart = performance.now();
    showPhase(this.parts, phase, this.t.gan);
  }

  /** Forgets the phase on screen (training abandons the explained step in Rust). */
  #endPhase() {
    if (this.#phase) this.#showPhase(null);
  }

  // ---- hooks of ModeWidget ----

  /** Playing ends the explained step. */
  nextPlaying(on) {
    if (on) this.#endPhase();
    // A diverged run stays paused until a reset or a change brings it back.
    return on && this.stats?.diverged == null;
  }

  /** Shows the drawing in progress and the next phase of the explained step, trains while
   * playing and draws; the stats are GanPlayground.stats (src/web/gan.rs) with the contract's
   * `epoch` (the iterations) and `diverged` (see withContract). */
  computeFrame(start) {
    if (this.#sketchDirty) this.pg.set_sketch(this.#sketch.points);
    this.#sketchDirty = false;
    if (this.#phase && start - this.#phaseStart >= PHASE_MS) this.#showPhase(this.pg.explain() ?? null);
    if (this.playing) {
      const [units, budget] = SPEEDS[this.#speed];
      this.pg.advance(units, frameShare(budget));
    }
    this.pg.draw(!this.playing);
    return withContract(this.pg.stats());
  }

  showFrame(start) {
    showGanStats(this.parts, this.stats, this.t, this.#formats);
    showExplained(this.parts, this.stats, this.t.gan, this.#formats);
    const why = this.t.gan.diverged;
    const lsq = this.params.get('ganloss') === 'lsq';
    this.showDivergence(() => [why[this.stats.diverged], why.remedy, ...(lsq ? [why.lsq] : [])]);
    if (this.playing || this.#phase) this.request();
    if (this.playing) this.perf?.record(performance.now() - start);
  }

  showConfig() {
    showGanConfig(this.parts, this.params, this.t, this.#handlers);
  }
}

/** A smoothed D or G loss past this has exploded: the losses of a sound run stay within a few
 * units (a saturated discriminator's cross-entropy is a few tens at most). */
const GAN_LOSS_LIMIT = 1e4;

/** `stats` with the fields every mode's stats carry (modes.js): `epoch` and `diverged`:
 * "samples" once the generated samples are no longer finite numbers, "losses" once a loss has
 * exploded (a NaN loss says nothing: a network that a step mode leaves untrained has none). */
function withContract(stats) {
  const broken = stats.iterations > 0 && !Number.isFinite(stats.nearest);
  const exploded = [stats.dLoss, stats.gLoss].some((loss) => Math.abs(loss) > GAN_LOSS_LIMIT);
  const diverged = broken ? 'samples' : exploded ? 'losses' : null;
  return Object.assign(stats, { epoch: stats.iterations, diverged });
}

/** The exported picture's settings line: target, both networks' hidden layers and learning
 * rates, and the iteration. */
function settingsLine(pg, t) {
  const { params, stats, number, whole, layers } = titleParts(pg, t);
  const v = t.gan.values;
  return format(t.classroom.titleGan, {
    target: v.target[params.get('target')] ?? params.get('target'),
    ghidden: layers('ghidden'), dhidden: layers('dhidden'),
    glr: number.format(Number(params.get('glr'))), dlr: number.format(Number(params.get('dlr'))),
    iterations: whole.format(stats.iterations ?? 0),
  });
}
