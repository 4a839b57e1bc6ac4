// Training controls: problem type (regression shows RMSE and R², and the loss
// control names the linear output), 2–5 classes in their own colours, a visible one-line help
// for every control on hover and on focus, slow motion and the step buttons, and reset versus
// new weights.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  configOf, countNear, downloadText, launch, openPlayground, pixelsOf, readNumber, screenshot,
  statsOf, textOf, waitFor,
} from './helpers.mjs';

/** The class colours of render::CATEGORICAL. */
const CLASS_COLOURS = [[0xf5, 0x93, 0x22], [0x08, 0x77, 0xbd], [0x4d, 0xaf, 0x4a]];
/** Pixels of the 100 × 100 map each class must colour (confidently) after training. */
const CLASS_PIXELS = 300;
/** Test accuracy three blobs must reach, and how long it may take. */
const BLOBS_ACCURACY = 0.9;
const BLOBS_SECONDS = 10;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('regression shows RMSE and R² and its loss control names the linear output', async () => {
  const { page, errors } = await openPlayground(browser, '#data=plane');
  const widget = page.locator('nn-playground');
  assert.equal(await widget.locator('#ctl-problem').inputValue(), 'regression');
  assert.equal(await widget.locator('.readout-train-accuracy').isVisible(), false);
  for (const id of ['train-rmse', 'test-rmse', 'train-r2', 'test-r2']) {
    assert.equal(await widget.locator(`#${id}`).isVisible(), true, id);
  }
  const loss = widget.locator('#ctl-loss');
  assert.equal(await loss.isDisabled(), true);
  assert.doesNotMatch(await loss.textContent(), /tanh/);
  assert.match(await loss.textContent(), /linear output/);
  assert.equal(await widget.locator('#ctl-classes').isDisabled(), true);
  await widget.locator('#ctl-speed').selectOption('epochs10');
  await widget.locator('#play').click();
  const r2 = await waitFor(() => readNumber(page, 'test-r2'), (v) => v > 0.9, 8);
  assert.ok(r2 > 0.9, `test R² ${r2}`);
  assert.ok((await readNumber(page, 'test-rmse')) < 0.2);
  await widget.locator('#play').click();
  assert.match(await widget.locator('.legend').nth(1).textContent(), /R²/);
  await screenshot(page, 'playground-regression');
  // Back to classification: the first classification set, and the two-class losses.
  await widget.locator('#ctl-problem').selectOption('classification');
  assert.equal((await configOf(page)).get('data'), 'circle');
  assert.equal(await loss.isDisabled(), false);
  assert.match(await loss.textContent(), /tanh output/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('three classes train with a softmax head and show in three colours', async (t) => {
  const { page, errors } = await openPlayground(browser, '#lr=0.1');
  const widget = page.locator('nn-playground');
  await widget.locator('#ctl-classes').selectOption('3');
  const params = await configOf(page);
  assert.equal(params.get('classes'), '3');
  assert.equal(params.get('data'), 'gauss', 'a two-class set switches to blobs');
  assert.match(await widget.locator('#ctl-loss').textContent(), /softmax/);
  assert.equal(await widget.locator('#output-head').textContent(), '3 outputs');
  assert.equal(await widget.locator('.swatch:not([hidden])').count(), 3);
  await widget.locator('#ctl-speed').selectOption('epochs10');
  await widget.locator('#play').click();
  const accuracy = await waitFor(() => readNumber(page, 'test-accuracy'), (v) => v > BLOBS_ACCURACY * 100, BLOBS_SECONDS);
  await widget.locator('#play').click();
  t.diagnostic(`test accuracy on three blobs: ${accuracy} %`);
  assert.ok(accuracy > BLOBS_ACCURACY * 100, `test accuracy ${accuracy}`);
  const map = await pixelsOf(page, '.boundary');
  // The map is laid at alpha 160 / 255 over white (MAP_STRENGTH in drawing/colour.rs).
  for (const c of CLASS_COLOURS.map((col) => col.map((v) => Math.round(255 + (v - 255) * (160 / 255))))) {
    assert.ok(countNear(map, c, 40) > CLASS_PIXELS, `class colour ${c}: ${countNear(map, c, 40)} pixels`);
  }
  const { text } = await downloadText(page, widget.locator('#export-csv'));
  const labels = new Set(text.trim().split('\n').slice(1).map((l) => l.split(',')[2]));
  assert.deepEqual([...labels].sort(), ['0', '1', '2']);
  await screenshot(page, 'playground-three-classes');
  assert.deepEqual(errors, []);
  await page.close();
});

test('every control shows its one-line help on keyboard focus and on hover', async () => {
  const { page, errors } = await openPlayground(browser);
  const widget = page.locator('nn-playground');
  // Open the hidden-space view too, so that its controls are shown.
  await widget.locator('#space-view summary').click();
  const result = await widget.evaluate((e) => {
    const root = e.shadowRoot;
    const line = root.querySelector('#helpline');
    const controls = [...root.querySelectorAll('button, select, input, summary')]
      .filter((c) => c.offsetParent !== null && !c.disabled);
    const missing = [];
    for (const c of controls) {
      line.textContent = '';
      c.focus();
      const ids = (c.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const expected = c.dataset.help || ids.map((id) => root.getElementById(id)?.textContent ?? '').join(' ').trim();
      if (!expected || line.textContent !== expected) missing.push(`${c.id || c.dataset.name || c.tagName}: "${line.textContent}"`);
    }
    return { count: controls.length, missing };
  });
  assert.ok(result.count > 40, `only ${result.count} controls found`);
  assert.deepEqual(result.missing, []);
  // Hover: the pointer over a control shows its help too (the help line is visible text).
  await widget.locator('#ctl-lr').hover();
  assert.match(await textOf(page, 'helpline'), /How big each update step is/);
  await widget.locator('#new-weights').hover();
  assert.match(await textOf(page, 'helpline'), /different starting weights/);
  await widget.locator('.datasets button[data-name="spiral"]').hover();
  assert.match(await textOf(page, 'helpline'), /^Spiral: /);
  assert.equal(await widget.locator('#helpline').isVisible(), true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('slow motion takes one step a second; step and step epoch advance by one', async () => {
  const { page, errors } = await openPlayground(browser);
  const widget = page.locator('nn-playground');
  const steps = async () => (await statsOf(page))?.steps ?? -1;
  await widget.locator('#step').click();
  assert.equal(await waitFor(steps, (s) => s === 1, 2), 1);
  await widget.locator('#step-epoch').click();
  assert.equal(await waitFor(steps, (s) => s === 25, 2), 25, 'to the end of the first epoch');
  assert.equal(await readNumber(page, 'epoch'), 1);
  await widget.locator('#step-epoch').click();
  assert.equal(await waitFor(steps, (s) => s === 50, 2), 50, 'one whole epoch');
  await widget.locator('#ctl-speed').selectOption('slow');
  // The first step comes at once, then one a second: three steps take two seconds.
  const started = Date.now();
  await widget.locator('#play').click();
  const done = (await waitFor(steps, (s) => s >= 53, 10)) - 50;
  const seconds = (Date.now() - started) / 1000;
  await widget.locator('#play').click();
  assert.ok(done >= 3 && done <= Math.ceil(seconds) + 1, `${done} steps in ${seconds} s of slow motion`);
  assert.ok(seconds >= done - 1 && seconds <= done + 2, `${done} steps in ${seconds} s of slow motion`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('reset restores the same initial weights and new weights draws others', async () => {
  const { page, errors } = await openPlayground(browser);
  const widget = page.locator('nn-playground');
  const weights = async () => JSON.parse((await downloadText(page, widget.locator('#save-state'))).text).weights;
  const initial = await weights();
  await widget.locator('#play').click();
  await waitFor(() => readNumber(page, 'epoch'), (e) => e >= 10, 5);
  await widget.locator('#play').click();
  assert.notDeepEqual(await weights(), initial, 'training moved the weights');
  await widget.locator('#reset').click();
  assert.deepEqual(await weights(), initial);
  await widget.locator('#new-weights').click();
  const others = await weights();
  assert.notDeepEqual(others, initial);
  assert.equal((await configOf(page)).get('seed'), '1', 'the seed stays');
  await widget.locator('#play').click();
  await waitFor(() => readNumber(page, 'epoch'), (e) => e >= 5, 5);
  await widget.locator('#reset').click();
  assert.deepEqual(await weights(), others, 'reset goes back to the current draw');
  assert.deepEqual(errors, []);
  await page.close();
});
