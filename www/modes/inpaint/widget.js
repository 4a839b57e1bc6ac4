// The inpainting mode of <nn-playground> (demo="inpaint", or mode=inpaint in the link): "guess
// the hidden part". A rectangle of a built-in picture is hidden (dragged with the mouse or a
// finger, moved and resized with the arrow keys, or the centre with one button); a network
// maps pixel coordinates to colours, trained on the visible pixels only, and draws its guess
// inside the hole; Reveal compares the guess with the truth. Its own wasm
// `InpaintPlayground` handle; the loop and the rest of the mode-widget contract
// (shell/modes.js) are shell/mode-widget.js.

import { el } from '../../shell/dom.js';
import { readPicture, UploadError } from '../../shell/upload.js';
import { format } from '../../i18n/format.js';
import { numberFormats } from '../../shell/view.js';
import { observeCanvasSizes } from '../../shell/sizing.js';
import { runNames } from '../../shell/run-names.js';
import { sheet } from '../../shell/styles.js';
import { attachClassroom } from '../../classroom/classroom.js';
import { StateFile } from '../../shell/state-file.js';
import { ModeWidget } from '../../shell/mode-widget.js';
import { frameShare } from '../../shell/loop.js';
import { followPointer, fractionOf } from '../../shell/drag.js';
import { buildInpaint } from './controls.js';
import { showInpaintConfig, showInpaintStats } from './view.js';
import { inpaintSheet } from './styles.js';
import './strings.js';

/** How much one frame may train, by speed: [most passes, time budget in ms]. The default does
 * one pass over the visible pixels per frame. */
const SPEEDS = { pass: [1, Infinity], four: [4, Infinity], max: [1e9, 7] };
/** The centre square a quarter of the side wide (the `hole` key's default). */
const CENTRE = '0.375,0.375,0.25,0.25';
/** Arrow keys: the hole's move (or, with Shift, its growth) in pixels of the picture. */
const ARROWS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

export class InpaintWidget extends ModeWidget {
  /** Controls behind "More settings" (shell/more.js). */
  static rare = ['speed', 'share', 'palette', 'export-png', 'psize', 'pfreq', 'pscale', 'phidden', 'pact', 'popt', 'pbatch'];

  #speed = 'pass';
  #stateFile;

  /** Builds the widget into `root` (the element's shadow root); `options` as in modes.js. */
  constructor(host, root, t, api, options) {
    super(host, t, api, options, t.inpaint.controls);
    /** The mode's strings. */
    this.s = t.inpaint;
    const plain = new Intl.NumberFormat(t.lang, { maximumFractionDigits: 6 });
    this.formats = {
      ...numberFormats(t.lang), plain, error: new Intl.NumberFormat(t.lang, { minimumFractionDigits: 3, maximumFractionDigits: 3 }),
    };
    if (options.speed in SPEEDS) this.#speed = options.speed;
    const { parts, nodes } = buildInpaint(this, Object.keys(SPEEDS));
    this.parts = parts;
    parts.speed.value = this.#speed;
    this.pg = new api.module.InpaintPlayground(parts.seen, parts.guess, parts.lossChart, options.query);
    this.pg.set_decimal_comma(plain.format(0.5).includes(','));
    this.pg.set_run_names(runNames(t, this.s.controls, {
      pact: t.values.act, popt: t.values.opt, ptarget: this.s.values.ptarget,
    }));
    root.adoptedStyleSheets = [sheet, inpaintSheet];
    root.replaceChildren(el('div', { class: 'pg inpaint' }, nodes));
    this.classroom = attachClassroom(host, root, t, {
      mode: 'inpaint', parts, handle: () => this.pg, redraw: () => this.request(),
      pictures: [parts.guess], charts: [parts.seen, parts.lossChart],
    });
    this.#listen(parts.seen);
    this.setUpPerf();
    observeCanvasSizes([parts.lossChart], () => this.request());
    this.#stateFile = new StateFile(t, parts, root, {
      mode: 'inpaint', module: api.module, host, call: (fn) => this.result(fn), loaded: () => this.afterChange(),
    });
    this.afterChange(true);
  }

  /** Back to the starting weights, the hole hidden again (pauses first). */
  reset() {
    this.setPlaying(false);
    this.change((pg) => pg.reset(), false);
  }

  /** Sets the training speed by name. */
  setSpeed(name) {
    if (name in SPEEDS) this.#speed = name;
  }

  /** A number in the language's notation (for option labels). */
  number(value) {
    return this.formats.plain.format(Number(value));
  }

  /** Hides the centre square (the keyboard-free way to place the hole). */
  hideCentre() {
    this.setPairs({ hole: CENTRE });
  }

  /** Chooses built-in picture `name` (the one already chosen, after an upload, comes back). */
  chooseTarget(name) {
    if (this.pg.uploaded() && name === this.params.get('ptarget')) {
      this.setPlaying(false);
      this.change((pg) => pg.clear_picture());
    } else this.setPairs({ ptarget: name });
  }

  /** Guesses in the student's own picture from `file`; a refusal is said and changes nothing. */
  async upload(file) {
    const p = this.parts;
    p.uploadStatus.textContent = this.s.notes.uploadReading;
    p.uploadError.replaceChildren();
    try {
      const picture = await readPicture(file);
      this.setPlaying(false);
      const refusal = this.result((pg) => pg.set_picture_rgba(picture.width, picture.height, picture.data));
      if (refusal) throw new UploadError('refused', { message: refusal.text ?? String(refusal) });
      this.afterChange();
    } catch (error) {
      if (!(error instanceof UploadError)) throw error;
      p.uploadError.replaceChildren(el('p', { text: format(this.s.upload[error.key], error.vars) }));
    } finally {
      this.#showUpload();
    }
  }

  #showUpload() {
    this.parts.uploadStatus.textContent = this.pg.uploaded() ? this.s.notes.uploaded : '';
    for (const [name, b] of this.parts.targets) {
      if (this.pg.uploaded()) b.setAttribute('aria-pressed', 'false');
      else b.setAttribute('aria-pressed', String(name === this.params.get('ptarget')));
    }
  }

  /** Shows the truth in the hole with the errors, or hides it again. */
  toggleReveal() {
    const on = !this.result((pg) => pg.revealed());
    this.change((pg) => pg.reveal(on), false);
  }

  // ---- the hole: drag (mouse, pen, touch) and arrow keys ----

  #listen(canvas) {
    /** The picture pixel under the pointer (fractional, may lie outside). */
    const at = (event) => {
      const size = this.stats?.size ?? Number(this.params.get('psize'));
      const f = fractionOf(canvas, event);
      return f && [f[0] * size, f[1] * size];
    };
    // The corner pressed and whether the pointer has moved since.
    let drag = null;
    followPointer(canvas, {
      ignore: () => this.stopped,
      focus: true,
      press: (event) => {
        const from = at(event);
        if (!from) return false;
        if (this.playing) this.setPlaying(false);
        drag = { from, moved: false };
      },
      move: (event) => {
        const to = at(event);
        if (!to) return;
        const [[ax, ay], [bx, by]] = [drag.from, to];
        // A press without a move keeps the hole (a tap is not a one-pixel hole).
        if (!drag.moved && Math.hypot(bx - ax, by - ay) < 1) return;
        drag.moved = true;
        this.change((pg) => pg.preview_hole(ax, ay, bx, by), false);
      },
      release: () => {
        const moved = drag?.moved;
        drag = null;
        if (!this.stopped && moved) this.change((pg) => pg.commit_hole());
      },
    });
    canvas.addEventListener('keydown', (event) => {
      const arrow = ARROWS[event.key];
      if (!arrow || event.altKey || event.ctrlKey || event.metaKey || this.stopped) return;
      // The arrows belong to the hole here (→ steps elsewhere in the widget).
      event.preventDefault();
      event.stopPropagation();
      if (this.playing) this.setPlaying(false);
      const [dx, dy] = arrow;
      const move = event.shiftKey ? [0, 0, dx, dy] : [dx, dy, 0, 0];
      this.change((pg) => pg.nudge_hole(...move));
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

  computeFrame() {
    if (this.playing) {
      const [most, budget] = SPEEDS[this.#speed];
      this.pg.advance(most, frameShare(budget));
    }
    this.pg.draw(!this.playing);
    return this.pg.stats();
  }

  showFrame(start) {
    const wasmMs = performance.now() - start;
    showInpaintStats(this, this.stats);
    this.showDivergence(() => [this.s.diverged]);
    if (this.playing) {
      this.request();
      this.perf?.record(wasmMs);
    }
  }

  showConfig() {
    showInpaintConfig(this);
    this.#showUpload();
  }
}
