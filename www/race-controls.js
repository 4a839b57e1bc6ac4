// Builds the race mode's controls (the DOM only: no state, no wasm). Each settings control
// reports a change through `on.set` as a partial config query (e.g. {sgdlr: '0.5'}); the
// widget applies it in Rust and shows the resulting config back through race-view.js.

import { el, button, selectField } from './dom.js';
import { format } from './strings.js';

/** Surface names, in the order they are offered (query-string values: public API). */
export const SURFACES = ['bowl', 'rosenbrock', 'himmelblau', 'saddle', 'bumpy'];
/** Optimiser names, in the order of the Rust `OptimizerKind::ALL` (and of the colours). */
export const KINDS = ['sgd', 'momentum', 'nesterov', 'rmsprop', 'adam'];
/** Per optimiser: its learning-rate key, and its other keys as [key, string name, max]. */
export const RACER_KEYS = {
  sgd: { lr: 'sgdlr', extra: [] },
  momentum: { lr: 'momlr', extra: [['mommu', 'mu', 0.999]] },
  nesterov: { lr: 'nestlr', extra: [['nestmu', 'mu', 0.999]] },
  rmsprop: { lr: 'rmslr', extra: [['rmsalpha', 'alpha', 0.9999]] },
  adam: { lr: 'adamlr', extra: [['adamb1', 'beta1', 0.999], ['adamb2', 'beta2', 0.9999]] },
};
export const RACE_SPEEDS = ['slow', 'step', 'fast', 'max'];

/** Everything the race widget shows, built once: `{ parts, nodes }` (nodes in display order). */
export function buildRaceControls(t, r, on) {
  const parts = { helps: el('div', { class: 'sr-only' }) };
  const nodes = [
    playbackBar(r, on, parts),
    el('div', { class: 'messages' }, [
      (parts.alert = el('div', { class: 'alert', role: 'alert', id: 'alert' })),
      (parts.issues = el('div', { class: 'issues', role: 'status', id: 'issues' })),
    ]),
    el('div', { class: 'main race-main' }, [
      surfaceSection(r, on, parts), racersSection(t, r, on, parts), outputSection(t, r, parts),
    ]),
    (parts.footer = el('div', { class: 'footer' })),
    parts.helps,
  ];
  return { parts, nodes };
}

function playbackBar(r, on, parts) {
  const c = r.controls;
  parts.reset = button('reset', c.reset, on.reset, parts.helps);
  parts.play = button('play', c.play, on.togglePlay, parts.helps, { 'aria-pressed': 'false' });
  parts.step = button('step', c.step, on.step, parts.helps);
  const speed = selectField('speed', c.speed, RACE_SPEEDS.map((s) => [s, r.values.speed[s]]), on.speed);
  parts.speed = speed.select;
  parts.steps = el('div', { class: 'number', id: 'steps', 'aria-live': 'off', text: '0' });
  const counter = el('div', { class: 'epoch' }, [el('div', { class: 'caption', text: r.readouts.steps }), parts.steps]);
  return el('div', { class: 'bar', role: 'toolbar', 'aria-label': r.sections.training }, [
    el('div', { class: 'playback' }, [parts.reset, parts.play, parts.step]), counter, speed.field,
  ]);
}

function surfaceSection(r, on, parts) {
  const v = r.values;
  parts.surfaces = new Map();
  const grid = el('div', { class: 'surfaces', role: 'group', 'aria-label': r.controls.surface.label, title: r.controls.surface.help });
  for (const name of SURFACES) {
    const b = el('button', {
      type: 'button', 'data-name': name, 'aria-pressed': 'false', title: v.surfaceHelp[name],
      onclick: () => on.set({ surface: name }),
    }, [el('span', { class: 'label', text: v.surface[name] })]);
    parts.surfaces.set(name, b);
    grid.append(b);
  }
  parts.surfaceHelp = el('p', { class: 'note surface-help', id: 'surface-help' });
  return el('section', { class: 'surface', 'aria-label': r.sections.surface }, [
    el('h2', { text: r.sections.surface }), grid, parts.surfaceHelp,
    el('p', { class: 'note', text: r.readouts.hint }),
  ]);
}

function racersSection(t, r, on, parts) {
  parts.racers = new Map();
  const rows = KINDS.map((kind) => racerRow(kind, t, r, on, parts));
  return el('section', { class: 'racers', 'aria-label': r.sections.racers }, [el('h2', { text: r.sections.racers }), ...rows]);
}

/** One optimiser's row: on/off, colour, name, learning rate and its other settings. */
function racerRow(kind, t, r, on, parts) {
  const c = r.controls;
  const name = t.values.opt[kind];
  const toggle = el('input', {
    type: 'checkbox', id: `on-${kind}`, 'aria-label': format(c.on.label, { name }), title: c.on.help,
    onchange: () => on.toggle(kind, toggle.checked),
  });
  const number = (key, control, max) => {
    const input = el('input', {
      type: 'number', id: `ctl-${key}`, name: key, min: key.endsWith('lr') ? '0.00001' : '0', max, step: 'any',
      inputmode: 'decimal', title: control.help, onchange: () => on.set({ [key]: input.value }),
    });
    const field = el('div', { class: `field field-${key}` }, [el('label', { for: input.id, text: control.label }), input]);
    return { field, input };
  };
  const { lr, extra } = RACER_KEYS[kind];
  const inputs = new Map();
  const fields = [[lr, c.lr, 10], ...extra.map(([key, label, max]) => [key, c[label], max])].map(([key, control, max]) => {
    const f = number(key, control, max);
    inputs.set(key, f.input);
    return f.field;
  });
  const row = el('div', { class: 'racer', 'data-kind': kind }, [
    el('div', { class: 'racer-head' }, [
      toggle, el('span', { class: `kind-dot k-${kind}`, 'aria-hidden': 'true' }),
      el('label', { for: toggle.id, class: 'racer-name', text: name }),
    ]),
    el('div', { class: 'racer-fields' }, fields),
  ]);
  parts.racers.set(kind, { row, toggle, inputs });
  return row;
}

function outputSection(t, r, parts) {
  parts.map = el('canvas', { class: 'map', id: 'map', role: 'img', 'aria-label': r.readouts.map });
  parts.axis = el('div', { class: 'axis', 'aria-hidden': 'true' }, [0, 1, 2].map(() => el('span')));
  parts.warnings = el('div', { class: 'warnings', role: 'status', id: 'warnings' });
  parts.chart = el('canvas', { class: 'chart', id: 'chart', role: 'img', 'aria-label': r.readouts.chart });
  parts.legend = new Map();
  const items = KINDS.map((kind) => {
    const item = {
      row: el('li', { 'data-kind': kind }),
      status: el('span', { class: 'status' }),
      loss: el('span', { class: 'loss' }),
      explain: el('span', { class: 'explain' }),
    };
    item.row.append(
      el('span', { class: `kind-line k-${kind}`, 'aria-hidden': 'true' }),
      el('span', { class: 'name', text: t.values.opt[kind] }), item.status, item.loss, item.explain,
    );
    parts.legend.set(kind, item);
    return item.row;
  });
  return el('section', { class: 'output', 'aria-label': r.sections.output }, [
    el('h2', { text: r.sections.output }),
    el('div', { class: 'output-body' }, [
      el('div', { class: 'figure' }, [el('div', { class: 'plot' }, [parts.map]), parts.axis]),
      el('div', { class: 'side' }, [
        parts.warnings,
        el('div', { class: 'caption', text: r.readouts.chartTitle }),
        parts.chart,
        el('ul', { class: 'race-legend', id: 'legend' }, items),
      ]),
    ]),
  ]);
}
