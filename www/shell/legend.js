// The legend under each mode's main picture: one compact wrapping row saying what each colour
// and mark means, fed by the mode's strings. Its colours are CSS values (the mode's variables,
// e.g. `var(--real)`), set through the CSSOM as `--c` on each mark (CSP-safe: no style
// attribute). LEGEND_CSS is its one rule set, appended to the shared sheet in styles.js.

import { el } from './dom.js';

/**
 * A legend row with `label` (its accessible name) and `items`, each `{ mark, colour, text, key }`:
 * `mark` is 'dot' (a point: filled, with a white ring, or `ring` for the ring's colour), 'line'
 * (a curve), 'area' (a shaded region), 'ring' (an open circle) or
 * 'none' (a title for the items after it); `colour` a CSS colour or gradient;
 * `key` (optional) names the item (`data-key`), so a mode can hide it.
 */
export function plotLegend(label, items) {
  return el('ul', { class: 'plot-legend', id: 'plot-legend', 'aria-label': label }, items.map(legendItem));
}

/** Replaces the items of the legend `list` (made by `plotLegend`) by `items`. */
export function fillLegend(list, items) {
  list.replaceChildren(...items.map(legendItem));
}

function legendItem({ mark, colour, ring, text, key }) {
  const swatch = el('span', { class: `mark ${mark}`, 'aria-hidden': 'true' });
  swatch.style.setProperty('--c', colour);
  if (ring) swatch.style.setProperty('--ring', ring);
  return el('li', { 'data-key': key }, [swatch, el('span', { text })]);
}

export const LEGEND_CSS = `
.plot-legend {
  display: flex; flex-wrap: wrap; align-items: center; gap: 0 10px; margin: 2px 0 0; padding: 0;
  list-style: none; font-size: 13px; line-height: 20px; color: var(--ink);
}
.plot-legend li { display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; max-width: 100%; }
/* An entry longer than the legend's line (large type on a phone) wraps within itself. */
.plot-legend li > span:last-child { white-space: normal; min-width: 0; }
.plot-legend .mark { flex: none; display: inline-block; }
.plot-legend .dot { width: 11px; height: 11px; border-radius: 50%; background: var(--c); border: 2px solid var(--ring, #fff); box-shadow: 0 0 0 1px #8c959f; }
.plot-legend .ring { width: 11px; height: 11px; border-radius: 50%; border: 2px solid var(--c); }
.plot-legend .line { width: 18px; height: 3px; border-radius: 2px; background: var(--c); }
.plot-legend .area { width: 14px; height: 12px; border-radius: 2px; background: var(--c); }
.plot-legend .none { display: none; }
.projector .plot-legend { font-size: 20px; line-height: 28px; gap: 0 18px; }
.projector .plot-legend .dot, .projector .plot-legend .ring { width: 17px; height: 17px; }
.projector .plot-legend .line { width: 28px; height: 5px; }
.projector .plot-legend .area { width: 20px; height: 18px; }
`;
