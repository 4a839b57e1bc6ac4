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

/** Number formats for the readouts in `lang` (made once: constructing them is slow). */
export function numberFormats(lang) {
  return {
    whole: new Intl.NumberFormat(lang),
    // Losses, RMSE, R² and the bias: three decimals in the language's own notation.
    fixed: new Intl.NumberFormat(lang, { minimumFractionDigits: 3, maximumFractionDigits: 3, useGrouping: false }),
    // The GAN's KL readout: two decimals.
    fixed2: new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }),
    percent: new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 }),
  };
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
