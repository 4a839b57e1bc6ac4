// Smoke test: the playground page loads from the local server with no errors and nothing
// fetched from another host, and both wasm builds are served the way browsers require.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PLAY_URL, launch, openPage, screenshot } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the page loads with no errors and no external requests', async () => {
  const { page, response, errors, externalRequests } = await openPage(browser, 'index.html');
  assert.equal(response.status(), 200);
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'smoke');
  assert.deepEqual(errors, []);
  assert.deepEqual(externalRequests, []);
});

test('both wasm builds of every module are served as valid application/wasm', async () => {
  for (const variant of ['simd', 'scalar']) {
    for (const module of ['classify', 'gan', 'race', 'fit', 'inpaint', 'segment', 'digits', 'terrain', 'agent', 'physics', 'sound']) {
      const name = `${variant}/${module}`;
      const res = await fetch(new URL(`www/pkg/${name}_bg.wasm`, PLAY_URL));
      assert.equal(res.status, 200, name);
      assert.equal(res.headers.get('content-type'), 'application/wasm', name);
      assert.ok(WebAssembly.validate(await res.arrayBuffer()), `${name} is not valid wasm`);
    }
  }
});
