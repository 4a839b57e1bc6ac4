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
    el('ul', {}, issues.map(([key, vars]) => el('li', { text: format(e[key], vars) }))),
  ]);
  const anchor = root.querySelector('#issues');
  if (anchor) anchor.after(notes);
  else root.prepend(notes);
}
