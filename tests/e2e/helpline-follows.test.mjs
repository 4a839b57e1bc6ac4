// The help line follows a control whose label changes under the focus or the pointer (Play
// becoming Pause), without waiting for another pointer event: Firefox and WebKit send none.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPlayground, waitFor } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('pressing Play from the keyboard turns the help line into Pause\'s help', async () => {
  // More settings left closed: the pointer stays off the controls.
  const { page, errors } = await openPlayground(browser, '', { more: false });
  const widget = page.locator('nn-playground');
  const line = () => widget.locator('#helpline').textContent();
  await widget.locator('#play').focus();
  assert.equal(await waitFor(line, (s) => /Start training/.test(s), 5), 'Start training (space).');
  await page.keyboard.press('Enter');
  assert.equal(await widget.evaluate((e) => e.playing), true);
  assert.equal(await waitFor(line, (s) => /Pause training/.test(s), 5), 'Pause training (space).');
  await page.keyboard.press('Enter');
  assert.equal(await waitFor(line, (s) => /Start training/.test(s), 5), 'Start training (space).');
  assert.deepEqual(errors, []);
  await page.context().close();
});
