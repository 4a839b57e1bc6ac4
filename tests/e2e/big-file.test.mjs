// A file is checked for size before it is copied into the wasm memory (which never shrinks):
// a 100 MB "state file" is refused with the usual message, quickly, and the memory stays put.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { OUT_DIR, launch, openPlayground, waitFor } from './helpers.mjs';

const MB = 1024 * 1024;

let browser;
let big;
before(async () => {
  browser = await launch();
  fs.mkdirSync(OUT_DIR, { recursive: true });
  big = path.join(OUT_DIR, 'hundred-megabytes.json');
  // Sparse: 100 MB of zero bytes that take no time to write.
  const fd = fs.openSync(big, 'w');
  fs.ftruncateSync(fd, 100 * MB);
  fs.closeSync(fd);
});
after(async () => {
  await browser?.close();
  if (big) fs.rmSync(big, { force: true });
});

/** Bytes of the wasm memory of the classifier's module (the loader's shared instance). */
const wasmBytes = (page) => page.evaluate(async () => {
  const { loadWasm } = await import(new URL('www/shell/wasm.js', document.baseURI).href);
  return (await loadWasm('classify')).memory.buffer.byteLength;
});

test('a 100 MB state file is refused before it reaches the wasm memory', async (t) => {
  const { page, errors } = await openPlayground(browser);
  const widget = page.locator('nn-playground');
  const before = await wasmBytes(page);
  const started = Date.now();
  await widget.locator('#state-file').setInputFiles(big);
  const notice = await waitFor(() => widget.evaluate((e) => e.shadowRoot.textContent), (s) => /Could not open hundred-megabytes\.json/.test(s), 20);
  const seconds = (Date.now() - started) / 1000;
  assert.match(notice, /104857600 bytes|104[\s,.\u202f]?857[\s,.\u202f]?600 bytes/);
  const grown = (await wasmBytes(page)) - before;
  t.diagnostic(`refused in ${seconds.toFixed(1)} s; wasm memory ${before / MB} MB, grew by ${grown / MB} MB`);
  assert.ok(grown <= 10 * MB, `the wasm memory grew by ${grown / MB} MB`);
  assert.equal((await widget.evaluate((e) => e.stats)).epoch, 0, 'the run is untouched');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a 100 MB CSV file is refused by its size, with the usual message, and the points stay', async (t) => {
  const { page, errors } = await openPlayground(browser);
  const widget = page.locator('nn-playground');
  const before = await wasmBytes(page);
  const config = await widget.evaluate((e) => e.config);
  const csv = big.replace(/\.json$/, '.csv');
  fs.renameSync(big, csv);
  try {
    await widget.locator('#csv-file').setInputFiles(csv);
    const text = await waitFor(() => widget.evaluate((e) => e.shadowRoot.textContent), (s) => /hundred-megabytes\.csv/.test(s), 20);
    assert.match(text, /104[\s,.\u202f]?857[\s,.\u202f]?600 bytes/);
  } finally {
    fs.renameSync(csv, big);
  }
  const grown = (await wasmBytes(page)) - before;
  t.diagnostic(`wasm memory grew by ${grown / MB} MB`);
  assert.ok(grown <= 10 * MB, `the wasm memory grew by ${grown / MB} MB`);
  assert.equal(await widget.evaluate((e) => e.config), config, 'the settings and points are unchanged');
  assert.deepEqual(errors, []);
  await page.context().close();
});
