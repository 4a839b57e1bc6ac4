// The network view: the diagram with live neuron thumbnails, a neuron's map shown
// large on hover, links and biases whose values show on hover and can be typed in, input
// features switched by clicking their node, and 0–8 layers of 1–32 neurons without a reload.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  changed, configOf, launch, openPlayground, pixelsOf, readNumber, scanDiagram, screenshot,
  textOf, waitFor,
} from './helpers.mjs';

/** Share of the network canvas's bytes that must change while training (thumbnails, links). */
const LIVE_CHANGE = 0.01;
/** Share of the output map's bytes that must differ between the output and a neuron's map. */
const OTHER_MAP = 0.2;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('every neuron of the diagram shows a thumbnail that changes while training', async () => {
  const { page, errors } = await openPlayground(browser);
  const found = await scanDiagram(page);
  const neurons = Object.keys(found).filter((k) => k.startsWith('Neuron') || k.startsWith('Output'));
  // The default network: 4 and 2 hidden neurons, one output.
  for (const [index, layer] of [[1, 1], [2, 1], [3, 1], [4, 1], [1, 2], [2, 2]]) {
    assert.ok(neurons.some((k) => k.startsWith(`Neuron ${index} of layer ${layer}:`)), `neuron ${index} of layer ${layer}: ${neurons}`);
  }
  assert.ok(neurons.some((k) => k.startsWith('Output 1')), 'the output node');
  assert.ok(Object.keys(found).some((k) => k.startsWith('X₁: click')), 'the input node X₁');
  const before = await pixelsOf(page, '.network-canvas');
  await page.locator('nn-playground #play').click();
  await waitFor(() => readNumber(page, 'epoch'), (e) => e >= 30, 5);
  await page.locator('nn-playground #play').click();
  const trained = await pixelsOf(page, '.network-canvas');
  assert.ok(changed(before, trained) > LIVE_CHANGE, `diagram changed by ${changed(before, trained)}`);
  await screenshot(page, 'playground-network');
  assert.deepEqual(errors, []);
  await page.close();
});

test('hovering a neuron shows its map large in the output panel', async () => {
  const { page, errors } = await openPlayground(browser);
  const found = await scanDiagram(page);
  const neuron = Object.values(found).find((f) => f.tip.startsWith('Neuron 2 of layer 1'));
  const output = await pixelsOf(page, '.boundary');
  const difference = async () => changed(output, await pixelsOf(page, '.boundary'));
  await page.mouse.move(neuron.x, neuron.y);
  assert.equal(await waitFor(() => textOf(page, 'map-caption'), (t) => t.includes('Neuron'), 2), 'Neuron 2 of layer 1');
  const shown = await waitFor(difference, (d) => d > OTHER_MAP, 2);
  assert.ok(shown > OTHER_MAP, `the map differs from the output by ${shown}`);
  await screenshot(page, 'playground-neuron-hover');
  await page.mouse.move(5, 5);
  assert.equal(await waitFor(() => textOf(page, 'map-caption'), (t) => t === 'Output', 2), 'Output');
  assert.equal(await waitFor(difference, (d) => d === 0, 2), 0, 'the output is back');
  assert.deepEqual(errors, []);
  await page.close();
});

test('an input feature hovered while training is drawn once, the output map every frame', async () => {
  const { page, errors } = await openPlayground(browser);
  const found = await scanDiagram(page);
  const input = Object.values(found).find((f) => f.tip.startsWith('X₁'));
  const refreshes = () => page.locator('nn-playground').evaluate((e) => e.stats.mapRefreshes);
  // Play first: clicking it moves the pointer off the input.
  await page.locator('nn-playground #play').click();
  await page.mouse.move(input.x, input.y);
  await waitFor(() => textOf(page, 'map-caption'), (t) => t.startsWith('X₁'), 2);
  const start = await readNumber(page, 'epoch');
  const before = await refreshes();
  await waitFor(() => readNumber(page, 'epoch'), (e) => e >= start + 30, 10);
  const during = (await refreshes()) - before;
  assert.ok(during <= 1, `the input's map was redrawn ${during} times while training`);
  await page.mouse.move(5, 5);
  const back = await refreshes();
  const epoch = await readNumber(page, 'epoch');
  await waitFor(() => readNumber(page, 'epoch'), (e) => e >= epoch + 30, 10);
  await page.locator('nn-playground #play').click();
  assert.ok((await refreshes()) - back >= 2, 'the output map follows training again');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a link shows its weight on hover, and a typed value replaces it', async () => {
  const { page, errors } = await openPlayground(browser);
  const widget = page.locator('nn-playground');
  const found = await scanDiagram(page);
  const link = Object.values(found).find((f) => f.tip.startsWith('Weight X₁ → neuron 1 of layer 1'));
  assert.ok(link, `no link from X₁ found: ${Object.keys(found)}`);
  assert.match(link.tip, /: -?\d\.\d{3}\. Click to change it\./);
  await page.mouse.move(link.x, link.y);
  await page.mouse.click(link.x, link.y);
  const input = widget.locator('#edit-value');
  await input.waitFor();
  assert.equal(await widget.locator('#editor').isVisible(), true);
  await input.fill('abc');
  await input.press('Enter');
  assert.match(await textOf(page, 'edit-error'), /Type a number/);
  await input.fill('2.5');
  await input.press('Enter');
  assert.equal(await widget.locator('#editor').isVisible(), false);
  await page.mouse.move(link.x + 1, link.y);
  assert.match(await waitFor(() => textOf(page, 'tip'), (t) => t.includes('2.500'), 2), /Weight X₁ → neuron 1 of layer 1: 2\.500/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the output bias is shown, can be typed in, and its square shows it on hover', async () => {
  const { page, errors } = await openPlayground(browser);
  const widget = page.locator('nn-playground');
  assert.match(await textOf(page, 'output-bias'), /Output bias\s*-?\d\.\d{3}/);
  await widget.locator('#output-bias').click();
  await widget.locator('#edit-value').fill('0.75');
  await widget.locator('#edit-value').press('Enter');
  assert.match(await waitFor(() => textOf(page, 'output-bias'), (t) => t.includes('0.750'), 2), /0\.750/);
  const found = await scanDiagram(page);
  const bias = Object.values(found).find((f) => f.tip.startsWith('Bias of the output'));
  assert.ok(bias, `no output bias square: ${Object.keys(found)}`);
  assert.match(bias.tip, /0\.750/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('clicking an input node switches the feature on and links it', async () => {
  const { page, errors } = await openPlayground(browser);
  const widget = page.locator('nn-playground');
  await widget.locator('.chips button[data-name="x1sq"]').click();
  assert.equal((await configOf(page)).get('features'), 'x1,x2,x1sq');
  assert.equal(await widget.locator('.chips button[data-name="x1sq"]').getAttribute('aria-pressed'), 'true');
  const found = await scanDiagram(page);
  assert.ok(Object.keys(found).some((k) => k.startsWith('Weight X₁² → neuron')), 'links from X₁²');
  await widget.locator('.chips button[data-name="x1"]').click();
  assert.equal((await configOf(page)).get('features'), 'x2,x1sq');
  assert.deepEqual(errors, []);
  await page.close();
});

test('layers go from 0 to 8 and neurons from 1 to 32 with the buttons, without a reload', async () => {
  const { page, errors } = await openPlayground(browser);
  const widget = page.locator('nn-playground');
  await page.evaluate(() => { window.notReloaded = true; });
  await widget.locator('#remove-layer').click();
  await widget.locator('#remove-layer').click();
  assert.equal((await configOf(page)).get('hidden'), '');
  assert.equal(await widget.locator('#remove-layer').isDisabled(), true);
  assert.equal(await widget.locator('.layer').count(), 0);
  for (let i = 0; i < 8; i++) await widget.locator('#add-layer').click();
  assert.equal((await configOf(page)).get('hidden'), '2,2,2,2,2,2,2,2');
  assert.equal(await widget.locator('#add-layer').isDisabled(), true);
  for (let i = 0; i < 30; i++) await widget.locator('#layer-1-plus').click();
  assert.equal((await configOf(page)).get('hidden').split(',')[0], '32');
  assert.equal(await widget.locator('#layer-1-plus').isDisabled(), true);
  await widget.locator('#layer-8-minus').click();
  assert.equal(await widget.locator('#layer-8-minus').isDisabled(), true);
  assert.equal((await configOf(page)).get('hidden'), '32,2,2,2,2,2,2,1');
  assert.equal(await page.evaluate(() => window.notReloaded), true);
  await widget.locator('#play').click();
  assert.ok((await waitFor(() => readNumber(page, 'epoch'), (e) => e >= 3, 5)) >= 3, 'the big network trains');
  await screenshot(page, 'playground-layers');
  assert.deepEqual(errors, []);
  await page.close();
});
