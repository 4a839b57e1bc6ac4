// The inpainting widget's page (DOM only, no wasm): the playback bar, the message area, the
// picture and hole section, the network section and the output (two pictures, the Reveal
// button, a legend, readouts and the loss chart). Each settings control reports a change as
// a partial config (e.g. {plr: '0.01'}) through `w.setPairs`.

import { el, button, selectField, checkboxField } from '../../shell/dom.js';
import { plotLegend } from '../../shell/legend.js';
import { format } from '../../i18n/format.js';
import { choices } from '../../shell/vocabulary.js';

/** Values offered by the selects (a link may carry others; they are added when shown). */
export const OFFERED = {
  psize: ['32', '48', '64'],
  pfreq: ['8', '16', '32', '64'],
  pscale: ['0.5', '1', '2', '3', '5'],
  phidden: ['16,16', '32,32', '32,32,32', '64,64'],
  plr: ['0.001', '0.002', '0.005', '0.01', '0.03'],
  pbatch: ['64', '128', '256', '512'],
};

/** Builds the page; returns `{ parts, nodes }`. `w` is the widget (its strings `w.s`). */
export function buildInpaint(w, speeds) {
  const parts = {};
  const nodes = [
    playbackBar(w, parts, speeds),
    messages(parts),
    el('div', { class: 'main inpaint-main' }, [pictureSection(w, parts), networkSection(w, parts), outputSection(w, parts)]),
    (parts.footer = el('div', { class: 'footer' })),
    parts.helps,
  ];
  return { parts, nodes };
}

function playbackBar(w, parts, speeds) {
  const s = w.s;
  parts.helps = el('div', { class: 'sr-only' });
  parts.reset = button('reset', s.controls.reset, () => w.reset(), parts.helps);
  parts.play = button('play', s.controls.play, () => w.setPlaying(!w.playing), parts.helps, { 'aria-pressed': 'false' });
  parts.step = button('step', s.controls.step, () => w.step(), parts.helps);
  parts.speed = selectField('speed', s.controls.speed, speeds.map((v) => [v, s.values.speed[v]]), (v) => w.setSpeed(v)).select;
  parts.epoch = el('div', { class: 'number', id: 'epoch', 'aria-live': 'off', text: '0' });
  return el('div', { class: 'bar', role: 'toolbar', 'aria-label': s.sections.training }, [
    el('div', { class: 'playback' }, [parts.reset, parts.play, parts.step]),
    el('div', { class: 'epoch' }, [el('div', { class: 'caption', text: s.readouts.passes }), parts.epoch]),
    parts.speed.closest('.field'),
  ]);
}

function messages(parts) {
  parts.alert = el('div', { class: 'alert', role: 'alert', id: 'alert' });
  parts.issues = el('div', { class: 'issues', role: 'status', id: 'issues' });
  return el('div', { class: 'messages' }, [parts.alert, parts.issues]);
}

/** A select for config key `key` (labels from `labels`, else the values as numbers). */
function keySelect(w, parts, key, values, labels = null) {
  const label = (v) => (labels ? labels[v] ?? v : w.number(v));
  const { field, select } = selectField(key, w.s.controls[key], values.map((v) => [v, label(v)]), (v) => w.setPairs({ [key]: v }));
  parts[key] = select;
  select.dataset.offered = JSON.stringify(values);
  return field;
}

function pictureSection(w, parts) {
  const s = w.s;
  parts.targets = new Map();
  const row = el('div', {
    class: 'targets', role: 'group', 'aria-label': s.controls.ptarget.label, title: s.controls.ptarget.help, 'data-key': 'ptarget',
  });
  for (const name of choices('ptarget')) {
    const help = `${s.values.ptarget[name]}: ${s.values.ptargetHelp[name]}`;
    const b = el('button', {
      type: 'button', 'data-name': name, 'aria-pressed': 'false', title: help, 'aria-label': help,
      onclick: () => w.chooseTarget(name),
    }, [el('span', { class: 'label', text: s.values.ptarget[name] })]);
    parts.targets.set(name, b);
    row.append(b);
  }
  parts.centre = button('centre', s.controls.centre, () => w.hideCentre(), parts.helps);
  parts.file = el('input', {
    type: 'file', id: 'upload', accept: 'image/*', class: 'sr-only', 'aria-describedby': 'upload-note',
    onchange: () => {
      const file = parts.file.files?.[0];
      parts.file.value = '';
      if (file) w.upload(file);
    },
  });
  const pick = el('label', { for: 'upload', class: 'upload-button', title: s.controls.upload.help, text: s.controls.upload.label });
  parts.uploadStatus = el('p', { class: 'note', id: 'upload-status', role: 'status' });
  parts.uploadError = el('div', { class: 'alert', id: 'upload-error', role: 'alert' });
  const sizes = Object.fromEntries(OFFERED.psize.map((n) => [n, format(s.values.size, { n })]));
  return el('section', { class: 'data', 'aria-label': s.sections.picture }, [
    el('h2', { text: s.sections.picture }),
    row,
    el('div', { class: 'upload', 'data-key': 'upload' }, [parts.file, pick]),
    el('p', { class: 'note', id: 'upload-note', text: s.notes.uploadNotInLink }),
    parts.uploadStatus, parts.uploadError,
    el('div', { class: 'tools' }, [parts.centre]),
    el('p', { class: 'note', id: 'hole-note', text: s.notes.hole }),
    el('p', { class: 'note', id: 'hole-keys', text: s.notes.holeKeys }),
    keySelect(w, parts, 'psize', OFFERED.psize, sizes),
  ]);
}

function check(w, parts, key) {
  const { field, input } = checkboxField(key, w.s.controls[key], (on) => w.setPairs({ [key]: on ? '1' : '0' }));
  parts[key] = input;
  return field;
}

function networkSection(w, parts) {
  const s = w.s;
  const hidden = Object.fromEntries(OFFERED.phidden.map((h) => [h, hiddenLabel(w, h)]));
  return el('section', { class: 'network', 'aria-label': s.sections.guess }, [
    el('h2', { text: s.sections.guess }),
    check(w, parts, 'pfourier'),
    el('p', { class: 'note', id: 'fourier-note', text: s.notes.fourier }),
    keySelect(w, parts, 'pbasis', choices('pbasis'), s.values.pbasis),
    el('p', { class: 'note', id: 'basis-note', text: s.notes.basis }),
    el('div', { class: 'pair' }, [keySelect(w, parts, 'pfreq', OFFERED.pfreq), keySelect(w, parts, 'pscale', OFFERED.pscale)]),
    keySelect(w, parts, 'phidden', OFFERED.phidden, hidden),
    el('div', { class: 'pair' }, [
      keySelect(w, parts, 'pact', choices('pact'), w.t.values.act), keySelect(w, parts, 'popt', choices('popt'), w.t.values.opt),
    ]),
    el('div', { class: 'pair' }, [keySelect(w, parts, 'plr', OFFERED.plr), keySelect(w, parts, 'pbatch', OFFERED.pbatch)]),
  ]);
}

function outputSection(w, parts) {
  const r = w.s.readouts;
  const n = w.s.notes;
  parts.seen = el('canvas', {
    class: 'picture', id: 'seen', role: 'img', tabindex: '0', 'aria-label': n.holeCanvas, 'aria-describedby': 'hole-keys',
  });
  parts.guess = el('canvas', { class: 'picture', id: 'guess', role: 'img', 'aria-label': r.guessCanvas });
  parts.lossChart = el('canvas', { class: 'chart', id: 'loss-chart', role: 'img', 'aria-label': r.lossChart });
  const figure = (canvas, caption) => el('figure', {}, [canvas, el('figcaption', { text: caption })]);
  parts.legend = plotLegend(r.legendLabel, [
    { mark: 'area hidden-mark', colour: '#a0a5ad', text: r.legendHidden, key: 'hidden' },
    { mark: 'area edge-mark', colour: '#000', text: r.legendEdge, key: 'edge' },
    { mark: 'line', colour: 'var(--outside)', text: r.legendOutside, key: 'outside' },
    { mark: 'line', colour: 'var(--inside)', text: r.legendInside, key: 'inside' },
  ]);
  parts.reveal = button('reveal', w.s.controls.reveal, () => w.toggleReveal(), parts.helps, { 'aria-pressed': 'false' });
  parts.verdict = el('p', { class: 'verdict', id: 'verdict', role: 'status', text: n.beforeReveal });
  const readout = (id, label) => {
    parts[id] = el('dd', { id, text: '—' });
    return el('div', {}, [el('dt', { text: label }), parts[id]]);
  };
  return el('section', { class: 'output', 'aria-label': w.s.sections.output }, [
    el('h2', { text: w.s.sections.output }),
    el('div', { class: 'pictures' }, [figure(parts.seen, r.seen), figure(parts.guess, r.guess)]),
    el('div', { class: 'reveal-row' }, [parts.reveal]),
    parts.legend,
    el('div', { class: 'side' }, [
      parts.verdict,
      el('dl', { class: 'readouts' }, [
        readout('loss', r.loss), readout('inside', r.inside), readout('outside', r.outside), readout('mean-fill', r.meanFill),
      ]),
      parts.lossChart,
    ]),
  ]);
}

/** Hidden layer widths as a select label ("16, 16", or "none"). */
export function hiddenLabel(w, value) {
  return value === '' ? w.s.values.hidden.none : value.split(',').join(', ');
}
