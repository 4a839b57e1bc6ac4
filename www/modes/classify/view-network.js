// Shows the network's shape around the diagram: one header card per hidden layer (with its
// −/+ buttons, updated in place so a focused button keeps the focus), the header columns and
// the feature buttons sized to the diagram's columns, and the feature buttons' state.

import { el } from '../../shell/dom.js';
import { format, plural } from '../../i18n/format.js';
import { limits } from '../../shell/vocabulary.js';

/** Share of the input column left of the input nodes (the Rust layout puts their centres at
 * 0.72 of the column, so their left edges lie beyond this). */
const LABEL_SHARE = 0.42;

/** Updates the layer cards, columns and features for hidden layer `sizes`, `outputs` outputs
 * and the diagram's column widths (`columns`, shares of its width, from the wasm). */
export function showNetwork(parts, { sizes, columns, outputs }, active, t, on) {
  const lang = t.lang;
  parts.layerCount.textContent = plural(t.network.layers, sizes.length, lang);
  parts.addLayer.disabled = sizes.length >= limits('hidden').layers;
  parts.removeLayer.disabled = sizes.length === 0;
  const cards = parts.layers;
  while (cards.children.length > sizes.length) cards.lastElementChild.remove();
  while (cards.children.length < sizes.length) cards.append(layerCard(cards.children.length, t, on, parts.helps));
  sizes.forEach((size, i) => {
    const card = cards.children[i];
    // The count alone shows on a narrow card; the whole words are its title.
    const words = plural(t.network.neurons, size, lang);
    card.querySelector('.neurons .n').textContent = String(size);
    card.querySelector('.neurons .unit').textContent = words.replace(/^\S+/, '');
    card.title = `${format(t.network.layer, { n: i + 1 })}: ${words}`;
    card.querySelector('.minus').disabled = size <= 1;
    card.querySelector('.plus').disabled = size >= limits('hidden').width;
  });
  parts.noLayers.hidden = sizes.length > 0;
  // The header and the feature buttons follow the diagram's columns (the buttons cover the
  // names left of the input nodes; the nodes themselves are the canvas's).
  parts.columns.style.gridTemplateColumns = columns.map((c) => `minmax(0, ${c}fr)`).join(' ');
  parts.chipColumn.style.width = `${100 * LABEL_SHARE * columns[0]}%`;
  parts.outputHead.textContent = outputs > 1 ? plural(t.network.outputs, outputs, lang) : t.network.output;
  showFeatures(parts, active);
}

function showFeatures(parts, active) {
  for (const [name, chip] of parts.chips) {
    const on = active.includes(name);
    chip.setAttribute('aria-pressed', String(on));
    // The network needs at least one input: the last one on cannot be switched off.
    chip.disabled = on && active.length === 1;
  }
}

function layerCard(index, t, on, helps) {
  const c = t.controls;
  const n = index + 1;
  const pm = (cls, control, delta, symbol) => {
    const id = `layer-${n}-${cls}`;
    const help = format(control.help, { max: limits('hidden').width });
    if (!helps.querySelector(`#help-${id}`)) helps.append(el('span', { id: `help-${id}`, text: help }));
    return el('button', {
      type: 'button', class: cls, id, 'aria-label': format(control.label, { n }),
      title: help, 'aria-describedby': `help-${id}`,
      onclick: () => on.resizeLayer(index, delta), text: symbol,
    });
  };
  const name = format(t.network.layer, { n });
  return el('div', { class: 'layer', 'data-layer': n }, [
    el('span', { class: 'name' }, [
      el('span', { class: 'unit', text: name.replace(String(n), '').trim() }), el('span', { class: 'n', text: ` ${n}` }),
    ]),
    el('div', { class: 'pm', 'data-key': 'hidden' }, [pm('minus', c.removeNeuron, -1, '−'), pm('plus', c.addNeuron, 1, '+')]),
    el('span', { class: 'neurons' }, [el('span', { class: 'n' }), el('span', { class: 'unit' })]),
  ]);
}
