// The element's DOM events, raised from the frames of whichever mode widget it shows:
// `ready` (the first frame is drawn; detail `{ ms }`, milliseconds since navigation start),
// `epoch` (the epoch count grew; detail `{ epoch, loss }`, at most once a frame) and
// `divergence` (training diverged; detail `{ reason, step }`).

/** Raises the events of `host` from each frame's stats. */
export class FrameEvents {
  #host;
  #readyAt = null;
  #epoch = null;
  #diverged = null;

  constructor(host) {
    this.#host = host;
  }

  /** When the first frame was drawn, in ms since navigation start (null before). */
  get readyAt() {
    return this.#readyAt;
  }

  /** Forgets the previous run (a new mode widget is shown); `ready` is not raised again. */
  restart() {
    this.#epoch = null;
    this.#diverged = null;
  }

  /** Called after each frame with the widget's `stats`. */
  frame(stats) {
    if (!stats) return;
    if (this.#readyAt === null) {
      this.#readyAt = performance.now();
      this.#emit('ready', { ms: this.#readyAt });
    }
    const epoch = Math.floor(epochOf(stats));
    if (this.#epoch !== null && epoch > this.#epoch) this.#emit('epoch', { epoch, loss: lossOf(stats) });
    this.#epoch = epoch;
    const diverged = stats.diverged ?? null;
    if (diverged !== null && this.#diverged === null) {
      this.#emit('divergence', { reason: diverged, step: stats.divergedAt ?? null });
    }
    this.#diverged = diverged;
  }

  #emit(type, detail) {
    this.#host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
  }
}

/** The count a mode advances (epochs; the GAN's iterations). */
function epochOf(stats) {
  return stats.epoch ?? stats.iterations ?? 0;
}

/** The main loss of a frame: the training loss, or a mode's own, or null. */
export function lossOf(stats) {
  for (const key of ['trainLoss', 'loss', 'gLoss']) {
    if (Number.isFinite(stats[key])) return stats[key];
  }
  return null;
}
