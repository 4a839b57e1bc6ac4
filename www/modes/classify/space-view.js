// The hidden-space view's controls: which hidden layer and which two of its neurons; Rust
// draws the warped grid and the points while the view is open (and nothing while closed).

import { fillOptions } from '../../shell/dom.js';
import { format } from '../../i18n/format.js';

export class SpaceView {
  #t;
  #parts;
  #ops;
  #hidden = [];

  /** `ops`: `call(fn)`. */
  constructor(t, parts, ops) {
    this.#t = t;
    this.#parts = parts;
    this.#ops = ops;
  }

  /** Offers the layers and neurons of the network in `info`, keeping the choice if it
   * still exists. */
  show(info) {
    this.#hidden = Array.from(info.hidden);
    const p = this.#parts;
    const none = this.#hidden.length === 0;
    p.spaceNote.hidden = !none;
    p.space.hidden = none;
    for (const s of [p['space-layer'], p['space-a'], p['space-b']]) s.disabled = none;
    const layer = Math.min(Number(p['space-layer'].value || 0), Math.max(0, this.#hidden.length - 1));
    const names = this.#hidden.map((_, i) => [String(i), format(this.#t.space.layer, { n: i + 1 })]);
    fillOptions(p['space-layer'], names);
    p['space-layer'].value = String(layer);
    this.space();
  }

  /** Applies the current choice (after a change of a select or opening the view). */
  space() {
    const p = this.#parts;
    const layer = Number(p['space-layer'].value || 0);
    const width = this.#hidden[layer] ?? 0;
    this.#neurons(p['space-a'], width, 0);
    this.#neurons(p['space-b'], width, Math.min(1, width - 1));
    const [a, b] = [Number(p['space-a'].value), Number(p['space-b'].value)];
    const open = p.spaceDetails.open && width > 0;
    this.#ops.call((pg) => (open ? pg.show_space(layer, a, b) : pg.hide_space()));
  }

  /** Offers neurons 1…width in `select`, keeping its choice if it exists, else `fallback`. */
  #neurons(select, width, fallback) {
    const had = select.value !== '';
    const current = Number(select.value);
    if (select.options.length !== width) {
      fillOptions(select, Array.from({ length: width }, (_, i) => [String(i), format(this.#t.space.neuron, { n: i + 1 })]));
    }
    select.value = String(had && current < width ? current : Math.max(0, fallback));
  }
}
