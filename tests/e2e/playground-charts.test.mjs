// Charts and numbers: the loss chart in epochs with a hover readout and a log scale,
// the accuracy chart, past runs kept as faded labelled ghosts, and a diverging run that pauses
// with the core's explanation, keeps its last finite picture and never shows "NaN".
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  changed, countNear, frames, launch, openPlayground, pixelsOf, readNumber, screenshot, textOf,
  waitFor,
} from './helpers.mjs';

/** The first ghost's colour (#8e44ad at 45 % over white), and how many pixels must show it. */
const GHOST_COLOUR = [199, 162, 214];
const GHOST_PIXELS = 40;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Trains until the epoch counter reaches `epochs`, then pauses. */
async function train(page, epochs) {
  const widget = page.locator('nn-playground');
  await widget.locator('#play').click();
  await waitFor(() => readNumber(page, 'epoch'), (e) => e >= epochs, 10);
  await widget.locator('#play').click();
}

test('hovering the charts reads the epoch, the losses and the accuracies', async () => {
  const { page, errors } = await openPlayground(browser);
  await train(page, 60);
  const chart = page.locator('nn-playground .chart').first();
  const box = await chart.boundingBox();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  const text = await waitFor(() => textOf(page, 'chart-readout'), (t) => t.startsWith('Epoch'), 2);
  assert.match(text, /^Epoch \d+(\.\d+)?: training loss \d\.\d{3}, test loss \d\.\d{3}; accuracy \d+\.\d ?% \/ \d+\.\d ?%$/);
  const epoch = Number(text.match(/^Epoch ([\d.]+)/)[1]);
  const last = await readNumber(page, 'epoch');
  assert.ok(epoch > last * 0.3 && epoch < last * 0.9, `hovered epoch ${epoch} of ${last}`);
  const score = page.locator('nn-playground .chart.score');
  await score.scrollIntoViewIfNeeded();
  const sbox = await score.boundingBox();
  await page.mouse.move(sbox.x + sbox.width * 0.95, sbox.y + sbox.height / 2);
  const near = await waitFor(() => textOf(page, 'chart-readout'), (t) => t.startsWith('Epoch') && t !== text, 2);
  assert.match(near, /^Epoch \d+.*accuracy/);
  assert.ok(Number(near.match(/^Epoch ([\d.]+)/)[1]) > epoch, 'further right on the score chart is later');
  await screenshot(page, 'playground-chart-hover');
  await page.mouse.move(2, 2);
  assert.equal(await waitFor(() => textOf(page, 'chart-readout'), (t) => !t.startsWith('Epoch'), 2), 'Point at the chart to read an epoch.');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the loss chart switches to a log scale', async () => {
  const { page, errors } = await openPlayground(browser);
  await train(page, 100);
  const linear = await pixelsOf(page, '.chart');
  await page.locator('nn-playground #ctl-log-scale').check();
  const log = await waitFor(() => pixelsOf(page, '.chart'), (p) => changed(linear, p) > 0.01, 2);
  assert.ok(changed(linear, log) > 0.01, 'the chart was redrawn');
  await screenshot(page, 'playground-log-scale');
  assert.deepEqual(errors, []);
  await page.close();
});

test('after a reset the previous run stays as a faded ghost labelled with what differed', async () => {
  const { page, errors } = await openPlayground(browser);
  const widget = page.locator('nn-playground');
  await train(page, 40);
  await widget.locator('#ctl-lr').selectOption('0.3');
  await widget.locator('#reset').click();
  assert.match(await textOf(page, 'ghosts'), /run 1: learning rate 0\.03/);
  await train(page, 20);
  const pixels = await pixelsOf(page, '.chart');
  assert.ok(countNear(pixels, GHOST_COLOUR, 20) > GHOST_PIXELS, `ghost pixels: ${countNear(pixels, GHOST_COLOUR, 20)}`);
  await widget.locator('#new-weights').click();
  assert.match(await textOf(page, 'ghosts'), /run 2: other weights/);
  await screenshot(page, 'playground-ghosts');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a diverging run pauses, keeps its last finite picture and explains what to try', async () => {
  const { page, errors } = await openPlayground(browser, '#data=plane&act=relu&lr=10&hidden=8,8');
  const widget = page.locator('nn-playground');
  await widget.locator('#play').click();
  await widget.locator('#alert p').first().waitFor({ timeout: 5000 });
  const alert = await textOf(page, 'alert');
  assert.match(alert, /Training diverged and was paused\./);
  assert.match(alert, /At step \d+: (The loss|A weight) /);
  assert.match(alert, /Lower the learning rate, then press Reset/);
  assert.doesNotMatch(alert, /regularisation/, 'no regularisation is on, so none is advised');
  const map = await pixelsOf(page, '.boundary');
  const neutral = countNear(map, [0xe8, 0xea, 0xeb], 3);
  assert.ok(neutral < map.length / 4 / 2, `the map is a finite picture, not blank (${neutral} neutral pixels)`);
  await frames(page, 15);
  assert.equal(changed(map, await pixelsOf(page, '.boundary')), 0, 'the last finite picture stays');
  const chart = page.locator('nn-playground .chart').first();
  const box = await chart.boundingBox();
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
  const text = await widget.evaluate((e) => e.shadowRoot.textContent);
  assert.doesNotMatch(text, /NaN|Infinity|undefined/);
  await screenshot(page, 'playground-diverged-explained');
  assert.deepEqual(errors, []);
  await page.close();
});
