// The charts' pointer readout (the epoch under the pointer and its values, with a rule drawn
// by Rust on both charts) and the loss chart's log-scale switch.

import { format } from '../../i18n/format.js';

export class ChartView {
  #t;
  #parts;
  #ops;
  #formats;
  #regression = false;

  /** `ops`: `call(fn)`. `formats`: the number formats of shell/view.js. */
  constructor(t, parts, ops, formats) {
    this.#t = t;
    this.#parts = parts;
    this.#ops = ops;
    this.#formats = formats;
    for (const [canvas, name] of [[parts.chart, 'loss'], [parts.score, 'score']]) {
      canvas.addEventListener('pointermove', (e) => this.#hover(canvas, name, e));
      canvas.addEventListener('pointerleave', () => this.#leave());
    }
  }

  /** Follows the task (the score is R² for regression). */
  show(info) {
    this.#regression = info.task === 'regression';
  }

  logScale(on) {
    this.#ops.call((pg) => pg.set_log_scale(on));
  }

  #hover(canvas, name, e) {
    const r = canvas.getBoundingClientRect();
    const sample = this.#ops.call((pg) => pg.chart_hover(name, (e.clientX - r.left) / r.width));
    this.#parts.chartReadout.textContent = sample ? this.#text(sample) : this.#t.readouts.chartIdle;
  }

  #leave() {
    this.#ops.call((pg) => pg.chart_hover_clear());
    this.#parts.chartReadout.textContent = this.#t.readouts.chartIdle;
  }

  /** "Epoch 12: training loss 0.123, test loss 0.145; accuracy 98.0% / 97.2%". */
  #text(s) {
    const r = this.#t.readouts;
    const dash = r.none;
    const fixed = (v) => (v == null ? dash : this.#formats.fixed.format(v));
    const score = this.#regression ? fixed : (v) => (v == null ? dash : this.#formats.percent.format(v));
    const epoch = this.#formats.whole.format(Math.round(s.epoch * 100) / 100);
    const loss = format(r.chartAt, { epoch, train: fixed(s.train), test: fixed(s.test) });
    const template = this.#regression ? r.chartR2At : r.chartScoreAt;
    return loss + format(template, { train: score(s.trainScore), test: score(s.testScore) });
  }
}
