// Builds the learned simulator's controls (the DOM only: no state, no wasm). Each settings
// control reports a change through `on.set` as a partial config (e.g. {simlr: '0.01'}); the
// widget applies it in Rust and shows the resulting config back through view.js.

import { plotLegend } from '../../shell/legend.js';
import { playbackBar as sharedBar } from '../../shell/playback-bar.js';
import { el, button, selectField, fillOptions } from '../../shell/dom.js';
import { choices } from '../../shell/vocabulary.js';

export const PHYSICS_SPEEDS = ['slow', 'normal', 'max'];
/** Values offered by the selects (a value from a link is added to its list). */
export const OFFERED = {
  simdamping: ['0', '0.05', '0.1', '0.2', '0.5'],
  simrollout: ['50', '100', '200', '400', '1000'],
  simhidden: ['16', '32', '64', '16,16', '32,32', '64,64', '32,32,32'],
  simlr: ['0.0003', '0.001', '0.003', '0.01', '0.03', '0.1'],
  simbatch: ['8', '16', '32', '64', '128'],
};

/** The decimal separator of `lang` ('.' or ','). */
export function decimalSeparator(lang) {
  return new Intl.NumberFormat(lang).format(1.5).charAt(1);
}

/** Everything the widget shows, built once: `{ parts, nodes }` (nodes in display order). */
export function buildPhysicsControls(t, on) {
  const p = t.physics;
  const parts = { helps: el('div', { class: 'sr-only' }) };
  const nodes = [
    playbackBar(p, on, parts),
    el('div', { class: 'messages' }, [
      (parts.alert = el('div', { class: 'alert', role: 'alert', id: 'alert' })),
      (parts.issues = el('div', { class: 'issues', role: 'status', id: 'issues' })),
    ]),
    el('div', { class: 'main physics-main' }, [
      simulatorSection(t, on, parts), networkSection(t, on, parts), outputSection(t, parts),
    ]),
    (parts.footer = el('div', { class: 'footer' })),
    parts.helps,
  ];
  return { parts, nodes };
}

function playbackBar(p, on, parts) {
  return sharedBar(parts, {
    label: p.sections.training, controls: p.controls, on, caption: p.readouts.steps,
    speeds: PHYSICS_SPEEDS.map((s) => [s, p.values.speed[s]]),
  });
}

/** A select for config key `key` offering `values` with `label(value)`. */
function keySelect(t, on, parts, key, values, label) {
  const { field, select } = selectField(key, t.physics.controls[key], values.map((v) => [v, label(v)]), (v) => on.set({ [key]: v }));
  select.dataset.offered = JSON.stringify(values);
  parts[key] = select;
  return field;
}

/** A text field for a number in the page's notation: `{ field, input }`. */
function numberField(id, control, onChange) {
  const input = el('input', {
    type: 'text', id, inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false', title: control.help,
    'aria-label': control.help, onchange: () => onChange(),
  });
  const field = el('div', { class: `field field-${id}` }, [el('label', { for: id, text: control.label }), input]);
  return { field, input };
}

function simulatorSection(t, on, parts) {
  const p = t.physics;
  const c = p.controls;
  const number = (v) => Number(v).toLocaleString(t.lang, { maximumFractionDigits: 6 });
  const theta = numberField('start-theta', c.startTheta, () => on.typedStart());
  const omega = numberField('start-omega', c.startOmega, () => on.typedStart());
  [parts.startTheta, parts.startOmega] = [theta.input, omega.input];
  parts.launch = button('launch', c.launch, on.launch, parts.helps);
  parts.measure = button('measure', c.measure, on.measure, parts.helps);
  return el('section', { class: 'simulator', 'aria-label': p.sections.simulator }, [
    el('h2', { text: p.sections.simulator }),
    el('div', { class: 'start-row', role: 'group', 'data-key': 'simstart', 'aria-label': c.startTheta.help }, [theta.field, omega.field]),
    el('div', { class: 'pair' }, [
      keySelect(t, on, parts, 'simdamping', OFFERED.simdamping, number),
      keySelect(t, on, parts, 'simrollout', OFFERED.simrollout, number),
    ]),
  ]);
}

/** The label of a hidden-layer list, e.g. "32,32" → "32, 32". */
export function hiddenLabel(t, value) {
  return value === '' ? t.physics.values.noHidden : value.split(',').join(', ');
}

function networkSection(t, on, parts) {
  const p = t.physics;
  const number = (v) => Number(v).toLocaleString(t.lang, { maximumFractionDigits: 6 });
  const names = (key, table) => (v) => table[v] ?? v;
  return el('section', { class: 'network', 'aria-label': p.sections.network }, [
    el('h2', { text: p.sections.network }),
    keySelect(t, on, parts, 'simhidden', OFFERED.simhidden, (v) => hiddenLabel(t, v)),
    el('div', { class: 'pair' }, [
      keySelect(t, on, parts, 'simact', choices('simact'), names('simact', t.values.act)),
      keySelect(t, on, parts, 'simopt', choices('simopt'), names('simopt', t.values.opt)),
    ]),
    el('div', { class: 'pair' }, [
      keySelect(t, on, parts, 'simlr', OFFERED.simlr, number),
      keySelect(t, on, parts, 'simbatch', OFFERED.simbatch, number),
    ]),
  ]);
}

/** A readout: a term and its value node `parts[key]`. */
function readout(parts, key, label) {
  parts[key] = el('dd', { id: `readout-${key}`, text: '—' });
  return el('div', { class: 'readout' }, [el('dt', { text: label }), parts[key]]);
}

function outputSection(t, parts) {
  const r = t.physics.readouts;
  const l = t.physics.legend;
  parts.phase = el('canvas', { class: 'phase', id: 'phase', role: 'img', tabindex: '0', 'aria-label': r.picture });
  parts.legend = plotLegend(l.label, [
    { mark: 'line', colour: 'var(--truth)', text: l.truth, key: 'truth' },
    { mark: 'line', colour: 'var(--network)', text: l.network, key: 'network' },
    { mark: 'dot', colour: '#fff', ring: '#1f2328', text: l.start, key: 'start' },
    { mark: 'line', colour: '#8c959f', text: l.separatrix, key: 'separatrix' },
  ]);
  parts.errorChart = el('canvas', { class: 'chart', id: 'error-chart', role: 'img', 'aria-label': r.errorChart });
  parts.lossChart = el('canvas', { class: 'chart', id: 'loss-chart', role: 'img', 'aria-label': r.lossChart });
  parts.verdict = el('p', { class: 'note verdict', id: 'verdict' });
  parts.why = el('p', { class: 'note why', id: 'physics-why', text: r.why });
  return el('section', { class: 'output', 'aria-label': t.physics.sections.output }, [
    el('h2', { text: t.physics.sections.output }),
    el('div', { class: 'output-body' }, [
      el('div', { class: 'figure' }, [
        el('div', { class: 'plot' }, [parts.phase]),
        el('div', { class: 'axes-note', 'aria-hidden': 'true', text: r.axes }),
        // Launch sits under the picture it animates (on a phone the settings are far below).
        el('div', { class: 'launch-row' }, [parts.launch, parts.measure]),
        parts.legend,
        el('p', { class: 'note', id: 'physics-hint', text: r.hint }),
      ]),
      el('div', { class: 'side' }, [
        el('dl', { class: 'readouts' }, [
          readout(parts, 'shown', r.shown), readout(parts, 'networkError', r.networkError),
          readout(parts, 'baselineError', r.baselineError), readout(parts, 'oneStep', r.oneStep),
        ]),
        el('div', { class: 'caption', text: r.errorTitle }),
        parts.errorChart,
        el('div', { class: 'caption', text: r.costTitle }),
        el('dl', { class: 'readouts costs', id: 'costs' }, [
          readout(parts, 'costNetwork', r.costNetwork), readout(parts, 'costSimulator', r.costSimulator),
          readout(parts, 'costReference', r.costReference), readout(parts, 'ratio', r.ratio),
        ]),
        parts.verdict,
        parts.why,
        el('div', { class: 'caption', text: r.lossTitle }),
        parts.lossChart,
      ]),
    ]),
  ]);
}

/** Selects `value` in `select`, adding it (sorted when numeric) if it is not offered. */
export function showSelect(select, value, label, numeric = true) {
  const same = (a, b) => (numeric ? Number(a) === Number(b) : a === b);
  if (value == null) return;
  if (![...select.options].some((o) => same(o.value, value))) {
    const values = [...JSON.parse(select.dataset.offered ?? '[]'), value];
    if (numeric) values.sort((a, b) => Number(a) - Number(b));
    fillOptions(select, values.map((v) => [v, label(v)]));
  }
  select.value = [...select.options].find((o) => same(o.value, value)).value;
}
