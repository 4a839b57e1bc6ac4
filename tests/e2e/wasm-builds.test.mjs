// Which wasm build a browser gets (www/wasm.js): without wasm SIMD, the repo's page (both
// builds) trains on the scalar build through the one shared copy of the bindings, and a site
// built from the default dist folder (SIMD build only) says why it cannot start.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
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
  assert.ok(requests.some((p) => p.endsWith('/pkg/scalar/nnplay_bg.wasm')), requests.join(' '));
  assert.ok(!requests.some((p) => p.endsWith('/pkg/simd/nnplay_bg.wasm')), 'the SIMD wasm was not fetched');
  assert.ok(requests.some((p) => p.endsWith('/pkg/simd/nnplay.js')), 'one copy of the bindings serves both');
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
    assert.match(text, /Safari 16\.4/);
  }
  await screenshot(page, 'site-no-simd');
  await context.close();
});
