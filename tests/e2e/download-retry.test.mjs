// A failed download of the wasm is retried; if it still fails, each demo says so in its own
// language with a button to try again, which then starts it; the page's other demos are not
// poisoned by the failure.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PLAY_URL, launch, waitFor } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const WASM = '**/pkg/*/*_bg.wasm';

/** The page of two demos (French and English) with the wasm's first `failures` requests aborted. */
async function openFailing(failures) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 3000 } });
  let seen = 0;
  await context.route(WASM, (route) => (seen++ < failures ? route.abort('connectionreset') : route.continue()));
  const page = await context.newPage();
  await page.goto(new URL('tests/e2e/fixtures/lang.html', PLAY_URL).href, { waitUntil: 'load' });
  return { page, requests: () => seen };
}

const started = (page, id) => page.evaluate((i) => document.getElementById(i).stats !== null, id);

test('one dropped wasm download is retried and every demo starts', async () => {
  const { page, requests } = await openFailing(1);
  for (const id of ['fr', 'en']) {
    assert.ok(await waitFor(() => started(page, id), Boolean, 15), `#${id} started`);
  }
  assert.equal(requests(), 2, 'one failed request, then one that worked');
  await page.context().close();
});

test('a download that keeps failing is said in each demo\'s language, and Try again starts it', async () => {
  const { page, requests } = await openFailing(1000);
  const alert = (id) => page.locator(`#${id} [role=alert]`);
  const text = async (id) => ((await alert(id).count()) ? (await alert(id).textContent()) : '');
  const fr = await waitFor(() => text('fr'), (s) => s.includes('téléchargé'), 15);
  const en = await waitFor(() => text('en'), (s) => s.includes('downloaded'), 15);
  assert.match(fr, /n’a pas pu être téléchargé.*Réessayer/);
  assert.match(en, /could not be downloaded.*Try again/);
  assert.ok(requests() >= 3, `the download was tried ${requests()} times`);
  await page.context().unroute(WASM);
  await page.locator('#fr button.retry').click();
  assert.ok(await waitFor(() => started(page, 'fr'), Boolean, 15), 'the French demo started on Try again');
  await page.locator('#en button.retry').click();
  assert.ok(await waitFor(() => started(page, 'en'), Boolean, 15), 'the English demo started too');
  await page.context().close();
});
