// The keyboard shortcuts' hint reaches assistive technology in every engine: through
// ElementInternals where it has ariaDescription (Chromium, Firefox), else through the host's
// aria-description attribute (WebKit), simulated here by removing the property.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPage } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function hintOf(initScript) {
  const { page, errors } = await openPage(browser, 'index.html', { initScript });
  await page.locator('nn-playground #play').waitFor();
  const attribute = await page.locator('nn-playground').evaluate((e) => e.getAttribute('aria-description'));
  await page.context().close();
  return { attribute, errors };
}

test('without ElementInternals.ariaDescription the host carries the hint as aria-description', async () => {
  const got = await hintOf(() => {
    delete ElementInternals.prototype.ariaDescription;
  });
  assert.equal(got.attribute, 'Press ? for the keyboard shortcuts.');
  assert.deepEqual(got.errors, []);
});

test('with ElementInternals.ariaDescription the page\'s element is left alone', async () => {
  const got = await hintOf(undefined);
  assert.equal(got.attribute, null);
  assert.deepEqual(got.errors, []);
});
