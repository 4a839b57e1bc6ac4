// Shows the agent's state in the controls built by controls.js: the config (URLSearchParams
// of the canonical query string from the wasm) and the numbers of `stats()`. Writes only
// textContent and attributes; holds no state.

import { format, plural } from '../../i18n/format.js';
import { el } from '../../shell/dom.js';

/** Number formats of the agent readouts in `lang` (decimal comma in French). */
export function agentFormats(lang) {
  return {
    whole: new Intl.NumberFormat(lang),
    one: new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
    two: new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }),
  };
}

/** Sets every control to the config `params`. */
export function showAgentConfig(parts, params, lang = 'en') {
  const hidden = params.get('aghidden') ?? '';
  if (![...parts.hidden.select.options].some((o) => o.value === hidden)) {
    parts.hidden.select.append(new Option(hidden, hidden));
  }
  parts.hidden.select.value = hidden;
  const lr = Number(params.get('aglr'));
  parts.lr.input.value = String(Math.log10(lr));
  parts.lr.output.textContent = lr.toLocaleString(lang);
  parts.batch.input.value = params.get('agbatch');
  parts.batch.output.textContent = params.get('agbatch');
}

/** Shows the numbers from `pg.stats()`. */
export function showAgentStats(parts, stats, t, f) {
  const a = t.agent;
  const s = stats.scene;
  setText(parts.steps, f.whole.format(stats.epoch));
  const count = (forms, n) => plural(forms, n, t.lang, f.whole.format(n));
  const vars = {
    steps: count(a.counts.steps, s.steps), x: f.two.format(s.x), angle: f.one.format(s.angle),
    speed: f.two.format(s.xDot), episode: f.whole.format(s.episodes),
  };
  setText(parts.readout, format(a.readouts.state, vars));
  setText(parts.steadySteps, f.whole.format(s.steps));
  setText(parts.angle, `${vars.angle}°`);
  setText(parts.lastTest, stats.lastTest == null ? '—' : f.whole.format(stats.lastTest));
  parts.readout.dataset.x = String(s.x);
  parts.readout.dataset.angle = String(s.angle);
  parts.readout.dataset.xDot = String(s.xDot);
  const ending = s.ending === 'running' ? (s.push !== 0 ? 'pushed' : 'running') : s.ending;
  setText(parts.sceneText, format(a.scene[ending], vars));
  parts.sceneText.dataset.ending = s.ending;
  const learnt = stats.firstBalanced != null
    ? format(a.readouts.balanced, { attempts: count(a.counts.attempts, stats.firstBalanced) })
    : stats.epoch === 0
      ? a.readouts.untrained
      : format(stats.lastTest == null ? a.readouts.noTest : a.readouts.learning, {
        attempts: count(a.counts.attempts, stats.epoch), test: stats.lastTest == null ? '' : count(a.counts.steps, stats.lastTest),
      });
  setText(parts.learnt, learnt);
  showGhosts(parts, stats.ghosts, t, count);
}

/** The legend of the past runs' faded curves: each run's settings (what differed from the
 * current ones) and its longest test, in the colour of its curve (rebuilt only when it changed). */
function showGhosts(parts, ghosts, t, count) {
  const a = t.agent.readouts;
  const lines = Array.from(ghosts ?? [], ([label, best], i) => format(a.ghost, { n: i + 1, label, best: count(t.agent.counts.steps, best) }));
  const key = lines.join('\n');
  if (parts.ghosts.dataset.shown === key) return;
  parts.ghosts.dataset.shown = key;
  const items = lines.map((text, i) => el('li', { class: `g${i}`, text }));
  parts.ghosts.replaceChildren(...(items.length ? [el('li', { class: 'title', text: a.ghosts }), ...items] : []));
}

function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}
