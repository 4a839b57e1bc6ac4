// The page modes: the classifier (always loaded) and the others, each a widget class in its
// own module, loaded only when a widget shows that mode (so a page of classifiers never
// downloads them); and the `demo` attribute's names for them.
//
// A mode widget is built as `new Widget(host, root, t, api, { query, speed, fail, onFrame })`
// (the element, its shadow root, the language's strings, the loaded wasm `{ module, build }`,
// the initial config, the `speed` attribute, a callback that shows a fatal error, and one
// called after each frame) and offers: `config` (the settings as a query string), `playing`,
// `stats` (numbers of the last frame), `setPlaying(on)`, `step()`, `replaceConfig(query)`,
// `stop()` (for good), `suspend()` and `resume()` (the element left / re-entered the page or
// the viewport; resume only restarts the loop, never playing); optionally `reset()`. Its
// Reset button has the id `reset` (the r key and the element's reset() press it when the
// widget has no reset()). Its `stats` object carries at least `epoch` (a count that grows as
// training advances: epochs, iterations, steps or passes, whatever the mode counts) and
// `diverged` (null while training is sound, else a short reason); after each frame it calls
// `options.onFrame?.(stats)` so that the element can raise its DOM events. Each control's
// wrapper carries `data-key` (its config key, or a button's id), so that the attributes
// controls, hide and lock work in every mode (embed/controls.js).

import { ClassifyWidget } from '../modes/classify/widget.js';

export const MODES = {
  gan: async () => (await import('../modes/gan/widget.js')).GanWidget,
  race: async () => (await import('../modes/race/widget.js')).RaceWidget,
  curve: async () => (await import('../modes/fit/widget.js')).CurveWidget,
  image: async () => (await import('../modes/fit/widget.js')).ImageWidget,
  inpaint: async () => (await import('../modes/inpaint/widget.js')).InpaintWidget,
  segment: async () => (await import('../modes/segment/widget.js')).SegmentWidget,
  digits: async () => (await import('../modes/digits/widget.js')).DigitsWidget,
  terrain: async () => (await import('../modes/terrain/widget.js')).TerrainWidget,
  agent: async () => (await import('../modes/agent/widget.js')).AgentWidget,
  physics: async () => (await import('../modes/physics/widget.js')).PhysicsWidget,
  sound: async () => (await import('../modes/sound/widget.js')).SoundWidget,
};

/** The wasm module of each mode (a crate under wasm/, named after the mode's folder in
 * www/modes/): a page downloads the modules of the modes it shows and no other. */
const MODULE_OF = { classify: 'classify', gan: 'gan', race: 'race', curve: 'fit', image: 'fit', inpaint: 'inpaint', segment: 'segment', digits: 'digits', terrain: 'terrain', agent: 'agent', physics: 'physics', sound: 'sound' };

/** The name of the wasm module that `mode`'s widget drives (shell/wasm.js `loadWasm`). */
export function moduleOf(mode) {
  return MODULE_OF[mode] ?? MODULE_OF.classify;
}

/** The mode `query` and the `demo` attribute ask for, read before any wasm is loaded (to know
 * which module to load): the last `mode=` pair when it names a mode with a widget, else the
 * demo's mode, else the classifier. The wasm's reading (`resolveDemo`) has the last word. */
export function expectedMode(query, demoAttribute) {
  const pairs = String(query ?? '').replace(/^[#?]/, '').split('&');
  const asked = pairs.filter((pair) => pair.startsWith('mode=')).map((pair) => pair.slice(5)).pop();
  if (asked !== undefined) return asked in MODES ? asked : 'classify';
  const demo = demoAttribute?.trim().toLowerCase();
  return demo in MODES ? demo : 'classify';
}

/** Demo names that show the classifier, with the settings each adds where the config has
 * none of its own. */
const CLASSIFIER_DEMOS = { classify: '', regress: 'data=plane' };

/** Every name the `demo` attribute accepts. */
export function knownDemos() {
  return [...Object.keys(CLASSIFIER_DEMOS), ...Object.keys(MODES)];
}

/** The widget class of `mode` (`classify` or a key of MODES). */
export async function widgetClass(mode) {
  return mode === 'classify' ? ClassifyWidget : MODES[mode]();
}

/** The mode `query` asks for (`mode=` in it, read by the wasm `query_mode`), else the `demo`
 * attribute's when it names a mode, else the classifier. */
export function modeOf(module, query, demo) {
  const mode = module.query_mode(query);
  if (mode !== 'classify' || /(^|[#?&])mode=/.test(query)) return mode;
  return demo in MODES ? demo : 'classify';
}

/**
 * What to show for the config `query` and the `demo` attribute: `{ mode, query, issues, tf }`,
 * the query completed for that mode, `issues` a list of `[string key, vars]` (in the
 * `embed` strings) for a demo name nobody knows or a mode this build has no widget for, and
 * `tf` the conversion of a TensorFlow Playground link (the wasm's `tf_playground`) or null.
 */
export function resolveDemo(module, query, demoAttribute) {
  const demo = demoAttribute ? demoAttribute.trim().toLowerCase() : null;
  const issues = [];
  // A TensorFlow Playground link is read as our settings (the core converts it).
  const tf = module.tf_playground?.(query) ?? null;
  if (tf) query = tf.query;
  if (demo && !knownDemos().includes(demo)) {
    issues.push(['unknownDemo', { value: demoAttribute, known: knownDemos().join(', ') }]);
  }
  let mode = modeOf(module, query, demo);
  if (mode !== 'classify' && !(mode in MODES)) {
    issues.push(['unavailableMode', { mode }]);
    mode = 'classify';
    query = query.split('&').filter((pair) => !pair.startsWith('mode=')).join('&');
  }
  if (mode === 'classify') query = withDefaults(query, CLASSIFIER_DEMOS[demo] ?? '');
  else if (module.query_mode(query) !== mode) query = `mode=${mode}&${query}`;
  return { mode, query, issues, tf };
}

/** `query` with the pairs of `defaults` whose keys it lacks put in front. */
function withDefaults(query, defaults) {
  const has = new Set(query.split('&').map((pair) => pair.split('=')[0]));
  const extra = defaults.split('&').filter((pair) => pair && !has.has(pair.split('=')[0]));
  return [...extra, query].filter(Boolean).join('&');
}
