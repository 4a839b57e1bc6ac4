// Shows state in the controls built by controls.js: the config (as URLSearchParams of the
// canonical query string from the wasm), the training numbers, and the messages. Writes only
// textContent and attributes; holds no state of its own.

import { el, fillOptions } from './dom.js';
import { format, plural } from './strings.js';
import { LEARNING_RATES, REG_RATES, MOMENTA, MAX_LAYERS, MAX_NEURONS } from './controls.js';

/** Sets every control to the config `params` (URLSearchParams). */
export function showConfig(parts, params, t, on) {
  for (const [name, { button }] of parts.datasets) {
    button.setAttribute('aria-pressed', String(name === params.get('data')));
  }
  showSlider(parts.train, params.get('train'), 10, ' %');
  showSlider(parts.noise, params.get('noise'), 5, ' %');
  showSlider(parts.batch, params.get('batch'), 1, '');
  numericSelect(parts.lr, params.get('lr'), LEARNING_RATES);
  numericSelect(parts.regrate, params.get('regrate'), REG_RATES);
  numericSelect(parts.momentum, params.get('momentum'), MOMENTA);
  for (const key of ['act', 'loss', 'opt', 'reg', 'init']) parts[key].value = params.get(key);
  parts.momentumField.hidden = !['momentum', 'nesterov'].includes(params.get('opt'));
  parts.showtest.checked = params.get('showtest') === '1';
  parts.discrete.checked = params.get('discrete') === '1';
  showFeatures(parts, params.get('features').split(','));
  showLayers(parts, layerSizes(params), t, on);
  const regression = ['plane', 'multigauss'].includes(params.get('data'));
  for (const row of parts.accuracyRows) row.hidden = regression;
}

/** The hidden layer widths in `params` (an empty list when there is no hidden layer). */
export function layerSizes(params) {
  const hidden = params.get('hidden') ?? '';
  return hidden === '' ? [] : hidden.split(',').map(Number);
}

function showSlider({ input, output }, value, step, unit) {
  const n = Number(value);
  // A value from a link may lie off the slider's grid or beyond its end: widen to show it.
  input.step = n % step === 0 ? step : 1;
  if (n > Number(input.max)) input.max = n;
  input.value = n;
  output.textContent = `${n}${unit}`;
}

/** Selects `value` in a select of numbers, adding it as an option if it is not offered. */
function numericSelect(select, value, offered) {
  const n = Number(value);
  let option = [...select.options].find((o) => Number(o.value) === n);
  if (!option) {
    const values = [...new Set([...offered, value])].sort((a, b) => Number(a) - Number(b));
    fillOptions(select, values.map((v) => [v, v]));
    option = [...select.options].find((o) => Number(o.value) === n);
  }
  select.value = option.value;
}

function showFeatures(parts, active) {
  for (const [name, chip] of parts.chips) {
    const on = active.includes(name);
    chip.setAttribute('aria-pressed', String(on));
    // The network needs at least one input: the last one on cannot be switched off.
    chip.disabled = on && active.length === 1;
  }
}

/** Updates the layer cards in place (so a focused +/− button keeps the focus). */
function showLayers(parts, sizes, t, on) {
  const lang = t.lang;
  parts.layerCount.textContent = plural(t.network.layers, sizes.length, lang);
  parts.addLayer.disabled = sizes.length >= MAX_LAYERS;
  parts.removeLayer.disabled = sizes.length === 0;
  const cards = parts.layers;
  while (cards.children.length > sizes.length) cards.lastElementChild.remove();
  while (cards.children.length < sizes.length) cards.append(layerCard(cards.children.length, t, on, parts.helps));
  sizes.forEach((size, i) => {
    const card = cards.children[i];
    card.querySelector('.neurons').textContent = plural(t.network.neurons, size, lang);
    card.querySelector('.dots').replaceChildren(...Array.from({ length: size }, () => el('span')));
    card.querySelector('.minus').disabled = size <= 1;
    card.querySelector('.plus').disabled = size >= MAX_NEURONS;
  });
  parts.noLayers.hidden = sizes.length > 0;
}

function layerCard(index, t, on, helps) {
  const c = t.controls;
  const n = index + 1;
  const pm = (cls, control, delta, symbol) => {
    const id = `layer-${n}-${cls}`;
    helps.querySelector(`#help-${id}`) ?? helps.append(el('span', { id: `help-${id}`, text: format(control.help, { max: MAX_NEURONS }) }));
    return el('button', {
      type: 'button', class: cls, id, 'aria-label': format(control.label, { n }),
      title: format(control.help, { max: MAX_NEURONS }), 'aria-describedby': `help-${id}`,
      onclick: () => on.resizeLayer(index, delta), text: symbol,
    });
  };
  return el('div', { class: 'layer', 'data-layer': n }, [
    el('span', { class: 'name', text: format(t.network.layer, { n }) }),
    el('div', { class: 'pm' }, [pm('minus', c.removeNeuron, -1, '−'), pm('plus', c.addNeuron, 1, '+')]),
    el('span', { class: 'neurons' }),
    el('div', { class: 'dots', 'aria-hidden': 'true' }),
  ]);
}

/** Number formats for the readouts in `lang` (made once: constructing them is slow). */
export function numberFormats(lang) {
  return {
    whole: new Intl.NumberFormat(lang),
    percent: new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 }),
  };
}

/** Shows the numbers from `pg.stats()`. Non-finite numbers show as a dash, never "NaN". */
export function showStats(parts, stats, t, formats) {
  const dash = t.readouts.none;
  const ok = (v) => stats.diverged == null && Number.isFinite(v);
  const loss = (v) => (ok(v) ? v.toFixed(3) : dash);
  const percent = (v) => (ok(v) ? formats.percent.format(v) : dash);
  setText(parts.epoch, formats.whole.format(Math.floor(stats.epoch)));
  setText(parts['train-loss'], loss(stats.trainLoss));
  setText(parts['test-loss'], loss(stats.testLoss));
  setText(parts['train-accuracy'], percent(stats.trainAccuracy));
  setText(parts['test-accuracy'], percent(stats.testAccuracy));
}

/** Sets `node`'s text only if it differs (most frames change few readouts). */
function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

/** Shows the messages about a config that was only partly understood (none: hidden). */
export function showIssues(parts, issues, t) {
  if (issues.length === 0) {
    parts.issues.replaceChildren();
    return;
  }
  parts.issues.replaceChildren(
    el('p', { text: t.issuesTitle }),
    el('ul', {}, issues.map((text) => el('li', { text }))),
  );
}

/** Shows an alert made of `lines` (none: hidden). */
export function showAlert(parts, lines) {
  parts.alert.replaceChildren(...lines.map((text) => el('p', { text })));
}

/** The alert lines for a diverged run. */
export function divergenceLines(stats, t) {
  const d = t.diverged;
  const what = stats.diverged === 'weights' ? d.weights : d.loss;
  return [d.title, format(what, { step: stats.divergedAt }), d.advice];
}
