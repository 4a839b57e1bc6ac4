// The Data section's DOM: the dataset picker (with thumbnails the wasm draws), the sliders,
// and the tools for the user's own points (add, erase, class or value, clear, CSV).

import { el, button, sliderField, helpText } from '../../shell/dom.js';
import { format } from '../../i18n/format.js';
import { datasets } from '../../shell/vocabulary.js';

/** Builds the section; fills `parts`. */
export function dataSection(t, on, parts) {
  const c = t.controls;
  parts.datasets = new Map();
  const slider = (key, range) => {
    const s = sliderField(key, c[key], range, (v) => on.set({ [key]: String(v) }));
    parts[key] = s;
    return s.field;
  };
  parts.regenerate = button('regenerate', c.regenerate, on.regenerate, parts.helps);
  const groups = t.values.dataGroups;
  return el('section', { class: 'data', 'aria-label': t.sections.data }, [
    el('h2', { text: t.sections.data }),
    datasetGroup(groups.classification, datasets('classification'), t, on, parts),
    datasetGroup(groups.regression, datasets('regression'), t, on, parts),
    datasetGroup(groups.custom, ['custom'], t, on, parts),
    slider('train', { min: 10, max: 90, step: 10 }),
    slider('noise', { min: 0, max: 50, step: 5 }),
    slider('batch', { min: 1, max: 30, step: 1 }),
    el('div', {}, [parts.regenerate]),
    pointTools(t, on, parts),
  ]);
}

/** A captioned group of dataset buttons, each with a thumbnail canvas drawn by the wasm. */
function datasetGroup(caption, names, t, on, parts) {
  const grid = el('div', { class: 'datasets', role: 'group', 'aria-label': caption });
  for (const name of names) {
    const canvas = el('canvas', { width: 128, height: 128, 'aria-hidden': 'true' });
    const help = `${t.values.data[name]}: ${t.values.dataHelp[name]}`;
    const b = el('button', {
      type: 'button', 'data-name': name, 'aria-pressed': 'false', title: help, 'data-help': help,
      'aria-label': help, onclick: () => on.set({ data: name }),
    }, [canvas, el('span', { class: 'label', text: t.values.data[name] })]);
    parts.datasets.set(name, { button: b, canvas });
    grid.append(b);
  }
  return el('div', { class: 'dataset-group', 'data-key': 'data' }, [el('div', { class: 'caption', text: caption }), grid]);
}

/** Drawing tools, the class swatches (or value slider), clear and CSV import/export. */
function pointTools(t, on, parts) {
  const c = t.controls;
  parts.toolAdd = button('tool-add', c.toolAdd, () => on.tool('add'), parts.helps, { 'aria-pressed': 'false' });
  parts.toolErase = button('tool-erase', c.toolErase, () => on.tool('erase'), parts.helps, { 'aria-pressed': 'false' });
  parts.swatches = el('div', { class: 'swatches', role: 'radiogroup', 'aria-label': c.pointClass.help });
  for (let k = 0; k < 5; k++) {
    const id = `class-${k}`;
    const label = format(c.pointClass.label, { n: k + 1 });
    parts.swatches.append(el('button', {
      type: 'button', id, class: `swatch c${k}`, role: 'radio', 'aria-checked': String(k === 0),
      'aria-label': label, title: c.pointClass.help, 'data-help': `${label}: ${c.pointClass.help}`,
      'data-class': k, onclick: () => on.pointClass(k),
    }));
  }
  const value = sliderField('point-value', c.pointValue, { min: -1, max: 1, step: 0.1 }, (v) => on.pointValue(v));
  parts.pointValue = value;
  parts.csvFile = el('input', { type: 'file', accept: '.csv,text/csv,text/plain', hidden: true, id: 'csv-file' });
  parts.clearPoints = button('clear-points', c.clearPoints, on.clearPoints, parts.helps);
  parts.importCsv = button('import-csv', c.importCsv, () => parts.csvFile.click(), parts.helps);
  parts.exportCsv = button('export-csv', c.exportCsv, on.exportCsv, parts.helps);
  parts.pointCount = el('span', { class: 'count', id: 'point-count' });
  parts.helps.append(helpText('help-swatches', c.pointClass.help));
  return el('div', { class: 'tools', role: 'group', 'aria-label': t.sections.yourData, 'data-key': 'points' }, [
    el('h3', { text: t.sections.yourData }),
    el('div', { class: 'row' }, [parts.toolAdd, parts.toolErase]),
    parts.swatches, value.field,
    el('div', { class: 'row' }, [parts.clearPoints, parts.importCsv, parts.exportCsv, parts.csvFile]),
    parts.pointCount,
  ]);
}
