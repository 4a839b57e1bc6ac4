// The terrain mode of <nn-playground> (attribute demo="terrain", or mode=terrain in the
// config): a variational autoencoder learns terrains generated in code; the student walks its
// 2-D latent space with a pad (pointer, touch or arrow keys) or sliders and sees each terrain
// as a 3-D relief. Its own wasm `TerrainPlayground` handle; the relief is drawn by the shared
// WebGL renderer (shell/relief-gl.js) or, without WebGL or with renderer="software" on the
// element (or ?renderer=software in the page URL), by the Rust software renderer. Nothing
// moves by itself (no auto-rotation): the picture changes when training runs or a control
// moves, so reduced motion needs nothing more.

import { el } from '../../shell/dom.js';
import { observeCanvasSizes } from '../../shell/sizing.js';
import { buildTerrainControls, TERRAIN_SPEEDS } from './controls.js';
import { showTerrainConfig, showTerrainStats, terrainFormats } from './view.js';
import { terrainSheet } from './styles.js';
import { attachClassroom } from '../../classroom/classroom.js';
import { StateFile } from '../../shell/state-file.js';
import { ModeWidget, query } from '../../shell/mode-widget.js';
import { frameShare } from '../../shell/loop.js';
import { canvasPixel, followPointer } from '../../shell/drag.js';
import { downloadBlob } from '../../shell/files.js';
import { ReliefGL } from '../../shell/relief-gl.js';
import { format } from '../../i18n/format.js';
import './strings.js';

/** How much one frame may train, by speed: [most steps, time budget in ms]. */
const SPEEDS = { step: [1, 6], ten: [10, 6], fast: [1e6, 6] };
/** Latent units an arrow key moves the point (Shift: five times more). */
const KEY_STEP = 0.1;
const LATENT_LIMIT = 3;
const EXPORT_FILE = 'terrain-heightmap.png';
/** While training runs, the relief is drawn again at most this often (ms): the weights change
 * every frame, and a relief a frame would cost more than the training itself. */
const RELIEF_EVERY_MS = 100;

export class TerrainWidget extends ModeWidget {
  /** Controls behind "More settings" (shell/more.js). */
  static rare = ['speed', 'share', 'palette', 'export-png', 'turn'];

  #formats;
  #speed = 'ten';
  #gl = null;
  #glDrawn = null;
  #reliefAt = -Infinity;

  constructor(host, root, t, api, options) {
    super(host, t, api, options, t.terrain.controls);
    this.#formats = terrainFormats(t.lang);
    if (TERRAIN_SPEEDS.includes(options.speed)) this.#speed = options.speed;
    const { parts, nodes } = buildTerrainControls(t, t.terrain, this.#handlers());
    this.parts = parts;
    parts.speed.value = this.#speed;
    const page = new URLSearchParams(location.search).get('renderer');
    const software = host.getAttribute('renderer') === 'software' || page === 'software';
    this.#gl = software ? null : ReliefGL.create(parts.reliefGl);
    parts.relief.hidden = Boolean(this.#gl);
    parts.reliefGl.hidden = !this.#gl;
    parts.renderer.textContent = this.#gl ? '' : t.terrain.readouts.software;
    parts.renderer.dataset.renderer = this.#gl ? 'webgl' : 'software';
    const { TerrainPlayground } = api.module;
    this.pg = new TerrainPlayground(parts.relief, parts.pad, options.query);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== terrainSheet), terrainSheet];
    root.replaceChildren(el('div', { class: 'pg terrain' }, nodes));
    this.classroom = attachClassroom(host, root, t, {
      mode: 'terrain', parts, handle: () => this.pg, redraw: () => this.request(),
      pictures: [this.#gl ? parts.reliefGl : parts.relief], charts: [],
    });
    this.#listenToPad(parts.pad);
    this.setUpPerf();
    observeCanvasSizes([parts.relief, parts.reliefGl, parts.pad], () => {
      this.#glDrawn = null;
      this.request();
    });
    new StateFile(t, parts, root, {
      mode: 'terrain', module: api.module, host, call: (fn) => this.result(fn), loaded: () => this.afterChange(),
    });
    this.afterChange(true);
  }

  /** Which renderer draws the relief: 'webgl' or 'software'. */
  get renderer() {
    return this.#gl ? 'webgl' : 'software';
  }

  #handlers() {
    return {
      set: (pairs) => this.setPairs(pairs),
      // While a slider is dragged the picture follows; the link is written when it is let go.
      preview: (pairs) => this.change((pg) => pg.set_config(query(pairs)), false),
      togglePlay: () => this.setPlaying(!this.playing),
      step: () => this.step(),
      reset: () => {
        this.setPlaying(false);
        this.change((pg) => pg.restart(), false);
      },
      speed: (name) => {
        if (TERRAIN_SPEEDS.includes(name)) this.#speed = name;
      },
      exportHeightmap: () => this.exportHeightmap(),
    };
  }

  /** Downloads the terrain shown as a 16-bit grey PNG; returns its bytes. */
  exportHeightmap() {
    const bytes = this.result((pg) => pg.heightmap_png());
    if (!bytes) return null;
    downloadBlob(new Blob([bytes], { type: 'image/png' }), EXPORT_FILE);
    this.parts.notice.textContent = format(this.t.terrain.readouts.exported, { file: EXPORT_FILE });
    return bytes;
  }

  // ---- the latent pad: pointer (mouse, pen, touch) and arrow keys ----

  #listenToPad(canvas) {
    const move = (event) => {
      const at = canvasPixel(canvas, event);
      if (!at) return;
      this.call(() => this.pg.set_latent(...at));
      this.request();
    };
    followPointer(canvas, {
      ignore: () => this.stopped,
      focus: true,
      press: move,
      move,
      release: () => {
        if (!this.stopped) this.afterChange();
      },
    });
    canvas.addEventListener('keydown', (event) => {
      const arrows = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
      const d = arrows[event.key];
      if (!d || this.stopped) return;
      event.preventDefault();
      event.stopPropagation();
      const k = KEY_STEP * (event.shiftKey ? 5 : 1);
      const clamp = (v) => Math.max(-LATENT_LIMIT, Math.min(LATENT_LIMIT, Math.round(v * 100) / 100));
      const x = clamp(Number(this.params.get('lx')) + d[0] * k);
      const y = clamp(Number(this.params.get('ly')) + d[1] * k);
      this.setConfig(`lx=${x}&ly=${y}`);
    });
  }

  // ---- hooks of ModeWidget ----

  computeFrame(start) {
    if (this.playing) {
      const [steps, budget] = SPEEDS[this.#speed];
      this.pg.advance(steps, frameShare(budget));
    }
    this.pg.draw_pad();
    if (!this.playing || start - this.#reliefAt >= RELIEF_EVERY_MS) {
      this.#reliefAt = start;
      if (this.#gl) this.#drawGl();
      else this.pg.draw_relief();
    }
    return this.pg.stats();
  }

  #drawGl() {
    const canvas = this.parts.reliefGl;
    const key = `${this.pg.version()}:${canvas.width}x${canvas.height}`;
    if (key === this.#glDrawn || canvas.width === 0 || canvas.height === 0) return;
    const start = performance.now();
    this.#gl.draw(this.pg.relief_mesh(canvas.width / canvas.height), this.pg.sky());
    this.#glDrawn = key;
    this.glMs = performance.now() - start;
  }

  showFrame(start) {
    showTerrainStats(this.parts, this.stats, this.t, this.#formats);
    this.stats.renderer = this.renderer;
    if (this.playing) {
      this.perf?.record(performance.now() - start);
      this.showDivergence(() => [this.t.terrain.warnings.diverged]);
      this.request();
    }
  }

  showConfig() {
    showTerrainConfig(this.parts, this.params, this.result((pg) => pg.legend()) ?? [], this.t, this.#formats);
  }
}
