// Shows state in the controls built by controls*.js: the config (as URLSearchParams of the
// canonical query string from the wasm, with `pg.info()` for what depends on the task), the
// training numbers, and the messages. Writes only textContent and attributes; no state.

import { fillLegend } from '../../shell/legend.js';
import { el, fillOptions } from '../../shell/dom.js';
import { format } from '../../i18n/format.js';
import { numericSelect, setText } from '../../shell/view.js';
import { LEARNING_RATES, REG_RATES, MOMENTA } from './controls.js';
import { showNetwork } from './view-network.js';

/** Sets every control to the config `params` (URLSearchParams) and `info` (`pg.info()`). */
export function showConfig(parts, params, t, on, info) {
  for (const [name, { button }] of parts.datasets) {
    button.setAttribute('aria-pressed', String(name === params.get('data')));
  }
  showSlider(parts.train, params.get('train'), 10, ' %');
  showSlider(parts.noise, params.get('noise'), 5, ' %');
  showSlider(parts.batch, params.get('batch'), 1, '');
  numericSelect(parts.lr, params.get('lr'), LEARNING_RATES, t.lang);
  numericSelect(parts.regrate, params.get('regrate'), REG_RATES, t.lang);
  numericSelect(parts.momentum, params.get('momentum'), MOMENTA, t.lang);
  for (const key of ['act', 'opt', 'reg', 'init']) parts[key].value = params.get(key);
  parts.momentumField.hidden = !['momentum', 'nesterov'].includes(params.get('opt'));
  parts.showtest.checked = params.get('showtest') === '1';
  parts.discrete.checked = params.get('discrete') === '1';
  showTask(parts, params, t, info);
  const outputs = info.head === 'softmax' ? info.classes : 1;
  showNetwork(parts, { sizes: Array.from(info.hidden), columns: Array.from(info.diagramColumns), outputs }, params.get('features').split(','), t, on);
}

/** The controls that depend on the task: problem, classes, loss, readouts, legends. */
function showTask(parts, params, t, info) {
  const regression = info.task === 'regression';
  parts.problem.value = info.task;
  parts.classes.value = String(regression ? 2 : info.classes);
  parts.classes.disabled = regression;
  // The loss control never claims an output the network does not have.
  const single = ['mse', 'xent'].includes(info.head);
  const losses = single ? ['mse', 'xent'] : [info.head];
  if (parts.loss.options.length !== losses.length || parts.loss.options[0].value !== losses[0]) {
    fillOptions(parts.loss, losses.map((v) => [v, t.values.loss[v]]));
  }
  parts.loss.value = single ? params.get('loss') : info.head;
  parts.loss.disabled = !single;
  parts.discrete.disabled = regression;
  for (const row of parts.accuracyRows) row.hidden = regression;
  for (const row of parts.regressionRows) row.hidden = !regression;
  parts.outputBias.hidden = info.head === 'softmax';
  const r = t.readouts;
  parts.scoreTrain.textContent = regression ? r.legendTrainR2 : r.legendTrainScore;
  parts.scoreTest.textContent = regression ? r.legendTestR2 : r.legendTestScore;
  parts.score.setAttribute('aria-label', regression ? r.r2Chart : r.scoreChart);
  showGhosts(parts, Array.from(info.ghosts), t);
  // Drawn points show whole, test ones included (the wasm's draw_points).
  const testShown = params.get('showtest') === '1' || params.get('data') === 'custom';
  showLegend(parts, t, regression ? 0 : info.classes, testShown);
}

/** The map's legend: each class's colour (or the two ends of the values), the training and
 * test points' rings, and the lighter background, the network's answer. */
function showLegend(parts, t, classes, showTest) {
  const l = t.legend;
  const colour = (k) => `var(--class-${k})`;
  const ends = [[0, l.negative], [1, l.positive]];
  const items = [{ mark: 'none', text: classes ? l.classes : l.values, key: 'title' }];
  // Training points are the discs with a white ring; test points have a dark one.
  if (classes) items.push(...Array.from({ length: classes }, (_, k) => ({ mark: 'dot', colour: colour(k), text: String(k + 1), key: `c${k}` })));
  else items.push(...ends.map(([k, text]) => ({ mark: 'dot', colour: colour(k), text, key: `c${k}` })));
  if (showTest) items.push({ mark: 'dot', colour: '#d0d7de', ring: '#202020', text: l.test, key: 'test' });
  const washed = (k) => `color-mix(in srgb, ${colour(k)} 63%, white)`;
  items.push({ mark: 'area', colour: `linear-gradient(90deg, ${washed(0)} 50%, ${washed(1)} 50%)`, text: l.map, key: 'map' });
  fillLegend(parts.legend, items);
}

/** The legend of the past runs' faded curves. */
function showGhosts(parts, labels, t) {
  const items = labels.map((label, i) => el('li', { class: `g${i}`, text: format(t.readouts.ghost, { n: i + 1, label }) }));
  parts.ghosts.replaceChildren(...(items.length ? [el('li', { class: 'title', text: t.readouts.ghosts }), ...items] : []));
}

function showSlider({ input, output }, value, step, unit) {
  const n = Number(value);
  // A value from a link may lie off the slider's grid or beyond its end: widen to show it.
  input.step = n % step === 0 ? step : 1;
  if (n > Number(input.max)) input.max = n;
  input.value = n;
  output.textContent = `${n}${unit}`;
}

/** Shows the numbers from `pg.stats()`. Missing numbers show as a dash, never "NaN". */
export function showStats(parts, stats, t, formats) {
  const dash = t.readouts.none;
  const ok = (v) => stats.diverged == null && Number.isFinite(v);
  const fixed = (v) => (ok(v) ? formats.fixed.format(v) : dash);
  const percent = (v) => (ok(v) ? formats.percent.format(v) : dash);
  setText(parts.epoch, formats.whole.format(Math.floor(stats.epoch)));
  setText(parts['train-loss'], fixed(stats.trainLoss));
  setText(parts['test-loss'], fixed(stats.testLoss));
  setText(parts['train-accuracy'], percent(stats.trainAccuracy));
  setText(parts['test-accuracy'], percent(stats.testAccuracy));
  setText(parts['train-rmse'], fixed(stats.trainRmse));
  setText(parts['test-rmse'], fixed(stats.testRmse));
  setText(parts['train-r2'], fixed(stats.trainR2));
  setText(parts['test-r2'], fixed(stats.testR2));
  setText(parts.outputBias.lastElementChild, fixed(stats.outputBias));
}

/** The alert lines for a run that diverged or stopped learning, from the string table by
 * the core's message and advice keys (the advice names the regularisation only when it is on). */
export function divergenceLines(stats, t) {
  const d = t.diverged;
  const what = d[stats.divergedKey] ?? stats.whatHappened ?? d.loss;
  const stopped = stats.diverged === 'stuck' || stats.diverged === 'dead';
  const advice = d[stats.adviceKey] ?? stats.whatToTry;
  return [stopped ? d.stuckTitle : d.title, format(d.at, { step: stats.divergedAt, what }), advice];
}
