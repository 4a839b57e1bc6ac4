// What each control does, as handlers over a small set of operations the element lends
// (`ops`): every settings change becomes a partial query for `pg.set_config`, so the Rust
// config stays the one source of truth (and validates everything).

import { MAX_LAYERS, MAX_NEURONS } from './controls.js';
import { layerSizes } from './view.js';

/** Neurons in a newly added hidden layer (as in TensorFlow Playground). */
const NEW_LAYER_WIDTH = 2;

/**
 * The handlers for buildControls. `ops`: `params()` (the current config, URLSearchParams),
 * `set(query)`, `run(fn)` (calls `fn(pg)`, then refreshes the view), `playing()`,
 * `setPlaying(on)`, `setSpeed(name)`.
 */
export function makeHandlers(ops) {
  const setPairs = (pairs) => ops.set(query(pairs));
  const setHidden = (sizes) => setPairs({ hidden: sizes.join(',') });
  const pausedRun = (fn) => {
    ops.setPlaying(false);
    ops.run(fn);
  };
  return {
    set: setPairs,
    togglePlay: () => ops.setPlaying(!ops.playing()),
    step: () => pausedRun((pg) => pg.step()),
    stepEpoch: () => pausedRun((pg) => pg.step_epoch()),
    reset: () => pausedRun((pg) => pg.reset()),
    regenerate: () => ops.run((pg) => pg.regenerate()),
    speed: (name) => ops.setSpeed(name),
    toggleFeature: (name) => setPairs({ features: toggled(ops.params().get('features'), name) }),
    addLayer: () => {
      const sizes = layerSizes(ops.params());
      if (sizes.length < MAX_LAYERS) setHidden([...sizes, NEW_LAYER_WIDTH]);
    },
    removeLayer: () => setHidden(layerSizes(ops.params()).slice(0, -1)),
    resizeLayer: (index, delta) => {
      const sizes = layerSizes(ops.params());
      sizes[index] = Math.min(MAX_NEURONS, Math.max(1, sizes[index] + delta));
      setHidden(sizes);
    },
  };
}

/** `pairs` as a query string (values percent-encoded; the Rust parser decodes them). */
function query(pairs) {
  return Object.entries(pairs)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

/** The feature list `list` ("x1,x2") with `name` switched on or off (never left empty). */
function toggled(list, name) {
  const active = list.split(',').filter(Boolean);
  const next = active.includes(name) ? active.filter((f) => f !== name) : [...active, name];
  return (next.length ? next : active).join(',');
}
