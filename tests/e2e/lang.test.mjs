// Languages: every English string has a French one, a widget takes its language from
// its own lang attribute or else the page's <html lang>, and French readouts and chart tick
// labels use a decimal comma, in the classifier and the GAN.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPage, screenshot, showMore, waitFor } from './helpers.mjs';
import { STRINGS, strings } from '../../www/i18n/strings.js';
import '../../www/embed/strings.js';
import '../../www/classroom/strings.js';
import '../../www/modes/classify/strings.js';
import '../../www/modes/gan/strings.js';
import '../../www/modes/race/strings.js';
import '../../www/modes/fit/strings.js';
import '../../www/modes/sound/strings.js';

/** Every leaf path of `table` ("controls.lr.label", …) with its string. */
function leaves(table, prefix = '') {
  return Object.entries(table).flatMap(([k, v]) =>
    v && typeof v === 'object' ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]]);
}

const placeholders = (s) => (s.match(/\{\w+\}/g) ?? []).sort().join(' ');

test('the French table has every English key, with the same placeholders', () => {
  assert.ok(STRINGS.fr, 'no French table registered in STRINGS');
  const fr = new Map(leaves(STRINGS.fr));
  const en = leaves(STRINGS.en);
  assert.ok(en.some(([k]) => k.startsWith('gan.')), 'the English table has no gan subtree');
  const missing = en.filter(([k]) => typeof fr.get(k) !== 'string' || fr.get(k) === '').map(([k]) => k);
  assert.deepEqual(missing, [], `French strings missing: ${missing.join(', ')}`);
  const wrong = en.filter(([k, v]) => placeholders(v) !== placeholders(fr.get(k))).map(([k]) => k);
  assert.deepEqual(wrong, [], `French placeholders differ from English: ${wrong.join(', ')}`);
  const extra = [...fr.keys()].filter((k) => !en.some(([e]) => e === k));
  assert.deepEqual(extra, [], `French keys with no English one: ${extra.join(', ')}`);
  // Text that must differ (a copy of the English table would pass the checks above).
  assert.equal(STRINGS.fr.controls.lr.label, 'Taux d’apprentissage');
  assert.equal(strings('fr-CA').readouts.epoch, 'Époque');
  assert.equal(strings('de').readouts.epoch, 'Epoch');
});

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const text = async (locator) => (await locator.textContent()).trim();

test('the page language chooses French, a widget lang attribute overrides it', async () => {
  const { page, errors } = await openPage(browser, 'tests/e2e/fixtures/lang.html');
  await page.setViewportSize({ width: 1400, height: 900 });
  const fr = page.locator('#fr');
  const en = page.locator('#en');
  await fr.locator('#epoch').waitFor();
  await en.locator('#epoch').waitFor();

  // Labels.
  assert.match(await text(fr.locator('#play')), /Lecture/);
  assert.equal(await text(fr.locator('label[for="ctl-lr"]')), 'Taux d’apprentissage');
  assert.match(await text(fr.locator('label[for="ctl-loss"]')), /Fonction de coût/);
  assert.match(await text(fr.locator('.epoch .caption')), /Époque/);
  assert.match(await text(en.locator('#play')), /Play/);
  assert.equal(await text(en.locator('label[for="ctl-lr"]')), 'Learning rate');
  assert.match(await text(en.locator('.epoch .caption')), /Epoch/);

  // A few steps, then numbers: a decimal comma in French, a point in English.
  for (let i = 0; i < 5; i++) {
    await fr.locator('#step').click();
    await en.locator('#step').click();
  }
  const isNumber = (s) => /\d/.test(s);
  const frAccuracy = await waitFor(() => text(fr.locator('#train-accuracy')), isNumber, 5);
  const enAccuracy = await waitFor(() => text(en.locator('#train-accuracy')), isNumber, 5);
  assert.match(frAccuracy, /^\d+,\d\s%$/, `French accuracy "${frAccuracy}"`);
  assert.match(enAccuracy, /^\d+\.\d%$/, `English accuracy "${enAccuracy}"`);
  const frLoss = await text(fr.locator('#train-loss'));
  const enLoss = await text(en.locator('#train-loss'));
  assert.match(frLoss, /^\d+,\d{3}$/, `French loss "${frLoss}"`);
  // The value new regression points get, beside its slider (hidden until regression).
  assert.equal(await fr.locator('output[for="ctl-point-value"]').textContent(), '0,5');
  assert.equal(await en.locator('output[for="ctl-point-value"]').textContent(), '0.5');
  assert.match(enLoss, /^\d+\.\d{3}$/, `English loss "${enLoss}"`);

  const file = await screenshot(page, 'lang-fr');
  console.log(`screenshot: ${file}`);
  assert.deepEqual(errors, []);
});

/** Opens `pagePath` in a new context whose canvases remember every text drawn on them (the
 * list `canvas.drawnText` only grows), so that the charts' tick labels can be read. Returns
 * `{ page, errors }`. */
function openRecordingText(pagePath) {
  return openPage(browser, pagePath, {
    context: { viewport: { width: 1400, height: 1000 } },
    initScript: () => {
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
        (this.canvas.drawnText ??= []).push(String(text));
        return fillText.call(this, text, ...rest);
      };
    },
  });
}

/** The decimal numbers drawn as text on the canvases `selector` of `widget` (tick labels). */
const tickNumbers = (widget, selector) => widget.locator(selector).evaluateAll((canvases) =>
  canvases.flatMap((c) => c.drawnText ?? []).filter((s) => /^-?\d+[.,]\d+$/.test(s)));

test('chart tick labels use a decimal comma in French and a point in English', async () => {
  const { page, errors } = await openRecordingText('tests/e2e/fixtures/lang.html');
  const fr = page.locator('#fr');
  const en = page.locator('#en');
  for (const w of [fr, en]) {
    await w.locator('#play').waitFor();
    await showMore(w);
    for (let i = 0; i < 3; i++) await w.locator('#step-epoch').click();
  }
  const frTicks = await waitFor(() => tickNumbers(fr, 'canvas.chart'), (t) => t.length > 0, 5);
  const enTicks = await waitFor(() => tickNumbers(en, 'canvas.chart'), (t) => t.length > 0, 5);
  console.log(`French ticks: ${[...new Set(frTicks)].join(' ')}; English: ${[...new Set(enTicks)].join(' ')}`);
  assert.ok(frTicks.length > 0 && frTicks.every((s) => s.includes(',')), `French ticks ${frTicks}`);
  assert.ok(enTicks.length > 0 && enTicks.every((s) => s.includes('.')), `English ticks ${enTicks}`);
  // The learning rates offered read as French numbers too (the values stay the link's).
  const selected = (w) => w.locator('#ctl-lr').evaluate((s) => [s.value, s.selectedOptions[0].textContent]);
  assert.deepEqual(await selected(fr), ['0.03', '0,03']);
  assert.deepEqual(await selected(en), ['0.03', '0.03']);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the GAN in French shows its readouts and chart ticks with a decimal comma', async () => {
  const { page, errors } = await openRecordingText('tests/e2e/fixtures/gan-fr.html');
  const gan = page.locator('#gan');
  await gan.locator('#iterations').waitFor();
  assert.match(await text(gan.locator('#play')), /Lecture/);
  for (let i = 0; i < 20; i++) await gan.locator('#step').click();
  const js = await waitFor(() => text(gan.locator('#js')), (s) => /\d/.test(s), 5);
  assert.match(js, /^0,\d{3}$/, `JS readout "${js}"`);
  assert.match(await text(gan.locator('#kl')), /^\d+,\d{2}$/);
  assert.match(await text(gan.locator('#d-loss')), /^\d+,\d{3}$/);
  assert.equal(await gan.locator('#ctl-glr').evaluate((s) => s.selectedOptions[0].textContent), '0,0005');
  const ticks = await waitFor(() => tickNumbers(gan, 'canvas.chart'), (t) => t.length > 0, 5);
  console.log(`French GAN ticks: ${[...new Set(ticks)].join(' ')}`);
  assert.ok(ticks.every((s) => s.includes(',')), `GAN ticks ${ticks}`);
  console.log(`screenshot: ${await screenshot(page, 'lang-gan-fr')}`);
  assert.deepEqual(errors, []);
  await page.context().close();
});
