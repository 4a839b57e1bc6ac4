// Builds the sound mode's controls (the DOM only: no state, no wasm), in the shared skeleton of
// shell/styles-layout.js: the playback bar, the `.messages` anchor, and `.main` with the sound
// and network sections and the `.output` one (the waveforms and spectrograms in `.figure`, the
// Hear buttons, readouts and chart in `.side`). Each settings control reports a change through
// `on.set` as a partial config (e.g. {aulr: '0.01'}).

import { plotLegend } from '../../shell/legend.js';
import { el, button, selectField, checkboxField, sliderField, fillOptions } from '../../shell/dom.js';
import { choices } from '../../shell/vocabulary.js';
import { format } from '../../i18n/format.js';

export const SOUND_SPEEDS = ['slow', 'normal', 'fast', 'max'];
/** Values offered in the selects (a link's other value is added when shown). */
export const OFFERED = {
  aufreq: ['8', '16', '32', '64', '128', '256'],
  auscale: ['50', '150', '300', '600', '1200', '2500'],
  auhidden: ['16,16', '32,32', '64,64', '32,32,32', '64,64,64'],
  aulr: ['0.0003', '0.001', '0.002', '0.005', '0.01', '0.03'],
  aubatch: ['32', '64', '128', '256', '512'],
};

/** Everything the sound widget shows, built once: `{ parts, nodes }`. */
export function buildSoundControls(t, s, on) {
  const parts = { helps: el('div', { class: 'sr-only' }) };
  const nodes = [
    playbackBar(s, on, parts),
    el('div', { class: 'messages' }, [
      (parts.alert = el('div', { class: 'alert', role: 'alert', id: 'alert' })),
      (parts.issues = el('div', { class: 'issues', role: 'status', id: 'issues' })),
    ]),
    el('div', { class: 'main sound-main' }, [soundSection(s, on, parts), networkSection(t, s, on, parts), outputSection(s, on, parts)]),
    (parts.footer = el('div', { class: 'footer' })),
    parts.helps,
  ];
  return { parts, nodes };
}

function playbackBar(s, on, parts) {
  const c = s.controls;
  parts.reset = button('reset', c.reset, on.reset, parts.helps);
  parts.play = button('play', c.play, on.togglePlay, parts.helps, { 'aria-pressed': 'false' });
  parts.step = button('step', c.step, on.step, parts.helps);
  const speed = selectField('speed', c.speed, SOUND_SPEEDS.map((v) => [v, s.values.speed[v]]), on.speed);
  parts.speed = speed.select;
  parts.epoch = el('div', { class: 'number', id: 'epoch', 'aria-live': 'off', text: '0' });
  return el('div', { class: 'bar', role: 'toolbar', 'aria-label': s.sections.training }, [
    el('div', { class: 'playback' }, [parts.reset, parts.play, parts.step]),
    el('div', { class: 'epoch' }, [el('div', { class: 'caption', text: s.readouts.steps }), parts.epoch]),
    speed.field,
  ]);
}

function soundSection(s, on, parts) {
  parts.targets = new Map();
  const row = el('div', {
    class: 'targets', role: 'group', 'aria-label': s.controls.sound.label, title: s.controls.sound.help, 'data-key': 'sound',
  });
  for (const name of choices('sound')) {
    const help = `${s.values.sound[name]}: ${s.values.soundHelp[name]}`;
    const b = el('button', {
      type: 'button', 'data-name': name, 'aria-pressed': 'false', title: help, 'aria-label': help,
      onclick: () => on.set({ sound: name }),
    }, [el('span', { class: 'label', text: s.values.sound[name] })]);
    parts.targets.set(name, b);
    row.append(b);
  }
  parts.soundHelp = el('p', { class: 'note', id: 'sound-help' });
  return el('section', { class: 'data', 'aria-label': s.sections.sound }, [el('h2', { text: s.sections.sound }), row, parts.soundHelp]);
}

/** A select for config key `key` with `values`, labelled by `label(value)`. */
export function keySelect(s, parts, key, values, label, on) {
  const { field, select } = selectField(key, s.controls[key], values.map((v) => [v, label(v)]), (v) => on.set({ [key]: v }));
  parts[key] = select;
  select.dataset.offered = JSON.stringify(values);
  return field;
}

/** Selects `value` in `select`, adding it (sorted when `numeric`) if it is not offered. */
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

function networkSection(t, s, on, parts) {
  const number = new Intl.NumberFormat(t.lang, { maximumFractionDigits: 6 });
  const num = (v) => number.format(Number(v));
  const hidden = (v) => (v === '' ? s.values.hidden.none : v.split(',').join(', '));
  parts.format = { num, hidden };
  const fourier = checkboxField('aufourier', s.controls.aufourier, (checked) => on.set({ aufourier: checked ? '1' : '0' }));
  parts.aufourier = fourier.input;
  parts.fourierOptions = el('div', { class: 'pair' }, [
    keySelect(s, parts, 'aufreq', OFFERED.aufreq, num, on), keySelect(s, parts, 'auscale', OFFERED.auscale, num, on),
  ]);
  return el('section', { class: 'network', 'aria-label': s.sections.network }, [
    el('h2', { text: s.sections.network }),
    fourier.field,
    el('p', { class: 'note', id: 'fourier-note', text: s.notes.fourier }),
    parts.fourierOptions,
    keySelect(s, parts, 'auhidden', OFFERED.auhidden, hidden, on),
    el('div', { class: 'pair' }, [
      keySelect(s, parts, 'auact', choices('auact'), (v) => t.values.act[v] ?? v, on),
      keySelect(s, parts, 'auopt', choices('auopt'), (v) => t.values.opt[v] ?? v, on),
    ]),
    el('div', { class: 'pair' }, [keySelect(s, parts, 'aulr', OFFERED.aulr, num, on), keySelect(s, parts, 'aubatch', OFFERED.aubatch, num, on)]),
  ]);
}

function outputSection(s, on, parts) {
  const r = s.readouts;
  const c = s.controls;
  parts.wave = el('canvas', { class: 'wave', id: 'wave', role: 'img', 'aria-label': r.wave });
  parts.targetSpec = el('canvas', { class: 'spec', id: 'target-spec', role: 'img', 'aria-label': r.targetCanvas });
  parts.networkSpec = el('canvas', { class: 'spec', id: 'network-spec', role: 'img', 'aria-label': r.networkCanvas });
  parts.chart = el('canvas', { class: 'chart', id: 'chart', role: 'img', 'aria-label': r.chart });
  const figure = (canvas, caption) => el('figure', {}, [canvas, el('figcaption', { text: caption })]);
  parts.legend = plotLegend(r.legendLabel, [
    { mark: 'line', colour: '#a0a6ad', text: r.legendTarget, key: 'target' },
    { mark: 'line', colour: 'var(--net)', text: r.legendNetwork, key: 'network' },
    { mark: 'area', colour: '#000004', text: r.legendQuiet, key: 'quiet' },
    { mark: 'area', colour: 'linear-gradient(90deg, #501279, #b73779, #fc8961, #fcfdbf)', text: r.legendLoud, key: 'loud' },
  ]);
  parts.hearTarget = button('hear-target', c.hearTarget, () => on.hear('target'), parts.helps);
  parts.hearNetwork = button('hear-network', c.hearNetwork, () => on.hear('network'), parts.helps);
  const volume = sliderField('auvolume', c.auvolume, { min: 0, max: 100, step: 5 }, () => {
    volume.output.textContent = format(s.values.volume, { n: volume.input.value });
  });
  volume.input.addEventListener('change', () => on.set({ auvolume: volume.input.value }));
  parts.volume = volume;
  parts.listenStatus = el('p', { class: 'note listen-status', id: 'listen-status', role: 'status', text: s.notes.clickFirst });
  const readout = (id, label) => {
    parts[id] = el('dd', { id, text: '—' });
    return el('div', {}, [el('dt', { text: label }), parts[id]]);
  };
  return el('section', { class: 'output', 'aria-label': s.sections.output }, [
    el('h2', { text: s.sections.output }),
    el('div', { class: 'output-body' }, [
      el('div', { class: 'figure' }, [
        el('div', { class: 'plot' }, [parts.wave]),
        el('div', { class: 'spectrograms' }, [figure(parts.targetSpec, r.targetSpec), figure(parts.networkSpec, r.networkSpec)]),
        parts.legend,
      ]),
      el('div', { class: 'side' }, [
        el('div', { class: 'listen', role: 'group', 'data-key': 'listen' }, [parts.hearTarget, parts.hearNetwork]),
        volume.field,
        parts.listenStatus,
        el('dl', { class: 'readouts' }, [readout('error', r.error), readout('fall', r.fall), readout('loss', r.loss)]),
        el('div', { class: 'caption', text: r.chartTitle }),
        parts.chart,
      ]),
    ]),
  ]);
}
