// A classifier whose network can no longer learn (lr 10 silences every ReLU: one solid colour
// at loss 1.08, trained forever before) pauses with an explanation; the advice names the
// regularisation only when it is on; the French page says it in French.
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

const state = (widget) => widget.evaluate((e) => ({
  steps: e.stats?.steps ?? 0, diverged: e.stats?.diverged ?? null, playing: e.playing,
  loss: e.stats?.trainLoss, alert: e.shadowRoot.querySelector('#alert').textContent,
}));

async function playing(hash, url = `index.html#${hash}`) {
  const opened = await openPage(browser, url, { context: { viewport: { width: 1280, height: 900 } } });
  const widget = opened.page.locator('nn-playground');
  await opened.page.waitForFunction(() => document.querySelector('nn-playground').stats !== null, null, { timeout: 15_000 });
  await widget.evaluate((e) => e.play());
  return { ...opened, widget };
}

test('a dead ReLU classifier pauses and says why, without advising a regularisation that is off', async () => {
  const { page, widget, errors } = await playing('act=relu&lr=10');
  const s = await waitFor(() => state(widget), (x) => x.diverged !== null && !x.playing, 30);
  assert.equal(s.diverged, 'dead');
  assert.equal(s.steps, 200);
  assert.ok(Math.abs(s.loss - 1.08) < 0.01, `loss ${s.loss}`);
  assert.match(s.alert, /Training stopped learning and was paused\./);
  assert.match(s.alert, /At step 200: Every ReLU of a hidden layer outputs 0/);
  assert.match(s.alert, /Lower the learning rate, then press Reset/);
  assert.doesNotMatch(s.alert, /regularisation|NaN/);
  assert.equal(await widget.locator('#play').getAttribute('aria-pressed'), 'false');
  // Play is refused until a reset; the reset clears the message.
  await widget.evaluate((e) => e.play());
  assert.equal((await state(widget)).playing, false);
  await widget.locator('#reset').click();
  await waitFor(() => state(widget), (x) => x.alert === '', 5);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a stopped classifier with a weight penalty on is told to lower the rate or remove it', async () => {
  const { page, widget, errors } = await playing('lr=10&reg=l2&regrate=0.001');
  const s = await waitFor(() => state(widget), (x) => x.diverged !== null && !x.playing, 30);
  assert.ok(['stuck', 'dead'].includes(s.diverged), s.diverged);
  assert.match(s.alert, /Training stopped learning and was paused\./);
  assert.match(s.alert, /Lower the learning rate or remove the regularisation/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the French page explains a dead network in French', async () => {
  const { page, widget, errors } = await playing('', 'tests/e2e/fixtures/dead-fr.html');
  const s = await waitFor(() => state(widget), (x) => x.diverged !== null && !x.playing, 30);
  assert.match(s.alert, /L’entraînement n’apprenait plus/);
  assert.match(s.alert, /Au pas 200[\u00a0\u202f]: Toutes les ReLU/);
  assert.match(s.alert, /Diminuez le taux d’apprentissage, puis/);
  assert.doesNotMatch(s.alert, /régularisation/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the default classifier plays 600 steps without pausing', async () => {
  const { page, widget, errors } = await playing('');
  const s = await waitFor(() => state(widget), (x) => x.steps >= 600, 30);
  assert.equal(s.diverged, null);
  assert.equal(s.playing, true);
  assert.equal(s.alert, '');
  assert.deepEqual(errors, []);
  await page.context().close();
});
