// How much one frame trains at each speed, and the clock that holds slow motion back to one
// step a second. Speed names are public API (the `speed` attribute).

/** By speed: (steps per epoch) → [most mini-batch steps, time budget in ms] for one frame. */
export const SPEEDS = {
  slow: () => [1, 8],
  step: () => [1, 8],
  epoch: (perEpoch) => [perEpoch, 12],
  epochs10: (perEpoch) => [perEpoch * 10, 12],
  max: () => [1e9, 10],
};

/** The time a frame may take in all, in ms: training gets what drawing leaves of it. */
const FRAME_BUDGET_MS = 12;
/** Training always gets at least this much of a frame, in ms. */
const MIN_TRAINING_MS = 1;

/** The training time of a frame: the speed's `budget`, but no more than what the frame
 * budget leaves after the views' recent drawing time (`stats.viewMs`, measured in Rust). */
export function trainingBudget(budget, stats) {
  return Math.max(MIN_TRAINING_MS, Math.min(budget, FRAME_BUDGET_MS - (stats?.viewMs ?? 0)));
}

/** Milliseconds between two steps, for speeds slower than one step a frame. */
const INTERVALS = { slow: 1000 };

/** Decides, frame by frame, whether a speed may train now (slow motion waits its turn). */
export class Pace {
  #last = -Infinity;

  /** Whether `speed` may train at time `now` (ms); if so, the time is noted. */
  due(speed, now) {
    const interval = INTERVALS[speed] ?? 0;
    if (now - this.#last < interval) return false;
    this.#last = now;
    return true;
  }

  /** Lets the next frame train at once (after a pause or a speed change). */
  restart() {
    this.#last = -Infinity;
  }
}
