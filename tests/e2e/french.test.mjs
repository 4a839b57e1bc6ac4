// Every French string of every table (www/**/strings*.js, loaded as the page loads them) is
// written as a French teacher writes it: a no-break space (U+00A0 or U+202F) before « : »,
// « ; », « ? » and « ! », a small letter after « : » (unless a proper noun), and « exactitude »
// for accuracy (« précision » is precision). Runs in Node, no browser: about 0.1 s.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const WWW = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'www');

/** Words that may follow « : » with a capital: names. */
const PROPER = new Set(['Réglages', 'Jensen–Shannon', 'Kullback–Leibler', 'KL', 'JS', 'L1', 'L2', 'Adam', 'RMSprop', 'Nesterov', 'SGD', 'ReLU', 'Chrome', 'Firefox', 'Safari', 'Edge', 'G', 'D', 'R²', 'CSV', 'PNG', 'JSON']);

/** What is wrong with `text` (one French string), as short reasons; none when all is well. */
export function frenchProblems(text) {
  const problems = [];
  if (/ [:;?!]/.test(text)) problems.push('a regular space before : ; ? !');
  if (/[\p{L}\p{N})»}][;?!]/u.test(text) || /[\p{L}\p{N})»}]:(\s|$)/u.test(text)) problems.push('no space before : ; ? !');
  for (const m of text.matchAll(/:[\s\u00a0\u202f]+([\p{Lu}][^\s,.;:)]*)/gu)) {
    if (!PROPER.has(m[1])) problems.push(`a capital after « : » (${m[1]})`);
  }
  if (/précision/i.test(text)) problems.push('« précision » for accuracy (say « exactitude »)');
  return problems;
}

/** Every strings*.js module under www/. */
function stringModules(dir = WWW) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pkg' ? [] : stringModules(file);
    return /^(.*-)?strings(-\w+)?\.js$/.test(e.name) ? [file] : [];
  });
}

/** [path, text] of every string in `value`. */
function leaves(value, at) {
  if (typeof value === 'string') return [[at, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, `${at}.${k}`));
  return [];
}

test('the rules catch what they are for', () => {
  assert.deepEqual(frenchProblems('Coût d’entraînement\u00a0: 0,3'), []);
  assert.deepEqual(frenchProblems('Au pas {step}\u202f: {what}\u00a0; encore\u00a0?'), []);
  assert.equal(frenchProblems('Coût : 0,3').length, 1);
  assert.equal(frenchProblems('Vraiment?').length, 1);
  assert.equal(frenchProblems('Coût: 0,3').length, 1);
  assert.equal(frenchProblems('Distance\u00a0: Elle monte').length, 1);
  assert.deepEqual(frenchProblems('Distance\u00a0: Jensen–Shannon'), []);
  assert.equal(frenchProblems('Précision de test').length, 1);
});

test('every French string has its no-break spaces, small letters after « : » and « exactitude »', async () => {
  const modules = stringModules();
  const { STRINGS } = await import(path.join(WWW, 'i18n', 'strings.js'));
  for (const file of modules) await import(file);
  const all = leaves(STRINGS.fr, 'fr');
  console.log(`${all.length} French strings from ${modules.length} modules`);
  assert.ok(all.length > 500, `only ${all.length} strings: a table did not load`);
  assert.ok(Object.keys(STRINGS.fr).includes('gan') && Object.keys(STRINGS.fr).includes('classroom'));
  const bad = all.flatMap(([at, text]) => frenchProblems(text).map((p) => `${at}: ${p}: ${text}`));
  assert.deepEqual(bad, []);
});

/** The modes whose counts were checked for singulars: their tables must write every count
 * through `plural` forms ({one, other}), never "{n} steps" after any number. */
const COUNTED_MODES = ['agent', 'physics', 'sound', 'segment', 'inpaint', 'digits', 'terrain'];

/** A placeholder followed by a noun in the plural ("{steps} steps", « {n} essais »): wrong for
 * 1 (and for 0 in French). Units (s, m/s, %, µs) and the value's own name are not counts. */
export function countProblems(text) {
  return [...text.matchAll(/\{\w+\}[\s\u00a0]+(\p{L}+(?:-\p{L}+)*)(?![\p{L}/])/gu)]
    .map((m) => m[1])
    .filter((word) => /[sx]$/.test(word) && !SAME_FOR_ONE.has(word))
    .map((word) => `a count before « ${word} »`);
}

/** Words after a number that are the same for one and many: units, and French nouns ending
 * in s (« 1 pas », « 1 sous-pas »). */
const SAME_FOR_ONE = new Set(['s', 'µs', 'ms', 'pas', 'sous-pas']);

test('counts take the singular for one (« 1 pas », "1 step") in both languages', async () => {
  const { STRINGS } = await import(path.join(WWW, 'i18n', 'strings.js'));
  const { plural } = await import(path.join(WWW, 'i18n', 'format.js'));
  for (const mode of COUNTED_MODES) await import(path.join(WWW, 'modes', mode, 'strings.js'));
  assert.deepEqual(countProblems('{n} attempts so far'), ['a count before « attempts »']);
  assert.deepEqual(countProblems('{attempts} so far'), []);
  assert.deepEqual(countProblems('{time} µs ({n} sub-steps)'), ['a count before « sub-steps »']);
  assert.deepEqual(countProblems('{time} µs ({n} sous-pas)'), []);
  const bad = [];
  const forms = [];
  for (const lang of ['en', 'fr']) {
    for (const mode of COUNTED_MODES) {
      assert.ok(STRINGS[lang][mode], `${lang}.${mode} loaded`);
      for (const [at, text] of leaves(STRINGS[lang][mode], `${lang}.${mode}`)) {
        // The forms of a count are made for it.
        if (!/\.(one|other)$/.test(at)) for (const p of countProblems(text)) bad.push(`${at}: ${p}: ${text}`);
        if (at.endsWith('.one')) forms.push([lang, at.slice(0, -4)]);
      }
    }
  }
  assert.deepEqual(bad, []);
  const table = (lang, at) => at.split('.').slice(1).reduce((o, k) => o[k], STRINGS[lang]);
  const agent = (lang) => STRINGS[lang].agent.counts;
  assert.equal(plural(agent('fr').steps, 1, 'fr'), '1 pas');
  assert.equal(plural(agent('fr').steps, 2, 'fr'), '2 pas');
  assert.equal(plural(agent('fr').attempts, 1, 'fr'), '1 essai');
  assert.equal(plural(agent('fr').attempts, 0, 'fr'), '0 essai');
  assert.equal(plural(agent('fr').attempts, 1234, 'fr', '1\u202f234'), '1\u202f234 essais');
  assert.equal(plural(agent('en').steps, 1, 'en'), '1 step');
  assert.equal(plural(agent('en').steps, 0, 'en'), '0 steps');
  assert.equal(plural(STRINGS.fr.segment.readouts.pixels, 1, 'fr'), '1 pixel peint');
  assert.ok(forms.length >= 12, `${forms.length} plural forms`);
  // Every {one, other} pair names the count {n} in both forms, and the singular differs from
  // the plural where the language marks it.
  for (const [lang, at] of forms) {
    const { one, other } = table(lang, at);
    assert.ok(one.includes('{n}') && other.includes('{n}'), `${at}: ${one} / ${other}`);
  }
});
