// A page language in any form a site writes (fr_FR from a Jekyll config, FR, " fr ", garbage)
// never stops a demo: each widget picks the nearest language it has, English otherwise.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPage, waitFor } from './helpers.mjs';
import { languageOf } from '../../www/i18n/strings.js';

test('languageOf reads every form a site may write', () => {
  const cases = {
    fr: 'fr', 'fr-FR': 'fr', 'fr-fr': 'fr', fr_FR: 'fr', FR: 'fr', ' fr ': 'fr', 'fr-CA': 'fr',
    en_US: 'en', 'x-klingon': 'en', de: 'en', '': 'en', '!!': 'en', 'fr\u0000': 'en', null: 'en',
  };
  for (const [raw, want] of Object.entries(cases)) {
    assert.equal(languageOf(raw === 'null' ? null : raw), want, JSON.stringify(raw));
  }
});

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Both demos of the fixture, started, with the play button's text and the page's errors. */
async function labels(query) {
  const { page, errors } = await openPage(browser, `tests/e2e/fixtures/page-lang.html?${query}`);
  await page.setViewportSize({ width: 1280, height: 2400 });
  const play = (id) => page.locator(`#${id} #play`);
  const read = async (id) => {
    const shown = await waitFor(() => play(id).count(), (n) => n === 1, 15);
    return shown === 1 ? (await play(id).textContent()).trim() : null;
  };
  const result = { page: await read('page'), own: await read('own'), errors: [...errors] };
  await page.context().close();
  return result;
}

for (const [lang, french] of [['fr_FR', true], ['fr-fr', true], ['FR', true], [' fr ', true],
  ['en_US', false], ['x-klingon', false], ['%%%', false]]) {
  test(`<html lang="${lang}"> starts every demo, in ${french ? 'French' : 'English'}`, async () => {
    const got = await labels(`lang=${encodeURIComponent(lang)}`);
    assert.deepEqual(got.errors, []);
    assert.match(got.page, french ? /Lecture/ : /Play/, `page demo: ${got.page}`);
    assert.match(got.own, french ? /Lecture/ : /Play/, `GAN demo: ${got.own}`);
  });
}

test('a demo\'s own lang=" fr" on an English page is French and the other demo English', async () => {
  const got = await labels(`lang=en&own=${encodeURIComponent(' fr')}`);
  assert.deepEqual(got.errors, []);
  assert.match(got.page, /Play/);
  assert.match(got.own, /Lecture/);
});
