// Every mode runs under the strict policy the README promises, sent as an HTTP header (not only
// a meta tag): no securitypolicyviolation and no console message while it plays, is resized,
// switches projector mode and saves a picture.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PLAY_URL, launch, showMore, waitFor } from './helpers.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const MODES = ['classify', 'gan', 'race', 'curve', 'image', 'inpaint', 'segment', 'digits', 'agent', 'physics', 'sound'];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const mode of MODES) {
  test(`the ${mode} demo is clean under a strict CSP header`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await context.route('**/fixtures/csp-mode.html*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': POLICY } });
    });
    await context.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.sourceFile}:${e.lineNumber}`));
    });
    const page = await context.newPage();
    const messages = [];
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    await page.goto(new URL(`tests/e2e/fixtures/csp-mode.html?demo=${mode}`, PLAY_URL).href);
    const widget = page.locator('#demo');
    await page.waitForFunction(() => document.getElementById('demo').stats !== null, null, { timeout: 15_000 });
    const frame = () => widget.evaluate((e) => e.stats?.frame ?? 0);
    const after = async (n) => {
      const from = await frame();
      await waitFor(frame, (f) => f >= from + n, 10);
    };
    // The segment mode trains on painted strokes only: two strokes, as the example course has.
    if (mode === 'segment') await widget.evaluate((e) => e.set('strokes=12AQA3AyA3.22AQAiAyAi'));
    await widget.evaluate((e) => e.play());
    await after(20);
    await page.setViewportSize({ width: 720, height: 900 });
    await after(10);
    await widget.locator('#projector').click();
    await after(10);
    await showMore(widget);
    const [download] = await Promise.all([page.waitForEvent('download'), widget.locator('#export-png').click()]);
    assert.match(download.suggestedFilename(), /\.png$/);
    await widget.locator('#projector').click();
    await after(10);
    assert.deepEqual(await page.evaluate(() => window.violations), [], 'policy violations');
    assert.deepEqual(messages, [], 'console messages');
    await context.close();
  });
}
