// The network section's DOM: add/remove layer buttons, a header row (features, one card per
// hidden layer with its −/+ buttons, output) over the diagram canvas the wasm draws, the
// feature buttons laid over the diagram's input column, a tooltip and the value editor.

import { el, button, helpText } from '../../shell/dom.js';
import { choices, limits } from '../../shell/vocabulary.js';

/** Builds the section; fills `parts`. */
export function networkSection(t, on, parts) {
  const c = t.controls;
  const help = (control) => ({ ...control, help: control.help.replace('{max}', limits('hidden').layers) });
  parts.addLayer = button('add-layer', help(c.addLayer), on.addLayer, parts.helps);
  parts.removeLayer = button('remove-layer', c.removeLayer, on.removeLayer, parts.helps);
  parts.layerCount = el('span', { class: 'count', id: 'layer-count' });
  parts.layers = el('div', { class: 'layers', id: 'layers' });
  parts.featuresHead = el('div', { class: 'col-head', text: t.network.features });
  parts.outputHead = el('div', { class: 'col-head out', id: 'output-head', text: t.network.output });
  parts.columns = el('div', { class: 'columns' }, [parts.featuresHead, parts.layers, parts.outputHead]);
  parts.noLayers = el('p', { class: 'note', text: t.network.none, hidden: true });
  return el('section', { class: 'network', 'aria-label': t.sections.network }, [
    el('h2', { text: t.sections.network }),
    el('div', { class: 'layer-count', 'data-key': 'hidden' }, [parts.removeLayer, parts.addLayer, parts.layerCount]),
    parts.noLayers,
    parts.columns,
    diagram(t, on, parts),
  ]);
}

/** The diagram: canvas, the feature buttons over its input column, tooltip and editor. */
function diagram(t, on, parts) {
  parts.network = el('canvas', { class: 'network-canvas', role: 'img', 'aria-label': t.help.diagram, 'data-help': t.help.diagram });
  parts.chips = new Map();
  const chips = el('div', { class: 'chips', role: 'group', 'aria-label': t.controls.features.label,
    'aria-describedby': 'help-features', 'data-key': 'features' });
  for (const name of choices('features')) {
    const label = t.values.features[name];
    const b = el('button', { type: 'button', 'data-name': name, 'aria-pressed': 'false',
      'data-help': `${label}: ${t.controls.feature.help}`, onclick: () => on.toggleFeature(name) },
    [el('span', { class: 'label', text: label })]);
    parts.chips.set(name, b);
    chips.append(b);
  }
  parts.chipColumn = chips;
  parts.helps.append(helpText('help-features', t.controls.features.help));
  parts.tip = el('div', { class: 'tip', id: 'tip', role: 'status', hidden: true });
  return el('div', { class: 'diagram' }, [parts.network, chips, parts.tip, editor(t, parts)]);
}

/** The small form in which a new weight or bias is typed. */
function editor(t, parts) {
  const c = t.controls.editValue;
  parts.editTitle = el('label', { for: 'edit-value', class: 'title' });
  parts.editInput = el('input', {
    id: 'edit-value', type: 'text', inputmode: 'decimal', autocomplete: 'off',
    'aria-describedby': 'help-edit-value edit-error', spellcheck: 'false',
  });
  parts.editError = el('p', { class: 'error', id: 'edit-error', 'aria-live': 'assertive' });
  parts.helps.append(helpText('help-edit-value', c.help));
  parts.editor = el('form', { class: 'editor', id: 'editor', hidden: true }, [
    parts.editTitle, parts.editInput, parts.editError,
  ]);
  return parts.editor;
}
