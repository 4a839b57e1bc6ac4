// What every config key accepts, as the wasm's key table says (`vocabulary()`: choices,
// limits, layer counts, read from the parser's own validation). The shell builds its selects,
// buttons and limits from it and repeats none of them. Read once, when the wasm has loaded.

let table = null;
let regression = [];

/** Takes the vocabulary of the loaded wasm `module` (the first call wins: it never changes). */
export function setVocabulary(module) {
  if (table) return;
  table = module.vocabulary();
  regression = module.regression_datasets();
}

function entry(key) {
  const found = table?.[key];
  if (!found) throw new Error(`the vocabulary has no key ${key} (or the wasm has not loaded)`);
  return found;
}

/** The names `key` accepts, in the key table's order (e.g. choices('act')). */
export function choices(key) {
  return [...entry(key).values];
}

/** The limits of `key`: `{ layers, width }` for a layer list, `{ min, max }` for a number. */
export function limits(key) {
  const e = entry(key);
  if (e.kind === 'widths') return { layers: e.layers, width: e.width };
  return { min: Number(e.min), max: Number(e.max) };
}

/** Every whole number `key` accepts, as strings (for a select of a small range). */
export function wholeRange(key) {
  const { min, max } = limits(key);
  return Array.from({ length: max - min + 1 }, (_, k) => String(min + k));
}

/** The generated datasets of `problem` ('classification' or 'regression'), in the key table's
 * order (your own points, `custom`, are not generated). */
export function datasets(problem) {
  const generated = choices('data').filter((name) => name !== 'custom');
  return generated.filter((name) => regression.includes(name) === (problem === 'regression'));
}
