// The layout of www/ (README, Layout): each mode's code lives in www/modes/<mode>/ and never
// imports another mode's folder (what two modes share lives in shell/ or i18n/), and nothing
// outside www/modes/ imports a mode but the chunk loader shell/modes.js, so that a page loads
// a mode's code and strings only with that mode. Reads the import statements; no browser.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const WWW = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../www');
const MODES = path.join(WWW, 'modes');
/** The one module outside www/modes/ that may import a mode (the classifier eagerly, the
 * others as chunks). */
const LOADER = path.join(WWW, 'shell/modes.js');

/** Every .js file below `dir` but the generated pkg/. */
function jsFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === path.join(WWW, 'pkg') ? [] : jsFiles(full);
    return entry.name.endsWith('.js') ? [full] : [];
  });
}

/** The relative specifiers `file` imports or re-exports from (static and dynamic), resolved
 * to absolute paths. */
function imports(file) {
  const text = fs.readFileSync(file, 'utf8');
  const found = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;
  for (const match of text.matchAll(pattern)) found.push(path.resolve(path.dirname(file), match[2]));
  return found;
}

/** The mode folder `file` is in (`gan`, …), or null. */
function modeOf(file) {
  const rel = path.relative(MODES, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? null : rel.split(path.sep)[0];
}

const files = jsFiles(WWW);
const rel = (file) => path.relative(WWW, file);

test('www/ has the mode folders and the shell', () => {
  for (const dir of ['shell', 'i18n', 'embed', 'classroom', 'modes/classify', 'modes/gan', 'modes/race', 'modes/fit', 'modes/inpaint', 'modes/physics']) {
    assert.ok(fs.statSync(path.join(WWW, dir)).isDirectory(), `www/${dir}/ is missing`);
  }
  assert.ok(fs.existsSync(path.join(WWW, 'nn-playground.js')), 'the entry www/nn-playground.js is missing');
});

test('every relative import names a file that exists', () => {
  const missing = files.flatMap((file) => imports(file).filter((t) => !fs.existsSync(t)).map((t) => `${rel(file)} -> ${rel(t)}`));
  assert.deepEqual(missing, []);
});

test('a mode folder never imports another mode’s folder', () => {
  const crossing = files.flatMap((file) => {
    const mode = modeOf(file);
    if (!mode) return [];
    return imports(file).filter((t) => modeOf(t) && modeOf(t) !== mode).map((t) => `${rel(file)} -> ${rel(t)}`);
  });
  assert.deepEqual(crossing, [], 'move what two modes share down into www/shell/ or www/i18n/');
});

test('outside www/modes/, only the chunk loader imports a mode', () => {
  const reaching = files.flatMap((file) => {
    if (modeOf(file) || file === LOADER) return [];
    return imports(file).filter((t) => modeOf(t)).map((t) => `${rel(file)} -> ${rel(t)}`);
  });
  assert.deepEqual(reaching, [], 'the shell, i18n/, embed/ and classroom/ must not load a mode’s code or strings');
});
