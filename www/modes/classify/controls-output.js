// The output section's DOM: the map with the points over it (where points are drawn), the
// readouts, the loss and score charts with their hover readout and the past runs' legend, the
// display checkboxes, and the hidden-space view.

import { el, button, selectField, checkboxField } from '../../shell/dom.js';
import { plotLegend } from '../../shell/legend.js';

/** Builds the section; fills `parts`. */
export function outputSection(t, on, parts) {
  return el('section', { class: 'output', 'aria-label': t.sections.output }, [
    el('h2', { text: t.sections.output }),
    el('div', { class: 'output-body' }, [figure(t, parts), side(t, on, parts)]),
    spaceView(t, on, parts),
    // Last, so that the list growing after a run moves nothing.
    parts.ghosts,
  ]);
}

function figure(t, parts) {
  parts.mapCaption = el('div', { class: 'map-caption', id: 'map-caption', text: t.network.mapOutput });
  parts.boundary = el('canvas', { class: 'boundary', width: 100, height: 100, role: 'img', 'aria-label': t.readouts.boundary });
  parts.points = el('canvas', { class: 'points', 'aria-hidden': 'true' });
  parts.plot = el('div', { class: 'plot', 'data-help': t.help.plot }, [parts.boundary, parts.points]);
  // Filled in by view.js (showLegend): the classes or values, and the point marks.
  parts.legend = plotLegend(t.legend.label, []);
  return el('div', { class: 'figure' }, [
    parts.mapCaption,
    parts.plot,
    el('div', { class: 'axis', 'aria-hidden': 'true' }, ['−6', '0', '6'].map((x) => el('span', { text: x }))),
    parts.legend,
  ]);
}

function readouts(t, on, parts) {
  const r = t.readouts;
  const readout = (id, label) => {
    parts[id] = el('dd', { id, text: r.none });
    return el('div', { class: `readout-${id}` }, [el('dt', { text: label }), parts[id]]);
  };
  parts.accuracyRows = [readout('train-accuracy', r.trainAccuracy), readout('test-accuracy', r.testAccuracy)];
  parts.regressionRows = [
    readout('train-rmse', r.trainRmse), readout('test-rmse', r.testRmse),
    readout('train-r2', r.trainR2), readout('test-r2', r.testR2),
  ];
  parts.outputBias = button('output-bias', t.controls.outputBias, on.editOutputBias, parts.helps);
  parts.outputBias.append(el('span', { class: 'value', id: 'output-bias-value', text: r.none }));
  return el('dl', { class: 'readouts' }, [
    readout('train-loss', r.trainLoss), readout('test-loss', r.testLoss),
    ...parts.accuracyRows, ...parts.regressionRows,
    el('div', { class: 'bias' }, [parts.outputBias]),
  ]);
}

function side(t, on, parts) {
  const r = t.readouts;
  parts.chart = el('canvas', { class: 'chart', role: 'img', 'aria-label': r.chart, 'data-help': t.help.chart });
  parts.score = el('canvas', { class: 'chart score', role: 'img', 'aria-label': r.scoreChart, 'data-help': t.help.scoreChart });
  parts.chartReadout = el('p', { class: 'chart-readout', id: 'chart-readout', text: r.chartIdle });
  parts.ghosts = el('ul', { class: 'ghosts', id: 'ghosts' });
  const check = (key, handler = (v) => on.set({ [key]: v ? '1' : '0' }), control = t.controls[key]) => {
    const f = checkboxField(key, control, handler);
    parts[key] = f.input;
    return f.field;
  };
  parts.scoreTrain = el('span', { class: 'train', text: r.legendTrainScore });
  parts.scoreTest = el('span', { class: 'test', text: r.legendTestScore });
  return el('div', { class: 'side' }, [
    readouts(t, on, parts),
    parts.chart,
    el('div', { class: 'legend', 'aria-hidden': 'true' }, [
      el('span', { class: 'train', text: r.legendTrain }), el('span', { class: 'test', text: r.legendTest }),
    ]),
    el('div', { class: 'checks' }, [check('log-scale', on.logScale, t.controls.logScale)]),
    parts.chartReadout,
    parts.score,
    el('div', { class: 'legend', 'aria-hidden': 'true' }, [parts.scoreTrain, parts.scoreTest]),
    el('div', { class: 'checks' }, [check('showtest'), check('discrete')]),
  ]);
}

function spaceView(t, on, parts) {
  const c = t.controls;
  const field = (key, control) => {
    const f = selectField(key, control, [], () => on.space());
    parts[key] = f.select;
    return f.field;
  };
  parts.space = el('canvas', { class: 'space', role: 'img', 'aria-label': t.help.space, 'data-help': t.help.space });
  parts.spaceNote = el('p', { class: 'note', text: t.space.none, hidden: true });
  parts.spaceDetails = el('details', { class: 'space-view', id: 'space-view', 'data-key': 'space', ontoggle: () => on.space() }, [
    el('summary', { text: t.sections.space, 'data-help': t.help.space }),
    el('div', { class: 'space-body' }, [
      el('div', { class: 'space-picks' }, [
        field('space-layer', c.spaceLayer), field('space-a', c.spaceA), field('space-b', c.spaceB),
      ]),
      parts.spaceNote,
      parts.space,
    ]),
  ]);
  return parts.spaceDetails;
}
