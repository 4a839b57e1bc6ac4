// Builds the segment mode's controls (the DOM only: no state, no wasm). Settings report a
// change through `on.set` as a partial config query (e.g. {scene: 'lake'}); painting and the
// label buttons go through `on` too. The widget applies them and view.js shows them.

import { plotLegend } from '../../shell/legend.js';
import { el, button, selectField, checkboxField } from '../../shell/dom.js';
import { format } from '../../i18n/format.js';
import { choices } from '../../shell/vocabulary.js';

/** The learning rates offered (the key takes any value in its limits). */
export const RATES = ['0.001', '0.003', '0.01', '0.03', '0.1'];
/** The hidden layers offered. */
export const HIDDEN = ['', '8', '16', '16,16', '32,32'];
/** The brush radii offered (pixels of the 64 × 64 picture). */
export const BRUSHES = ['1', '2', '3', '5'];
/** The labels a picture has at most. */
export const MAX_LABELS = 4;

/** Everything the segment widget shows, built once: `{ parts, nodes }` (nodes in display
 * order). `speeds` are the wasm's `[name, steps]` pairs. */
export function buildSegmentControls(t, s, on, speeds) {
  const parts = { helps: el('div', { class: 'sr-only' }) };
  const nodes = [
    playbackBar(s, on, parts, speeds),
    el('div', { class: 'messages' }, [
      (parts.alert = el('div', { class: 'alert', role: 'alert', id: 'alert' })),
      (parts.issues = el('div', { class: 'issues', role: 'status', id: 'issues' })),
    ]),
    el('div', { class: 'main segment-main' }, [
      paintSection(s, on, parts), pictureSection(s, on, parts, networkSection(s, on, parts)), outputSection(s, parts),
    ]),
    (parts.footer = el('div', { class: 'footer' })),
    parts.helps,
  ];
  return { parts, nodes };
}

function playbackBar(s, on, parts, speeds) {
  const c = s.controls;
  parts.reset = button('reset', c.reset, on.reset, parts.helps);
  parts.play = button('play', c.play, on.togglePlay, parts.helps, { 'aria-pressed': 'false' });
  parts.step = button('step', c.step, on.step, parts.helps);
  const speed = selectField('speed', c.speed, speeds.map(([name]) => [name, s.values.speed[name] ?? name]), on.speed);
  parts.speed = speed.select;
  parts.steps = el('div', { class: 'number', id: 'steps', 'aria-live': 'off', text: '0' });
  const counter = el('div', { class: 'epoch' }, [el('div', { class: 'caption', text: s.readouts.steps }), parts.steps]);
  return el('div', { class: 'bar', role: 'toolbar', 'aria-label': s.sections.training }, [
    el('div', { class: 'playback' }, [parts.reset, parts.play, parts.step]), counter, speed.field,
  ]);
}

function outputSection(s, parts) {
  parts.picture = el('canvas', {
    class: 'picture', id: 'picture', role: 'img', tabindex: '0', width: '256', height: '256', 'aria-label': s.readouts.picture,
  });
  parts.legend = plotLegend(s.legend.label, []);
  parts.accuracy = el('dd', { id: 'accuracy', title: s.readouts.accuracyHelp, text: '—' });
  parts.loss = el('dd', { id: 'loss', text: '—' });
  parts.painted = el('p', { class: 'note', id: 'painted' });
  parts.missing = el('p', { class: 'note warn', id: 'missing', role: 'status' });
  parts.chart = el('canvas', { class: 'chart', id: 'chart', role: 'img', 'aria-label': s.readouts.chart });
  return el('section', { class: 'output', 'aria-label': s.sections.output }, [
    el('h2', { text: s.sections.output }),
    el('div', { class: 'output-body' }, [
      el('div', { class: 'figure' }, [el('div', { class: 'plot' }, [parts.picture]), parts.legend]),
      el('div', { class: 'side' }, [
        el('dl', { class: 'readouts' }, [
          el('div', {}, [el('dt', { text: s.readouts.accuracy }), parts.accuracy]),
          el('div', {}, [el('dt', { text: s.readouts.loss }), parts.loss]),
        ]),
        parts.painted, parts.missing,
        el('div', { class: 'caption', text: s.readouts.chartTitle }),
        parts.chart,
      ]),
    ]),
  ]);
}

function paintSection(s, on, parts) {
  const c = s.controls;
  parts.labels = [];
  for (let i = 0; i < MAX_LABELS; i += 1) {
    const b = el('button', { type: 'button', class: 'label-button', 'data-label': String(i), 'aria-pressed': 'false', onclick: () => on.choose(i) }, [
      el('span', { class: 'swatch', 'aria-hidden': 'true' }), el('span', { class: 'label' }),
    ]);
    parts.labels.push(b);
  }
  parts.eraser = el('button', { type: 'button', class: 'label-button eraser', 'data-label': '-1', 'aria-pressed': 'false', title: c.eraser.help, onclick: () => on.choose(-1) }, [
    el('span', { class: 'swatch', 'aria-hidden': 'true' }), el('span', { class: 'label', text: c.eraser.label }),
  ]);
  const brush = selectField('brush', c.brush, BRUSHES.map((r) => [r, r]), on.brush);
  parts.brush = brush.select;
  parts.undo = button('undo', c.undo, on.undo, parts.helps);
  parts.clear = button('clear', c.clear, on.clear, parts.helps);
  const overlay = checkboxField('overlay', c.overlay, on.overlay);
  parts.overlay = overlay.input;
  parts.overlay.checked = true;
  parts.keysNote = el('p', { class: 'note', id: 'keys-note' });
  return el('section', { class: 'paint', 'aria-label': s.sections.paint }, [
    el('h2', { text: s.sections.paint }),
    el('div', { class: 'labels', role: 'group', 'aria-label': s.sections.paint, 'data-key': 'labels' }, [...parts.labels, parts.eraser]),
    el('div', { class: 'paint-tools' }, [brush.field, parts.undo, parts.clear]),
    overlay.field,
    parts.keysNote,
  ]);
}

function pictureSection(s, on, parts, network) {
  const c = s.controls;
  parts.scenes = new Map();
  const grid = el('div', { class: 'scenes', role: 'group', 'aria-label': c.scene.label, title: c.scene.help, 'data-key': 'scene' });
  for (const name of choices('scene')) {
    // Another scene starts with no stroke (strokes belong to the picture they were painted on).
    const b = el('button', { type: 'button', 'data-name': name, 'aria-pressed': 'false', onclick: () => on.set({ scene: name, strokes: '' }) }, [
      el('span', { class: 'label', text: s.values.scene[name] ?? name }),
    ]);
    parts.scenes.set(name, b);
    grid.append(b);
  }
  parts.file = el('input', {
    type: 'file', id: 'upload', accept: 'image/*', class: 'sr-only', 'aria-describedby': 'upload-note',
    onchange: () => {
      const file = parts.file.files?.[0];
      parts.file.value = '';
      if (file) on.upload(file);
    },
  });
  const pick = el('label', { for: 'upload', class: 'upload-button', title: c.upload.help, text: c.upload.label });
  parts.uploadStatus = el('p', { class: 'note', id: 'upload-status', role: 'status' });
  parts.uploadError = el('div', { class: 'alert', id: 'upload-error', role: 'alert' });
  return el('section', { class: 'picture-choice', 'aria-label': s.sections.picture }, [
    el('h2', { text: s.sections.picture }), grid,
    el('div', { class: 'upload', 'data-key': 'upload' }, [parts.file, pick]),
    el('p', { class: 'note', id: 'upload-note', text: s.notes.uploadNotInLink }),
    parts.uploadStatus, parts.uploadError, network,
  ]);
}

function networkSection(s, on, parts) {
  const c = s.controls;
  const fourier = checkboxField('sfourier', c.sfourier, (checked) => on.set({ sfourier: checked ? '1' : '0' }));
  parts.sfourier = fourier.input;
  const hidden = selectField('shidden', c.shidden, HIDDEN.map((h) => [h, h || s.values.hidden.none]), (v) => on.set({ shidden: v }));
  parts.shidden = hidden.select;
  const lr = selectField('slr', c.slr, RATES.map((r) => [r, r]), (v) => on.set({ slr: v }));
  parts.slr = lr.select;
  return el('div', { class: 'network', role: 'group', 'aria-label': s.sections.network }, [
    el('h3', { text: s.sections.network }), fourier.field, hidden.field, lr.field,
  ]);
}

/** The label button `b` shows label `i` called `name` in `colour` (hidden when `name` is
 * null: the picture has fewer labels). */
export function showLabelButton(b, s, i, name, colour) {
  b.hidden = name == null;
  if (name == null) return;
  const key = String(i + 1);
  const text = format(s.controls.label.label, { key, name });
  const label = b.querySelector('.label');
  if (label.textContent !== text) label.textContent = text;
  b.title = format(s.controls.label.help, { key });
  b.querySelector('.swatch').style.setProperty('--c', colour);
}
