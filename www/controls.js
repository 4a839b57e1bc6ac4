// Builds the playground's controls (the DOM only: no state, no wasm). Each control reports a
// change through the `on` handlers as a partial config query (e.g. "lr=0.1"); the element
// applies it and then shows the resulting config back through view.js.

import { el, button, selectField, sliderField, checkboxField, helpText } from './dom.js';

/** Dataset names, classification first (query-string values: public API). */
export const DATASETS = ['circle', 'xor', 'gauss', 'spiral', 'moons', 'plane', 'multigauss'];
/** Input feature names, in the order they are listed. */
export const FEATURES = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'];
/** TensorFlow Playground's learning rates. */
export const LEARNING_RATES = ['0.00001', '0.0001', '0.001', '0.003', '0.01', '0.03', '0.1', '0.3', '1', '3', '10'];
/** TensorFlow Playground's regularisation rates. */
export const REG_RATES = ['0', '0.001', '0.003', '0.01', '0.03', '0.1', '0.3', '1', '3', '10'];
/** Offered momentum coefficients. */
export const MOMENTA = ['0', '0.5', '0.9', '0.95', '0.99'];
/** Most hidden layers and neurons per layer (the Rust config's limits). */
export const MAX_LAYERS = 8;
export const MAX_NEURONS = 32;

const CHOICES = {
  act: ['relu', 'tanh', 'sigmoid', 'linear', 'leaky'],
  loss: ['mse', 'xent'],
  opt: ['sgd', 'momentum', 'nesterov', 'rmsprop', 'adam'],
  reg: ['none', 'l1', 'l2'],
  init: ['uniform', 'glorot', 'zeros'],
};
const SPEEDS = ['step', 'epoch', 'epochs10', 'max'];

/** Everything the widget shows, built once: `{ parts, nodes }` (nodes in display order). */
export function buildControls(t, on) {
  const parts = { helps: el('div', { class: 'sr-only' }) };
  const nodes = [
    playbackBar(t, on, parts),
    hyperBar(t, on, parts),
    messages(parts),
    el('div', { class: 'main' }, [
      dataSection(t, on, parts), networkSection(t, on, parts), outputSection(t, on, parts),
    ]),
    (parts.footer = el('div', { class: 'footer' })),
    parts.helps,
  ];
  return { parts, nodes };
}

function playbackBar(t, on, parts) {
  const c = t.controls;
  parts.reset = button('reset', c.reset, on.reset, parts.helps);
  parts.play = button('play', c.play, on.togglePlay, parts.helps, { 'aria-pressed': 'false' });
  parts.step = button('step', c.step, on.step, parts.helps);
  parts.stepEpoch = button('step-epoch', c.stepEpoch, on.stepEpoch, parts.helps);
  const options = SPEEDS.map((s) => [s, t.values.speed[s]]);
  const speed = selectField('speed', c.speed, options, on.speed);
  parts.speed = speed.select;
  parts.epoch = el('div', { class: 'number', id: 'epoch', 'aria-live': 'off', text: '0' });
  const epoch = el('div', { class: 'epoch' }, [el('div', { class: 'caption', text: t.readouts.epoch }), parts.epoch]);
  return el('div', { class: 'bar', role: 'toolbar', 'aria-label': t.sections.training }, [
    el('div', { class: 'playback' }, [parts.reset, parts.play, parts.step, parts.stepEpoch]),
    epoch, speed.field,
  ]);
}

function hyperBar(t, on, parts) {
  const field = (key, values, labels) => {
    const options = values.map((v) => [v, labels ? labels[v] : v]);
    const f = selectField(key, t.controls[key], options, (v) => on.set({ [key]: v }));
    parts[key] = f.select;
    return f.field;
  };
  const momentum = field('momentum', MOMENTA);
  parts.momentumField = momentum;
  return el('div', { class: 'bar hyper' }, [
    field('lr', LEARNING_RATES),
    field('act', CHOICES.act, t.values.act),
    field('loss', CHOICES.loss, t.values.loss),
    field('opt', CHOICES.opt, t.values.opt),
    momentum,
    field('reg', CHOICES.reg, t.values.reg),
    field('regrate', REG_RATES),
    field('init', CHOICES.init, t.values.init),
  ]);
}

function messages(parts) {
  parts.alert = el('div', { class: 'alert', role: 'alert', id: 'alert' });
  parts.issues = el('div', { class: 'issues', role: 'status', id: 'issues' });
  return el('div', { class: 'messages' }, [parts.alert, parts.issues]);
}

function dataSection(t, on, parts) {
  const c = t.controls;
  parts.datasets = new Map();
  const slider = (key, range) => {
    const s = sliderField(key, c[key], range, (v) => on.set({ [key]: String(v) }));
    parts[key] = s;
    return s.field;
  };
  parts.regenerate = button('regenerate', c.regenerate, on.regenerate, parts.helps);
  const groups = t.values.dataGroups;
  return el('section', { class: 'data', 'aria-label': t.sections.data }, [
    el('h2', { text: t.sections.data }),
    datasetGroup(groups.classification, DATASETS.slice(0, 5), t, on, parts),
    datasetGroup(groups.regression, DATASETS.slice(5), t, on, parts),
    slider('train', { min: 10, max: 90, step: 10 }),
    slider('noise', { min: 0, max: 50, step: 5 }),
    slider('batch', { min: 1, max: 30, step: 1 }),
    el('div', {}, [parts.regenerate]),
  ]);
}

/** A captioned group of dataset buttons, each with a thumbnail canvas drawn by the wasm. */
function datasetGroup(caption, names, t, on, parts) {
  const grid = el('div', { class: 'datasets', role: 'group', 'aria-label': caption });
  for (const name of names) {
    const canvas = el('canvas', { width: 128, height: 128, 'aria-hidden': 'true' });
    const help = `${t.values.data[name]}: ${t.values.dataHelp[name]}`;
    const b = el('button', {
      type: 'button', 'data-name': name, 'aria-pressed': 'false', title: help,
      'aria-label': help, onclick: () => on.set({ data: name }),
    }, [canvas, el('span', { class: 'label', text: t.values.data[name] })]);
    parts.datasets.set(name, { button: b, canvas });
    grid.append(b);
  }
  return el('div', { class: 'dataset-group' }, [el('div', { class: 'caption', text: caption }), grid]);
}

function networkSection(t, on, parts) {
  const c = t.controls;
  parts.chips = new Map();
  const chips = el('div', { class: 'chips', role: 'group', 'aria-label': c.features.label,
    title: c.features.help, 'aria-describedby': 'help-features' });
  for (const name of FEATURES) {
    const b = el('button', { type: 'button', 'data-name': name, 'aria-pressed': 'false',
      onclick: () => on.toggleFeature(name) }, [el('span', { class: 'label', text: t.values.features[name] })]);
    parts.chips.set(name, b);
    chips.append(b);
  }
  parts.helps.append(helpText('help-features', c.features.help));
  const help = (control) => ({ ...control, help: control.help.replace('{max}', MAX_LAYERS) });
  parts.addLayer = button('add-layer', help(c.addLayer), on.addLayer, parts.helps);
  parts.removeLayer = button('remove-layer', c.removeLayer, on.removeLayer, parts.helps);
  parts.layerCount = el('span', { class: 'count', id: 'layer-count' });
  parts.layers = el('div', { class: 'layers', id: 'layers' });
  parts.noLayers = el('p', { class: 'note', text: t.network.none, hidden: true });
  return el('section', { class: 'network', 'aria-label': t.sections.network }, [
    el('h2', { text: t.sections.features }), chips,
    el('h2', { text: t.sections.network }),
    el('div', { class: 'layer-count' }, [parts.removeLayer, parts.addLayer, parts.layerCount]),
    parts.layers, parts.noLayers,
  ]);
}

function outputSection(t, on, parts) {
  const r = t.readouts;
  const readout = (id, label) => {
    parts[id] = el('dd', { id, text: r.none });
    return el('div', { class: `readout-${id}` }, [el('dt', { text: label }), parts[id]]);
  };
  parts.accuracyRows = [readout('train-accuracy', r.trainAccuracy), readout('test-accuracy', r.testAccuracy)];
  parts.boundary = el('canvas', { class: 'boundary', width: 100, height: 100, role: 'img', 'aria-label': r.boundary });
  parts.points = el('canvas', { class: 'points', 'aria-hidden': 'true' });
  parts.plot = el('div', { class: 'plot' }, [parts.boundary, parts.points]);
  parts.chart = el('canvas', { class: 'chart', role: 'img', 'aria-label': r.chart });
  const check = (key) => {
    const f = checkboxField(key, t.controls[key], (on_) => on.set({ [key]: on_ ? '1' : '0' }));
    parts[key] = f.input;
    return f.field;
  };
  return el('section', { class: 'output', 'aria-label': t.sections.output }, [
    el('h2', { text: t.sections.output }),
    el('div', { class: 'output-body' }, [
      el('div', { class: 'figure' }, [
        parts.plot,
        el('div', { class: 'axis', 'aria-hidden': 'true' }, ['−6', '0', '6'].map((x) => el('span', { text: x }))),
      ]),
      el('div', { class: 'side' }, [
        el('dl', { class: 'readouts' }, [
          readout('train-loss', r.trainLoss), readout('test-loss', r.testLoss), ...parts.accuracyRows,
        ]),
        parts.chart,
        el('div', { class: 'legend', 'aria-hidden': 'true' }, [
          el('span', { class: 'train', text: r.legendTrain }), el('span', { class: 'test', text: r.legendTest }),
        ]),
        el('div', { class: 'checks' }, [check('showtest'), check('discrete')]),
      ]),
    ]),
  ]);
}
