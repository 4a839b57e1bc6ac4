// Builds the race mode's controls (the DOM only: no state, no wasm). Each settings control
// reports a change through `on.set` as a partial config query (e.g. {sgdlr: '0.5'}); the
// widget applies it in Rust and shows the resulting config back through view.js.

import { plotLegend } from '../../shell/legend.js';
import { playbackBar as sharedBar } from '../../shell/playback-bar.js';
import { el, button, sliderField } from '../../shell/dom.js';
import { format } from '../../i18n/format.js';
import { choices, limits } from '../../shell/vocabulary.js';

/** Per optimiser: its learning-rate key, and its other keys as [key, name in the strings]. */
export const RACER_KEYS = {
  sgd: { lr: 'sgdlr', extra: [] },
  momentum: { lr: 'momlr', extra: [['mommu', 'mu']] },
  nesterov: { lr: 'nestlr', extra: [['nestmu', 'mu']] },
  rmsprop: { lr: 'rmslr', extra: [['rmsalpha', 'alpha']] },
  adam: { lr: 'adamlr', extra: [['adamb1', 'beta1'], ['adamb2', 'beta2']] },
};
export const RACE_SPEEDS = ['slow', 'step', 'fast', 'max'];

/** Two significant digits (a slider position a pixel apart moves a rate by a few percent). */
function twoDigits(v) {
  return Number(v.toPrecision(2));
}

/** How a slider position maps to a setting, by scale: `rate` on a log scale (10^position),
 * `share` linearly (momentum μ, β₁), `memory` on a log scale of 1 − β (β₂, RMSprop's α,
 * whose useful values are 0.9 to 0.9999). Each: `range(min, max)` → slider `{min, max,
 * step}`; `value(position)` → the number written in the config; `position(value)`. */
export const SCALES = {
  rate: {
    range: (min, max) => ({ min: Math.log10(min), max: Math.log10(max), step: 0.01 }),
    value: (p) => twoDigits(10 ** p),
    position: (v) => Math.log10(v),
  },
  share: {
    range: (min, max) => ({ min, max, step: 0.001 }),
    value: (p) => Number(p.toFixed(3)),
    position: (v) => v,
  },
  memory: {
    range: (min, max) => ({ min: -Math.log10(1 - min), max: -Math.log10(1 - max), step: 0.01 }),
    value: (p) => Number((1 - twoDigits(10 ** -p)).toFixed(6)),
    position: (v) => -Math.log10(1 - v),
  },
};

/** The scale of each optimiser setting. */
export const KEY_SCALES = {
  sgdlr: 'rate', momlr: 'rate', nestlr: 'rate', rmslr: 'rate', adamlr: 'rate',
  mommu: 'share', nestmu: 'share', adamb1: 'share', rmsalpha: 'memory', adamb2: 'memory',
};

/** The decimal separator of `lang` ('.' or ','). */
export function decimalSeparator(lang) {
  return new Intl.NumberFormat(lang).format(1.5).charAt(1);
}

/** What was typed in a number field, as the query string writes numbers (either separator
 * is understood; the Rust parser judges the rest and reports what it refuses). */
export function queryNumber(text, sep) {
  return text.replace(/\s/g, '').replace(/\u2212/g, '-').replace(sep, '.');
}

/** A text field for a number in the page's notation (a number input would show the
 * browser's, not the page's): `{ field, input }`; `onChange(text)` on commit. */
function numberField(id, control, onChange) {
  const input = el('input', {
    type: 'text', id, inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false', title: control.help,
    onchange: () => onChange(input.value),
  });
  const field = el('div', { class: `field field-${id}` }, [el('label', { for: id, text: control.label }), input]);
  return { field, input };
}

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
      surfaceSection(t, r, on, parts), racersSection(t, r, on, parts), outputSection(t, r, parts),
    ]),
    (parts.footer = el('div', { class: 'footer' })),
    parts.helps,
  ];
  return { parts, nodes };
}

function playbackBar(r, on, parts) {
  return sharedBar(parts, {
    label: r.sections.training, controls: r.controls, on, counter: 'steps', caption: r.readouts.steps,
    speeds: RACE_SPEEDS.map((s) => [s, r.values.speed[s]]),
  });
}

function surfaceSection(t, r, on, parts) {
  const v = r.values;
  const c = r.controls;
  parts.surfaces = new Map();
  const grid = el('div', {
    class: 'surfaces', role: 'group', 'aria-label': r.controls.surface.label, title: r.controls.surface.help, 'data-key': 'surface',
  });
  for (const name of choices('surface')) {
    const b = el('button', {
      type: 'button', 'data-name': name, 'aria-pressed': 'false', title: v.surfaceHelp[name],
      onclick: () => on.set({ surface: name }),
    }, [el('span', { class: 'label', text: v.surface[name] })]);
    parts.surfaces.set(name, b);
    grid.append(b);
  }
  parts.surfaceHelp = el('p', { class: 'note surface-help', id: 'surface-help' });
  const sep = decimalSeparator(t.lang);
  const commit = () => on.set({ start: `${queryNumber(parts.startX.value, sep)},${queryNumber(parts.startY.value, sep)}` });
  const x = numberField('start-x', c.startX, commit);
  const y = numberField('start-y', c.startY, commit);
  [parts.startX, parts.startY] = [x.input, y.input];
  parts.startDefault = button('start-default', c.startDefault, () => on.set({ start: 'default' }), parts.helps);
  parts.bestText = el('p', { class: 'note', id: 'best-text' });
  parts.useBest = button('use-best', c.useBest, on.useBest, parts.helps);
  parts.best = el('div', { class: 'best', id: 'best', hidden: true }, [parts.bestText, parts.useBest]);
  return el('section', { class: 'surface', 'aria-label': r.sections.surface }, [
    el('h2', { text: r.sections.surface }), grid, parts.surfaceHelp, parts.best,
    el('div', { class: 'start', role: 'group', 'aria-label': c.start.label, title: c.start.help }, [
      el('div', { class: 'caption', text: c.start.label }),
      el('div', { class: 'start-row' }, [x.field, y.field, parts.startDefault]),
    ]),
    el('p', { class: 'note', text: r.readouts.hint }),
  ]);
}

function racersSection(t, r, on, parts) {
  parts.racers = new Map();
  const rows = choices('racers').map((kind) => racerRow(kind, t, r, on, parts));
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
  const { lr, extra } = RACER_KEYS[kind];
  const inputs = new Map();
  const number = new Intl.NumberFormat(t.lang, { maximumSignificantDigits: 4 });
  const fields = [[lr, c.lr], ...extra.map(([key, label]) => [key, c[label]])].map(([key, control]) => {
    const f = settingSlider(key, control, number, on);
    inputs.set(key, f);
    return f.field;
  });
  const row = el('div', { class: `racer k-${kind}`, 'data-kind': kind }, [
    el('div', { class: 'racer-head' }, [
      toggle, el('span', { class: `kind-dot k-${kind}`, 'aria-hidden': 'true' }),
      el('label', { for: toggle.id, class: 'racer-name', text: name }),
    ]),
    el('div', { class: 'racer-fields' }, fields),
  ]);
  parts.racers.set(kind, { row, toggle, inputs });
  return row;
}

/** A slider for the optimiser setting `key` on its scale (KEY_SCALES), its limits from the
 * wasm's vocabulary: while dragged it calls `on.preview({key: value})` (the race is redrawn
 * with every racer's whole path), and `on.set` when let go. `{ field, input, output, scale }`;
 * `show(value)` puts it at `value`. */
function settingSlider(key, control, number, on) {
  const scale = SCALES[KEY_SCALES[key]];
  const { min, max } = limits(key);
  const range = scale.range(min, max);
  const read = () => String(Math.min(max, Math.max(min, scale.value(Number(input.value)))));
  const f = sliderField(key, control, range, () => {
    const v = read();
    output.textContent = number.format(Number(v));
    on.preview({ [key]: v });
  });
  const { input, output } = f;
  input.addEventListener('change', () => on.set({ [key]: read() }));
  const show = (value) => {
    if (!Number.isFinite(value)) return;
    const text = number.format(value);
    if (output.textContent !== text) output.textContent = text;
    const wanted = Math.min(range.max, Math.max(range.min, scale.position(value)));
    if (Math.abs(Number(input.value) - wanted) > range.step / 2) input.value = String(wanted);
  };
  return { ...f, show };
}

function outputSection(t, r, parts) {
  parts.map = el('canvas', { class: 'map', id: 'map', role: 'img', 'aria-label': r.readouts.map });
  parts.axis = el('div', { class: 'axis', 'aria-hidden': 'true' }, [0, 1, 2].map(() => el('span')));
  parts.warnings = el('div', { class: 'warnings', role: 'status', id: 'warnings' });
  parts.chart = el('canvas', { class: 'chart', id: 'chart', role: 'img', 'aria-label': r.readouts.chart });
  // Each optimiser's colour (view.js hides those not running) and the start; the relief's
  // colours are told by the map's description (one row has no room for them).
  parts.legend = plotLegend(r.legend.label, [
    ...choices('racers').map((kind) => ({ mark: 'dot', colour: `var(--${kind})`, text: t.values.opt[kind], key: kind })),
    { mark: 'dot', colour: '#fff', ring: '#1f2328', text: r.legend.start, key: 'start' },
  ]);
  parts.standings = new Map();
  const items = choices('racers').map((kind) => {
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
    parts.standings.set(kind, item);
    return item.row;
  });
  return el('section', { class: 'output', 'aria-label': r.sections.output }, [
    el('h2', { text: r.sections.output }),
    el('div', { class: 'output-body' }, [
      el('div', { class: 'figure' }, [el('div', { class: 'plot' }, [parts.map]), parts.axis, parts.legend]),
      el('div', { class: 'side' }, [
        parts.warnings,
        el('div', { class: 'caption', text: r.readouts.chartTitle }),
        parts.chart,
        el('ul', { class: 'race-legend', id: 'legend' }, items),
      ]),
    ]),
  ]);
}
