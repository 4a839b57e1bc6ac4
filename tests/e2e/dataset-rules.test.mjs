// The config keeps the dataset consistent with the problem and the class count: a script's
// `el.set(…)` and the control give the same config, because the rule lives in the config.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPlayground, configOf, waitFor } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The config after `act(page)`, once its `key` reads `value`; with no page error. */
async function configAfter(act, key, value) {
  const { page, errors } = await openPlayground(browser);
  await act(page);
  const config = await waitFor(() => configOf(page), (c) => c.get(key) === value, 5);
  assert.deepEqual(errors, []);
  await page.context().close();
  return config;
}

const byScript = (query) => (page) => page.locator('nn-playground').evaluate((e, q) => e.set(q), query);
const byControl = (key, value) => (page) =>
  page.locator(`nn-playground [data-key=${key}] select`).selectOption(value);

test('four classes on the circle switch to gauss, by script and by the control alike', async () => {
  const scripted = await configAfter(byScript('classes=4'), 'classes', '4');
  const clicked = await configAfter(byControl('classes', '4'), 'classes', '4');
  assert.equal(scripted.get('data'), 'gauss');
  assert.equal(scripted.toString(), clicked.toString());
});

test('regression on a generated set switches to the plane, by script and by the control alike', async () => {
  const scripted = await configAfter(byScript('problem=regression'), 'problem', 'regression');
  const clicked = await configAfter(byControl('problem', 'regression'), 'problem', 'regression');
  assert.equal(scripted.get('data'), 'plane');
  assert.equal(scripted.toString(), clicked.toString());
});
