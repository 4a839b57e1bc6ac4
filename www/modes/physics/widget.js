// The learned-simulator mode of <nn-playground> (attribute demo="physics", or mode=physics in
// the config): a network learns the slow step of a pendulum on a stiff rod and is rolled out
// beside the true simulator. Its own wasm `PhysicsPlayground` handle, controls, start dragging (pointer
// events: mouse, pen and touch; the arrow keys on the focused picture) and launch animation,
// inside the element's shadow root; the loop and the rest of the mode-widget contract
// (shell/modes.js) are shell/mode-widget.js.

import { el } from '../../shell/dom.js';
import { observeCanvasSizes } from '../../shell/sizing.js';
import { buildPhysicsControls, PHYSICS_SPEEDS, decimalSeparator } from './controls.js';
import { showPhysicsConfig, showPhysicsStats, showCosts, physicsFormats } from './view.js';
import { physicsSheet } from './styles.js';
import { attachClassroom, prefersReducedMotion } from '../../classroom/classroom.js';
import { StateFile } from '../../shell/state-file.js';
import { ModeWidget } from '../../shell/mode-widget.js';
import { frameShare } from '../../shell/loop.js';
import { canvasPixel, followPointer } from '../../shell/drag.js';
import { runNames } from '../../shell/run-names.js';
import './strings.js';

/** How much one frame may train, by speed: [most steps, time budget in ms]. */
const SPEEDS = { slow: [10, 3], normal: [50, 4], max: [1e9, 6] };
/** Rollout steps a launch shows per frame. */
const TICK_STEPS = 2;
/** How far an arrow key moves the start (rad, rad/s). */
const NUDGE = 0.1;
/** Each cost is timed over enough steps to take at least this long (ms), so that a coarse
 * browser clock (0.1 ms, or 1 ms) errs by a few percent at most. */
const TIMED_MS = 12;
/** Timings of each cost (after an untimed one); the fastest counts. */
const TIMINGS = 3;

export class PhysicsWidget extends ModeWidget {
  /** Controls behind "More settings" (shell/more.js). */
  static rare = ['speed', 'share', 'palette', 'export-png', 'simdamping', 'simrollout', 'simact', 'simopt', 'simbatch'];

  #speed = 'normal';
  #formats;
  #costs = null;
  #stateFile;

  /** Builds the widget into `root` (the element's shadow root); `options` as in modes.js. */
  constructor(host, root, t, api, options) {
    super(host, t, api, options, t.physics.controls);
    this.#formats = physicsFormats(t.lang);
    if (PHYSICS_SPEEDS.includes(options.speed)) this.#speed = options.speed;
    const { parts, nodes } = buildPhysicsControls(t, this.#handlers());
    this.parts = parts;
    parts.speed.value = this.#speed;
    const { PhysicsPlayground } = api.module;
    this.pg = new PhysicsPlayground(parts.phase, parts.errorChart, parts.lossChart, options.query);
    this.pg.set_decimal_comma(decimalSeparator(t.lang) === ',');
    this.pg.set_run_names(runNames(t, t.physics.controls, { simact: t.values.act, simopt: t.values.opt }));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== physicsSheet), physicsSheet];
    root.replaceChildren(el('div', { class: 'pg physics' }, nodes));
    this.classroom = attachClassroom(host, root, t, {
      mode: 'physics', parts, handle: () => this.pg, redraw: () => this.request(),
      pictures: [parts.phase], charts: [parts.errorChart, parts.lossChart],
    });
    this.#listenToPicture(parts.phase);
    this.setUpPerf();
    observeCanvasSizes([parts.phase, parts.errorChart, parts.lossChart], () => this.request());
    this.#stateFile = new StateFile(t, parts, root, {
      mode: 'physics', module: api.module, host, call: (fn) => this.result(fn), loaded: () => this.afterChange(),
    });
    showCosts(parts, null, t, this.#formats);
    this.afterChange(true);
  }

  /** Back to the untrained network (pauses first). */
  reset() {
    this.setPlaying(false);
    this.change((pg) => pg.reset(), false);
  }

  /** Launches both simulators from the start: animated, or shown whole at once when the
   * reader asks for reduced motion. */
  launch() {
    this.change((pg) => pg.launch(!prefersReducedMotion()), false);
    if (prefersReducedMotion()) this.measure();
  }

  /** Times many network steps and many simulator steps (at equal accuracy: the fewest stable
   * sub-steps as accurate as the network; and with the reference's sub-steps) with
   * performance.now, and shows the costs and their ratio. */
  measure() {
    const costs = this.result((pg) => {
      const eq = pg.equal_accuracy();
      const perStep = (run) => {
        for (let n = 16; ; n *= 4) {
          const t0 = performance.now();
          run(n);
          const ms = performance.now() - t0;
          if (ms >= TIMED_MS || n >= 1 << 24) return (ms * 1000) / n;
        }
      };
      // Each cost is the best of a few timings, taken in turns, so that a moment when the
      // machine is busy with something else does not count against one of them.
      const runs = {
        network: (n) => pg.time_network(n),
        simulator: (n) => pg.time_simulator(n, eq.substeps),
        reference: (n) => pg.time_simulator(n, eq.reference),
      };
      // A first untimed run of each, so that the browser has compiled both at its best tier.
      for (const run of Object.values(runs)) perStep(run);
      const best = { network: Infinity, simulator: Infinity, reference: Infinity };
      for (let round = 0; round < TIMINGS; round++) {
        for (const key of Object.keys(runs)) best[key] = Math.min(best[key], perStep(runs[key]));
      }
      return {
        ...best,
        substeps: eq.substeps,
        referenceSubsteps: eq.reference,
        stable: eq.stable,
        networkError: eq.networkError,
        simulatorError: eq.simulatorError,
      };
    });
    if (!costs) return;
    this.#costs = costs;
    showCosts(this.parts, costs, this.t, this.#formats);
  }

  /** The last measured costs (µs per step) or null. */
  get costs() {
    return this.#costs;
  }

  #handlers() {
    return {
      set: (pairs) => this.setPairs(pairs),
      togglePlay: () => this.setPlaying(!this.playing),
      step: () => this.step(),
      reset: () => this.reset(),
      launch: () => this.launch(),
      measure: () => this.measure(),
      speed: (name) => {
        if (PHYSICS_SPEEDS.includes(name)) this.#speed = name;
      },
      typedStart: () => {
        const sep = decimalSeparator(this.t.lang);
        const read = (input) => input.value.replace(/\s/g, '').replace(/\u2212/g, '-').replace(sep, '.');
        this.setPairs({ simstart: `${read(this.parts.startTheta)},${read(this.parts.startOmega)}` });
      },
    };
  }

  // ---- moving the start on the picture ----

  #listenToPicture(canvas) {
    const drop = (event) => {
      const at = canvasPixel(canvas, event);
      if (!at) return;
      this.call(() => this.pg.set_start_at(...at));
      this.request();
    };
    followPointer(canvas, {
      ignore: () => this.stopped,
      focus: true,
      press: drop,
      move: drop,
      release: () => {
        if (!this.stopped) this.afterChange();
      },
    });
    // The keyboard's way: arrows move the start (θ across, ω up), Enter launches.
    const moves = { ArrowLeft: [-NUDGE, 0], ArrowRight: [NUDGE, 0], ArrowUp: [0, NUDGE], ArrowDown: [0, -NUDGE] };
    canvas.addEventListener('keydown', (event) => {
      if (this.stopped || event.altKey || event.ctrlKey || event.metaKey) return;
      const move = moves[event.key];
      if (move) {
        event.preventDefault();
        event.stopPropagation();
        this.change((pg) => pg.nudge_start(move[0], move[1]));
      } else if (event.key === 'Enter') {
        event.preventDefault();
        event.stopPropagation();
        this.launch();
      }
    });
  }

  // ---- hooks of ModeWidget ----

  /** A diverged run stays paused until a reset or a change. */
  nextPlaying(on) {
    return on && this.stats?.diverged == null;
  }

  /** Until the next frame: a change or reset ends a divergence. */
  changed() {
    this.stats = null;
  }

  /** Trains while playing, moves a launched rollout on, draws; the stats are
   * PhysicsPlayground.stats (src/web/physics/mod.rs). */
  computeFrame() {
    if (this.playing) {
      const [most, budget] = SPEEDS[this.#speed];
      this.pg.advance(most, frameShare(budget));
    }
    const animating = this.pg.tick(TICK_STEPS);
    this.pg.draw(!this.playing && !animating);
    return this.pg.stats();
  }

  showFrame(start) {
    showPhysicsStats(this.parts, this.stats, this.#formats);
    this.showDivergence(() => [this.t.physics.diverged]);
    const ended = this.stats.animating === false && this.parts.phase.dataset.animating === 'true';
    this.parts.phase.dataset.animating = String(this.stats.animating);
    if (ended) this.measure();
    if (this.playing || this.stats.animating) {
      this.request();
      this.perf?.record(performance.now() - start);
    }
  }

  showConfig() {
    showPhysicsConfig(this.parts, this.params, this.t, this.#formats);
  }
}

