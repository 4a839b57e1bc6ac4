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

test('a two-class set picked with three classes set says it shows two', async () => {
  const { page, errors } = await openPlayground(browser, '#data=spiral&classes=3');
  const w = page.locator('nn-playground');
  await w.locator('.datasets button[data-name="circle"]').click();
  const issues = await waitFor(() => w.locator('#issues').textContent(), (t) => t.includes('classes=3'), 5);
  assert.match(issues, /classes=3: the circle set is drawn with 2 classes only, so it shows 2/);
  assert.equal(await waitFor(() => w.evaluate((e) => e.stats?.classes), (k) => k === 2, 5), 2);
  assert.equal((await configOf(page)).get('data'), 'circle');
  // A set that draws three classes says nothing.
  await w.locator('.datasets button[data-name="spiral"]').click();
  assert.equal(await waitFor(() => w.locator('#issues').textContent(), (t) => t === '', 5), '');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the Plane and Bumps thumbnails leave problem=regression in the link, Circle classification', async () => {
  const { page, errors } = await openPlayground(browser);
  const w = page.locator('nn-playground');
  const problem = async () => new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('problem');
  for (const [name, want] of [['plane', 'regression'], ['circle', 'classification'], ['multigauss', 'regression']]) {
    await w.locator(`.datasets button[data-name="${name}"]`).click();
    assert.equal(await waitFor(problem, (p) => p === want, 5), want, name);
    assert.equal((await configOf(page)).get('data'), name);
  }
  assert.deepEqual(errors, []);
  await page.context().close();
});
