// Shows the terrain state in the controls built by controls.js: the config (URLSearchParams
// of the wasm's query string) in the sliders and the pad's description, the legend of the
// relief's colours (from the wasm), and the numbers of `stats()`. Holds no state.

import { fillLegend } from '../../shell/legend.js';
import { format } from '../../i18n/format.js';

/** Number formats of the readouts in `lang`. */
export function terrainFormats(lang) {
  const make = (digits) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: digits, useGrouping: false });
  return { whole: new Intl.NumberFormat(lang), two: make(2), one: make(1) };
}

/** Sets the sliders, the pad's value text and the legend to the config `params`. */
export function showTerrainConfig(parts, params, legend, t, formats) {
  const r = t.terrain;
  for (const [key, f] of parts.sliders) {
    const v = Number(params.get(key));
    if (!Number.isFinite(v)) continue;
    if (Math.abs(Number(f.input.value) - v) > 1e-9 && !f.input.matches(':active')) f.input.value = String(v);
    setText(f.output, key === 'turn' ? `${formats.whole.format(v)}°` : formats.two.format(v));
  }
  const point = format(r.readouts.point, { x: formats.two.format(Number(params.get('lx'))), y: formats.two.format(Number(params.get('ly'))) });
  setText(parts.point, point);
  parts.pad.setAttribute('aria-valuetext', point);
  parts.pad.setAttribute('aria-valuenow', params.get('lx'));
  const key = legend.map((b) => `${b.key}${b.colour}`).join();
  if (parts.legend.dataset.key !== key) {
    parts.legend.dataset.key = key;
    fillLegend(parts.legend, legend.map((b) => ({ mark: 'area', colour: b.colour, text: r.values.legend[b.key] ?? b.key, key: b.key })));
  }
}

/** Shows the numbers from `pg.stats()` (a dash where one is missing). */
export function showTerrainStats(parts, stats, t, formats) {
  const r = t.terrain;
  setText(parts.steps, formats.whole.format(stats.epoch));
  const n = (v) => (Number.isFinite(v) ? formats.one.format(v) : '—');
  setText(parts.recon, stats.epoch === 0 ? '—' : n(stats.recon));
  setText(parts.kl, stats.epoch === 0 ? '—' : n(stats.kl));
  setText(parts.loss, stats.epoch === 0 ? r.readouts.untrained : '');
  const h = (v) => (Number.isFinite(v) ? formats.two.format(v) : '—');
  setText(parts.heights, format(r.readouts.heights, { low: h(stats.low), high: h(stats.high) }));
  const warning = stats.diverged ? r.warnings.diverged : '';
  if (parts.warnings.textContent !== warning) parts.warnings.textContent = warning;
}

function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}
