// The full page's demo links: each switches the one widget to its mode (through the URL
// hash), marks itself as the current page, and the classifier link comes back.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPage, screenshot, settled, waitFor } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const modeOf = (page) =>
  page.locator('nn-playground').evaluate((e) => new URLSearchParams(e.config).get('mode') ?? 'classify');
const current = (page) => page.locator('nav a[aria-current="page"]').textContent();

test('the demo links switch the widget to each mode and back', async () => {
  const { page, errors, externalRequests } = await openPage(browser, 'index.html');
  await waitFor(() => page.locator('nn-playground').evaluate((e) => e.stats), (s) => s != null, 10);
  assert.equal(await current(page), 'Classifier');
  for (const [name, mode] of [
    ['GAN', 'gan'],
    ['Optimisers on a loss surface', 'race'],
    ['Curve fitting', 'curve'],
    ['Image fitting', 'image'],
    ['Guess the hidden part', 'inpaint'],
    ['Segment by painting', 'segment'],
    ['Digits', 'digits'],
    ['Balancing agent', 'agent'],
    ['A learned simulator', 'physics'],
    ['Learning a sound', 'sound'],
    ['Classifier', 'classify'],
  ]) {
    await page.locator('nav a', { hasText: name }).click();
    assert.equal(await waitFor(() => modeOf(page), (m) => m === mode, 10), mode, name);
    assert.equal(await current(page), name);
    const stats = await waitFor(() => page.locator('nn-playground').evaluate((e) => e.stats), (s) => s != null, 10);
    assert.ok(stats, `${name}: no frame drawn`);
    if (mode === 'race') {
      await settled(page.locator('nn-playground'));
      await screenshot(page, 'page-nav-race');
    }
  }
  assert.deepEqual(errors, []);
  assert.deepEqual(externalRequests, []);
  await page.close();
});
