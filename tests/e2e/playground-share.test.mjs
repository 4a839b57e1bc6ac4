// Save and share, and the hidden-space view: "copy link" copies a URL with every
// setting and the seed; the whole state goes to a JSON file and comes back from it; a bad
// file is refused with a message and changes nothing; the hidden-space view shows the warped
// grid and the points of a chosen layer and pair of neurons, animated while training; "copy
// embed code" gives the HTML a course author pastes, which shows the same demo.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { changed, configOf, countNear, downloadText, launch, openPlayground, pixelsOf, readNumber, screenshot, textOf, waitFor, writeFixture, PLAY_URL, showMore } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('copy link puts a URL with every setting and the seed on the clipboard', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(PLAY_URL).origin });
  const page = await context.newPage();
  await page.goto(new URL('index.html#data=xor&lr=0.1&seed=7', PLAY_URL).href);
  const widget = page.locator('nn-playground');
  await widget.locator('#epoch').waitFor();
  await showMore(widget);
  await widget.locator('#copy-link').click();
  assert.equal(await waitFor(() => textOf(page, 'notice'), (t) => t !== '', 2), 'Link copied to the clipboard.');
  const url = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  const params = new URLSearchParams(url.hash.slice(1));
  assert.equal(params.toString(), (await configOf(page)).toString());
  for (const key of ['v', 'seed', 'data', 'lr', 'hidden', 'act', 'opt', 'batch', 'classes', 'problem']) {
    assert.ok(params.has(key), key);
  }
  assert.equal(params.get('seed'), '7');
  // The copied link opens the same settings.
  const other = await context.newPage();
  await other.goto(url.href);
  await other.locator('nn-playground #epoch').waitFor();
  assert.equal((await configOf(other)).toString(), params.toString());
  await context.close();
});

test('the whole state saves to a file and loads back; a bad file changes nothing', async () => {
  const { page, errors } = await openPlayground(browser, '#data=spiral&classes=3&hidden=6,5&act=relu&seed=3');
  const widget = page.locator('nn-playground');
  await widget.locator('#play').click();
  await waitFor(() => readNumber(page, 'epoch'), (e) => e >= 20, 5);
  await widget.locator('#play').click();
  const saved = await downloadText(page, widget.locator('#save-state'));
  assert.equal(saved.name, 'nn-playground-state.json');
  const state = JSON.parse(saved.text);
  assert.equal(state.format, 'nn-playground');
  assert.equal(state.version, 1);
  const config = (await configOf(page)).toString();
  assert.equal(new URLSearchParams(state.config).toString(), config);
  const loss = await textOf(page, 'train-loss');

  await widget.locator('.datasets button[data-name="xor"]').click();
  await widget.locator('#ctl-lr').selectOption('1');
  await widget.locator('#state-file').setInputFiles(writeFixture('state.json', saved.text));
  assert.match(await waitFor(() => textOf(page, 'notice'), (t) => t.startsWith('Loaded'), 3), /Loaded state\.json/);
  assert.equal((await configOf(page)).toString(), config);
  assert.equal(await waitFor(() => textOf(page, 'train-loss'), (t) => t === loss, 2), loss, 'the weights came back');
  assert.deepEqual(JSON.parse((await downloadText(page, widget.locator('#save-state'))).text).weights, state.weights);

  for (const [name, text, message] of [
    ['notes.json', 'this is not json', /it is not JSON/],
    ['other.json', '{"format":"something-else"}', /not a saved nn-playground state/],
    ['short.json', JSON.stringify({ ...state, weights: [1, 2, 3] }), /3 weights but its network needs/],
  ]) {
    await widget.locator('#state-file').setInputFiles(writeFixture(name, text));
    const notice = await waitFor(() => textOf(page, 'notice'), (t) => t.startsWith(`Could not open ${name}`), 3);
    assert.match(notice, new RegExp(`Could not open ${name.replace('.', '\\.')}\\. This file cannot be loaded: `));
    assert.match(notice, message);
    assert.equal((await configOf(page)).toString(), config, `${name} changed the settings`);
    assert.equal(await textOf(page, 'train-loss'), loss, `${name} changed the weights`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('the hidden-space view shows the warped grid and the points, and moves while training', async () => {
  const { page, errors } = await openPlayground(browser, '#hidden=4,3');
  const widget = page.locator('nn-playground');
  await widget.locator('#space-view summary').click();
  const space = widget.locator('canvas.space');
  await space.scrollIntoViewIfNeeded();
  assert.deepEqual(await widget.locator('#ctl-space-layer option').allTextContents(), ['Layer 1', 'Layer 2']);
  await widget.locator('#ctl-space-layer').selectOption('1');
  assert.equal(await widget.locator('#ctl-space-a option').count(), 3);
  await widget.locator('#ctl-space-b').selectOption('2');
  const drawn = await waitFor(() => pixelsOf(page, 'canvas.space'), (p) => countNear(p, [0x08, 0x77, 0xbd], 30) > 20, 3);
  assert.ok(countNear(drawn, [0x08, 0x77, 0xbd], 30) > 20, 'blue points');
  assert.ok(countNear(drawn, [0xf5, 0x93, 0x22], 30) > 20, 'orange points');
  assert.ok(countNear(drawn, [0x9a, 0xa4, 0xae], 20) > 200, 'grid lines');
  await widget.locator('#play').click();
  await waitFor(() => readNumber(page, 'epoch'), (e) => e >= 30, 5);
  await widget.locator('#play').click();
  const trained = await pixelsOf(page, 'canvas.space');
  assert.ok(changed(drawn, trained) > 0.02, 'the view follows training');
  await screenshot(page, 'playground-hidden-space');
  await widget.locator('#remove-layer').click();
  await widget.locator('#remove-layer').click();
  assert.equal(await widget.locator('#space-view .note').isVisible(), true);
  assert.deepEqual(errors, []);
  await page.close();
});

/** A page holding `html` (an author's pasted embed code) at /lesson.html of the test server,
 * the dist folder's script path pointed at the repo's www/. */
async function pasteIntoPage(context, html) {
  const body = html.replace('/assets/nn-playground/nn-playground.js', '/www/nn-playground.js');
  const url = new URL('lesson.html', PLAY_URL).href;
  await context.route(url, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body>${body}</body></html>`,
  }));
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

for (const [mode, hash, changed] of [
  ['classify', '#data=xor&lr=0.1&seed=7', ['data', 'lr', 'seed']],
  ['gan', '#mode=gan&target=spiral&glr=0.01', ['target', 'glr']],
  ['race', '#mode=race&surface=himmelblau&start=1,-2', ['surface', 'start']],
]) {
  test(`copy embed code gives the HTML of the ${mode} demo with its changed settings, which a page shows the same`, async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(PLAY_URL).origin });
    const page = await context.newPage();
    await page.goto(new URL(`index.html${hash}`, PLAY_URL).href);
    const widget = page.locator('nn-playground');
    await widget.locator('#play').waitFor();
    await showMore(widget);
    await widget.locator('#copy-embed').click();
    const notice = await waitFor(() => widget.locator('#notice').textContent(), (t) => t !== '', 3);
    assert.match(notice, new RegExp(`\\{% include nn-playground\\.html demo="${mode}" config="[^"]+" %\\}`));
    const html = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(html, /^<script type="module" src="\/assets\/nn-playground\/nn-playground\.js"><\/script>\n<nn-playground demo="/);
    const config = new URLSearchParams(html.match(/config="([^"]*)"/)[1].replaceAll('&amp;', '&'));
    // The settings changed, and no key left at its default (the race's surface brings its
    // own learning rates, which then differ from the default surface's).
    for (const key of changed) assert.ok(config.has(key), `${key} missing from ${html}`);
    assert.ok(!config.has('v') && !config.has('mode') && config.size <= changed.length + 3, html);
    // Pasted into a page, the demo starts with the same settings (in the page's language).
    const original = await widget.evaluate((e) => e.config);
    const lesson = await pasteIntoPage(context, html);
    const embedded = lesson.locator('nn-playground');
    await lesson.waitForFunction(() => document.querySelector('nn-playground').readyAt != null, null, { timeout: 10_000 });
    assert.equal(await embedded.evaluate((e) => e.config), original);
    assert.match(await embedded.locator('#play').textContent(), /Lecture/);
    await context.close();
  });
}
