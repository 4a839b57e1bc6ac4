// What the element says about its own attributes: the `size` and `width` values it could not
// use (the `width` stylesheet when it could), and the list of ignored attributes shown beside
// the widget's own issues (its `#issues` area), built as DOM, never as HTML.

import { el } from '../shell/dom.js';
import { format } from '../i18n/format.js';
import { SIZES, WIDTH_RANGE, widthSheet } from './styles.js';

/** The stylesheets the `width` attribute of `host` asks for (none when absent or bad). */
export function sizeSheets(host) {
  const width = widthAttribute(host);
  return width ? [widthSheet(width)] : [];
}

/** The `width` attribute in pixels, or null when absent or out of WIDTH_RANGE. */
function widthAttribute(host) {
  const value = host.getAttribute('width');
  const px = Number(value?.trim().replace(/px$/, ''));
  const [min, max] = WIDTH_RANGE;
  return value != null && Number.isFinite(px) && px >= min && px <= max ? Math.round(px) : null;
}

/** The issues (`[string key, vars]`) of the `size` and `width` attributes of `host`. */
export function sizeIssues(host) {
  const issues = [];
  const size = host.getAttribute('size');
  if (size != null && !(size in SIZES)) issues.push(['badSize', { value: size }]);
  const width = host.getAttribute('width');
  if (width != null && widthAttribute(host) === null) {
    issues.push(['badWidth', { value: width, min: WIDTH_RANGE[0], max: WIDTH_RANGE[1] }]);
  }
  return issues;
}

/** Shows `issues` (`[key of the embed strings, vars]`) after the widget's issues area in
 * `root`, or at its top; nothing when there are none. */
export function showNotes(root, e, issues) {
  root.querySelector('#embed-issues')?.remove();
  if (issues.length === 0) return;
  const notes = el('div', { class: 'embed-issues', id: 'embed-issues', role: 'status' }, [
    el('p', { text: e.issuesTitle }),
    el('ul', {}, issues.map(([key, vars]) => el('li', { text: format(e[key], shortened(vars)) }))),
  ]);
  const anchor = root.querySelector('#issues');
  if (anchor) anchor.after(notes);
  else root.prepend(notes);
}

/** At most this many characters of an attribute's value are quoted back (as the config's
 * issues do): a 20 000-character `demo` or `controls` value is not repeated in full. */
const QUOTED = 40;

/** `vars` with the quoted values (`value`, `name`) cut to QUOTED characters and an ellipsis. */
function shortened(vars) {
  const out = { ...vars };
  for (const key of ['value', 'name']) {
    const v = out[key];
    if (typeof v === 'string' && [...v].length > QUOTED) out[key] = `${[...v].slice(0, QUOTED).join('')}…`;
  }
  return out;
}

/** Says that a TensorFlow Playground link (`tf`, the wasm's `tf_playground` answer) was
 * converted, that its random seed cannot be reproduced, and which of its pairs were not carried
 * over; removes the note when `tf` is null. */
export function showConversion(root, e, tf) {
  root.querySelector('#embed-tf-note')?.remove();
  if (!tf) return;
  const lines = [e.tfConverted];
  if (tf.unknown.length > 0) lines.push(format(e.tfNotCarried, shortened({ value: tf.unknown.join(', ') })));
  const note = el('div', { class: 'embed-issues', id: 'embed-tf-note', role: 'status' },
    lines.map((text) => el('p', { text })));
  const anchor = root.querySelector('#issues');
  if (anchor) anchor.after(note);
  else root.prepend(note);
}
