// What each control does, as handlers over a small set of operations the element lends
// (`ops`): every settings change becomes a partial query for `pg.set_config`, so the Rust
// config stays the one source of truth (and validates everything). The page tools (drawing,
// editing, charts, saving: tools.js) get their handlers forwarded once they exist.

import { limits } from '../../shell/vocabulary.js';
import { query } from '../../shell/mode-widget.js';

/** Neurons in a newly added hidden layer (as in TensorFlow Playground). */
const NEW_LAYER_WIDTH = 2;
/** Handlers the page tools (tools.js) implement. */
const TOOL_HANDLERS = [
  'tool', 'pointClass', 'pointValue', 'clearPoints', 'exportCsv', 'copyLink', 'copyEmbed', 'saveState',
  'editOutputBias', 'logScale', 'space',
];

/**
 * The handlers for buildControls. `ops`: `params()` (the current config, URLSearchParams),
 * `info()` (`pg.info()` of it), `set(query)`, `run(fn)` (calls `fn(pg)`, then refreshes the
 * view), `playing()`, `setPlaying(on)`, `setSpeed(name)`, `tools()` (the page tools or null).
 */
export function makeHandlers(ops) {
  const setPairs = (pairs) => ops.set(query(pairs));
  const setHidden = (sizes) => setPairs({ hidden: sizes.join(',') });
  const pausedRun = (fn) => {
    ops.setPlaying(false);
    ops.run(fn);
  };
  const handlers = {
    set: setPairs,
    togglePlay: () => ops.setPlaying(!ops.playing()),
    step: () => pausedRun((pg) => pg.step()),
    stepEpoch: () => pausedRun((pg) => pg.step_epoch()),
    reset: () => pausedRun((pg) => pg.reset()),
    newWeights: () => pausedRun((pg) => pg.new_weights()),
    regenerate: () => ops.run((pg) => pg.regenerate()),
    speed: (name) => ops.setSpeed(name),
    toggleFeature: (name) => setPairs({ features: toggled(ops.params().get('features'), name) }),
    // The config switches the dataset when the problem or the class count asks for it.
    setProblem: (problem) => setPairs({ problem }),
    setClasses: (classes) => setPairs({ classes }),
    addLayer: () => {
      const sizes = layerSizes(ops.params());
      if (sizes.length < limits('hidden').layers) setHidden([...sizes, NEW_LAYER_WIDTH]);
    },
    removeLayer: () => setHidden(layerSizes(ops.params()).slice(0, -1)),
    resizeLayer: (index, delta) => {
      const sizes = layerSizes(ops.params());
      sizes[index] = Math.min(limits('hidden').width, Math.max(1, sizes[index] + delta));
      setHidden(sizes);
    },
  };
  for (const name of TOOL_HANDLERS) handlers[name] = (...args) => ops.tools()?.[name](...args);
  return handlers;
}

/** The hidden layer widths in `params` (an empty list when there is no hidden layer). */
export function layerSizes(params) {
  const hidden = params.get('hidden') ?? '';
  return hidden === '' ? [] : hidden.split(',').map(Number);
}

/** The feature list `list` ("x1,x2") with `name` switched on or off (never left empty). */
function toggled(list, name) {
  const active = list.split(',').filter(Boolean);
  const next = active.includes(name) ? active.filter((f) => f !== name) : [...active, name];
  return (next.length ? next : active).join(',');
}
