// "New weights" and "Regenerate" draw fresh seeds from the browser's entropy and write them in
// the link: new weights keep the data's `seed` and set `wseed`; regenerate sets a new `seed`
// and drops `wseed`; reloading the link gives the same weights.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { configOf, downloadText, hashParams, launch, openPlayground, widget } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const weightsOf = async (page) => JSON.parse((await downloadText(page, widget(page).locator('#save-state'))).text).weights;

/** Reloads the page and returns the weights the link gives. */
async function reloaded(page) {
  await page.reload();
  await widget(page).locator('#epoch').waitFor();
  return weightsOf(page);
}

test('new weights write a fresh wseed in the link, keep the seed, and the link reproduces them', async () => {
  const { page, errors } = await openPlayground(browser, '#data=spiral&seed=5');
  const initial = await weightsOf(page);
  await widget(page).locator('#new-weights').click();
  const first = await hashParams(page);
  assert.equal(first.get('seed'), '5', 'the data keep their seed');
  assert.match(first.get('wseed') ?? '', /^\d+$/);
  const drawn = await weightsOf(page);
  assert.notDeepEqual(drawn, initial);
  assert.deepEqual(await reloaded(page), drawn, 'the link reproduces the new weights');
  assert.equal((await configOf(page)).get('wseed'), first.get('wseed'));
  // A second draw takes another number from the browser.
  await widget(page).locator('#new-weights').click();
  const second = await hashParams(page);
  assert.notEqual(second.get('wseed'), first.get('wseed'));
  assert.notDeepEqual(await weightsOf(page), drawn);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('regenerate writes a fresh seed and drops wseed; the link reproduces the run', async () => {
  const { page, errors } = await openPlayground(browser, '#data=xor&seed=5&wseed=77');
  const before = await weightsOf(page);
  await widget(page).locator('#regenerate').click();
  const params = await hashParams(page);
  assert.match(params.get('seed'), /^\d+$/);
  assert.notEqual(params.get('seed'), '5');
  assert.equal(params.get('wseed'), null);
  const drawn = await weightsOf(page);
  assert.notDeepEqual(drawn, before);
  assert.deepEqual(await reloaded(page), drawn);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a link without wseed draws the weights from seed, as before', async () => {
  const { page, errors } = await openPlayground(browser, '#seed=5');
  const plain = await weightsOf(page);
  await page.goto(new URL('index.html#seed=5&wseed=5', page.url()).href);
  await page.reload();
  await widget(page).locator('#epoch').waitFor();
  assert.deepEqual(await weightsOf(page), plain, 'wseed equal to seed draws the same weights');
  assert.deepEqual(errors, []);
  await page.context().close();
});
