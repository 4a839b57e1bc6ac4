// Shows the race state in the controls built by controls.js: the config (URLSearchParams
// of the canonical query string from the wasm) and the numbers of `stats()`: the step count,
// each racer's status sentence and loss, and the warnings about oscillating or diverging
// racers. Writes only textContent and attributes; holds no state.

import { el } from '../../shell/dom.js';
import { timesTenTo } from '../../shell/view.js';
import { format } from '../../i18n/format.js';
import { choices } from '../../shell/vocabulary.js';

/** The optimisers whose steps are scaled by the gradient's running size. */
const ADAPTIVE = ['rmsprop', 'adam'];
/** An adaptive optimiser oscillating this close above the surface's lowest value is circling
 * the bottom rather than jumping across a valley. */
const HOVER_GAP = 0.01;

/** Number formats of the race readouts in `lang` (decimal comma in French). */
export function raceFormats(lang) {
  const make = (options) => new Intl.NumberFormat(lang, { useGrouping: false, ...options });
  const scientific = make({ notation: 'scientific', maximumSignificantDigits: 3 });
  const fixed = [0, 2, 4].map((digits) => make({ maximumFractionDigits: digits }));
  const point = make({ maximumFractionDigits: 3 });
  return {
    whole: new Intl.NumberFormat(lang),
    /** About 4 significant digits, scientific for very small or large numbers ('—' if not finite). */
    number(v) {
      if (!Number.isFinite(v)) return '—';
      const a = Math.abs(v);
      if (a !== 0 && (a < 1e-3 || a >= 1e5)) return timesTenTo(scientific.formatToParts(v));
      return fixed[a >= 100 ? 0 : a >= 1 ? 1 : 2].format(v);
    },
    /** A coordinate on the map, to 3 decimals (a racer at rest at 2e-5 is at 0). */
    coordinate(v) {
      if (!Number.isFinite(v)) return '—';
      return point.format(Math.abs(v) < 5e-4 ? 0 : v);
    },
  };
}

/** Sets every control to the config `params`. */
export function showRaceConfig(parts, params, t) {
  const r = t.race;
  const surface = params.get('surface');
  for (const name of choices('surface')) parts.surfaces.get(name).setAttribute('aria-pressed', String(name === surface));
  setText(parts.surfaceHelp, r.values.surfaceHelp[surface] ?? '');
  const racing = (params.get('racers') ?? '').split(',');
  for (const kind of choices('racers')) {
    const { row, toggle, inputs } = parts.racers.get(kind);
    const on = racing.includes(kind);
    toggle.checked = on;
    row.classList.toggle('off', !on);
    parts.standings.get(kind).row.hidden = !on;
    parts.legend.querySelector(`[data-key="${kind}"]`).hidden = !on;
    for (const [key, slider] of inputs) slider.show(Number(params.get(key)));
  }
}

/** The best steps computed from the surface's curvatures (`pg.best_steps()`), shown on a
 * quadratic surface only. */
export function showBestSteps(parts, best, t) {
  parts.best.hidden = !best;
  if (!best) return;
  const n = new Intl.NumberFormat(t.lang, { maximumSignificantDigits: 4 });
  const text = format(t.race.readouts.best, {
    min: n.format(best.lambdaMin), max: n.format(best.lambdaMax),
    sgd: n.format(best.sgdRate), rate: n.format(best.momentumRate), beta: n.format(best.momentum),
  });
  setText(parts.bestText, text);
}

/** Shows the numbers from `pg.stats()`; missing numbers show as a dash, never "NaN". */
export function showRaceStats(parts, stats, t, formats) {
  const r = t.race;
  setText(parts.steps, formats.whole.format(stats.epoch));
  const d = stats.domain;
  const ticks = [d.xMin, (d.xMin + d.xMax) / 2, d.xMax];
  [...parts.axis.children].forEach((span, i) => setText(span, formats.coordinate(ticks[i])));
  showStart(parts, stats.start, formats);
  const warnings = [];
  for (const racer of stats.racers) {
    const item = parts.standings.get(racer.kind);
    const vars = sentenceVars(racer, stats, t, formats);
    // RMSprop's and Adam's steps are divided by the gradient's size, so near the bottom they
    // stay about one learning rate long: they circle there rather than overshoot a valley.
    // That is how they behave, not a setting to fix: their legend line says it, the warnings
    // (a banner) do not.
    const hovering = racer.status === 'oscillating' && ADAPTIVE.includes(racer.kind) && racer.loss - stats.minValue < HOVER_GAP;
    const status = hovering ? 'hovering' : racer.status;
    setText(item.status, r.values.status[status] ?? status);
    setText(item.loss, format(r.readouts.loss, vars));
    // Before the first step the line tells where the path drawn on the map ends (the preview),
    // so dragging a slider shows its outcome at once.
    const ahead = stats.epoch === 0 ? stats.preview?.find((p) => p.kind === racer.kind) : null;
    const explain = ahead
      ? format(r.ahead[ahead.status] ?? r.ahead.running, { ...vars, steps: formats.whole.format(ahead.steps) })
      : format(r.explain[status] ?? racer.explanation, vars);
    setText(item.explain, explain);
    item.row.dataset.status = status;
    if (status === 'oscillating' || status === 'diverged') {
      warnings.push({ kind: racer.kind, status, text: format(r.warnings[status], vars) });
    }
  }
  if (stats.racers.length === 0) warnings.push({ kind: '', status: 'none', text: r.warnings.none });
  showWarnings(parts.warnings, warnings);
}

/** The start point in its two fields, unless one is being edited. */
function showStart(parts, start, formats) {
  if (parts.startX.matches(':focus') || parts.startY.matches(':focus')) return;
  const x = formats.coordinate(start.x);
  const y = formats.coordinate(start.y);
  if (parts.startX.value !== x) parts.startX.value = x;
  if (parts.startY.value !== y) parts.startY.value = y;
}

/** The numbers a status sentence may name, formatted for the page's language. */
function sentenceVars(racer, stats, t, formats) {
  return {
    name: t.values.opt[racer.kind] ?? racer.kind,
    loss: formats.number(racer.loss),
    x: formats.coordinate(racer.x),
    y: formats.coordinate(racer.y),
    steps: formats.whole.format(racer.steps),
    best: formats.number(stats.minValue),
    lr: formats.number(racer.learningRate),
  };
}

/** One paragraph per warning, rebuilt only when the sentences change. */
function showWarnings(node, warnings) {
  const key = warnings.map((w) => w.text).join('\n');
  if (node.dataset.key === key) return;
  node.dataset.key = key;
  node.replaceChildren(...warnings.map((w) => el('p', { 'data-kind': w.kind, 'data-status': w.status, text: w.text })));
}

/** Sets `node`'s text only if it differs. */
function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}
