// ?debug=perf shows the frames drawn per second beside the main-thread time of a frame: a
// browser that paints slowly has short main-thread frames and few of them.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPage, waitFor } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const [name, path] of [['classifier', 'index.html?debug=perf'], ['race', 'index.html?debug=perf#mode=race']]) {
  test(`the ${name}'s perf readout shows frames per second`, async (t) => {
    const { page, errors } = await openPage(browser, path);
    await page.setViewportSize({ width: 1280, height: 800 });
    const perf = page.locator('nn-playground #perf');
    await perf.waitFor();
    await page.locator('nn-playground #play').click();
    const fps = await waitFor(async () => Number(await perf.getAttribute('data-fps') || NaN), (x) => x > 0, 15);
    t.diagnostic(`${fps} frames/s`);
    // Headless Chromium draws at most at its display rate; a frame a second would be a broken loop.
    assert.ok(fps > 1 && fps < 1000, `data-fps = ${fps}`);
    assert.match(await perf.textContent(), /^\d+ frames\/s; main-thread time per frame: \d+\.\d\d ms/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}
