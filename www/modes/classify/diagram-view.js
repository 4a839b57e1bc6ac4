// The network diagram's pointer behaviour: hovering shows a neuron's or an input's map large
// in the output panel and a link's or bias's value in a tooltip; clicking an input switches
// it, clicking a link or a bias opens a small editor to type a new value (validated in Rust).
// On a touch screen, where a finger hovers nothing, a tap on a neuron or an input shows its map until
// the next tap (the feature names beside the inputs still switch them).

import { format } from '../../i18n/format.js';

/** Where the tooltip sits from the pointer, in CSS pixels. */
const TIP_OFFSET = 14;

export class DiagramView {
  #t;
  #parts;
  #ops;
  #editing = null;
  #opener = null;
  /** The neuron or input a touch tapped, shown until the next tap. */
  #pinned = null;
  /** Whether the last press on the diagram was a touch (a finger hovers nothing). */
  #touch = false;

  /** `ops`: `call(fn)` (runs `fn(pg)`, redraws; returns its result), `toggleFeature(name)`,
   * `setPlaying(on)`. */
  constructor(t, parts, ops) {
    this.#t = t;
    this.#parts = parts;
    this.#ops = ops;
    const canvas = parts.network;
    canvas.addEventListener('pointermove', (e) => {
      if (e.pointerType !== 'touch') this.#hover(e);
    });
    canvas.addEventListener('pointerleave', (e) => {
      if (e.pointerType !== 'touch') this.#leave();
    });
    canvas.addEventListener('pointerdown', (e) => {
      this.#touch = e.pointerType === 'touch';
    });
    canvas.addEventListener('click', (e) => this.#click(e));
    parts.editor.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#commit();
    });
    parts.editInput.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      this.close();
    });
  }

  /** The target under the pointer event `e` (hovering it), or null. */
  #targetAt(e) {
    const r = this.#parts.network.getBoundingClientRect();
    const [fx, fy] = [(e.clientX - r.left) / r.width, (e.clientY - r.top) / r.height];
    return this.#ops.call((pg) => pg.hover_at(fx, fy)) ?? null;
  }

  #hover(e) {
    const target = this.#targetAt(e);
    this.#showCaption(target);
    const tip = this.#parts.tip;
    const text = target ? this.#describe(target) : '';
    tip.hidden = !text;
    if (!text) return;
    tip.textContent = text;
    this.#place(tip, e);
  }

  #leave() {
    this.#ops.call((pg) => pg.hover_clear());
    this.#parts.tip.hidden = true;
    this.#showCaption(null);
  }

  #click(e) {
    const target = this.#targetAt(e);
    if (this.#touch && (target?.kind === 'neuron' || target?.kind === 'input')) {
      this.#pin(target, e);
      return;
    }
    if (this.#touch) this.#pin(null, e);
    if (target?.kind === 'input') this.#ops.toggleFeature(target.feature);
    else if (target?.kind === 'link' || target?.kind === 'bias') this.open(target, e);
  }

  /** Shows the tapped `target`'s map and tooltip (a second tap on it, or a tap elsewhere,
   * shows the output again). */
  #pin(target, e) {
    const same = target && this.#pinned && ['kind', 'layer', 'index', 'feature'].every((k) => target[k] === this.#pinned[k]);
    this.#pinned = same ? null : target;
    if (!this.#pinned) {
      this.#leave();
      return;
    }
    this.#hover(e);
  }

  /** The output panel's caption: which map it shows. */
  #showCaption(target) {
    const n = this.#t.network;
    let text = n.mapOutput;
    if (target?.kind === 'neuron') {
      const vars = { index: target.index + 1, layer: target.layer };
      text = format(target.output ? n.mapOutputNeuron : n.mapNeuron, vars);
    } else if (target?.kind === 'input') {
      text = format(n.mapFeature, { feature: this.#t.values.features[target.feature] });
    }
    if (this.#parts.mapCaption.textContent !== text) this.#parts.mapCaption.textContent = text;
  }

  /** The tooltip text for a hovered target. */
  #describe(target) {
    const n = this.#t.network;
    const value = Number.isFinite(target.value) ? target.value.toLocaleString(this.#t.lang, { minimumFractionDigits: 3, maximumFractionDigits: 3 }) : this.#t.readouts.none;
    switch (target.kind) {
      case 'input': {
        const feature = this.#t.values.features[target.feature];
        return format(n.inputTip, { feature, state: target.active ? n.off : n.on });
      }
      case 'neuron':
        return format(target.output ? n.outputTip : n.neuronTip, { index: target.index + 1, layer: target.layer });
      case 'link':
        return format(n.linkTip, { from: this.#source(target), to: this.#destination(target, target.to), value });
      default:
        return format(n.biasTip, { to: this.#destination(target, target.index), value });
    }
  }

  #source({ layer, from, feature }) {
    if (layer === 0) return this.#t.values.features[feature];
    return format(this.#t.network.neuronName, { index: from + 1, layer });
  }

  #destination({ layer, output }, index) {
    const n = this.#t.network;
    if (!output) return format(n.neuronName, { index: index + 1, layer: layer + 1 });
    return this.#parts.outputHead.textContent === n.output ? n.theOutput : format(n.outputName, { index: index + 1 });
  }

  /** Puts `node` next to the pointer of event `e`, inside the diagram. */
  #place(node, e) {
    const box = node.parentElement.getBoundingClientRect();
    const x = Math.min(e.clientX - box.left + TIP_OFFSET, box.width - 220);
    node.style.left = `${Math.max(0, x)}px`;
    node.style.top = `${Math.max(0, e.clientY - box.top + TIP_OFFSET)}px`;
  }

  /** Opens the editor for a link or bias `target` (its current `value`) near event `e`
   * (or near `e.currentTarget`, a button), pausing training. */
  open(target, e) {
    this.#ops.setPlaying(false);
    this.#editing = target;
    this.#opener = e.currentTarget instanceof HTMLElement && e.currentTarget.tagName === 'BUTTON' ? e.currentTarget : null;
    const { editor, editInput, editTitle, editError } = this.#parts;
    const what = target.kind === 'link'
      ? `${this.#source(target)} → ${this.#destination(target, target.to)}`
      : format(this.#t.network.biasTip.split(':')[0], { to: this.#destination(target, target.index) });
    editTitle.textContent = format(this.#t.network.editTitle, { what });
    editInput.value = Number.isFinite(target.value) ? String(Number(target.value.toPrecision(6))) : '';
    editError.textContent = '';
    editor.hidden = false;
    this.#parts.tip.hidden = true;
    if (this.#opener) {
      // Opened from a button (the output bias): by the output column, top right.
      editor.style.left = `${Math.max(0, editor.parentElement.clientWidth - editor.offsetWidth)}px`;
      editor.style.top = '0px';
    } else {
      this.#place(editor, e);
    }
    editInput.focus();
    editInput.select();
  }

  #commit() {
    const t = this.#editing;
    if (!t) return;
    const text = this.#parts.editInput.value;
    const problem = this.#ops.call((pg) => (t.kind === 'link'
      ? pg.edit_weight(t.layer, t.from, t.to, text)
      : pg.edit_bias(t.layer, t.index, text)));
    if (problem === '') this.close();
    else if (problem != null) this.#parts.editError.textContent = this.#t.network.errors[problem] ?? problem;
  }

  /** Closes the editor, giving the focus back to the button that opened it. */
  close() {
    this.#editing = null;
    this.#parts.editor.hidden = true;
    this.#opener?.focus();
    this.#opener = null;
  }
}
