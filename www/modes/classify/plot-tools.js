// Drawing the user's own points on the plot with mouse, pen or touch (pointer events): click
// or tap adds a point of the chosen class (or value), a drag paints several, the erase tool
// removes them; plus clear, and CSV import and export. Positions go to Rust as fractions.

import { format, plural } from '../../i18n/format.js';
import { download } from '../../shell/files.js';
import { followPointer, fractionOf } from '../../shell/drag.js';
import { csvErrorText } from '../../shell/messages.js';

/** Distance between two points painted by a drag, as a share of the plot's width. */
const SPACING = 0.012;

export class PlotTools {
  #t;
  #parts;
  #ops;
  #tool = null;
  #label = 0;
  #value = 0.5;
  #last = null;
  #regression = false;

  /** `ops`: `call(fn)`, `run(fn)`, `notify(text, error)`. */
  constructor(t, parts, ops) {
    this.#t = t;
    this.#parts = parts;
    this.#ops = ops;
    const plot = parts.plot;
    followPointer(plot, {
      ignore: () => !this.#tool,
      press: (e) => this.#apply(fractionOf(plot, e) ?? [-1, -1]),
      move: (e) => this.#move(fractionOf(plot, e)),
      // One settings refresh per stroke (hash, stored points), not one per point.
      release: () => this.#ops.run(() => {}),
    });
    parts.csvFile.addEventListener('change', () => this.#import(parts.csvFile));
    parts.pointValue.input.value = String(this.#value);
    parts.pointValue.output.textContent = this.#value.toLocaleString(t.lang);
  }

  /** Switches the tool `name` ("add" or "erase") on, or off if it is on. */
  tool(name) {
    this.#tool = this.#tool === name ? null : name;
    this.#parts.toolAdd.setAttribute('aria-pressed', String(this.#tool === 'add'));
    this.#parts.toolErase.setAttribute('aria-pressed', String(this.#tool === 'erase'));
    this.#parts.plot.classList.toggle('drawing', this.#tool !== null);
  }

  /** New points get class `k`. */
  pointClass(k) {
    this.#label = k;
    for (const s of this.#parts.swatches.children) s.setAttribute('aria-checked', String(Number(s.dataset.class) === k));
  }

  /** New regression points get value `v`. */
  pointValue(v) {
    this.#value = v;
    this.#parts.pointValue.output.textContent = v.toLocaleString(this.#t.lang);
  }

  /** Shows the class swatches (k of them) or the value slider, and the point count. */
  show(info, stats) {
    this.#regression = info.task === 'regression';
    const k = info.classes;
    for (const s of this.#parts.swatches.children) s.hidden = this.#regression || Number(s.dataset.class) >= k;
    this.#parts.pointValue.field.hidden = !this.#regression;
    this.#parts.swatches.hidden = this.#regression;
    if (this.#label >= k) this.pointClass(0);
    if (stats) this.showCount(stats.points);
  }

  /** Shows how many points the data have. */
  showCount(n) {
    const text = plural(this.#t.readouts.pointCount, n, this.#t.lang);
    if (this.#parts.pointCount.textContent !== text) this.#parts.pointCount.textContent = text;
  }

  clearPoints() {
    this.#ops.run((pg) => pg.clear_points());
  }

  exportCsv() {
    const csv = this.#ops.call((pg) => pg.export_csv());
    if (csv != null) download(csv, 'nn-playground-points.csv', 'text/csv');
  }

  #move(at) {
    if (!at) return;
    const [dx, dy] = [at[0] - this.#last[0], at[1] - this.#last[1]];
    if (this.#tool === 'erase' || Math.hypot(dx, dy) >= SPACING) this.#apply(at);
  }

  #apply([fx, fy]) {
    this.#last = [fx, fy];
    if (fx < 0 || fx > 1 || fy < 0 || fy > 1) return;
    const label = this.#regression ? this.#value : this.#label;
    this.#ops.call((pg) => pg.edit_points(this.#tool, fx, fy, label));
  }

  async #import(input) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // A file too large is refused by its size, before its bytes reach the wasm memory.
    const tooLarge = this.#ops.call((pg) => pg.csv_size_problem(file.size));
    const text = tooLarge ? null : await file.text();
    const result = tooLarge ?? this.#ops.call((pg) => pg.import_csv(text));
    const s = this.#t.share;
    if (result?.error != null) {
      const reason = String(result.problem ? csvErrorText(result.problem, this.#t) : result.error);
      // The reason follows a full stop: a sentence of its own ("the file holds no points" too).
      const message = reason.charAt(0).toLocaleUpperCase(this.#t.lang) + reason.slice(1);
      this.#ops.notify(format(s.importFailed, { file: file.name, message }), true);
    } else if (result) {
      this.#ops.run(() => {});
      this.#ops.notify(format(s.imported, { file: file.name, count: result.count }));
    }
  }
}
