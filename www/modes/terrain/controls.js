// Builds the terrain mode's controls (the DOM only: no state, no wasm): the playback bar, the
// latent pad with its two sliders, the water, snow and turn sliders, and the output (the relief
// on a 2-D canvas for the software renderer and a WebGL canvas, one of them shown). Each
// settings control reports a change through `on.set` as a partial config ({water: '0.4'}).

import { plotLegend } from '../../shell/legend.js';
import { el, button, selectField, sliderField } from '../../shell/dom.js';
import { limits } from '../../shell/vocabulary.js';

export const TERRAIN_SPEEDS = ['step', 'ten', 'fast'];
/** Slider steps of the settings. */
const STEPS = { lx: 0.01, ly: 0.01, water: 0.01, snow: 0.01, turn: 1 };

/** Everything the terrain widget shows, built once: `{ parts, nodes }`. */
export function buildTerrainControls(t, r, on) {
  const parts = { helps: el('div', { class: 'sr-only' }), sliders: new Map() };
  const nodes = [
    playbackBar(t, r, on, parts),
    el('div', { class: 'messages' }, [
      (parts.alert = el('div', { class: 'alert', role: 'alert', id: 'alert' })),
      (parts.issues = el('div', { class: 'issues', role: 'status', id: 'issues' })),
    ]),
    el('div', { class: 'main terrain-main' }, [latentSection(r, on, parts), viewSection(r, on, parts), outputSection(r, parts)]),
    (parts.footer = el('div', { class: 'footer' })),
    parts.helps,
  ];
  return { parts, nodes };
}

function playbackBar(t, r, on, parts) {
  const c = r.controls;
  parts.reset = button('reset', c.reset, on.reset, parts.helps);
  parts.play = button('play', c.play, on.togglePlay, parts.helps, { 'aria-pressed': 'false' });
  parts.step = button('step', c.step, on.step, parts.helps);
  const speed = selectField('speed', c.speed, TERRAIN_SPEEDS.map((s) => [s, r.values.speed[s]]), on.speed);
  parts.speed = speed.select;
  parts.steps = el('div', { class: 'number', id: 'steps', 'aria-live': 'off', text: '0' });
  const counter = el('div', { class: 'epoch' }, [el('div', { class: 'caption', text: r.readouts.steps }), parts.steps]);
  parts.exportHeightmap = button('export-heightmap', c.exportHeightmap, on.exportHeightmap, parts.helps);
  return el('div', { class: 'bar', role: 'toolbar', 'aria-label': r.sections.training }, [
    el('div', { class: 'playback' }, [parts.reset, parts.play, parts.step]), counter, speed.field, parts.exportHeightmap,
  ]);
}

/** A slider for `key`, its limits from the wasm's vocabulary; `on.preview` while dragged,
 * `on.set` when let go. */
function slider(key, control, on, parts) {
  const { min, max } = limits(key);
  const f = sliderField(key, control, { min, max, step: STEPS[key] }, (v) => on.preview({ [key]: String(v) }));
  f.input.addEventListener('change', () => on.set({ [key]: f.input.value }));
  parts.sliders.set(key, f);
  return f.field;
}

function latentSection(r, on, parts) {
  parts.pad = el('canvas', {
    class: 'pad', id: 'pad', role: 'slider', tabindex: '0', 'aria-label': r.readouts.pad,
    'aria-valuemin': '-3', 'aria-valuemax': '3', 'data-key': 'lx',
  });
  parts.point = el('p', { class: 'note point', id: 'point' });
  parts.forms = plotLegend(r.legend.forms, [
    { mark: 'none', text: r.legend.forms, key: 'title' },
    ...['islands', 'ridges', 'rivers'].map((f, i) => ({ mark: 'dot', colour: ['#0072b2', '#d55e00', '#009e73'][i], text: r.values.forms[f], key: f })),
  ]);
  parts.forms.id = 'forms-legend';
  return el('section', { class: 'latent', 'aria-label': r.sections.latent }, [
    el('h2', { text: r.sections.latent }),
    el('div', { class: 'pad-box' }, [parts.pad]), parts.forms, parts.point,
    el('p', { class: 'note', text: r.readouts.padHint }),
    slider('lx', r.controls.lx, on, parts), slider('ly', r.controls.ly, on, parts),
  ]);
}

function viewSection(r, on, parts) {
  return el('section', { class: 'view', 'aria-label': r.sections.view }, [
    el('h2', { text: r.sections.view }),
    slider('water', r.controls.water, on, parts), slider('snow', r.controls.snow, on, parts), slider('turn', r.controls.turn, on, parts),
  ]);
}

function outputSection(r, parts) {
  parts.relief = el('canvas', { class: 'relief', id: 'relief', role: 'img', 'aria-label': r.readouts.relief });
  parts.reliefGl = el('canvas', { class: 'relief', id: 'relief-gl', role: 'img', 'aria-label': r.readouts.relief, hidden: true });
  parts.legend = plotLegend(r.legend.label, []);
  parts.loss = el('p', { class: 'note loss', id: 'loss' });
  parts.recon = el('dd', { id: 'recon', text: '—' });
  parts.kl = el('dd', { id: 'kl', text: '—' });
  const readouts = el('dl', { class: 'readouts' }, [
    el('div', {}, [el('dt', { text: r.readouts.recon }), parts.recon]),
    el('div', {}, [el('dt', { text: r.readouts.kl }), parts.kl]),
  ]);
  parts.heights = el('p', { class: 'note', id: 'heights' });
  parts.renderer = el('p', { class: 'note', id: 'renderer' });
  parts.warnings = el('div', { class: 'warnings', role: 'status', id: 'warnings' });
  parts.notice = el('p', { class: 'notice', role: 'status', id: 'export-notice' });
  return el('section', { class: 'output', 'aria-label': r.sections.output }, [
    el('h2', { text: r.sections.output }),
    el('div', { class: 'output-body' }, [
      el('div', { class: 'figure' }, [el('div', { class: 'plot' }, [parts.relief, parts.reliefGl]), parts.legend]),
      el('div', { class: 'side' }, [parts.warnings, readouts, parts.loss, parts.heights, parts.renderer, parts.notice]),
    ]),
  ]);
}
