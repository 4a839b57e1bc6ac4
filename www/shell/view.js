// What every mode shows the same way: numbers in the page's language (readouts and selects of
// numbers), text set only when it changes, the notes about a link that was only partly
// understood, and the alert. Writes only textContent and attributes; no state.

import { el, fillOptions } from './dom.js';
import { issueText } from './messages.js';

/** Selects `value` in a select of numbers, adding it as an option if it is not offered;
 * the options read as numbers of `lang` (a decimal comma in French). */
export function numericSelect(select, value, offered, lang) {
  const n = Number(value);
  let option = [...select.options].find((o) => Number(o.value) === n);
  if (!option) {
    const values = [...new Set([...offered, value])].sort((a, b) => Number(a) - Number(b));
    fillOptions(select, values.map((v) => [v, v]));
    option = [...select.options].find((o) => Number(o.value) === n);
  }
  select.value = option.value;
  for (const o of select.options) {
    const text = Number(o.value).toLocaleString(lang, { maximumFractionDigits: 6 });
    if (o.textContent !== text) o.textContent = text;
  }
}

/** Number formats for the readouts in `lang` (made once: constructing them is slow). The
 * losses' formats write a number of a million or more in powers of ten ("6,24 × 10²⁴", never a
 * string of 25 digits). */
export function numberFormats(lang) {
  const scientific = new Intl.NumberFormat(lang, { notation: 'scientific', maximumSignificantDigits: 3, useGrouping: false });
  const bounded = (format) => ({
    format: (v) => (Math.abs(v) >= LARGE && Number.isFinite(v) ? timesTenTo(scientific.formatToParts(v)) : format.format(v)),
  });
  return {
    // Counts (epochs, steps): grouped digits, "1 234 567".
    whole: new Intl.NumberFormat(lang),
    // Losses, RMSE, R² and the bias: three decimals in the language's own notation.
    fixed: bounded(new Intl.NumberFormat(lang, { minimumFractionDigits: 3, maximumFractionDigits: 3, useGrouping: false })),
    // The GAN's KL readout: two decimals.
    fixed2: bounded(new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false })),
    percent: new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 }),
  };
}

/** From this size on, readouts use powers of ten. */
const LARGE = 1e6;

const SUPERSCRIPTS = { '-': '⁻', '−': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };

/** The parts of a number formatted in scientific notation, as read in class: "2,19 × 10⁻¹⁰"
 * (not "2,19E-10"). */
export function timesTenTo(parts) {
  const at = parts.findIndex((p) => p.type === 'exponentSeparator');
  const mantissa = parts.slice(0, at).map((p) => p.value).join('');
  const power = parts.slice(at + 1).map((p) => p.value).join('');
  return `${mantissa} × 10${[...power].map((c) => SUPERSCRIPTS[c] ?? c).join('')}`;
}

/** Sets `node`'s text only if it differs (most frames change few readouts). */
export function setText(node, text) {
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
    el('ul', {}, issues.map((issue) => el('li', { text: issueText(issue, t) }))),
  );
}

/** Shows an alert made of `lines` (none: hidden). */
export function showAlert(parts, lines) {
  parts.alert.replaceChildren(...lines.map((text) => el('p', { text })));
}
