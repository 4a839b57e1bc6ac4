// The GAN pauses when training diverges, says why and what to try, and stays paused until a
// reset; the default run never pauses.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPage, showMore, waitFor } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The GAN of `hash`, started at the fastest speed, with the page's errors. */
async function fastGan(hash) {
  const opened = await openPage(browser, `index.html#${hash}`);
  const { page } = opened;
  await page.setViewportSize({ width: 1280, height: 900 });
  const widget = page.locator('nn-playground');
  await page.waitForFunction(() => document.querySelector('nn-playground').stats !== null, null, { timeout: 15_000 });
  await showMore(widget);
  await widget.locator('[data-key=speed] select').selectOption('max');
  await widget.evaluate((e) => e.play());
  return { ...opened, widget };
}

const state = (widget) => widget.evaluate((e) => ({
  diverged: e.stats.diverged, playing: e.playing, iterations: e.stats.iterations,
  dLoss: e.shadowRoot.querySelector('#d-loss')?.textContent ?? '',
  alert: e.shadowRoot.querySelector('#alert').textContent,
}));

test('a least-squares GAN at learning rate 1 pauses with an explanation and a remedy', async () => {
  const { page, widget, errors } = await fastGan('mode=gan&ganloss=lsq&glr=1&dlr=1&gopt=sgd&dopt=sgd');
  const s = await waitFor(() => state(widget), (x) => x.diverged !== null && !x.playing, 15);
  assert.ok(['samples', 'losses'].includes(s.diverged), `diverged: ${s.diverged}`);
  assert.equal(s.playing, false, 'training paused');
  assert.match(s.alert, /Training diverged/);
  assert.match(s.alert, /Lower the learning rates of G and D/);
  assert.match(s.alert, /non-saturating loss/);
  assert.ok(!/\d{8}/.test(s.dLoss), `the D loss reads ${s.dLoss}`);
  await widget.evaluate((e) => e.play());
  assert.equal(await widget.evaluate((e) => e.playing), false, 'Play does not restart a diverged run');
  await widget.evaluate((e) => e.set('glr=0.001&dlr=0.001'));
  await widget.evaluate((e) => e.reset());
  const back = await waitFor(() => state(widget), (x) => x.diverged === null, 10);
  assert.equal(back.diverged, null);
  assert.equal(back.alert, '');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the default GAN never pauses for divergence', async () => {
  const { page, widget, errors } = await fastGan('mode=gan');
  const s = await waitFor(() => state(widget), (x) => x.iterations >= 3000, 20);
  assert.ok(s.iterations >= 3000, `only ${s.iterations} iterations`);
  assert.equal(s.diverged, null);
  assert.equal(s.playing, true);
  assert.equal(s.alert, '');
  assert.deepEqual(errors, []);
  await page.context().close();
});
