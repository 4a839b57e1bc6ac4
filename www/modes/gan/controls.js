// Builds the GAN mode's controls (the DOM only: no state, no wasm). Each settings control
// reports a change through `on.set` as a partial config query (e.g. {glr: '0.01'}); the widget
// applies it in Rust and shows the resulting config back through view.js.

import { plotLegend } from '../../shell/legend.js';
import { el, button, selectField, checkboxField, helpText } from '../../shell/dom.js';
import { choices, limits, wholeRange } from '../../shell/vocabulary.js';

/** Offered learning rates (a link may carry others: they are added when shown). */
export const GAN_RATES = ['0.0001', '0.0003', '0.0005', '0.001', '0.002', '0.003', '0.005', '0.01', '0.03', '0.1', '0.3', '1'];
export const GAN_SPEEDS = ['step', 'ten', 'max'];
const STEP_MODES = ['both', 'd', 'g'];
/** The explained step's phases, in order (their names come from the wasm). */
const PHASES = ['generate', 'judge', 'updated', 'updateg'];
/** The stages of the model graph, in the order data flows through them. */
const GRAPH = ['noise', 'g', 'samples', 'd', 'verdict', 'losses'];

/** Everything the GAN widget shows, built once: `{ parts, nodes }` (nodes in display order). */
export function buildGanControls(t, g, on) {
  const parts = { helps: el('div', { class: 'sr-only' }) };
  const nodes = [
    playbackBar(t, g, on, parts),
    messages(parts),
    el('div', { class: 'main gan-main' }, [
      dataSection(t, g, on, parts), networkSection(t, g, on, parts), outputSection(g, on, parts),
    ]),
    (parts.footer = el('div', { class: 'footer' })),
    parts.helps,
  ];
  return { parts, nodes };
}

function select(key, control, options, onChange, parts) {
  const f = selectField(key, control, options, onChange);
  parts[key] = f.select;
  return f.field;
}

function playbackBar(t, g, on, parts) {
  const c = g.controls;
  parts.reset = button('reset', c.reset, on.reset, parts.helps);
  parts.play = button('play', c.play, on.togglePlay, parts.helps, { 'aria-pressed': 'false' });
  parts.step = button('step', c.step, on.step, parts.helps);
  parts.explain = button('explain', c.explain, on.explain, parts.helps);
  const v = g.values;
  const mode = select('step-mode', c.stepMode, STEP_MODES.map((m) => [m, v.stepMode[m]]), on.stepMode, parts);
  const speed = select('speed', c.speed, GAN_SPEEDS.map((s) => [s, v.speed[s]]), on.speed, parts);
  parts.iterations = el('div', { class: 'number', id: 'iterations', 'aria-live': 'off', text: '0' });
  const counter = el('div', { class: 'epoch' }, [el('div', { class: 'caption', text: g.readouts.iterations }), parts.iterations]);
  return el('div', { class: 'bar', role: 'toolbar', 'aria-label': g.sections.training }, [
    el('div', { class: 'playback' }, [parts.reset, parts.play, parts.step, parts.explain]),
    counter, mode, speed,
  ]);
}

function messages(parts) {
  parts.alert = el('div', { class: 'alert', role: 'alert', id: 'alert' });
  parts.issues = el('div', { class: 'issues', role: 'status', id: 'issues' });
  parts.diagnosis = el('div', { class: 'diagnosis', role: 'status', id: 'diagnosis' });
  return el('div', { class: 'messages' }, [parts.alert, parts.issues]);
}

function dataSection(t, g, on, parts) {
  const c = g.controls;
  const v = g.values;
  parts.targets = new Map();
  const grid = el('div', { class: 'targets', role: 'group', 'aria-label': c.target.label, title: c.target.help, 'data-key': 'target' });
  // The drawn target has its own button (the sketch pad).
  for (const name of choices('target').filter((n) => n !== 'drawn')) {
    const help = `${v.target[name]}: ${v.targetHelp[name]}`;
    const b = el('button', {
      type: 'button', 'data-name': name, 'aria-pressed': 'false', title: help, 'aria-label': help,
      onclick: () => on.set({ target: name }),
    }, [el('span', { class: 'label', text: v.target[name] })]);
    parts.targets.set(name, b);
    grid.append(b);
  }
  parts.draw = button('draw', c.draw, on.startDrawing, parts.helps, { 'aria-pressed': 'false' });
  parts.drawDone = button('draw-done', c.drawDone, on.finishDrawing, parts.helps);
  parts.drawCancel = button('draw-cancel', c.drawCancel, on.cancelDrawing, parts.helps);
  const check = (key) => {
    const f = checkboxField(key, c[key], (checked) => on.set({ [key]: checked ? '1' : '0' }));
    parts[key] = f.input;
    return f.field;
  };
  return el('section', { class: 'data', 'aria-label': g.sections.real }, [
    el('h2', { text: g.sections.real }),
    grid,
    el('div', { class: 'draw-row', 'data-key': 'target' }, [parts.draw]),
    el('h2', { text: g.sections.noise }),
    el('div', { class: 'pair' }, [
      select('gdim', c.gdim, [['1', '1'], ['2', '2']], (x) => on.set({ gdim: x }), parts),
      select('gnoise', c.gnoise, choices('gnoise').map((n) => [n, v.gnoise[n]]), (x) => on.set({ gnoise: x }), parts),
    ]),
    check('far'),
  ]);
}

function networkSection(t, g, on, parts) {
  const c = g.controls;
  const net = (prefix, title) => {
    const field = (key, values, labels) => select(key, c[key], values.map((x) => [x, labels ? labels[x] : x]),
      (x) => on.set({ [key]: x }), parts);
    return el('div', { class: `net net-${prefix}` }, [
      el('h2', { text: title }),
      layerEditor(prefix, g, on, parts),
      el('div', { class: 'pair' }, [
        field(`${prefix}act`, choices(`${prefix}act`), t.values.act), field(`${prefix}opt`, choices(`${prefix}opt`), t.values.opt),
      ]),
      field(`${prefix}lr`, GAN_RATES),
    ]);
  };
  const steps = (key) => select(key, c[key], wholeRange(key).map((k) => [k, k]), (x) => on.set({ [key]: x }), parts);
  return el('section', { class: 'network', 'aria-label': g.sections.game }, [
    net('g', g.sections.generator),
    net('d', g.sections.discriminator),
    el('h2', { text: g.sections.game }),
    select('ganloss', c.ganloss, choices('ganloss').map((x) => [x, g.values.ganloss[x]]), (x) => on.set({ ganloss: x }), parts),
    el('div', { class: 'pair' }, [steps('kd'), steps('kg')]),
  ]);
}

/** Layer count −/+ and one card per hidden layer with its neuron count −/+, for G or D. */
function layerEditor(prefix, g, on, parts) {
  const c = g.controls;
  const fill = (control, vars) => ({ label: control.label.replace('{n}', vars.n ?? ''), help: control.help.replace('{max}', vars.max) });
  const remove = button(`${prefix}-remove-layer`, fill(c.removeLayer, {}), () => on.removeLayer(prefix), parts.helps);
  const add = button(`${prefix}-add-layer`, fill(c.addLayer, { max: limits(`${prefix}hidden`).layers }), () => on.addLayer(prefix), parts.helps);
  const count = el('span', { class: 'count', id: `${prefix}-layer-count` });
  const cards = el('div', { class: 'layers', id: `${prefix}-layers` });
  parts[`${prefix}Layers`] = { remove, add, count, cards };
  return el('div', { class: 'layer-editor', 'data-key': `${prefix}hidden` }, [el('div', { class: 'layer-count' }, [remove, add, count]), cards]);
}

/** A card for hidden layer `index` of network `prefix` (g or d). */
export function layerCard(prefix, index, g, on, helps) {
  const c = g.controls;
  const n = index + 1;
  const pm = (cls, control, delta, symbol) => {
    const id = `${prefix}-layer-${n}-${cls}`;
    const help = control.help.replace('{max}', limits(`${prefix}hidden`).width);
    if (!helps.querySelector(`#help-${id}`)) helps.append(helpText(`help-${id}`, help));
    return el('button', {
      type: 'button', class: cls, id, 'aria-label': control.label.replace('{n}', n), title: help,
      'aria-describedby': `help-${id}`, onclick: () => on.resizeLayer(prefix, index, delta), text: symbol,
    });
  };
  return el('div', { class: 'layer', 'data-layer': n }, [
    el('div', { class: 'pm' }, [pm('minus', c.removeNeuron, -1, '−'), pm('plus', c.addNeuron, 1, '+')]),
    el('span', { class: 'neurons' }),
  ]);
}

function outputSection(g, on, parts) {
  const r = g.readouts;
  const readout = (id, label) => {
    parts[id] = el('dd', { id, text: '—' });
    return el('div', {}, [el('dt', { text: label }), parts[id]]);
  };
  parts.map = el('canvas', { class: 'boundary', width: 64, height: 64, role: 'img', 'aria-label': r.plot });
  parts.points = el('canvas', { class: 'points', 'aria-hidden': 'true' });
  parts.plot = el('div', { class: 'plot' }, [parts.map, parts.points]);
  // The map's ends go 42 % of the way from a pale grey to green and purple (scene.rs).
  const pale = (c) => `color-mix(in srgb, ${c} 42%, #f7f7f7)`;
  const l = g.legend;
  parts.legend = plotLegend(l.label, [
    { mark: 'dot', colour: 'var(--real)', text: l.real, key: 'real' },
    { mark: 'dot', colour: 'var(--fake)', text: l.fake, key: 'fake' },
    { mark: 'area', colour: pale('var(--real)'), text: l.saysReal, key: 'says-real' },
    { mark: 'area', colour: pale('var(--fake)'), text: l.saysFake, key: 'says-fake' },
  ]);
  parts.phaseList = el('ol', { class: 'phase-list' }, PHASES.map((name) =>
    el('li', { 'data-phase': name, text: g.phases[name].label })));
  parts.phaseCaption = el('p', { id: 'phase-caption', 'aria-live': 'polite', text: g.phases.idle });
  // The model as GAN Lab draws it: each phase lights the stages it works on.
  const gr = g.phases.graph;
  parts.graph = el('ol', { class: 'model-graph', 'aria-label': gr.label },
    GRAPH.map((stage) => el('li', { 'data-stage': stage, text: gr[stage] })));
  parts.verdictScale = el('p', { class: 'verdict-scale', id: 'verdict-scale', hidden: true });
  parts.arrowScale = el('p', { class: 'arrow-scale', id: 'arrow-scale', hidden: true });
  parts.phases = el('div', { class: 'phases', id: 'phases', 'data-phase': '' }, [
    parts.phaseList, parts.graph, parts.phaseCaption, parts.verdictScale, parts.arrowScale,
  ]);
  parts.drawHint = el('p', { class: 'note draw-hint', text: r.drawing });
  // While drawing, the hint and the two ways out float over the plot's top edge, so that
  // nothing around it moves.
  parts.drawBar = el('div', { class: 'draw-bar', hidden: true }, [parts.drawHint, parts.drawDone, parts.drawCancel]);
  parts.plot.append(parts.drawBar);
  parts.lossChart = el('canvas', { class: 'chart', role: 'img', 'aria-label': r.lossChart });
  parts.distanceChart = el('canvas', { class: 'chart', role: 'img', 'aria-label': r.distanceChart });
  const check = (key) => {
    const f = checkboxField(key, g.controls[key], (checked) => on.set({ [key]: checked ? '1' : '0' }));
    parts[key] = f.input;
    return f.field;
  };
  const legend = (items) => el('div', { class: 'legend', 'aria-hidden': 'true' },
    items.map(([cls, text]) => el('span', { class: cls, text })));
  return el('section', { class: 'output', 'aria-label': g.sections.output }, [
    el('h2', { text: g.sections.output }),
    el('div', { class: 'output-body' }, [
      // The plane first, with its axis and legend; the explained step's stages under them.
      el('div', { class: 'figure' }, [
        parts.plot,
        el('div', { class: 'axis', 'aria-hidden': 'true' }, ['−4', '0', '4'].map((x) => el('span', { text: x }))),
        parts.legend,
        el('div', { class: 'checks' }, [check('garrows'), check('gmanifold')]),
        parts.phases,
      ]),
      el('div', { class: 'side' }, [
        parts.diagnosis,
        el('dl', { class: 'readouts' }, [
          readout('d-loss', r.dLoss), readout('g-loss', r.gLoss), readout('kl', r.kl), readout('js', r.js),
          readout('modes', r.modes),
        ]),
        parts.lossChart, legend([['d', r.legendD], ['g', r.legendG]]),
        parts.distanceChart, legend([['js', r.legendJs], ['kl', r.legendKl]]),
      ]),
    ]),
  ]);
}
