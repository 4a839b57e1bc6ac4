// Scripts that change a demo's mode and go on calling it: the calls made while the new mode
// loads (set, config, play, step, reset) wait for it and apply to it, in order; changing the
// demo attribute after the start switches the demo.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPage, waitFor } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The scripting fixture's classifier, started, with the page's errors. */
async function classifier() {
  const opened = await openPage(browser, 'tests/e2e/fixtures/embed-api.html');
  const { page } = opened;
  await page.setViewportSize({ width: 1280, height: 1600 });
  const widget = page.locator('#classify');
  await widget.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.getElementById('classify').stats !== null, null, { timeout: 15_000 });
  return { ...opened, widget };
}

/** `{ mode, params, playing, epoch }` of the widget once `ok` holds (or after 15 s). */
async function settledState(widget, ok) {
  const read = () => widget.evaluate((e) => ({
    params: e.config, playing: e.playing, epoch: e.stats?.epoch ?? null,
  }));
  const state = await waitFor(read, (s) => ok({ ...s, params: new URLSearchParams(s.params) }), 15);
  return { ...state, params: new URLSearchParams(state.params) };
}

test('set(mode=race), then set and two steps in the same task apply to the race', async () => {
  const { page, widget, errors } = await classifier();
  await widget.evaluate((e) => {
    e.set('mode=race');
    e.set('sgdlr=0.05');
    e.step();
    e.step();
  });
  const s = await settledState(widget, (x) => x.params.get('mode') === 'race' && x.epoch === 2);
  assert.equal(s.params.get('mode'), 'race');
  assert.equal(s.params.get('sgdlr'), '0.05');
  assert.equal(s.epoch, 2, 'both steps reached the race');
  assert.equal(s.playing, false);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('config = mode=gan, then set and play apply to the GAN', async () => {
  const { page, widget, errors } = await classifier();
  await widget.evaluate((e) => {
    e.config = 'mode=gan';
    e.set('glr=0.01');
    e.play();
  });
  const s = await settledState(widget, (x) => x.params.get('mode') === 'gan' && x.playing && x.epoch > 0);
  assert.equal(s.params.get('glr'), '0.01');
  assert.equal(s.playing, true);
  await widget.evaluate((e) => {
    e.set('mode=curve&clr=0.03');
    e.pause();
    e.reset();
    e.set('cbatch=4');
  });
  const c = await settledState(widget, (x) => x.params.get('mode') === 'curve' && x.params.get('cbatch') === '4');
  assert.equal(c.params.get('clr'), '0.03');
  assert.equal(c.playing, false);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a new demo attribute after the start switches the demo, keeping the author\'s config', async () => {
  const { page, widget, errors } = await classifier();
  await widget.evaluate((e) => e.setAttribute('demo', 'curve'));
  const s = await settledState(widget, (x) => x.params.get('mode') === 'curve' && x.epoch !== null);
  assert.equal(s.params.get('mode'), 'curve');
  await widget.evaluate((e) => e.setAttribute('demo', 'classify'));
  const back = await settledState(widget, (x) => x.params.get('mode') !== 'curve' && x.epoch !== null);
  assert.equal(back.params.get('data'), 'xor', 'the config attribute is shown again');
  assert.equal(back.params.get('hidden'), '4');
  assert.deepEqual(errors, []);
  await page.context().close();
});
