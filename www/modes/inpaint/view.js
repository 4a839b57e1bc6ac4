// What the inpainting widget shows of its settings and numbers: the controls from the config,
// the readouts, the Reveal button and the verdict from the handle's stats.

import { format } from '../../i18n/format.js';
import { relabel } from '../../shell/dom.js';
import { fillOptions } from '../../shell/dom.js';
import { setText } from '../../shell/view.js';
import { hiddenLabel } from './controls.js';

/** Selects `value` in `select`, adding it (sorted) when a link carries one not offered. */
function showSelect(w, select, value, { numeric = true, label = null } = {}) {
  const same = (a, b) => (numeric ? Number(a) === Number(b) : a === b);
  if (![...select.options].some((o) => same(o.value, value))) {
    const values = [...JSON.parse(select.dataset.offered ?? '[]'), value];
    if (numeric) values.sort((a, b) => Number(a) - Number(b));
    fillOptions(select, values.map((v) => [v, label ? label(v) : numeric ? w.number(v) : v]));
  }
  select.value = [...select.options].find((o) => same(o.value, value)).value;
}

export function showInpaintConfig(w) {
  const { parts, params } = w;
  for (const [name, b] of parts.targets) b.setAttribute('aria-pressed', String(name === params.get('ptarget')));
  showSelect(w, parts.psize, params.get('psize'), { label: (n) => format(w.s.values.size, { n }) });
  for (const key of ['pfreq', 'pscale', 'plr', 'pbatch']) showSelect(w, parts[key], params.get(key));
  showSelect(w, parts.phidden, params.get('phidden'), { numeric: false, label: (v) => hiddenLabel(w, v) });
  parts.pact.value = params.get('pact');
  parts.popt.value = params.get('popt');
  parts.pbasis.value = params.get('pbasis');
  parts.pfourier.checked = params.get('pfourier') === '1';
  parts.pbasis.disabled = !parts.pfourier.checked;
  parts.pfreq.disabled = parts.pscale.disabled = !parts.pfourier.checked || parts.pbasis.value !== 'random';
}

export function showInpaintStats(w, stats) {
  const { parts } = w;
  const f = w.formats;
  setText(parts.epoch, f.whole.format(stats.epoch));
  const sound = stats.diverged == null;
  const num = (v) => (sound && Number.isFinite(v) ? f.error.format(v) : w.t.readouts.none);
  setText(parts.loss, num(stats.loss));
  setText(parts.inside, stats.revealed ? num(stats.inside) : '—');
  setText(parts.outside, stats.revealed ? num(stats.outside) : '—');
  setText(parts['mean-fill'], stats.revealed ? num(stats.meanFill) : '—');
  const pressed = String(stats.revealed);
  if (parts.reveal.getAttribute('aria-pressed') !== pressed) {
    parts.reveal.setAttribute('aria-pressed', pressed);
    relabel(parts.reveal, stats.revealed ? w.s.controls.hide : w.s.controls.reveal);
  }
  const n = w.s.notes;
  let verdict = n.beforeReveal;
  if (stats.revealed && sound && Number.isFinite(stats.inside)) {
    const vars = { inside: f.error.format(stats.inside), mean: f.error.format(stats.meanFill) };
    verdict = format(stats.inside < stats.meanFill ? n.better : n.worse, vars);
  }
  setText(parts.verdict, verdict);
}
