// The curve mode of <nn-playground> (demo="curve", or mode=curve in the link): a network
// fits a 1-D curve through noisy points, or through points the student places on the plot.
// Builds its controls, hands the plot clicks to the wasm `CurvePlayground` (which maps canvas
// pixels to points) and shows the config and numbers; the rest is base.js and shell/mode-widget.js.

import { plotLegend } from '../../shell/legend.js';
import { el, button } from '../../shell/dom.js';
import { format } from '../../i18n/format.js';
import { choices } from '../../shell/vocabulary.js';
import { FitWidget, setText } from './base.js';
import {
  keySelect, showSelect, targetButtons,
  showTargets, readout, hiddenLabel,
} from './controls.js';

/** How much one frame may train, by speed: [most steps, time budget in ms]. */
const SPEEDS = { step: [1, 8], ten: [10, 8], hundred: [100, 8], max: [1e9, 10] };
const OFFERED = {
  csamples: ['10', '20', '40', '80', '160', '320'],
  cnoise: ['0', '0.05', '0.1', '0.2', '0.3', '0.5'],
  chidden: ['4', '16', '8,8', '16,16', '32,32', '32,32,32', '64,64'],
  clr: ['0.0001', '0.001', '0.003', '0.01', '0.03', '0.1', '0.3'],
  cbatch: ['1', '4', '8', '16', '32', '64'],
};

export class CurveWidget extends FitWidget {
  /** Controls behind "More settings" (shell/more.js): all but the target, the drawing tools,
   * the network and its learning rate. */
  static rare = ['speed', 'share', 'palette', 'export-png', 'csamples', 'cnoise', 'cact', 'copt', 'cbatch'];

  /** Click tool on the plot: 'add' or 'erase'. */
  tool = 'add';
  /** Whether the last click found the drawn points at their cap. */
  full = false;

  constructor(host, root, t, api, options) {
    super(host, root, t, api, options, {
      className: 'curve',
      speeds: SPEEDS,
      defaultSpeed: 'ten',
      bar: {
        resetControl: t.fit.controls.reset, stepControl: t.fit.controls.step, counter: t.fit.readouts.steps,
        speedLabels: t.fit.values.curveSpeed,
      },
      sections: (w, parts) => [dataSection(w, parts), networkSection(w, parts), outputSection(w, parts)],
      handle: (module, parts, query) => new module.CurvePlayground(parts.plot, parts.lossChart, query),
      sized: (parts) => [parts.plot, parts.lossChart],
      showConfig: (w) => showConfig(w),
      showStats: (w, stats) => showStats(w, stats),
    });
  }
}

function dataSection(w, parts) {
  const f = w.f;
  const v = f.values;
  const tool = (name, control) => button(`tool-${name}`, control, () => {
    w.tool = name;
    showTool(w);
  }, parts.helps, { 'aria-pressed': String(name === 'add') });
  parts.toolAdd = tool('add', f.controls.addPoints);
  parts.toolErase = tool('erase', f.controls.erasePoints);
  parts.clear = button('clear-points', f.controls.clearPoints, () => w.change((pg) => pg.clear_points()), parts.helps);
  parts.drawHint = el('p', { class: 'note', id: 'draw-hint', text: f.notes.drawHint });
  parts.pointCount = el('p', { class: 'note', id: 'point-count', 'aria-live': 'polite' });
  return el('section', { class: 'data', 'aria-label': f.sections.curveData }, [
    el('h2', { text: f.sections.curveData }),
    targetButtons(w, parts, 'ctarget', choices('ctarget'), v.ctarget, v.ctargetHelp),
    el('div', { class: 'pair' }, [
      keySelect(w, parts, 'csamples', OFFERED.csamples), keySelect(w, parts, 'cnoise', OFFERED.cnoise),
    ]),
    el('div', { class: 'tools' }, [parts.toolAdd, parts.toolErase, parts.clear]),
    parts.drawHint,
    parts.pointCount,
  ]);
}

function networkSection(w, parts) {
  const f = w.f;
  const hidden = Object.fromEntries(OFFERED.chidden.map((h) => [h, hiddenLabel(w, h)]));
  return el('section', { class: 'network', 'aria-label': f.sections.network }, [
    el('h2', { text: f.sections.network }),
    keySelect(w, parts, 'chidden', OFFERED.chidden, hidden),
    el('div', { class: 'pair' }, [
      keySelect(w, parts, 'cact', choices('cact'), w.t.values.act), keySelect(w, parts, 'copt', choices('copt'), w.t.values.opt),
    ]),
    el('div', { class: 'pair' }, [keySelect(w, parts, 'clr', OFFERED.clr), keySelect(w, parts, 'cbatch', OFFERED.cbatch)]),
  ]);
}

function outputSection(w, parts) {
  const r = w.f.readouts;
  parts.plot = el('canvas', { class: 'curve-plot', id: 'curve-plot', role: 'img', 'aria-label': r.plot });
  parts.plot.addEventListener('pointerdown', (event) => onPlotClick(w, event));
  parts.lossChart = el('canvas', { class: 'chart', id: 'loss-chart', role: 'img', 'aria-label': r.lossChart });
  parts.legend = plotLegend(r.legendLabel, [
    { mark: 'dot', colour: 'var(--pts)', text: r.legendPoints, key: 'points' },
    { mark: 'line', colour: 'var(--fit)', text: r.legendFit, key: 'fit' },
    { mark: 'line', colour: 'var(--truth)', text: r.legendTruth, key: 'truth' },
  ]);
  return el('section', { class: 'output', 'aria-label': w.f.sections.curveOutput }, [
    el('h2', { text: w.f.sections.curveOutput }),
    el('div', { class: 'output-body' }, [
      el('div', { class: 'figure' }, [parts.plot, parts.legend]),
      el('div', { class: 'side' }, [
        el('dl', { class: 'readouts' }, [
          readout(parts, 'loss', r.loss), readout(parts, 'gap', r.gap), readout(parts, 'points', r.pointsCount),
        ]),
        parts.lossChart,
      ]),
    ]),
  ]);
}

/** A click on the plot adds a point (switching to drawn points) or erases the nearest one. */
function onPlotClick(w, event) {
  const canvas = w.parts.plot;
  const px = (event.offsetX * canvas.width) / canvas.clientWidth;
  const py = (event.offsetY * canvas.height) / canvas.clientHeight;
  if (w.tool === 'erase') {
    w.full = false;
    w.change((pg) => pg.erase_point(px, py));
  } else {
    w.full = w.change((pg) => pg.add_point(px, py)) === 'full';
    w.request();
  }
}

function showTool(w) {
  const p = w.parts;
  // The first config is shown from FitWidget's constructor, before this class's fields exist.
  const tool = w.tool ?? 'add';
  p.toolAdd.setAttribute('aria-pressed', String(tool === 'add'));
  p.toolErase.setAttribute('aria-pressed', String(tool === 'erase'));
  p.plot.dataset.tool = tool;
  setText(p.drawHint, tool === 'add' ? w.f.notes.drawHint : w.f.notes.eraseHint);
}

function showConfig(w) {
  const { parts, params } = w;
  showTargets(parts, params.get('ctarget'));
  for (const key of ['csamples', 'cnoise', 'clr', 'cbatch']) showSelect(w, parts[key], params.get(key));
  showSelect(w, parts.chidden, params.get('chidden'), { numeric: false, label: (v) => hiddenLabel(w, v) });
  parts.cact.value = params.get('cact');
  parts.copt.value = params.get('copt');
  const drawn = params.get('ctarget') === 'drawn';
  parts.csamples.disabled = drawn;
  parts.cnoise.disabled = drawn;
  parts.clear.disabled = (params.get('cpoints') ?? '') === '';
  showTool(w);
}

function showStats(w, stats) {
  const { parts, formats } = w;
  setText(parts.loss, w.fixed(stats.loss));
  setText(parts.gap, w.fixed(stats.meanGap));
  setText(parts.points, formats.whole.format(stats.points));
  const note = w.full ? w.f.notes.full : w.f.notes.pointCount;
  setText(parts.pointCount, format(note, { count: stats.points, max: stats.maxPoints }));
  parts.pointCount.hidden = stats.target !== 'drawn';
}
