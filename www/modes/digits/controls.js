// Builds the digits mode's controls (the DOM only: no state, no wasm). Each settings control
// reports a change through `on.set` as a partial config query (e.g. {dglr: '0.01'}); the
// widget applies it in Rust and shows the resulting config back through view.js.

import { plotLegend } from '../../shell/legend.js';
import { playbackBar as sharedBar } from '../../shell/playback-bar.js';
import { el, button, selectField } from '../../shell/dom.js';
import { choices } from '../../shell/vocabulary.js';

export const DIGITS_SPEEDS = ['slow', 'normal', 'fast'];
/** Values offered by the number selects (a link may hold any other the key accepts). */
export const OFFERED = {
  dglr: ['0.0003', '0.001', '0.003', '0.01', '0.03', '0.1'],
  dgbatch: ['8', '16', '32', '64', '128'],
  dgtrain: ['20', '50', '100', '200', '500'],
};

/** Everything the digits widget shows, built once: `{ parts, nodes }` (nodes in display order). */
export function buildDigitsControls(t, d, on) {
  const parts = { helps: el('div', { class: 'sr-only' }) };
  const nodes = [
    playbackBar(d, on, parts),
    el('div', { class: 'messages' }, [
      (parts.alert = el('div', { class: 'alert', role: 'alert', id: 'alert' })),
      (parts.issues = el('div', { class: 'issues', role: 'status', id: 'issues' })),
    ]),
    el('div', { class: 'main digits-main' }, [networkSection(t, d, on, parts), outputSection(d, on, parts)]),
    (parts.footer = el('div', { class: 'footer' })),
    parts.helps,
  ];
  return { parts, nodes };
}

function playbackBar(d, on, parts) {
  return sharedBar(parts, {
    label: d.sections.training, controls: d.controls, on, counter: 'steps', caption: d.readouts.steps,
    speeds: DIGITS_SPEEDS.map((s) => [s, d.values.speed[s]]),
  });
}

function networkSection(t, d, on, parts) {
  const c = d.controls;
  const hiddenId = 'ctl-dghidden';
  parts.dghidden = el('input', {
    type: 'text', id: hiddenId, name: 'dghidden', autocomplete: 'off', spellcheck: 'false', title: c.dghidden.help,
    onchange: () => on.set({ dghidden: parts.dghidden.value.replace(/\s/g, '') }),
  });
  const hidden = el('div', { class: 'field field-dghidden', 'data-key': 'dghidden' }, [
    el('label', { for: hiddenId, text: c.dghidden.label }), parts.dghidden,
  ]);
  const act = selectField('dgact', c.dgact, choices('dgact').map((v) => [v, t.values.act?.[v] ?? v]), (v) => on.set({ dgact: v }));
  const opt = selectField('dgopt', c.dgopt, choices('dgopt').map((v) => [v, t.values.opt?.[v] ?? v]), (v) => on.set({ dgopt: v }));
  const numbers = ['dglr', 'dgbatch', 'dgtrain'].map((key) => {
    const f = selectField(key, c[key], OFFERED[key].map((v) => [v, v]), (v) => on.set({ [key]: v }));
    parts[key] = f.select;
    return f.field;
  });
  [parts.dgact, parts.dgopt] = [act.select, opt.select];
  parts.made = el('p', { class: 'note', id: 'made' });
  return el('section', { class: 'network', 'aria-label': d.sections.network }, [
    el('h2', { text: d.sections.network }),
    el('div', { class: 'digits-fields' }, [hidden, act.field, opt.field, ...numbers]),
    parts.made,
  ]);
}

function outputSection(d, on, parts) {
  const r = d.readouts;
  parts.pad = el('canvas', {
    class: 'pad', id: 'pad', role: 'img', tabindex: '0', 'aria-label': r.pad, 'aria-keyshortcuts': '0 1 2 3 4 5 6 7 8 9 Delete Backspace',
  });
  parts.clear = button('clear', d.controls.clear, on.clear, parts.helps);
  parts.undo = button('undo', d.controls.undo, on.undo, parts.helps);
  parts.seen = el('canvas', { class: 'seen', id: 'seen', role: 'img', 'aria-label': r.seen, width: 16, height: 16 });
  parts.bars = new Map();
  const rows = Array.from({ length: 10 }, (_, digit) => {
    const bar = el('span', { class: 'bar-fill' });
    const value = el('span', { class: 'bar-value' });
    const row = el('li', { 'data-digit': String(digit) }, [
      el('span', { class: 'bar-digit', text: String(digit) }), el('span', { class: 'bar-track' }, [bar]), value,
    ]);
    parts.bars.set(digit, { row, bar, value });
    return row;
  });
  parts.guess = el('p', { class: 'guess', id: 'guess', role: 'status', 'aria-live': 'polite' });
  parts.legend = plotLegend(d.legend.label, [
    { mark: 'area', colour: 'var(--right)', text: d.legend.right, key: 'right' },
    { mark: 'area', colour: 'var(--wrong)', text: d.legend.wrong, key: 'wrong' },
    { mark: 'line', colour: '#1f2328', text: d.legend.ink, key: 'ink' },
  ]);
  parts.accuracy = el('dd', { id: 'accuracy', text: '—' });
  parts.testLoss = el('dd', { id: 'test-loss', text: '—' });
  parts.trainLoss = el('dd', { id: 'train-loss', text: '—' });
  parts.chart = el('canvas', { class: 'chart', id: 'chart', role: 'img', 'aria-label': r.chart });
  parts.ghosts = el('ul', { class: 'ghosts', id: 'ghosts', 'aria-label': r.ghosts });
  parts.confusion = el('canvas', { class: 'confusion', id: 'confusion', role: 'img', 'aria-label': r.confusion });
  parts.samples = el('canvas', { class: 'samples', id: 'samples', role: 'img', 'aria-label': r.samples });
  parts.wrongList = el('p', { class: 'note', id: 'wrong-list' });
  const axis = (cls) => el('div', { class: `axis-digits ${cls}`, 'aria-hidden': 'true' },
    Array.from({ length: 10 }, (_, i) => el('span', { text: String(i) })));
  return el('section', { class: 'output', 'aria-label': d.sections.output }, [
    el('h2', { text: d.sections.output }),
    el('div', { class: 'output-body' }, [
      el('div', { class: 'figure' }, [
        el('div', { class: 'pad-row' }, [
          el('div', { class: 'pad-box' }, [parts.pad, el('p', { class: 'pad-hint', 'aria-hidden': 'true', text: r.hint })]),
          el('div', { class: 'probabilities' }, [
            el('div', { class: 'caption', text: r.bars }),
            el('ol', { class: 'bars', id: 'bars', 'aria-label': r.bars }, rows),
            el('div', { class: 'seen-box' }, [parts.seen, el('span', { class: 'caption', text: r.seenLabel })]),
          ]),
        ]),
        el('div', { class: 'pad-tools' }, [parts.clear, parts.undo, parts.guess]),
        parts.legend,
      ]),
      el('div', { class: 'side' }, [
        el('dl', { class: 'readouts' }, [
          el('div', {}, [el('dt', { text: r.accuracy }), parts.accuracy]),
          el('div', {}, [el('dt', { text: r.testLoss }), parts.testLoss]),
          el('div', {}, [el('dt', { text: r.trainLoss }), parts.trainLoss]),
        ]),
        el('div', { class: 'caption', text: r.chartTitle }),
        parts.chart,
        parts.ghosts,
        el('div', { class: 'caption', text: r.confusionTitle }),
        el('div', { class: 'confusion-box' }, [axis('top'), axis('left'), parts.confusion]),
        el('div', { class: 'caption', text: r.samplesTitle }),
        parts.samples,
        parts.wrongList,
      ]),
    ]),
  ]);
}
