// Languages (issue 5): every English string has a French one, a widget takes its language from
// its own lang attribute or else the page's <html lang>, and French readouts use a decimal comma.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPage, screenshot, waitFor } from './helpers.mjs';
import { STRINGS, strings } from '../../www/strings.js';

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
  assert.match(enLoss, /^\d+\.\d{3}$/, `English loss "${enLoss}"`);

  const file = await screenshot(page, 'lang-fr');
  console.log(`screenshot: ${file}`);
  assert.deepEqual(errors, []);
});
