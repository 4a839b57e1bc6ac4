// Controls shared by the curve and image widgets (DOM only, no wasm): the playback bar, the
// message area, selects for config keys, rows of target buttons and readouts. Each settings
// control reports a change as a partial config (e.g. {clr: '0.01'}) through `w.set`.

import { playbackBar as sharedBar } from '../../shell/playback-bar.js';
import { el, selectField, fillOptions } from '../../shell/dom.js';


/** Applies `pairs` (a partial config) to the widget `w`. */
export function set(w, pairs) {
  w.setPairs(pairs);
}

/** The bar: reset, play, step, the counter and the speed. */
export function playbackBar(w, parts, { resetControl, stepControl, counter, speeds, speedLabels }) {
  parts.helps = el('div', { class: 'sr-only' });
  return sharedBar(parts, {
    label: w.f.sections.training,
    controls: { ...w.f.controls, reset: resetControl, step: stepControl },
    on: { reset: () => w.reset(), togglePlay: () => w.setPlaying(!w.playing), step: () => w.step(), speed: (v) => w.setSpeed(v) },
    caption: counter,
    speeds: speeds.map((s) => [s, speedLabels[s]]),
  });
}

/** The alert (divergence, failures) and the issues of a link. */
export function messages(parts) {
  parts.alert = el('div', { class: 'alert', role: 'alert', id: 'alert' });
  parts.issues = el('div', { class: 'issues', role: 'status', id: 'issues' });
  return el('div', { class: 'messages' }, [parts.alert, parts.issues]);
}

/** A select for config key `key` with `values` (labels from `labels`, else the values shown
 * as numbers in the language's notation). */
export function keySelect(w, parts, key, values, labels = null) {
  const label = (v) => (labels ? labels[v] ?? v : w.number(v));
  const { field, select } = selectField(key, w.f.controls[key], values.map((v) => [v, label(v)]), (v) => set(w, { [key]: v }));
  parts[key] = select;
  select.dataset.offered = JSON.stringify(values);
  return field;
}

/** Selects `value` in the select of key `key`, adding it (sorted) if it is not offered, e.g.
 * a value from a link. `numeric` compares as numbers. */
export function showSelect(w, select, value, { numeric = true, label = null } = {}) {
  const same = (a, b) => (numeric ? Number(a) === Number(b) : a === b);
  if (![...select.options].some((o) => same(o.value, value))) {
    const offered = JSON.parse(select.dataset.offered ?? '[]');
    const values = [...offered, value];
    if (numeric) values.sort((a, b) => Number(a) - Number(b));
    fillOptions(select, values.map((v) => [v, label ? label(v) : numeric ? w.number(v) : v]));
  }
  select.value = [...select.options].find((o) => same(o.value, value)).value;
}

/** A row of buttons, one per target name, pressed for the current one. */
export function targetButtons(w, parts, key, names, labels, helps) {
  parts.targets = new Map();
  const row = el('div', {
    class: 'targets', role: 'group', 'aria-label': w.f.controls[key].label, title: w.f.controls[key].help, 'data-key': key,
  });
  for (const name of names) {
    const help = `${labels[name]}: ${helps[name]}`;
    const b = el('button', {
      type: 'button', 'data-name': name, 'aria-pressed': 'false', title: help, 'aria-label': help,
      onclick: () => set(w, { [key]: name }),
    }, [el('span', { class: 'label', text: labels[name] })]);
    parts.targets.set(name, b);
    row.append(b);
  }
  return row;
}

/** Presses the button of the current target. */
export function showTargets(parts, current) {
  for (const [name, b] of parts.targets) b.setAttribute('aria-pressed', String(name === current));
}

/** A labelled readout `<dd id>` in a `<div>` for a `<dl>`. */
export function readout(parts, id, label) {
  parts[id] = el('dd', { id, text: '—' });
  return el('div', {}, [el('dt', { text: label }), parts[id]]);
}

/** Hidden layer widths as a select label ("16, 16", or "none"). */
export function hiddenLabel(w, value) {
  return value === '' ? w.f.values.hidden.none : value.split(',').join(', ');
}
