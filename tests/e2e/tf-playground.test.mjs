// A TensorFlow Playground link opens as the same setup: no wall of ignored settings, a short
// note that it was converted and that its random seed cannot be reproduced, our config with
// its dataset, activation, rate and network, its hidden controls hidden, and the page's link
// rewritten in our format.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { configOf, hashParams, launch, openPlayground, widget } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const TF_LINK = '#activation=relu&batchSize=10&dataset=spiral&regDataset=reg-plane&learningRate=0.1'
  + '&regularizationRate=0&noise=10&networkShape=6,3&seed=0.12345&showTestData=false&discretize=false'
  + '&percTrainData=70&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=true&sinX=false'
  + '&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false'
  + '&activation_hide=true&learningRate_hide=true';

test('a TF Playground link opens as the same setup with a short note', async () => {
  const { page, errors } = await openPlayground(browser, TF_LINK);
  const w = widget(page);
  await page.waitForFunction(() => document.querySelector('nn-playground').stats !== null, null, { timeout: 15_000 });
  assert.equal(await w.locator('#issues').textContent(), '', 'no wall of ignored settings');
  const note = await w.locator('#embed-tf-note').textContent();
  assert.match(note, /TensorFlow Playground link was converted/);
  assert.match(note, /random seed cannot be reproduced/);
  assert.match(note, /Not carried over: cosX=true\./);
  assert.ok(note.length < 400, `a short note (${note.length} characters)`);
  const c = await configOf(page);
  const want = { data: 'spiral', act: 'relu', lr: '0.1', hidden: '6,3', noise: '10', train: '70', batch: '10', features: 'x1,x2', problem: 'classification' };
  for (const [k, v] of Object.entries(want)) assert.equal(c.get(k), v, k);
  // The page's link is now ours (it reloads as the same setup).
  const hash = await hashParams(page);
  assert.equal(hash.get('v'), '2');
  assert.equal(hash.get('act'), 'relu');
  assert.equal(hash.get('activation'), null);
  // Its hidden controls are hidden; the others are not.
  assert.equal(await w.locator('[data-key="act"]').first().isVisible(), false);
  assert.equal(await w.locator('[data-key="lr"]').first().isVisible(), false);
  assert.equal(await w.locator('[data-key="noise"]').first().isVisible(), true);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('our own links show no conversion note', async () => {
  const { page, errors } = await openPlayground(browser, '#data=spiral&act=relu&seed=3&noise=10');
  await page.waitForFunction(() => document.querySelector('nn-playground').stats !== null, null, { timeout: 15_000 });
  assert.equal(await widget(page).locator('#embed-tf-note').count(), 0);
  assert.equal((await configOf(page)).get('seed'), '3');
  assert.deepEqual(errors, []);
  await page.context().close();
});
