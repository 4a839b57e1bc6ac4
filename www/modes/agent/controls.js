// Builds the agent mode's controls (the DOM only: no state, no wasm). Each settings control
// reports a change through `on.set` as a partial config query (e.g. {aglr: '0.03'}); the
// widget applies it in Rust and shows the resulting config back through view.js.

import { plotLegend } from '../../shell/legend.js';
import { playbackBar as sharedBar } from '../../shell/playback-bar.js';
import { el, button, selectField, sliderField } from '../../shell/dom.js';
import { limits } from '../../shell/vocabulary.js';

export const AGENT_SPEEDS = ['watch', 'slow', 'normal', 'fast', 'max'];

/** Everything the agent widget shows, built once: `{ parts, nodes }` (nodes in display order). */
export function buildAgentControls(t, a, on) {
  const parts = { helps: el('div', { class: 'sr-only' }) };
  const nodes = [
    playbackBar(a, on, parts),
    el('div', { class: 'messages' }, [
      (parts.alert = el('div', { class: 'alert', role: 'alert', id: 'alert' })),
      (parts.issues = el('div', { class: 'issues', role: 'status', id: 'issues' })),
    ]),
    el('div', { class: 'main agent-main' }, [outputSection(a, on, parts), settingsSection(t, a, on, parts)]),
    (parts.footer = el('div', { class: 'footer' })),
    parts.helps,
  ];
  return { parts, nodes };
}

function playbackBar(a, on, parts) {
  return sharedBar(parts, {
    label: a.sections.training, controls: a.controls, on, counter: 'steps', caption: a.readouts.attempts,
    speeds: AGENT_SPEEDS.map((s) => [s, a.values.speed[s]]),
  });
}

function outputSection(a, on, parts) {
  const c = a.controls;
  parts.scene = el('canvas', { class: 'scene', id: 'scene', role: 'img', tabindex: '0', 'aria-label': a.readouts.scene });
  parts.pushLeft = button('push-left', c.pushLeft, () => on.push(-1), parts.helps);
  parts.pushRight = button('push-right', c.pushRight, () => on.push(1), parts.helps);
  parts.newEpisode = button('new-episode', c.newEpisode, on.newEpisode, parts.helps);
  parts.legend = plotLegend(a.legend.label, [
    { mark: 'line', colour: '#bf8700', text: a.legend.pole },
    { mark: 'line', colour: '#cf222e', text: a.legend.fallen },
    { mark: 'line', colour: '#57606a', text: a.legend.policy },
    { mark: 'line', colour: '#e36c09', text: a.legend.push },
  ]);
  parts.sceneText = el('p', { class: 'scene-text', id: 'scene-text', 'aria-live': 'polite' });
  parts.readout = el('p', { class: 'readout', id: 'readout' });
  const readout = (key) => {
    const dd = el('dd', { id: `readout-${key}`, text: '—' });
    return [el('div', {}, [el('dt', { text: a.readouts.numbers[key] }), dd]), dd];
  };
  const [stepsItem, stepsDd] = readout('steps');
  const [angleItem, angleDd] = readout('angle');
  const [testItem, testDd] = readout('test');
  Object.assign(parts, { steadySteps: stepsDd, angle: angleDd, lastTest: testDd });
  parts.readouts = el('dl', { class: 'readouts', id: 'readouts' }, [stepsItem, angleItem, testItem]);
  parts.chart = el('canvas', { class: 'chart', id: 'chart', role: 'img', 'aria-label': a.readouts.chart });
  parts.chartLegend = plotLegend(a.legend.chartLabel, [
    { mark: 'line', colour: '#8c959f', text: a.legend.explore, key: 'explore' },
    { mark: 'line', colour: '#0969da', text: a.legend.test, key: 'test' },
    { mark: 'line', colour: '#1a7f37', text: a.legend.goal, key: 'goal' },
  ]);
  parts.ghosts = el('ul', { class: 'ghosts', id: 'ghosts', 'aria-label': a.readouts.ghosts });
  parts.learnt = el('p', { class: 'learnt', id: 'learnt' });
  return el('section', { class: 'output', 'aria-label': a.sections.output }, [
    el('h2', { text: a.sections.output }),
    el('div', { class: 'output-body' }, [
      el('div', { class: 'figure' }, [
        el('div', { class: 'plot' }, [parts.scene]), parts.legend,
        el('div', { class: 'pushes', role: 'group', 'aria-label': a.sections.push }, [parts.pushLeft, parts.pushRight, parts.newEpisode]),
        parts.sceneText,
      ]),
      el('div', { class: 'side' }, [
        parts.readouts, parts.readout,
        el('div', { class: 'caption', text: a.readouts.chartTitle }), parts.chart, parts.chartLegend, parts.ghosts, parts.learnt,
      ]),
    ]),
  ]);
}

function settingsSection(t, a, on, parts) {
  const c = a.controls;
  const hidden = limits('aghidden');
  parts.hidden = selectField('aghidden', c.hidden,
    ['', '4', '8', '16', '32', '16,16'].filter((v) => v.split(',').length <= hidden.layers).map((v) => [v, v || a.values.linear]),
    (v) => on.set({ aghidden: v }));
  const rate = limits('aglr');
  const lr = sliderField('aglr', c.lr, { min: Math.log10(rate.min), max: Math.log10(rate.max), step: 0.01 }, (p) => {
    lr.output.textContent = Number((10 ** p).toPrecision(2)).toLocaleString(t.lang);
  });
  lr.input.addEventListener('change', () => on.set({ aglr: String(Number((10 ** Number(lr.input.value)).toPrecision(2))) }));
  parts.lr = lr;
  const batch = limits('agbatch');
  const b = sliderField('agbatch', c.batch, { min: batch.min, max: batch.max, step: 1 }, (v) => {
    b.output.textContent = String(v);
  });
  b.input.addEventListener('change', () => on.set({ agbatch: b.input.value }));
  parts.batch = b;
  return el('section', { class: 'settings', 'aria-label': a.sections.settings }, [
    el('h2', { text: a.sections.settings }), parts.hidden.field, lr.field, b.field,
    el('p', { class: 'note', text: a.readouts.how }),
  ]);
}
