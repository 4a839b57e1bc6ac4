// Shows the segmentation in the controls built by controls.js: the config (URLSearchParams of
// the wasm's query string), the labels and their colours, and the numbers of `stats()`.
// Writes only textContent and attributes; holds no state.

import { fillLegend } from '../../shell/legend.js';
import { format, plural } from '../../i18n/format.js';
import { showLabelButton, RATES, HIDDEN } from './controls.js';

/** Sets every control to the config `params`. */
export function showSegmentConfig(parts, params, s) {
  const scene = params.get('scene');
  for (const [name, b] of parts.scenes) b.setAttribute('aria-pressed', String(name === scene));
  parts.sfourier.checked = params.get('sfourier') === '1';
  selectValue(parts.shidden, params.get('shidden') ?? '', HIDDEN, (v) => v || s.values.hidden.none);
  selectValue(parts.slr, params.get('slr') ?? '', RATES, (v) => v);
}

/** Puts `select` at `value`, adding it as an option when the list lacks it (a link may give
 * any value the key accepts). */
function selectValue(select, value, offered, label) {
  if (![...select.options].some((o) => o.value === value)) {
    select.append(new Option(label(value), value));
  }
  if (select.value !== value) select.value = value;
  void offered;
}

/** Shows the labels (names as the wasm gives them) in `colours`, `chosen` pressed (−1: the
 * eraser), in the buttons and the legend. */
export function showLabels(parts, s, names, colours, chosen) {
  parts.labels.forEach((b, i) => {
    showLabelButton(b, s, i, names[i] == null ? null : labelName(s, names[i]), colours[i]);
    b.setAttribute('aria-pressed', String(i === chosen));
  });
  parts.eraser.setAttribute('aria-pressed', String(chosen === -1));
  fillLegend(parts.legend, [
    ...names.map((n, i) => ({ mark: 'area', colour: colours[i], text: `${i + 1} ${labelName(s, n)}`, key: n })),
    { mark: 'ring', colour: '#1f2328', text: s.legend.painted, key: 'painted' },
  ]);
  parts.keysNote.textContent = format(s.notes.keys, { k: names.length });
}

/** The label's name in the page's language. */
export function labelName(s, name) {
  return s.values.labels[name] ?? name;
}

/** Shows the numbers of `stats` (SegmentPlayground.stats). */
export function showSegmentStats(parts, stats, s, lang, names) {
  const whole = new Intl.NumberFormat(lang);
  const percent = new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const loss = new Intl.NumberFormat(lang, { maximumSignificantDigits: 3 });
  setText(parts.steps, whole.format(stats.epoch));
  setText(parts.accuracy, stats.uploaded ? '—' : stats.accuracy == null ? '—' : percent.format(stats.accuracy));
  parts.accuracy.title = stats.uploaded ? s.readouts.noAccuracy : s.readouts.accuracyHelp;
  setText(parts.loss, stats.loss == null ? '—' : loss.format(stats.loss));
  const count = (forms, n) => plural(forms, n, lang, whole.format(n));
  setText(parts.painted, format(s.readouts.painted, { pixels: count(s.readouts.pixels, stats.painted), strokes: count(s.readouts.strokes, stats.strokes) }));
  void names;
}

/** Says which labels have no stroke yet (`missing`: names in the page's language). */
export function showMissing(parts, s, missing) {
  setText(parts.missing, missing.length && !parts.painted.textContent.startsWith('0') ? format(s.notes.missing, { names: missing.join(', ') }) : '');
}

function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}
