// Builds the playground's controls (the DOM only: no state, no wasm). Each control reports a
// change through the `on` handlers as a partial config query (e.g. "lr=0.1"); the element
// applies it and then shows the resulting config back through view.js. The sections live in
// controls-data.js, controls-network.js and controls-output.js.

import { el, button, selectField } from '../../shell/dom.js';
import { choices, wholeRange } from '../../shell/vocabulary.js';
import { dataSection } from './controls-data.js';
import { networkSection } from './controls-network.js';
import { outputSection } from './controls-output.js';

/** TensorFlow Playground's learning rates. */
export const LEARNING_RATES = ['0.00001', '0.0001', '0.001', '0.003', '0.01', '0.03', '0.1', '0.3', '1', '3', '10'];
/** TensorFlow Playground's regularisation rates. */
export const REG_RATES = ['0', '0.001', '0.003', '0.01', '0.03', '0.1', '0.3', '1', '3', '10'];
/** Offered momentum coefficients. */
export const MOMENTA = ['0', '0.5', '0.9', '0.95', '0.99'];
const SPEEDS = ['slow', 'step', 'epoch', 'epochs10', 'max'];

/** Everything the widget shows, built once: `{ parts, nodes }` (nodes in display order). */
export function buildControls(t, on) {
  const parts = { helps: el('div', { class: 'sr-only' }) };
  const nodes = [
    playbackBar(t, on, parts),
    hyperBar(t, on, parts),
    (parts.helpline = el('p', { class: 'helpline', id: 'helpline', 'aria-live': 'polite' })),
    messages(parts),
    el('div', { class: 'main' }, [
      dataSection(t, on, parts), networkSection(t, on, parts), outputSection(t, on, parts),
    ]),
    (parts.footer = el('div', { class: 'footer' })),
    parts.helps,
  ];
  return { parts, nodes };
}

function playbackBar(t, on, parts) {
  const c = t.controls;
  parts.reset = button('reset', c.reset, on.reset, parts.helps);
  parts.play = button('play', c.play, on.togglePlay, parts.helps, { 'aria-pressed': 'false' });
  parts.step = button('step', c.step, on.step, parts.helps);
  parts.stepEpoch = button('step-epoch', c.stepEpoch, on.stepEpoch, parts.helps);
  parts.newWeights = button('new-weights', c.newWeights, on.newWeights, parts.helps);
  const options = SPEEDS.map((s) => [s, t.values.speed[s]]);
  const speed = selectField('speed', c.speed, options, on.speed);
  parts.speed = speed.select;
  parts.epoch = el('div', { class: 'number', id: 'epoch', 'aria-live': 'off', text: '0' });
  const epoch = el('div', { class: 'epoch' }, [el('div', { class: 'caption', text: t.readouts.epoch }), parts.epoch]);
  parts.copyLink = button('copy-link', c.copyLink, on.copyLink, parts.helps);
  parts.copyEmbed = button('copy-embed', t.state.embed.button, on.copyEmbed, parts.helps);
  parts.saveState = button('save-state', c.saveState, on.saveState, parts.helps);
  parts.stateFile = el('input', { type: 'file', accept: '.json,application/json', hidden: true, id: 'state-file' });
  parts.loadState = button('load-state', c.loadState, () => parts.stateFile.click(), parts.helps);
  return el('div', { class: 'bar', role: 'toolbar', 'aria-label': t.sections.training }, [
    el('div', { class: 'playback' }, [parts.reset, parts.play, parts.step, parts.stepEpoch, parts.newWeights]),
    epoch, speed.field,
    el('div', { class: 'share', role: 'group', 'aria-label': t.sections.share, 'data-key': 'share' }, [
      parts.copyLink, parts.copyEmbed, parts.saveState, parts.loadState, parts.stateFile,
    ]),
  ]);
}

function hyperBar(t, on, parts) {
  const field = (key, values, labels, onChange = (v) => on.set({ [key]: v })) => {
    const options = values.map((v) => [v, labels ? labels[v] : v]);
    const f = selectField(key, t.controls[key], options, onChange);
    parts[key] = f.select;
    return f.field;
  };
  const momentum = field('momentum', MOMENTA);
  parts.momentumField = momentum;
  return el('div', { class: 'bar hyper' }, [
    field('problem', choices('problem'), t.values.problem, on.setProblem),
    field('classes', wholeRange('classes'), null, on.setClasses),
    field('lr', LEARNING_RATES),
    field('act', choices('act'), t.values.act),
    field('loss', choices('loss'), t.values.loss),
    field('opt', choices('opt'), t.values.opt),
    momentum,
    field('reg', choices('reg'), t.values.reg),
    field('regrate', REG_RATES),
    field('init', choices('init'), t.values.init),
  ]);
}

function messages(parts) {
  parts.alert = el('div', { class: 'alert', role: 'alert', id: 'alert' });
  parts.issues = el('div', { class: 'issues', role: 'status', id: 'issues' });
  parts.notice = el('div', { class: 'notice', role: 'status', id: 'notice' });
  return el('div', { class: 'messages' }, [parts.alert, parts.issues, parts.notice]);
}
