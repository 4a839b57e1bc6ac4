// The agent mode of <nn-playground> (attribute demo="agent", or mode=agent in the config):
// an agent learns to balance a pole on a cart from its own attempts while the student watches
// its current policy and pushes the cart. Its own wasm `AgentPlayground` handle, controls and
// scene gestures inside the element's shadow root; the loop and the rest of the mode-widget
// contract (shell/modes.js) are shell/mode-widget.js.

import { el } from '../../shell/dom.js';
import { observeCanvasSizes } from '../../shell/sizing.js';
import { buildAgentControls, AGENT_SPEEDS } from './controls.js';
import { showAgentConfig, showAgentStats, agentFormats } from './view.js';
import { agentSheet } from './styles.js';
import { attachClassroom } from '../../classroom/classroom.js';
import { StateFile } from '../../shell/state-file.js';
import { ModeWidget } from '../../shell/mode-widget.js';
import { frameShare } from '../../shell/loop.js';
import { canvasPixel, followPointer } from '../../shell/drag.js';
import { runNames } from '../../shell/run-names.js';
import './strings.js';

/** How much one frame may train, by speed: [most attempts, time budget in ms, ms between two
 * frames that train]. */
const SPEEDS = { watch: [0, 0, 0], slow: [1, 3, 1000], normal: [1, 3, 0], fast: [10, 5, 0], max: [1e6, 10, 0] };
/** Milliseconds of real time per step of the watched cart (50 steps a second). */
const STEP_MS = 20;
/** A pointer that moves this far (CSS pixels) between down and up is a swipe, not a tap. */
const SWIPE_PX = 12;

export class AgentWidget extends ModeWidget {
  /** Controls behind "More settings" (shell/more.js). */
  static rare = ['speed', 'share', 'palette', 'export-png', 'agbatch'];

  #formats;
  #speed = 'normal';
  #lastAttempt = -Infinity;
  #lastWatch = null;
  #owed = 0;

  /** Builds the agent widget into `root` (the element's shadow root); `options` as in
   * modes.js (`query`, `speed`, `fail`, `onFrame`). */
  constructor(host, root, t, api, options) {
    super(host, t, api, options, t.agent.controls);
    this.#formats = agentFormats(t.lang);
    if (AGENT_SPEEDS.includes(options.speed)) this.#speed = options.speed;
    const { parts, nodes } = buildAgentControls(t, t.agent, this.#handlers());
    this.parts = parts;
    parts.speed.value = this.#speed;
    const { AgentPlayground } = api.module;
    this.pg = new AgentPlayground(parts.scene, parts.chart, options.query);
    const c = t.agent.controls;
    this.pg.set_run_names(runNames(t, { aghidden: c.hidden, aglr: c.lr, agbatch: c.batch }));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== agentSheet), agentSheet];
    root.replaceChildren(el('div', { class: 'pg agent' }, nodes));
    this.classroom = attachClassroom(host, root, t, {
      mode: 'agent', parts, handle: () => this.pg, redraw: () => this.request(),
      pictures: [parts.scene], charts: [parts.chart],
    });
    this.#listenToScene(parts.scene);
    this.setUpPerf();
    observeCanvasSizes([parts.scene, parts.chart], () => this.request());
    new StateFile(t, parts, root, {
      mode: 'agent', module: api.module, host, call: (fn) => this.result(fn), loaded: () => this.afterChange(),
    });
    this.afterChange(true);
  }

  #handlers() {
    return {
      set: (pairs) => this.setPairs(pairs),
      togglePlay: () => this.setPlaying(!this.playing),
      step: () => this.step(),
      reset: () => this.change((pg) => pg.restart(), false),
      speed: (name) => {
        if (AGENT_SPEEDS.includes(name)) this.#speed = name;
      },
      push: (direction) => this.push(direction),
      newEpisode: () => this.#scene((pg) => pg.restart_scene()),
    };
  }

  /** The student pushes the cart (`direction` 1 right, −1 left). */
  push(direction) {
    this.#scene((pg) => pg.push(direction));
  }

  /** Runs a scene call and shows its result at the next frame. */
  #scene(fn) {
    if (this.stopped) return;
    this.call(() => fn(this.pg));
    this.request();
  }

  // ---- pushing on the scene: pointer (mouse, touch, pen) and keyboard ----

  #listenToScene(canvas) {
    // A swipe pushes the cart its way; a tap pokes the scene where it lands.
    let downAt = 0;
    followPointer(canvas, {
      ignore: () => this.stopped,
      press: (event) => {
        downAt = event.clientX;
      },
      release: (event, cancelled) => {
        if (cancelled || this.stopped) return;
        const dx = event.clientX - downAt;
        if (Math.abs(dx) >= SWIPE_PX) {
          this.push(Math.sign(dx));
          return;
        }
        const at = canvasPixel(canvas, event);
        if (at) this.#scene((pg) => pg.poke(at[0]));
      },
    });
    canvas.addEventListener('keydown', (event) => {
      const direction = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
      if (!direction || event.altKey || event.ctrlKey || event.metaKey) return;
      // The element's → (one step) is for the keyboard outside the picture.
      event.preventDefault();
      event.stopPropagation();
      this.push(direction);
    });
  }

  // ---- hooks of ModeWidget ----

  nextPlaying(on) {
    this.#lastWatch = null;
    this.#owed = 0;
    return on;
  }

  /** Trains and moves the watched cart while playing, and draws; the stats are
   * AgentPlayground.stats (src/web/agent/mod.rs). */
  computeFrame(start) {
    if (this.playing) {
      this.#train(start);
      this.#watch(start);
    }
    this.pg.draw(!this.playing);
    return this.pg.stats();
  }

  showFrame(start) {
    showAgentStats(this.parts, this.stats, this.t, this.#formats);
    this.showDivergence(() => [this.t.agent.readouts.untrained]);
    if (this.playing) {
      this.perf?.record(performance.now() - start);
      this.request();
    }
  }

  showConfig() {
    showAgentConfig(this.parts, this.params, this.t.lang);
  }

  #train(now) {
    const [attempts, budget, interval] = SPEEDS[this.#speed];
    if (attempts === 0 || now - this.#lastAttempt < interval) return;
    this.#lastAttempt = now;
    this.pg.advance(attempts, frameShare(budget));
  }

  /** The watched cart runs in real time: 50 steps a second, whatever the frame rate. */
  #watch(now) {
    if (this.#lastWatch !== null) this.#owed += (now - this.#lastWatch) / STEP_MS;
    this.#lastWatch = now;
    const steps = Math.floor(this.#owed);
    this.#owed -= steps;
    if (steps > 0) this.pg.watch(steps);
  }
}
