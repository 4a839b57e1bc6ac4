// Shows the digits state in the controls built by controls.js: the config (URLSearchParams of
// the canonical query string from the wasm) and the numbers of `stats()`: steps, accuracy,
// losses, the pad's ten probabilities and the misclassified samples. Writes only textContent,
// attributes and the bars' widths (through the CSSOM); holds no state.

import { numericSelect, setText } from '../../shell/view.js';
import { format, plural } from '../../i18n/format.js';
import { OFFERED } from './controls.js';
import { el } from '../../shell/dom.js';

/** Number formats of the digits readouts in `lang`. */
export function digitsFormats(lang) {
  return {
    whole: new Intl.NumberFormat(lang),
    percent: new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }),
    loss: new Intl.NumberFormat(lang, { maximumFractionDigits: 3, minimumFractionDigits: 3 }),
  };
}

/** Sets every control to the config `params`. */
export function showDigitsConfig(parts, params, t) {
  if (document.activeElement !== parts.dghidden) parts.dghidden.value = params.get('dghidden') ?? '';
  parts.dgact.value = params.get('dgact');
  parts.dgopt.value = params.get('dgopt');
  for (const key of ['dglr', 'dgbatch', 'dgtrain']) numericSelect(parts[key], params.get(key), OFFERED[key], t.lang);
}

/** Shows the numbers from `pg.stats()`; missing numbers show as a dash, never "NaN". */
export function showDigitsStats(parts, stats, t, f) {
  const r = t.digits.readouts;
  setText(parts.steps, f.whole.format(stats.epoch));
  setText(parts.accuracy, stats.accuracy == null ? '—' : f.percent.format(stats.accuracy));
  setText(parts.testLoss, stats.testLoss == null ? '—' : f.loss.format(stats.testLoss));
  setText(parts.trainLoss, stats.trainLoss == null ? '—' : f.loss.format(stats.trainLoss));
  const count = (forms, n) => plural(forms, n, t.lang, f.whole.format(n));
  setText(parts.made, format(r.made, { train: count(r.trainDigits, stats.trainCount), test: count(r.testDigits, stats.testCount) }));
  const p = stats.probabilities;
  for (const [digit, { row, bar, value }] of parts.bars) {
    const v = p ? p[digit] : 0;
    bar.style.setProperty('--p', v.toFixed(4));
    setText(value, p ? f.percent.format(v) : '');
    row.classList.toggle('top', stats.guess === digit);
  }
  const guess = stats.guess == null ? r.empty : format(r.guess, { digit: stats.guess, p: f.percent.format(p[stats.guess]) });
  setText(parts.guess, guess);
  const wrong = stats.samples.filter((s) => s.predicted != null && s.predicted !== s.label).map((s) => `${s.label} → ${s.predicted}`);
  setText(parts.wrongList, format(r.wrong, { list: wrong.length ? wrong.join(', ') : r.none }));
  showGhosts(parts, stats.ghosts, r, f);
}

/** The legend of the past runs' faded curves: each run's settings (what differed from the
 * current ones) and its last test accuracy, in the colour of its curves (rebuilt only when it
 * changed). */
function showGhosts(parts, ghosts, r, f) {
  const lines = Array.from(ghosts ?? [], ([label, accuracy], i) => format(r.ghost, {
    n: i + 1, label, accuracy: accuracy == null ? '—' : f.percent.format(accuracy),
  }));
  const key = lines.join('\n');
  if (parts.ghosts.dataset.shown === key) return;
  parts.ghosts.dataset.shown = key;
  const items = lines.map((text, i) => el('li', { class: `g${i}`, text }));
  parts.ghosts.replaceChildren(...(items.length ? [el('li', { class: 'title', text: r.ghosts }), ...items] : []));
}
