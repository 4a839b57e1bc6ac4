// The race mode of <nn-playground> (attribute demo="race", or mode=race in the config):
// optimisers flowing down a 2-D loss surface. Its own wasm `RacePlayground` handle, controls
// and start dropping, inside the element's shadow root; the loop and the rest of the
// mode-widget contract (shell/modes.js) are shell/mode-widget.js.

import { el } from '../../shell/dom.js';
import { observeCanvasSizes } from '../../shell/sizing.js';
import { buildRaceControls, RACE_SPEEDS } from './controls.js';
import { showRaceConfig, showRaceStats, showBestSteps, raceFormats } from './view.js';
import { raceSheet } from './styles.js';
import { attachClassroom } from '../../classroom/classroom.js';
import { StateFile } from '../../shell/state-file.js';
import { ModeWidget, query } from '../../shell/mode-widget.js';
import { frameShare } from '../../shell/loop.js';
import { canvasPixel, followPointer } from '../../shell/drag.js';
import './strings.js';

/** How much one frame may race, by speed: [most steps, time budget in ms, ms between two
 * frames that step (slow motion)]. */
const SPEEDS = { slow: [1, 4, 100], step: [1, 4, 0], fast: [5, 4, 0], max: [1e6, 6, 0] };

export class RaceWidget extends ModeWidget {
  /** Controls behind "More settings" (shell/more.js): the bar's tools and the start's reset. */
  static rare = ['speed', 'share', 'palette', 'export-png', 'start-default'];

  #formats;
  #speed = 'step';
  #lastStep = -Infinity;
  #settled = false;
  #stateFile;

  /** Builds the race widget into `root` (the element's shadow root); `options` as in modes.js
   * (`query`, `speed`, `fail`, `onFrame`). */
  constructor(host, root, t, api, options) {
    super(host, t, api, options, t.race.controls);
    this.#formats = raceFormats(t.lang);
    if (RACE_SPEEDS.includes(options.speed)) this.#speed = options.speed;
    const { parts, nodes } = buildRaceControls(t, t.race, this.#handlers());
    this.parts = parts;
    parts.speed.value = this.#speed;
    const { RacePlayground } = api.module;
    this.pg = new RacePlayground(parts.map, parts.chart, options.query);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== raceSheet), raceSheet];
    root.replaceChildren(el('div', { class: 'pg race' }, nodes));
    this.classroom = attachClassroom(host, root, t, {
      mode: 'race', parts, handle: () => this.pg, redraw: () => this.request(),
      pictures: [parts.map], charts: [parts.chart],
    });
    this.#listenToMap(parts.map);
    this.setUpPerf();
    observeCanvasSizes([parts.map, parts.chart], () => this.request());
    this.#stateFile = new StateFile(t, parts, root, {
      mode: 'race', module: api.module, host, call: (fn) => this.result(fn), loaded: () => this.afterChange(),
    });
    this.afterChange(true);
  }

  #handlers() {
    return {
      set: (pairs) => this.setPairs(pairs),
      // While a slider is dragged: the race waits at its start and the map shows every
      // racer's whole path (the preview the wasm makes on each change); the link is written
      // when the slider is let go (`set`).
      preview: (pairs) => {
        if (this.playing) this.setPlaying(false);
        this.change((pg) => pg.set_config(query(pairs)), false);
      },
      toggle: (kind, on) => {
        const racing = (this.params.get('racers') ?? '').split(',').filter((k) => k && k !== kind);
        if (on) racing.push(kind);
        this.change((pg) => pg.set_config(`racers=${racing.join(',')}`));
      },
      useBest: () => {
        const best = this.result((pg) => pg.best_steps());
        if (best) this.setConfig(best.query);
      },
      togglePlay: () => this.setPlaying(!this.playing),
      step: () => this.step(),
      reset: () => {
        this.setPlaying(false);
        this.change((pg) => pg.restart(), false);
      },
      speed: (name) => {
        if (RACE_SPEEDS.includes(name)) this.#speed = name;
      },
    };
  }

  // ---- dropping the start on the map ----

  #listenToMap(canvas) {
    const drop = (event) => {
      const at = canvasPixel(canvas, event);
      if (!at) return;
      this.call(() => this.pg.set_start(...at));
      this.request();
    };
    followPointer(canvas, {
      ignore: () => this.stopped,
      press: (event) => {
        // The race waits while the start is dragged; the map shows the paths from it.
        if (this.playing) this.setPlaying(false);
        drop(event);
      },
      move: drop,
      release: () => {
        if (!this.stopped) this.afterChange();
      },
    });
  }

  // ---- hooks of ModeWidget ----

  /** A finished race starts again from the start point; slow motion steps at once. */
  nextPlaying(on) {
    if (on && this.pg.finished()) this.call(() => this.pg.restart());
    this.#lastStep = -Infinity;
    return on;
  }

  /** Races while playing and draws; the stats are RacePlayground.stats
   * (src/web/race_stats.rs). */
  computeFrame(start) {
    if (this.playing) this.#advance(start);
    this.pg.draw(!this.playing);
    return this.pg.stats();
  }

  showFrame(start) {
    showRaceStats(this.parts, this.stats, this.t, this.#formats);
    const wasSettled = this.#settled;
    this.#settled = settled(this.stats);
    if (this.playing) {
      this.perf?.record(performance.now() - start);
      // When everyone has stopped, or keeps swinging without getting anywhere, pause (which
      // draws the settled chart once more) rather than run up millions of steps. Play again
      // and the swinging goes on.
      if (this.#settled && !wasSettled) this.setPlaying(false);
      else this.request();
    }
  }

  showConfig() {
    showRaceConfig(this.parts, this.params, this.t);
    showBestSteps(this.parts, this.result((pg) => pg.best_steps()), this.t);
  }

  #advance(now) {
    const [steps, budget, interval] = SPEEDS[this.#speed];
    if (now - this.#lastStep < interval) return;
    this.#lastStep = now;
    this.pg.advance(steps, frameShare(budget));
  }
}

/** Whether no racer is still on its way: each has stopped for good or is oscillating. */
function settled(stats) {
  return stats.finished || stats.racers.every((r) => r.status !== 'running');
}
