// Which wasm build a browser gets (www/shell/wasm.js): without wasm SIMD, the repo's page (both
// builds) trains on the scalar build through the one shared copy of the bindings, and a site
// built from the default dist folder (SIMD build only) says why it cannot start. The dist
// folder's wasm, run through wasm-opt, trains bit for bit like the build it came from.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PLAY_URL, launch, screenshot, waitFor } from './helpers.mjs';

const SITE_URL = process.env.SITE_URL;
const DIST_DIR = process.env.DIST_DIR;

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** Opens `url` in a fresh context where `WebAssembly.validate` rejects every module, as a
 * browser without SIMD rejects the loader's SIMD probe; returns the page and its requests. */
async function openWithoutSimd(url) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    WebAssembly.validate = () => false;
  });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, requests };
}

test('without wasm SIMD the page trains on the scalar build', async () => {
  const { context, page, requests } = await openWithoutSimd(new URL('index.html', PLAY_URL).href);
  const widget = page.locator('nn-playground');
  await page.locator('nn-playground #epoch').waitFor();
  await widget.evaluate((w) => w.play());
  const epoch = await waitFor(() => widget.evaluate((w) => w.stats?.epoch ?? 0), (e) => e > 0, 5);
  assert.ok(epoch > 0, 'training advanced on the scalar build');
  assert.ok(requests.some((p) => p.endsWith('/pkg/scalar/classify_bg.wasm')), requests.join(' '));
  assert.ok(!requests.some((p) => p.endsWith('/pkg/simd/classify_bg.wasm')), 'the SIMD wasm was not fetched');
  assert.ok(requests.some((p) => p.endsWith('/pkg/simd/classify.js')), 'one copy of the bindings serves both');
  await context.close();
});

test('a site with only the SIMD build tells a browser without SIMD what to do', {
  skip: SITE_URL ? false : 'SITE_URL is not set (run through `cargo xtask test`)',
}, async () => {
  if (DIST_DIR) {
    assert.ok(!fs.existsSync(path.join(DIST_DIR, 'pkg/scalar')), 'the default dist folder has no scalar build');
  }
  const { context, page } = await openWithoutSimd(new URL('optimisation/', SITE_URL).href);
  const alerts = page.locator('nn-playground [role="alert"]');
  await waitFor(() => alerts.count(), (n) => n === 3, 5);
  for (const text of await alerts.allTextContents()) {
    // The lesson is in French: the page's language picks the message.
    assert.match(text, /n’exécute pas WebAssembly SIMD/);
    // Headless Chromium is told what to update in Chromium (the other platforms: no-simd.test).
    assert.match(text, /Chrome ou Edge à jour en version 91/);
  }
  await screenshot(page, 'site-no-simd');
  await context.close();
});

const PKG = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../www/pkg');

/** A small seeded stream of floats in [-scale/2, scale/2), the same for every call order. */
function floats(n, scale, state) {
  return Float32Array.from({ length: n }, () => {
    state.x = (Math.imul(state.x, 1103515245) + 12345) >>> 0;
    return (state.x / 2 ** 32 - 0.5) * scale;
  });
}

/** Parameter count of a dense net with these layer sizes (W then b per layer). */
const paramCount = (sizes) => sizes.slice(1).reduce((n, out, i) => n + sizes[i] * out + out, 0);

/** Trains the benchmark's MLP (50 epochs) and GAN (200 iterations) on `wasmFile` through the
 * SIMD build's bindings (a fresh module instance per `tag`); returns their outputs' bits. */
async function trainingBits(wasmFile, tag) {
  const m = await import(`${pathToFileURL(path.join(PKG, 'simd/bench.js')).href}?${tag}`);
  await m.default({ module_or_path: fs.readFileSync(wasmFile) });
  const s = { x: 7 };
  const mlp = new m.BenchMlp(new Uint32Array([2, 8, 8, 1]), floats(paramCount([2, 8, 8, 1]), 1, s),
    floats(500, 12, s), floats(250, 2, s), 10, 0.03, floats(800, 12, s));
  for (let e = 0; e < 50; e++) mlp.train_epoch();
  const [g, d] = [[2, 32, 32, 2], [2, 32, 32, 1]];
  const gan = new m.BenchGan(new Uint32Array(g), floats(paramCount(g), 1, s), new Uint32Array(d),
    floats(paramCount(d), 1, s), floats(1024, 4, s), floats(2048, 2, s), 64, 1e-3);
  for (let i = 0; i < 200; i++) gan.iteration();
  const out = [...Float32Array.from(mlp.eval_grid()), ...Float32Array.from(gan.generate(floats(128, 2, s)))];
  return new Uint32Array(Float32Array.from(out).buffer);
}

test('the dist folder\'s optimised wasm trains bit for bit like the build it came from', {
  skip: DIST_DIR ? false : 'DIST_DIR is not set',
}, async () => {
  // The benchmark's module is not shipped; dist optimises it as it does the shipped ones, into
  // target/wasm-opt-check/.
  const built = await trainingBits(path.join(PKG, 'simd/bench_bg.wasm'), 'built');
  const optimised = path.join(PKG, '../../target/wasm-opt-check/bench_bg.wasm');
  const shipped = await trainingBits(optimised, 'shipped');
  assert.equal(built.length, 400 + 128);
  assert.ok(built.some((bits) => bits !== built[0]), 'the outputs are not all equal');
  assert.deepEqual(shipped, built);
});
