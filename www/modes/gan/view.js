// Shows the GAN state in the controls built by controls.js: the config (URLSearchParams of
// the canonical query string from the wasm), the numbers from `stats()`, the explained step's
// phase and the diagnosis. Writes only textContent and attributes; holds no state.

import { el } from '../../shell/dom.js';
import { numericSelect } from '../../shell/view.js';
import { format, plural } from '../../i18n/format.js';
import { GAN_RATES, layerCard } from './controls.js';
import { limits } from '../../shell/vocabulary.js';

/** The hidden layer widths of network `prefix` (g or d) in `params`. */
export function ganLayerSizes(params, prefix) {
  const hidden = params.get(`${prefix}hidden`) ?? '';
  return hidden === '' ? [] : hidden.split(',').map(Number);
}

/** Sets every control to the config `params`. */
export function showGanConfig(parts, params, t, on) {
  const g = t.gan;
  for (const [name, b] of parts.targets) b.setAttribute('aria-pressed', String(name === params.get('target')));
  parts.draw.setAttribute('aria-pressed', String(params.get('target') === 'drawn'));
  for (const key of ['gdim', 'gnoise', 'gact', 'dact', 'gopt', 'dopt', 'ganloss', 'kd', 'kg']) {
    parts[key].value = params.get(key);
  }
  numericSelect(parts.glr, params.get('glr'), GAN_RATES, t.lang);
  numericSelect(parts.dlr, params.get('dlr'), GAN_RATES, t.lang);
  for (const key of ['far', 'garrows', 'gmanifold']) parts[key].checked = params.get(key) === '1';
  for (const prefix of ['g', 'd']) showLayers(parts, prefix, ganLayerSizes(params, prefix), t, on);
}

/** Updates the layer cards of `prefix` in place (so a focused button keeps the focus). */
function showLayers(parts, prefix, sizes, t, on) {
  const { remove, add, count, cards } = parts[`${prefix}Layers`];
  count.textContent = plural(t.network.layers, sizes.length, t.lang);
  add.disabled = sizes.length >= limits(`${prefix}hidden`).layers;
  remove.disabled = sizes.length === 0;
  while (cards.children.length > sizes.length) cards.lastElementChild.remove();
  while (cards.children.length < sizes.length) {
    cards.append(layerCard(prefix, cards.children.length, t.gan, on, parts.helps));
  }
  sizes.forEach((size, i) => {
    const card = cards.children[i];
    card.querySelector('.neurons').textContent = plural(t.network.neurons, size, t.lang);
    card.querySelector('.minus').disabled = size <= 1;
    card.querySelector('.plus').disabled = size >= limits(`${prefix}hidden`).width;
  });
}

/** Shows the numbers from `pg.stats()` in the language's notation (`formats`: shell/view.js's
 * `numberFormats`); non-finite numbers show as a dash. */
export function showGanStats(parts, stats, t, formats) {
  const dash = t.readouts.none;
  const num = (v, format) => (Number.isFinite(v) ? format.format(v) : dash);
  setText(parts.iterations, formats.whole.format(stats.iterations));
  setText(parts['d-loss'], num(stats.dLoss, formats.fixed));
  setText(parts['g-loss'], num(stats.gLoss, formats.fixed));
  setText(parts.kl, num(stats.kl, formats.fixed2));
  setText(parts.js, num(stats.js, formats.fixed));
  const modes = stats.modesTotal > 0
    ? format(t.gan.readouts.modesValue, { covered: stats.modesCovered, total: stats.modesTotal })
    : dash;
  setText(parts.modes, modes);
  showDiagnosis(parts, stats.diagnosis, t.gan);
}

/** The one sentence for a diagnosis (`{kind, covered, total}`), or '' for none. */
export function diagnosisSentence(diagnosis, g) {
  if (!diagnosis) return '';
  return format(g.diagnosis[diagnosis.kind] ?? '', diagnosis);
}

function showDiagnosis(parts, diagnosis, g) {
  const text = diagnosisSentence(diagnosis, g);
  if (parts.diagnosis.textContent === text) return;
  parts.diagnosis.replaceChildren(...(text ? [el('p', { text })] : []));
  parts.diagnosis.dataset.kind = diagnosis?.kind ?? '';
}

/** Shows the explained step's phase (its caption, and which of the four it is), or the idle
 * invitation when there is none. */
export function showPhase(parts, phase, g) {
  parts.phases.dataset.phase = phase ?? '';
  for (const item of parts.phaseList.children) {
    if (item.dataset.phase === phase) item.setAttribute('aria-current', 'step');
    else item.removeAttribute('aria-current');
  }
  setText(parts.phaseCaption, phase ? g.phases[phase].caption : g.phases.idle);
}

/** The stages of the model graph each phase works on. */
const LIT = {
  generate: ['noise', 'g', 'samples'],
  judge: ['samples', 'd', 'verdict'],
  updated: ['verdict', 'losses', 'd'],
  updateg: ['losses', 'd', 'g', 'samples'],
};

/** Lights the model graph's stages for the phase in `stats` and shows the scales its rings
 * and arrows are drawn on (`verdictRange`, `arrowScale`), in the widget's number format. */
export function showExplained(parts, stats, g, formats) {
  const lit = LIT[stats.phase] ?? [];
  for (const stage of parts.graph.children) {
    const on = lit.includes(stage.dataset.stage);
    if (stage.classList.contains('lit') !== on) stage.classList.toggle('lit', on);
  }
  const range = stats.verdictRange;
  const verdicts = range ? format(g.phases.verdictScale, { lo: formats.fixed.format(range[0]), hi: formats.fixed.format(range[1]) }) : '';
  setText(parts.verdictScale, verdicts);
  parts.verdictScale.hidden = !range;
  const scale = stats.arrowScale;
  setText(parts.arrowScale, scale ? format(g.phases.arrowScale, { scale: formats.whole.format(Math.round(scale)) }) : '');
  parts.arrowScale.hidden = !scale;
}

/** Sets `node`'s text only if it differs. */
function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}
