// The page tools of the full playground, built once the controls exist: the network
// diagram's hover and editor, drawing points, the charts' readout, the hidden-space view,
// saving and sharing, and the help line. The element calls `start` once, `afterChange`
// after every settings change and `afterFrame` after every frame; the handlers named in
// handlers.js are forwarded here.

import { attachHelpLine } from './helpline.js';
import { DiagramView } from './diagram-view.js';
import { PlotTools } from './plot-tools.js';
import { ChartView } from './chart-view.js';
import { SpaceView } from './space-view.js';
import { Saving, storedPoints } from './sharing.js';

export class PageTools {
  #parts;
  #ops;
  #diagram;
  #plot;
  #charts;
  #space;
  #saving;
  #stats = null;
  #info = null;

  /**
   * `ops`: `call(fn)` (runs `fn(pg)` and asks for a frame; returns the result, undefined on
   * failure), `run(fn)` (the same, then refreshes the settings view), `setPlaying(on)`,
   * `toggleFeature(name)`. `formats`: shell/view.js's `numberFormats`.
   */
  constructor(t, parts, elementOps, formats) {
    this.#parts = parts;
    const ops = {
      ...elementOps,
      notify: (text, error = false) => {
        parts.notice.textContent = text;
        parts.notice.classList.toggle('error', error);
      },
      link: () => `${location.href.split('#')[0]}#${elementOps.call((pg) => pg.config())}`,
    };
    this.#ops = ops;
    this.#diagram = new DiagramView(t, parts, ops);
    this.#plot = new PlotTools(t, parts, ops);
    this.#charts = new ChartView(t, parts, ops, formats);
    this.#space = new SpaceView(t, parts, ops);
    this.#saving = new Saving(t, parts, ops);
  }

  /** Hands the extra canvases to `pg`, restores points a link names by digest, and starts
   * the help line on `container` inside the shadow `root`. */
  start(pg, query, root, container, t) {
    pg.attach('network', this.#parts.network);
    pg.attach('score', this.#parts.score);
    pg.attach('space', this.#parts.space);
    const csv = storedPoints(query);
    if (csv) pg.restore_points(query, csv);
    attachHelpLine(root, container, this.#parts.helpline, t.help.idle);
  }

  /** The canvases whose drawing buffers follow their displayed size. */
  get sizedCanvases() {
    const p = this.#parts;
    return [p.network, p.score, p.space];
  }

  /** After a settings change: `info` is `pg.info()`, `params` the config. */
  afterChange(info, params) {
    this.#info = info;
    this.#plot.show(info, this.#stats);
    this.#charts.show(info);
    this.#space.show(info);
    this.#saving.persist(params);
    this.#diagram.close();
  }

  /** After a frame: `stats` is `pg.stats()`. */
  afterFrame(stats) {
    this.#stats = stats;
    this.#plot.showCount(stats.points);
  }

  tool(name) { this.#plot.tool(name); }
  pointClass(k) { this.#plot.pointClass(k); }
  pointValue(v) { this.#plot.pointValue(v); }
  clearPoints() { this.#plot.clearPoints(); }
  exportCsv() { this.#plot.exportCsv(); }
  copyLink() { this.#saving.copyLink(); }
  copyEmbed() { this.#saving.copyEmbed(); }
  saveState() { this.#saving.saveState(); }
  logScale(on) { this.#charts.logScale(on); }
  space() { this.#space.space(); }

  /** Opens the value editor on the (first) output's bias. */
  editOutputBias(event) {
    const hidden = this.#info ? this.#info.hidden.length : 0;
    const value = this.#stats?.outputBias ?? NaN;
    this.#diagram.open({ kind: 'bias', layer: hidden, index: 0, value, output: true }, event);
  }
}
