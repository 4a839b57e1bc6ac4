// Every string the playground shows, in one table keyed by language. Values are plain data:
// placeholders are written {name} and filled by `format` (format.js). The base strings
// (base-strings.js) are here from the start; each other part adds its own subtree when its
// module loads (addStrings): the element's `embed` strings, the classroom tools', the
// classifier's, and each other mode's with its chunk, so a page of classifiers never
// downloads the GAN's strings. To add a language, add a table with the same keys beside each
// English one (a missing key falls back to English, so a partial table still works).

import { BASE_EN, BASE_FR } from './base-strings.js';

const en = assign({}, BASE_EN);

/** The string tables, by language code (each holds what has been added so far). */
export const STRINGS = { en, fr: assign({}, BASE_FR) };

/**
 * Adds `tables` (`{ en: {…}, fr: {…} }`, by language code) to the tables, key by key: a
 * module's strings, added when it loads. A table asked for after this sees them.
 */
export function addStrings(tables) {
  for (const [code, table] of Object.entries(tables)) {
    STRINGS[code] = assign(STRINGS[code] ?? {}, table);
  }
}

/**
 * The language this page has strings for that is nearest to `lang`, in whatever form a site
 * writes it ("fr", "fr-FR", "fr_FR", "FR", " fr ", "fr-ca"): its primary subtag when there is
 * a table for it, English otherwise (also for garbage, "x-klingon" or nothing). Always a valid
 * language tag, so Intl never refuses it.
 */
export function languageOf(lang) {
  const primary = String(lang ?? '').trim().toLowerCase().split(/[-_\s]/)[0];
  return /^[a-z]{2,3}$/.test(primary) && Object.hasOwn(STRINGS, primary) ? primary : 'en';
}

/**
 * The table for `lang` (read by `languageOf`: "fr-CA" and "fr_FR" give French, an unknown
 * language English), with any key missing from a partial translation taken from English.
 */
export function strings(lang) {
  const table = STRINGS[languageOf(lang)];
  return table !== en ? merge(en, table) : en;
}

/** A new table: `base` with `over` merged in, key by key (same keys win in `over`). */
export function merge(base, over) {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    out[k] = v && typeof v === 'object' && typeof base[k] === 'object' ? merge(base[k], v) : v;
  }
  return out;
}

/** `over` merged into `target` itself, key by key, copying what it adds; returns `target`. */
function assign(target, over) {
  for (const [k, v] of Object.entries(over)) {
    const inner = v && typeof v === 'object';
    if (inner && target[k] && typeof target[k] === 'object') assign(target[k], v);
    else target[k] = inner ? assign({}, v) : v;
  }
  return target;
}
