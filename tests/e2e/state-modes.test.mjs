// Save and Open in the GAN, curve, image, race and agent modes, as a student would use them: train a
// little, press "Save file" (a real download), change something, open the downloaded file
// and find the saved settings and weights again; a file that is not a state is refused and
// the run goes on untouched; a GAN file opened in the classifier switches the widget to the
// GAN; French labels.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import { launch, openPage, screenshot, showMore, statsOf, waitFor, widget, writeFixture } from './helpers.mjs';

/** Seconds a load (a file read, a wasm call, and for a mode switch a rebuild) may take. */
const LOAD_SECONDS = 5;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const config = (page) => widget(page).evaluate((e) => e.config);
const notice = (page) => widget(page).locator('#notice').textContent();

/** Opens index.html with `hash` and waits for the first frame's numbers. */
async function open(hash) {
  const opened = await openPage(browser, `index.html#${hash}`);
  await opened.page.setViewportSize({ width: 1400, height: 1000 });
  await waitFor(() => statsOf(opened.page), (s) => s != null, LOAD_SECONDS);
  return opened;
}

/** `n` steps through the element's API, then the next frame's stats. */
async function steps(page, n) {
  const before = (await waitFor(() => statsOf(page), (s) => s != null, LOAD_SECONDS)).epoch;
  await widget(page).evaluate((e, n) => {
    for (let i = 0; i < n; i++) e.step();
  }, n);
  return waitFor(() => statsOf(page), (s) => s?.epoch >= before + n, LOAD_SECONDS);
}

/** Presses "Save file": `{ name, path, text }` of the downloaded file. */
async function save(page) {
  await showMore(widget(page));
  const [download] = await Promise.all([page.waitForEvent('download'), widget(page).locator('#save-state').click()]);
  const name = download.suggestedFilename();
  const text = fs.readFileSync(await download.path(), 'utf8');
  // Under its own name, as a student's downloads folder would keep it.
  return { name, path: writeFixture(name, text), text };
}

/** Chooses `path` in the Open file input and waits for a notice starting with `start`. */
async function openFile(page, path, start) {
  await widget(page).locator('#state-file').setInputFiles(path);
  return waitFor(() => notice(page), (t) => t.startsWith(start), LOAD_SECONDS);
}

/** A garbage file is refused with the reason, and the run (config and `fingerprint(stats)`)
 * is what it was. */
async function refusesGarbage(page, fingerprint) {
  const [before, kept] = [await config(page), fingerprint(await statsOf(page))];
  const garbage = writeFixture('garbage-state.json', '{"format":"nn-playground","config":"mode=gan","generator":[1,');
  const text = await openFile(page, garbage, 'Could not open garbage-state.json');
  assert.match(text, /This file cannot be loaded: it is not JSON/);
  assert.equal(await widget(page).locator('#notice').getAttribute('class'), 'notice error');
  assert.equal(await config(page), before);
  assert.equal(fingerprint(await statsOf(page)), kept);
}

test('a GAN saves its two networks and a drawn target, and opens them again', async () => {
  const { page, errors } = await open('mode=gan&ghidden=8&dhidden=8&seed=3&target=drawn&gpoints=PonEQanERMnER-nESwnETinEUUnEVGnEV4nEWqnEXcnEYOnEZAnEZynEak');
  const trained = await steps(page, 40);
  const saved = await save(page);
  assert.equal(saved.name, 'nn-playground-gan.json');
  const state = JSON.parse(saved.text);
  assert.equal(state.format, 'nn-playground');
  assert.equal(state.config, await config(page));
  assert.match(state.config, /mode=gan&target=drawn/);
  assert.ok(state.generator.length > 10 && state.discriminator.length > 10);
  const print = (s) => `${s.gFingerprint}/${s.dFingerprint}`;
  await widget(page).evaluate((e) => e.set('glr=0.1&seed=9'));
  await steps(page, 5);
  assert.notEqual(print(await statsOf(page)), print(trained));
  assert.match(await openFile(page, saved.path, 'Loaded'), /^Loaded nn-playground-gan\.json\.$/);
  assert.equal(await config(page), state.config);
  const back = await waitFor(() => statsOf(page), (s) => s.epoch === 0, LOAD_SECONDS);
  assert.equal(print(back), print(trained), 'the saved weights, bit for bit');
  await refusesGarbage(page, print);
  await screenshot(page, 'state-gan');
  assert.deepEqual(errors, []);
});

test('a curve saves its drawn points and weights, and opens them again after a reset', async () => {
  const { page, errors } = await open('mode=curve&chidden=8&seed=4&ctarget=drawn&cpoints=AAfQFNsZKbtdPohd');
  const trained = await steps(page, 200);
  const saved = await save(page);
  assert.equal(saved.name, 'nn-playground-curve.json');
  assert.equal(JSON.parse(saved.text).weights.length, 2 * 8 + 8 + 1);
  await widget(page).evaluate((e) => e.reset());
  await widget(page).evaluate((e) => e.set('clr=0.1'));
  await steps(page, 3);
  assert.notEqual((await statsOf(page)).fingerprint, trained.fingerprint);
  await openFile(page, saved.path, 'Loaded nn-playground-curve.json');
  assert.equal(await config(page), JSON.parse(saved.text).config);
  const back = await waitFor(() => statsOf(page), (s) => s.fingerprint === trained.fingerprint, LOAD_SECONDS);
  assert.equal(back.loss, trained.loss, 'the same weights give the same loss');
  assert.equal(back.points, 4);
  await refusesGarbage(page, (s) => s.fingerprint);
  await screenshot(page, 'state-curve');
  assert.deepEqual(errors, []);
});

test('an image saves its weights (the built-in picture) and opens them again', async () => {
  const { page, errors } = await open('mode=image&isize=16&ihidden=8&seed=2');
  const trained = await steps(page, 4);
  const saved = await save(page);
  const state = JSON.parse(saved.text);
  assert.equal(state.picture, 'builtin');
  await widget(page).evaluate((e) => e.reset());
  await steps(page, 1);
  assert.notEqual((await statsOf(page)).fingerprint, trained.fingerprint);
  await openFile(page, saved.path, 'Loaded');
  assert.equal(await config(page), state.config);
  const back = await waitFor(() => statsOf(page), (s) => s.fingerprint === trained.fingerprint, LOAD_SECONDS);
  assert.equal(back.pixelGap, trained.pixelGap, 'the same weights draw the same picture');
  await refusesGarbage(page, (s) => s.fingerprint);
  await screenshot(page, 'state-image');
  assert.deepEqual(errors, []);
});

test('a sound saves its weights and opens them again: the same sound', async () => {
  const { page, errors } = await open('mode=sound&sound=bell&auhidden=8,8&seed=2');
  const trained = await steps(page, 5);
  const heard = await waitFor(() => statsOf(page), (s) => s.errorStep === trained.epoch, LOAD_SECONDS);
  const saved = await save(page);
  assert.equal(saved.name, 'nn-playground-sound.json');
  const state = JSON.parse(saved.text);
  assert.ok(state.weights.length > 0);
  await widget(page).evaluate((e) => e.reset());
  await steps(page, 1);
  await openFile(page, saved.path, 'Loaded');
  assert.equal(await config(page), state.config);
  const back = await waitFor(() => statsOf(page), (s) => s.epoch === 0 && s.error === heard.error, LOAD_SECONDS);
  assert.equal(back.error, heard.error, 'the same weights make the same sound');
  await refusesGarbage(page, (s) => s.error);
  assert.deepEqual(errors, []);
});

test('a race saves its settings and opens them with the racers back at the start', async () => {
  const { page, errors } = await open('mode=race&surface=saddle&start=1,2&racers=adam,sgd');
  await steps(page, 30);
  const saved = await save(page);
  const state = JSON.parse(saved.text);
  assert.equal(saved.name, 'nn-playground-race.json');
  assert.equal(state.weights, undefined, 'the config is the whole state');
  await widget(page).evaluate((e) => e.set('surface=bowl&start=-2,1'));
  assert.notEqual(await config(page), state.config);
  await openFile(page, saved.path, 'Loaded');
  assert.equal(await config(page), state.config);
  const back = await waitFor(() => statsOf(page), (s) => s.surface === 'saddle', LOAD_SECONDS);
  assert.equal(back.epoch, 0);
  for (const r of back.racers) assert.deepEqual([r.x, r.y], [1, 2], r.kind);
  await refusesGarbage(page, (s) => s.surface);
  await screenshot(page, 'state-race');
  assert.deepEqual(errors, []);
});

test('an agent saves its policy and opens it again, with a fresh chart', async () => {
  const { page, errors } = await open('mode=agent&seed=3&aghidden=8');
  await widget(page).evaluate((e) => e.play());
  await waitFor(() => statsOf(page), (s) => s.epoch >= 20, LOAD_SECONDS * 4);
  await widget(page).evaluate((e) => e.pause());
  const trained = await statsOf(page);
  const saved = await save(page);
  const state = JSON.parse(saved.text);
  assert.equal(saved.name, 'nn-playground-agent.json');
  assert.equal(state.weights.length, 4 * 8 + 8 + 8 + 1, 'the policy 4 → 8 → 1');
  await widget(page).evaluate((e) => e.reset());
  const fresh = await waitFor(() => statsOf(page), (s) => s.epoch === 0, LOAD_SECONDS);
  assert.notEqual(fresh.fingerprint, trained.fingerprint);
  await openFile(page, saved.path, 'Loaded');
  assert.equal(await config(page), state.config);
  const back = await waitFor(() => statsOf(page), (s) => s.fingerprint === trained.fingerprint, LOAD_SECONDS);
  assert.equal(back.epoch, 0, 'the chart starts afresh');
  await refusesGarbage(page, (s) => s.fingerprint);
  await screenshot(page, 'state-agent');
  assert.deepEqual(errors, []);
});

test('a GAN file opened in the classifier switches it to the GAN with the saved weights', async () => {
  const gan = await open('mode=gan&ghidden=6&dhidden=6&seed=5');
  const trained = await steps(gan.page, 20);
  const saved = await save(gan.page);
  const { page, errors } = await open('data=xor&hidden=3');
  assert.equal((await statsOf(page)).gFingerprint, undefined, 'a classifier');
  await widget(page).locator('#state-file').setInputFiles(saved.path);
  const back = await waitFor(() => statsOf(page), (s) => s?.gFingerprint === trained.gFingerprint, LOAD_SECONDS);
  assert.equal(back.dFingerprint, trained.dFingerprint);
  assert.equal(await config(page), JSON.parse(saved.text).config);
  assert.equal(await waitFor(() => notice(page), (t) => t !== '', LOAD_SECONDS), 'Loaded nn-playground-gan.json.');
  // And back: a curve file opened in the GAN widget switches to the curve.
  const curve = await open('mode=curve&chidden=5');
  const curveStats = await steps(curve.page, 10);
  const curveFile = await save(curve.page);
  await openFile(page, curveFile.path, 'Loaded nn-playground-curve.json');
  assert.equal((await statsOf(page)).fingerprint, curveStats.fingerprint);
  assert.match(await config(page), /mode=curve/);
  // And a classifier file opened there switches back to the classifier with its weights.
  const classifier = await open('data=xor&hidden=4&seed=7');
  await steps(classifier.page, 30);
  const classifierFile = await save(classifier.page);
  await openFile(page, classifierFile.path, 'Loaded nn-playground-state.json');
  assert.doesNotMatch(await config(page), /mode=/);
  const again = JSON.parse((await save(page)).text);
  assert.deepEqual(again.weights, JSON.parse(classifierFile.text).weights);
  assert.deepEqual(errors, []);
});

test('Save and Open are labelled in French and hidden with the share controls', async () => {
  const { page, errors } = await openPage(browser, 'tests/e2e/fixtures/state-fr.html');
  await page.setViewportSize({ width: 560, height: 900 });
  const curve = page.locator('nn-playground').first();
  await curve.locator('#play').waitFor();
  await showMore(curve);
  assert.equal(await curve.locator('#save-state').textContent(), 'Enregistrer le fichier');
  assert.equal(await curve.locator('#load-state').textContent(), 'Ouvrir un fichier');
  const [download] = await Promise.all([page.waitForEvent('download'), curve.locator('#save-state').click()]);
  assert.equal(download.suggestedFilename(), 'nn-playground-curve.json');
  assert.equal(await curve.locator('#notice').textContent(), 'État enregistré sous nn-playground-curve.json.');
  const race = page.locator('nn-playground').nth(1);
  await race.locator('#play').waitFor();
  await showMore(race);
  assert.equal(await race.locator('#save-state').isVisible(), false, 'hide="share" hides them');
  await screenshot(page, 'state-fr');
  assert.deepEqual(errors, []);
});
