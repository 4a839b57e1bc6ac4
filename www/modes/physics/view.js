// Shows the learned simulator's state in the controls built by controls.js: the config
// (URLSearchParams of the canonical query string from the wasm), the numbers of `stats()` and
// the measured costs. Writes only textContent and attributes; holds no state.

import { setText } from '../../shell/view.js';
import { format } from '../../i18n/format.js';
import { hiddenLabel, showSelect } from './controls.js';

/** Number formats of the readouts in `lang` (decimal comma in French). */
export function physicsFormats(lang) {
  const significant = new Intl.NumberFormat(lang, { maximumSignificantDigits: 3, useGrouping: false });
  return {
    whole: new Intl.NumberFormat(lang),
    /** Three significant digits, or a dash when not a number. */
    number: (v) => (Number.isFinite(v) ? significant.format(v) : '—'),
    /** A start coordinate, to 2 decimals. */
    coordinate: new Intl.NumberFormat(lang, { maximumFractionDigits: 2, useGrouping: false }),
    plain: (v) => Number(v).toLocaleString(lang, { maximumFractionDigits: 6 }),
  };
}

/** Sets every control to the config `params`. */
export function showPhysicsConfig(parts, params, t, formats) {
  for (const key of ['simdamping', 'simrollout', 'simlr', 'simbatch']) showSelect(parts[key], params.get(key), formats.plain);
  showSelect(parts.simhidden, params.get('simhidden'), (v) => hiddenLabel(t, v), false);
  showSelect(parts.simact, params.get('simact'), (v) => t.values.act[v] ?? v, false);
  showSelect(parts.simopt, params.get('simopt'), (v) => t.values.opt[v] ?? v, false);
  const [theta, omega] = (params.get('simstart') ?? '').split(',').map(Number);
  showStart(parts, theta, omega, formats);
}

/** The start in its two fields, unless one is being edited. */
function showStart(parts, theta, omega, formats) {
  if (parts.startTheta.matches(':focus') || parts.startOmega.matches(':focus')) return;
  if (!Number.isFinite(theta) || !Number.isFinite(omega)) return;
  const x = formats.coordinate.format(theta);
  const y = formats.coordinate.format(omega);
  if (parts.startTheta.value !== x) parts.startTheta.value = x;
  if (parts.startOmega.value !== y) parts.startOmega.value = y;
}

/** Shows the numbers from `pg.stats()`; missing numbers show as a dash, never "NaN". */
export function showPhysicsStats(parts, stats, formats) {
  setText(parts.epoch, formats.whole.format(stats.epoch));
  setText(parts.shown, `${formats.whole.format(stats.shown)} / ${formats.whole.format(stats.rollout)}`);
  setText(parts.networkError, formats.number(stats.networkError));
  setText(parts.baselineError, formats.number(stats.baselineError));
  setText(parts.oneStep, formats.number(stats.oneStepError));
}

/** Shows the measured costs (`costs` null: not measured yet). */
export function showCosts(parts, costs, t, formats) {
  const r = t.physics.readouts;
  if (!costs) {
    for (const key of ['costNetwork', 'costSimulator', 'costReference', 'ratio']) setText(parts[key], '—');
    setText(parts.verdict, r.notMeasured);
    return;
  }
  const us = (v) => formats.number(v);
  setText(parts.costNetwork, format(r.perStep, { time: us(costs.network) }));
  setText(parts.costSimulator, format(r.substeps, { time: us(costs.simulator), n: formats.whole.format(costs.substeps) }));
  setText(parts.costReference, format(r.substeps, { time: us(costs.reference), n: formats.whole.format(costs.referenceSubsteps) }));
  const equal = costs.simulator / costs.network;
  const reference = costs.reference / costs.network;
  setText(parts.ratio, format(r.ratioText, { equal: `${formats.number(equal)} ×`, reference: `${formats.number(reference)} ×` }));
  parts.ratio.dataset.equal = String(equal);
  parts.ratio.dataset.reference = String(reference);
  // The measured numbers for tests and readers of the page: µs per step, sub-steps, errors.
  for (const key of ['network', 'simulator', 'substeps', 'stable', 'referenceSubsteps', 'networkError', 'simulatorError']) {
    parts.ratio.dataset[key] = String(costs[key]);
  }
  setText(parts.verdict, format(equal > 1 ? r.verdictFaster : r.verdictSlower, { n: formats.whole.format(costs.substeps) }));
}
