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
