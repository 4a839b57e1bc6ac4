// The page modes besides the classifier: each is a widget class in its own module, loaded
// only when a widget shows that mode (so a page of classifiers never downloads them).
//
// A mode widget is built as `new Widget(host, root, t, api, { query, speed, fail })` (the
// element, its shadow root, the language's strings, the loaded wasm `{ module, build }`, the
// initial config, the `speed` attribute, and a callback that shows a fatal error) and offers:
// `config` (the settings as a query string), `playing`, `stats` (numbers of the last frame),
// `setPlaying(on)`, `step()`, `replaceConfig(query)`, `stop()` (for good), `suspend()` and
// `resume()` (the element left / re-entered the page). Its Reset button has the id `reset`
// (the r key presses it). Its `stats` object carries at least `epoch` (a count that grows as
// training advances: epochs, iterations, steps or passes, whatever the mode counts) and
// `diverged` (null while training is sound, else a short reason); after each frame it calls
// `options.onFrame?.(stats)` so that the element can raise its DOM events.

export const MODES = {
  gan: async () => (await import('./gan-widget.js')).GanWidget,
  curve: async () => (await import('./fit-widget.js')).CurveWidget,
  image: async () => (await import('./fit-widget.js')).ImageWidget,
};

/** The mode `query` asks for (`mode=` in it, read by the wasm `query_mode`), else the `demo`
 * attribute's when it names a mode, else the classifier. */
export function modeOf(module, query, demo) {
  const mode = module.query_mode(query);
  if (mode !== 'classify' || /(^|[#?&])mode=/.test(query)) return mode;
  return demo in MODES ? demo : 'classify';
}
